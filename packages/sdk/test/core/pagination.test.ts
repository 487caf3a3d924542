import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { HttpResponse } from 'msw';
import { ResponseValidationError } from '../../src/index.ts';
import { court, makeClient, ok, rejection, script, useServer } from './helpers.ts';

useServer();

const IDS = ['crt_1', 'crt_2', 'crt_3', 'crt_4', 'crt_5'];

/** Serves IDS two per page; the cursor is the index of the next item. */
function serveCourts() {
  return script('get', '/v1/courts', [
    (request) => {
      const url = new URL(request.url);
      const start = Number(url.searchParams.get('cursor') ?? 0);
      const end = start + Number(url.searchParams.get('limit') ?? 2);
      return HttpResponse.json({ data: IDS.slice(start, end).map((id) => court(id)), nextCursor: end < IDS.length ? String(end) : null });
    },
  ]);
}

describe('PagePromise', () => {
  it('awaits to the first page only', async () => {
    const seen = serveCourts();
    const page = await makeClient().policy.listCourts({ jurisdiction: 'PS', limit: 2 });
    assert.deepEqual(page.data.map((item) => item.id), ['crt_1', 'crt_2']);
    assert.equal(page.nextCursor, '2');
    assert.equal(seen.length, 1);
  });

  it('iterates every item of every page, following nextCursor with the same filters', async () => {
    const seen = serveCourts();
    const ids: string[] = [];
    for await (const item of makeClient().policy.listCourts({ jurisdiction: 'PS', limit: 2 })) ids.push(item.id);
    assert.deepEqual(ids, IDS);
    assert.deepEqual(seen.map((entry) => entry.url.searchParams.get('cursor')), [null, '2', '4']);
    assert.ok(seen.every((entry) => entry.url.searchParams.get('jurisdiction') === 'PS'));
  });

  it('offers the pages themselves', async () => {
    serveCourts();
    const sizes: number[] = [];
    for await (const page of makeClient().policy.listCourts({ limit: 2 }).pages()) sizes.push(page.data.length);
    assert.deepEqual(sizes, [2, 2, 1]);
  });

  it('does not fetch the first page twice when awaited and then iterated', async () => {
    const seen = serveCourts();
    const list = makeClient().policy.listCourts({ limit: 2 });
    await list;
    let count = 0;
    for await (const _ of list) count++;
    assert.equal(count, 5);
    assert.equal(seen.length, 3);
  });

  it('stops between pages when the signal aborts, starting no further request', async () => {
    const seen = serveCourts();
    const controller = new AbortController();
    const ids: string[] = [];
    const walk = async () => {
      for await (const item of makeClient().policy.listCourts({ limit: 2 }, { signal: controller.signal })) {
        ids.push(item.id);
        if (ids.length === 2) controller.abort();
      }
    };
    const error = await rejection(walk());
    assert.equal((error as DOMException).name, 'AbortError');
    assert.deepEqual(ids, ['crt_1', 'crt_2']);
    assert.equal(seen.length, 1);
  });

  it('stops with ResponseValidationError when the server repeats the cursor', async () => {
    script('get', '/v1/courts', [ok({ data: [court('crt_1')], nextCursor: 'same' })]);
    const ids: string[] = [];
    const error = await rejection((async () => {
      for await (const item of makeClient().policy.listCourts()) ids.push(item.id);
    })());
    assert.ok(error instanceof ResponseValidationError);
    assert.equal(error.code, 'cursor_loop');
    assert.deepEqual(ids, ['crt_1']);
  });

  it('returns a plain Promise for a list endpoint that is not paginated', async () => {
    script('get', '/v1/jurisdictions', [ok({ data: [], nextCursor: null })]);
    const result = makeClient().policy.listJurisdictions();
    assert.ok(result instanceof Promise);
    assert.equal(Symbol.asyncIterator in result, false);
    assert.deepEqual(await result, { data: [], nextCursor: null });
  });
});
