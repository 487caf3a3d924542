/**
 * The request layer every resource method is one line over: validate the input,
 * authenticate, share identical GETs in flight, revalidate with ETags, retry what is
 * safe to retry, renew the credential once on 401, map failures to typed errors and
 * validate the answer against the contract.
 * @module
 */
import type { Endpoint } from '../contract/common.ts';
import { HEADER } from '../contract/http.ts';
import type { Authenticator, AuthHeaders } from '../auth.ts';
import { ConnectionError, errorFromResponse } from '../errors.ts';
import { InFlight } from './dedupe.ts';
import { EtagCache } from './etag-cache.ts';
import { idempotencyKeyFor } from './idempotency.ts';
import { backoffDelay, delayAfterStatus, isReplayable, parseRetryAfter, sleep, type RetryPolicy } from './retry.ts';
import { send, type RawResponse } from './send.ts';
import { parseResponse, prepareInput } from './validate.ts';

/** Options every call takes. */
export interface RequestOptions {
  /** Aborts the call, including any wait between retries; the call rejects with the signal's reason. */
  signal?: AbortSignal;
  /** Sent as `Idempotency-Key` on a non-GET call and reused by every retry. Made for you where the endpoint declares idempotency. */
  idempotencyKey?: string;
  /** Milliseconds per attempt, overriding the client's `timeout`. */
  timeout?: number;
  /** Extra headers; they cannot replace the credential's headers. */
  headers?: Record<string, string>;
}

export interface TransportConfig {
  /** Absolute origin (and optional path prefix), without a trailing slash. */
  baseUrl: string;
  auth: Authenticator;
  fetch: typeof globalThis.fetch | undefined;
  retry: RetryPolicy;
  timeout: number;
  validateResponses: boolean;
}

export interface Transport {
  /** Performs one logical call and returns the validated response body (`undefined` for 204). */
  call(endpoint: Endpoint, input: unknown, options?: RequestOptions, label?: string): Promise<unknown>;
}

/** What one logical call sends, fixed before the first attempt. */
interface Plan {
  method: string;
  url: string;
  body: Record<string, unknown> | undefined;
  headers: Headers;
  auth: AuthHeaders;
  idempotencyKey: string | undefined;
  /** URL + credential + extra headers: who sees which answer. Only for GET. */
  cacheKey: string | undefined;
  timeout: number;
  label: string;
  binary: boolean;
  stream: boolean;
}

export function createTransport(config: TransportConfig): Transport {
  const inFlight = new InFlight<RawResponse>();
  const etags = new EtagCache();

  async function call(endpoint: Endpoint, input: unknown, options: RequestOptions = {}, label?: string): Promise<unknown> {
    const { signal } = options;
    signal?.throwIfAborted();
    const prepared = prepareInput(endpoint, input);
    const idempotencyKey = idempotencyKeyFor(endpoint, options.idempotencyKey);
    const headers = new Headers(options.headers);
    const binary = endpoint.responseType === 'binary';
    const stream = endpoint.responseType === 'event-stream';
    // Errors answer with the JSON envelope, binary endpoints and streams included.
    const accept = acceptedMediaType(endpoint);
    headers.set('Accept', accept === 'application/json' ? accept : `${accept}, application/json`);
    const auth = await config.auth.headers();
    signal?.throwIfAborted();

    const url = config.baseUrl + prepared.path + prepared.search;
    // A stream is read once, by one caller: never shared in flight nor revalidated.
    const cacheable = endpoint.method === 'GET' && !stream;
    const plan: Plan = {
      method: endpoint.method,
      url,
      body: prepared.body,
      headers,
      auth,
      idempotencyKey,
      cacheKey: cacheable ? [url, ...Object.values(auth), ...headers].join('\n') : undefined,
      timeout: options.timeout ?? config.timeout,
      label: label ?? `${endpoint.method} ${endpoint.path}`,
      binary,
      stream,
    };
    const response = plan.cacheKey
      ? await inFlight.run(plan.cacheKey, signal, (shared) => execute(plan, shared))
      : await execute(plan, signal);
    const requestId = response.headers.get(HEADER.requestId);
    const { status, body, bytes } = response;
    const contentType = response.headers.get('Content-Type');
    return parseResponse(endpoint, { status, body, requestId, bytes, stream: response.stream, contentType }, config.validateResponses);
  }

  /** The attempt loop of one logical call. */
  async function execute(plan: Plan, signal: AbortSignal | undefined): Promise<RawResponse> {
    let auth = plan.auth;
    let renewed = false;
    const replayable = isReplayable(plan.method, plan.idempotencyKey);
    // `retry` numbers the next retry (1 = the second attempt); a credential renewal does not advance it.
    for (let retry = 1; ; ) {
      const cached = plan.cacheKey ? etags.get(plan.cacheKey) : undefined;
      const headers = new Headers(plan.headers);
      for (const [name, value] of Object.entries(auth)) headers.set(name, value);
      if (plan.idempotencyKey) headers.set(HEADER.idempotencyKey, plan.idempotencyKey);
      if (cached) headers.set(HEADER.ifNoneMatch, cached.etag);

      let response: RawResponse;
      try {
        response = await send({ ...plan, headers, signal, fetch: config.fetch });
      } catch (error) {
        // A timeout already spent the caller's budget for this attempt: not retried.
        const retryable = error instanceof ConnectionError && !error.timedOut && replayable && retry <= config.retry.limit;
        if (!retryable) throw error;
        await sleep(backoffDelay(retry++, config.retry), signal);
        continue;
      }

      if (response.status === 304 && cached) return { ...response, status: 200, body: cached.body };
      if (response.status >= 200 && response.status < 300) {
        const etag = response.headers.get(HEADER.etag);
        // The ETag cache holds text bodies only; a file is fetched whole each time.
        if (plan.cacheKey && etag && response.status === 200 && !plan.binary) etags.set(plan.cacheKey, { etag, body: response.body });
        return response;
      }

      const retryAfterMs = parseRetryAfter(response.headers.get(HEADER.retryAfter));
      const error = errorFromResponse({
        status: response.status,
        body: response.body,
        requestId: response.headers.get(HEADER.requestId),
        retryAfter: retryAfterMs === undefined ? null : Math.ceil(retryAfterMs / 1000),
        secrets: config.auth.secrets(),
      });
      if (response.status === 401 && !renewed) {
        const renewal = config.auth.renew(error.code);
        if (renewal) {
          // One repeat with the renewed credential; it does not count as a retry.
          auth = await renewal;
          renewed = true;
          signal?.throwIfAborted();
          continue;
        }
      }
      const delay = replayable ? delayAfterStatus(retry, config.retry, response.status, retryAfterMs) : undefined;
      if (delay === undefined) throw error;
      retry++;
      await sleep(delay, signal);
    }
  }

  return { call };
}

/** The media type a success answers with. */
function acceptedMediaType(endpoint: Endpoint): string {
  if (endpoint.responseType === 'binary') return endpoint.binaryMediaType ?? 'application/octet-stream';
  if (endpoint.responseType === 'event-stream') return 'text/event-stream';
  return 'application/json';
}
