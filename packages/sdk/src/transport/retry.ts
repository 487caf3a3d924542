/**
 * When to try a request again and how long to wait first. The loop itself lives in
 * `request.ts`; ky's own retry is off so that auth renewal, idempotency keys and
 * abortable waits are decided in one place.
 * @module
 */
import { ConfigurationError } from '../errors.ts';

export interface RetryOptions {
  /** Retries after the first attempt; 2 by default. */
  limit?: number;
  /** The first backoff ceiling, doubled on each retry; 300 ms by default. */
  baseDelayMs?: number;
  /** No wait is longer; a `Retry-After` beyond it is not waited for and the error is thrown. 8000 ms by default. */
  maxDelayMs?: number;
}
export type RetryPolicy = Required<RetryOptions>;

export const DEFAULT_RETRY: RetryPolicy = { limit: 2, baseDelayMs: 300, maxDelayMs: 8000 };
const NO_RETRY: RetryPolicy = { ...DEFAULT_RETRY, limit: 0 };

/** Statuses worth another attempt: the server may answer differently in a moment. */
export const RETRYABLE_STATUSES: ReadonlySet<number> = new Set([408, 429, 500, 502, 503, 504]);
/** Statuses whose `Retry-After` says how long to wait. */
const RETRY_AFTER_STATUSES: ReadonlySet<number> = new Set([429, 503]);

export function retryPolicy(options: RetryOptions | false | undefined): RetryPolicy {
  if (options === false) return NO_RETRY;
  const policy = { ...DEFAULT_RETRY, ...options };
  for (const [name, value] of Object.entries(policy)) {
    if (!Number.isInteger(value) || value < 0) {
      throw new ConfigurationError(`\`retry.${name}\` must be a non-negative integer.`, 'invalid_retry');
    }
  }
  return policy;
}

/**
 * Safe to send again? GET and HEAD always are; anything else only with an
 * Idempotency-Key, which makes the server replay its first answer instead of acting twice.
 */
export function isReplayable(method: string, idempotencyKey: string | undefined): boolean {
  return method === 'GET' || method === 'HEAD' || idempotencyKey !== undefined;
}

/** `Retry-After` in milliseconds: delay-seconds or an HTTP date; `undefined` when absent or unreadable. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  if (/^\s*\d+\s*$/.test(value)) return Number(value) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** Exponential backoff with full jitter: a random wait in [0, min(max, base · 2^(retry-1))). */
export function backoffDelay(retry: number, policy: RetryPolicy, random: () => number = Math.random): number {
  return Math.floor(random() * Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (retry - 1)));
}

/**
 * How long to wait before retry number `retry` after a response with this status,
 * or `undefined` to give up. The server's `Retry-After` wins over backoff (no jitter:
 * it named a time), unless it asks for longer than `maxDelayMs`.
 */
export function delayAfterStatus(
  retry: number,
  policy: RetryPolicy,
  status: number,
  retryAfterMs: number | undefined,
): number | undefined {
  if (retry > policy.limit || !RETRYABLE_STATUSES.has(status)) return undefined;
  if (retryAfterMs !== undefined && RETRY_AFTER_STATUSES.has(status)) {
    return retryAfterMs <= policy.maxDelayMs ? retryAfterMs : undefined;
  }
  return backoffDelay(retry, policy);
}

/** Waits, or rejects with the signal's reason the moment it aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    signal?.throwIfAborted();
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
