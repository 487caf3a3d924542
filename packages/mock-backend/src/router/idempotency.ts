/**
 * Idempotency keys, for endpoints whose table entry sets `idempotency`. The first
 * answer for a (caller, key) pair is stored and replayed for the same request with
 * `Idempotent-Replayed: true`; the same key on another request is a 409. Answers
 * of 5xx are not stored, so a retry can still succeed. Records live 24 hours of
 * sandbox time.
 * @module
 */
import { HEADER, type Endpoint } from '@adalat/sdk/contract';
import type { Clock } from '../clock.ts';
import { conflict, invalidRequest } from '../problem.ts';
import type { Store } from '../store/store.ts';
import type { IdempotencyRecord } from '../store/types.ts';

export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;
const KEY_SHAPE = /^[\x21-\x7e]{1,255}$/;

/** JSON with object keys sorted, so `{a,b}` and `{b,a}` are the same body. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

export type IdempotencyOutcome =
  | { kind: 'none' }
  | { kind: 'replay'; record: IdempotencyRecord }
  | { kind: 'fresh'; commit: (status: number, body: unknown) => void };

export interface IdempotencyRequest {
  endpoint: Endpoint;
  request: Request;
  caller: string;
  pathname: string;
  body: unknown;
  store: Store;
  clock: Clock;
}

export function beginIdempotent({ endpoint, request, caller, pathname, body, store, clock }: IdempotencyRequest): IdempotencyOutcome {
  if (endpoint.idempotency === undefined) return { kind: 'none' };
  const key = request.headers.get(HEADER.idempotencyKey);
  if (key === null) {
    if (endpoint.idempotency === 'required') {
      throw invalidRequest('idempotency_key_required', `This operation needs an ${HEADER.idempotencyKey} header.`, 'headers.idempotency-key');
    }
    return { kind: 'none' };
  }
  if (!KEY_SHAPE.test(key)) {
    throw invalidRequest('invalid_idempotency_key', 'An idempotency key is 1 to 255 visible ASCII characters.', 'headers.idempotency-key');
  }
  const storeKey = `${caller}\u0000${key}`;
  const fingerprint = `${request.method} ${pathname} ${canonicalJson(body)}`;
  const nowMs = clock.now().getTime();
  const existing = store.idempotency.get(storeKey);
  if (existing !== undefined && nowMs - existing.createdAtMs < IDEMPOTENCY_TTL_MS) {
    if (existing.fingerprint !== fingerprint) {
      throw conflict('idempotency_key_reused', 'This idempotency key was used for a different request; use a new key.');
    }
    return { kind: 'replay', record: existing };
  }
  return {
    kind: 'fresh',
    commit: (status, responseBody) => {
      if (status >= 500) return;
      store.idempotency.set(storeKey, { fingerprint, status, body: structuredClone(responseBody), createdAtMs: nowMs });
    },
  };
}
