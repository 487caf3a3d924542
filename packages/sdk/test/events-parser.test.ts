/** The incremental Server-Sent Events parser, against the rules of the HTML standard. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SseParser, type SseMessage } from '../src/events/sse-parser.ts';

function parse(chunks: readonly string[], lastEventId?: string) {
  const messages: SseMessage[] = [];
  const retries: number[] = [];
  const comments: string[] = [];
  const parser = new SseParser(
    { onMessage: (m) => messages.push(m), onRetry: (ms) => retries.push(ms), onComment: (c) => comments.push(c) },
    lastEventId,
  );
  for (const chunk of chunks) parser.push(chunk);
  return { messages, retries, comments, lastEventId: parser.lastEventId };
}

describe('SseParser', () => {
  it('reads id, event and data; a missing event name is "message"', () => {
    const { messages } = parse(['id: 1\nevent: case.updated\ndata: {"a":1}\n\ndata: plain\n\n']);
    assert.deepEqual(messages, [
      { event: 'case.updated', data: '{"a":1}', lastEventId: '1' },
      { event: 'message', data: 'plain', lastEventId: '1' },
    ]);
  });

  it('joins multi-line data with LF and strips only one leading space', () => {
    const { messages } = parse(['data: one\ndata:two\ndata:   three\ndata\n\n']);
    assert.equal(messages[0]!.data, 'one\ntwo\n  three\n');
  });

  it('accepts CRLF, CR and LF line ends, also when a CRLF is split across chunks', () => {
    const whole = 'id: a\r\ndata: x\r\rid: b\ndata: y\n\n';
    const expected = [
      { event: 'message', data: 'x', lastEventId: 'a' },
      { event: 'message', data: 'y', lastEventId: 'b' },
    ];
    assert.deepEqual(parse([whole]).messages, expected);
    // Every split point, including between the CR and the LF of a CRLF.
    for (let i = 1; i < whole.length; i += 1) {
      assert.deepEqual(parse([whole.slice(0, i), '', whole.slice(i)]).messages, expected, `split at ${i}`);
    }
    // CR LF in separate chunks is one line end, not a blank line that would dispatch early.
    assert.deepEqual(parse(['data: a\r', '\ndata: b\r', '\n\r', '\n']).messages, [{ event: 'message', data: 'a\nb', lastEventId: '' }]);
  });

  it('dispatches nothing without data, waits for the blank line, and reports comments', () => {
    const { messages, comments } = parse([': ping\n\n', 'event: x\n\n', 'data: late']);
    assert.deepEqual(messages, []);
    assert.deepEqual(comments, ['ping']);
  });

  it('keeps the last event id across events and connections; ignores an id with NUL; an empty id resets it', () => {
    assert.equal(parse(['data: a\n\n'], 'evt_7').messages[0]!.lastEventId, 'evt_7');
    assert.equal(parse(['id: x\u0000y\ndata: a\n\n'], 'evt_7').messages[0]!.lastEventId, 'evt_7');
    const { messages, lastEventId } = parse(['id: evt_8\n\n', 'data: b\n\n', 'id\ndata: c\n\n']);
    assert.deepEqual(messages.map((m) => m.lastEventId), ['evt_8', '']);
    assert.equal(lastEventId, '');
  });

  it('counts an id only once its event is read to the blank line', () => {
    assert.equal(parse(['id: evt_1\ndata: a\n\nid: evt_2\ndata: b\n'], '').lastEventId, 'evt_1');
    assert.equal(parse(['id: evt_1\ndata: a\n\nid: evt_2\ndata: b\n', '\n']).lastEventId, 'evt_2');
  });

  it('takes retry only as ASCII digits and ignores unknown fields', () => {
    const { retries, messages } = parse(['retry: 2500\nretry: 1e3\nretry: -1\nfoo: bar\ndata: ok\n\n']);
    assert.deepEqual(retries, [2500]);
    assert.equal(messages.length, 1);
  });
});
