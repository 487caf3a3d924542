/**
 * An incremental Server-Sent Events parser, as the HTML standard's "event stream
 * interpretation" describes it: lines end in CRLF, LF or CR (also across chunk
 * boundaries); `data:` lines join with `\n`; `id:` sets the last event id (unless it
 * holds NUL) at the next blank line, so an event cut off mid-way is not counted as
 * seen; `retry:` of ASCII digits sets the reconnection time; lines starting with `:`
 * are comments; a blank line dispatches. Feed it decoded text in any pieces.
 * @module
 */

/** One dispatched event. */
export interface SseMessage {
  /** The `event:` field, `message` when there was none. */
  event: string;
  /** The `data:` lines, joined with `\n`. */
  data: string;
  /** The last event id at dispatch (it persists across events until an `id:` changes it). */
  lastEventId: string;
}

export interface SseHandlers {
  onMessage(message: SseMessage): void;
  /** A `retry:` field: the server's reconnection time in milliseconds. */
  onRetry?(ms: number): void;
  /** A comment line (heartbeats are `: ping`), without its colon. */
  onComment?(text: string): void;
}

export class SseParser {
  readonly #handlers: SseHandlers;
  /** Text after the last line break seen. */
  #partial = '';
  /** The previous chunk ended in CR: a LF at the start of the next one belongs to it. */
  #afterCr = false;
  #event = '';
  #data: string[] = [];
  /** The `id:` of the event being read; it becomes the last event id at its blank line. */
  #idBuffer = '';
  #lastEventId = '';

  /** @param lastEventId the id a previous connection ended on: it carries over until an `id:` field changes it */
  constructor(handlers: SseHandlers, lastEventId = '') {
    this.#handlers = handlers;
    this.#idBuffer = lastEventId;
    this.#lastEventId = lastEventId;
  }

  /** The id of the last event read to its end, to send as `Last-Event-ID` when reconnecting. */
  get lastEventId(): string {
    return this.#lastEventId;
  }

  push(text: string): void {
    if (text === '') return;
    let chunk = text;
    if (this.#afterCr && chunk.startsWith('\n')) chunk = chunk.slice(1);
    this.#afterCr = false;
    const lines = (this.#partial + chunk).split(/\r\n|\r|\n/);
    this.#partial = lines.pop()!;
    // A trailing CR split as a line end; if the LF comes in the next chunk it must not end another line.
    if (chunk.endsWith('\r')) this.#afterCr = true;
    for (const line of lines) this.#line(line);
  }

  #line(line: string): void {
    if (line === '') return this.#dispatch();
    if (line.startsWith(':')) return this.#handlers.onComment?.(line.slice(1).trimStart());
    const colon = line.indexOf(':');
    const field = colon === -1 ? line : line.slice(0, colon);
    let value = colon === -1 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    switch (field) {
      case 'event':
        this.#event = value;
        break;
      case 'data':
        this.#data.push(value);
        break;
      case 'id':
        if (!value.includes('\u0000')) this.#idBuffer = value;
        break;
      case 'retry':
        if (/^\d+$/.test(value)) this.#handlers.onRetry?.(Number(value));
        break;
      default:
      // Unknown fields are ignored, as the standard says.
    }
  }

  #dispatch(): void {
    this.#lastEventId = this.#idBuffer;
    const data = this.#data;
    const event = this.#event;
    this.#data = [];
    this.#event = '';
    if (data.length === 0) return;
    this.#handlers.onMessage({ event: event || 'message', data: data.join('\n'), lastEventId: this.#lastEventId });
  }
}
