/**
 * Reading `/v1/events` in tests with plain `fetch`: frames (the text between blank
 * lines) as the server wrote them, events parsed from them, and a close that aborts.
 */
import assert from 'node:assert/strict';
import { AdalatEvent } from '@adalat/sdk/contract';
import { ORIGIN, parsed } from './helpers.ts';

export interface OpenStreamOptions {
  key: string;
  clientSecret?: string;
  lastEventId?: string;
  /** `?types=…&caseId=…`, with the `?`. */
  search?: string;
  origin?: string;
}

/** How long a test waits for the next frame before failing (the stream is local: anything longer is a bug). */
const FRAME_TIMEOUT_MS = 3000;

export class SseStream {
  readonly response: Response;
  readonly #reader: ReadableStreamDefaultReader<Uint8Array>;
  readonly #abort: AbortController;
  readonly #decoder = new TextDecoder();
  #buffer = '';
  #ended = false;

  constructor(response: Response, abort: AbortController) {
    this.response = response;
    this.#abort = abort;
    this.#reader = response.body!.getReader();
  }

  /** The next frame's text (without the blank line), or `null` when the stream ended. */
  async nextFrame(timeoutMs = FRAME_TIMEOUT_MS): Promise<string | null> {
    for (;;) {
      const end = this.#buffer.indexOf('\n\n');
      if (end !== -1) {
        const frame = this.#buffer.slice(0, end);
        this.#buffer = this.#buffer.slice(end + 2);
        return frame;
      }
      if (this.#ended) return null;
      let timer: ReturnType<typeof setTimeout> | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no frame within ${timeoutMs} ms; buffered: ${JSON.stringify(this.#buffer)}`)), timeoutMs);
      });
      try {
        const { done, value } = await Promise.race([this.#reader.read(), timeout]);
        if (done) this.#ended = true;
        else this.#buffer += this.#decoder.decode(value, { stream: true });
      } finally {
        clearTimeout(timer);
      }
    }
  }

  /** The next event, skipping comments and the retry hint; checks the frame's `id:` and `event:` agree with its data. */
  async nextEvent(): Promise<AdalatEvent> {
    for (;;) {
      const frame = await this.nextFrame();
      assert.notEqual(frame, null, 'the stream ended before the next event');
      const fields = frameFields(frame!);
      if (fields.data === undefined) continue;
      const event = parsed(AdalatEvent, JSON.parse(fields.data));
      assert.equal(fields.id, event.id);
      assert.equal(fields.event, event.type);
      return event;
    }
  }

  /** Events up to and including the first one `last` accepts. */
  async eventsUntil(last: (event: AdalatEvent) => boolean): Promise<AdalatEvent[]> {
    const events: AdalatEvent[] = [];
    for (;;) {
      const event = await this.nextEvent();
      events.push(event);
      if (last(event)) return events;
    }
  }

  /** Resolves when the server ends the stream (frames before the end are skipped). */
  async ended(): Promise<void> {
    while ((await this.nextFrame()) !== null);
  }

  close(): void {
    this.#abort.abort();
  }
}

/** `id`, `event`, `data` and `retry` of one frame; comments are left out. */
export function frameFields(frame: string): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const line of frame.split('\n')) {
    if (line.startsWith(':')) continue;
    const colon = line.indexOf(':');
    fields[line.slice(0, colon)] = line.slice(colon + 2);
  }
  return fields;
}

/** Opens the stream; fails the test unless it answered 200. Close it at the end of the test. */
export async function openStream(options: OpenStreamOptions): Promise<SseStream> {
  const { response, abort } = await requestStream(options);
  assert.equal(response.status, 200, await (response.status === 200 ? '' : response.text()));
  return new SseStream(response, abort);
}

/** The raw answer to `GET /v1/events`, for error cases. */
export async function requestStream(options: OpenStreamOptions): Promise<{ response: Response; abort: AbortController }> {
  const abort = new AbortController();
  const headers: Record<string, string> = { Authorization: `Bearer ${options.key}`, Accept: 'text/event-stream' };
  if (options.clientSecret !== undefined) headers['Adalat-Client-Secret'] = options.clientSecret;
  if (options.lastEventId !== undefined) headers['Last-Event-ID'] = options.lastEventId;
  const response = await fetch(`${options.origin ?? ORIGIN}/v1/events${options.search ?? ''}`, { headers, signal: abort.signal });
  return { response, abort };
}
