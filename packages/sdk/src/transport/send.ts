/**
 * One HTTP attempt over ky: JSON body, per-attempt timeout (covering the body read),
 * the caller's `fetch` and signal. ky's retries and HTTP-error throwing are off; the
 * caller (`request.ts`) decides what a status means.
 * @module
 */
import ky, { isNetworkError, isTimeoutError } from 'ky';
import { ConnectionError } from '../errors.ts';

export interface Attempt {
  /** Absolute URL. */
  url: string;
  method: string;
  headers: Headers;
  body: Record<string, unknown> | undefined;
  /** Milliseconds for this attempt, including reading the body. */
  timeout: number;
  signal: AbortSignal | undefined;
  fetch: typeof globalThis.fetch | undefined;
  /** Names the operation in error messages without its URL (which may carry personal data in the query). */
  label: string;
  /** A success body is a file: keep its bytes instead of decoding text. */
  binary?: boolean;
  /** A success body is an event stream: hand it over unread once the headers are in. */
  stream?: boolean;
}

export interface RawResponse {
  status: number;
  headers: Headers;
  /** The body as text; `''` when empty, and for a binary success (see `bytes`). */
  body: string;
  /** The raw body of a binary success. */
  bytes?: ArrayBuffer;
  /** The unread body of an event-stream success; the timeout covered only its headers. */
  stream?: ReadableStream<Uint8Array>;
}

export async function send(attempt: Attempt): Promise<RawResponse> {
  const pending = ky(attempt.url, {
    method: attempt.method,
    headers: attempt.headers,
    json: attempt.body,
    timeout: attempt.timeout,
    signal: attempt.signal,
    retry: 0,
    throwHttpErrors: false,
    ...(attempt.fetch ? { fetch: attempt.fetch } : {}),
  });
  try {
    // ky's body readers are bounded by the same timeout; the response itself is the same object.
    if (attempt.stream) {
      const response = await pending;
      if (response.ok) return { status: response.status, headers: response.headers, body: '', stream: response.body ?? emptyStream() };
      return { status: response.status, headers: response.headers, body: await pending.text() };
    }
    if (attempt.binary) {
      const bytes = await pending.arrayBuffer();
      const response = await pending;
      if (response.ok) return { status: response.status, headers: response.headers, body: '', bytes };
      return { status: response.status, headers: response.headers, body: new TextDecoder().decode(bytes) };
    }
    const body = await pending.text();
    const response = await pending;
    return { status: response.status, headers: response.headers, body };
  } catch (error) {
    // The caller's abort is theirs: pass its reason through untouched.
    if (attempt.signal?.aborted) throw attempt.signal.reason;
    if (isTimeoutError(error)) {
      throw new ConnectionError({
        status: 0,
        code: 'timeout',
        timedOut: true,
        message: `${attempt.label} timed out after ${attempt.timeout} ms.`,
      });
    }
    if (isNetworkError(error) || error instanceof TypeError) {
      throw new ConnectionError({
        status: 0,
        code: 'network_error',
        message: `${attempt.label} failed: the server could not be reached.`,
        // ky's NetworkError holds the Request, headers and all: keep only what fetch threw.
        cause: isNetworkError(error) ? error.cause : error,
      });
    }
    throw error;
  }
}

function emptyStream(): ReadableStream<Uint8Array> {
  return new ReadableStream({ start: (controller) => controller.close() });
}
