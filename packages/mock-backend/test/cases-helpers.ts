/** Plumbing shared by the cases suites: tokens minted after each reset, widget sessions, zoned clock instants. */
import assert from 'node:assert/strict';
import { WidgetSession, type JurisdictionCode } from '@adalat/sdk/contract';
import type { Sandbox, UserKind } from '../src/index.ts';
import { zonedInstant } from '../src/rules/court-time.ts';
import { call, parsed, partnerOf, type ApiResult, type CallOptions } from './helpers.ts';

export const TIME_ZONES: Record<JurisdictionCode, string> = {
  PS: 'Asia/Hebron',
  SA: 'Asia/Riyadh',
  IR: 'Asia/Tehran',
  KZ: 'Asia/Almaty',
};
export const JURISDICTIONS: readonly JurisdictionCode[] = ['PS', 'SA', 'IR', 'KZ'];

/**
 * A bearer token for a seeded user, valid 30 days so tests can move the clock;
 * mint it inside the test (each reset forgets minted tokens).
 */
export const tokenFor = (sandbox: Sandbox, kind: UserKind, id: string): string =>
  sandbox.mintToken({ kind, id, ttlSeconds: 30 * 24 * 3600 });

/** Calls with a bearer token for the user. */
export function as(sandbox: Sandbox, kind: UserKind, id: string) {
  const key = tokenFor(sandbox, kind, id);
  return (path: string, options: Omit<CallOptions, 'key'> = {}): Promise<ApiResult> => call(path, { ...options, key });
}

/** A widget session of the jurisdiction's ministry for these cases and operations; calls with its credentials. */
export async function asWidget(sandbox: Sandbox, jurisdiction: JurisdictionCode, cases: string[], operations: string[], person?: string) {
  const ministry = partnerOf(sandbox, jurisdiction, 'ministry');
  const created = await call('/v1/widget-sessions', {
    key: ministry.secretKey,
    body: { subjects: { cases, ...(person === undefined ? {} : { person }) }, operations },
  });
  assert.equal(created.status, 201, JSON.stringify(created.body));
  const session = parsed(WidgetSession, created.body);
  return (path: string, options: Omit<CallOptions, 'key' | 'clientSecret'> = {}): Promise<ApiResult> =>
    call(path, { ...options, key: ministry.publishableKey, clientSecret: session.clientSecret });
}

/** Sets the sandbox clock to `time` court-local on the reference date in the jurisdiction. */
export function setLocalTime(sandbox: Sandbox, jurisdiction: JurisdictionCode, time: string, date = '2026-11-23'): Date {
  const at = zonedInstant(date, time, TIME_ZONES[jurisdiction]);
  sandbox.clock.set(at);
  return at;
}

/** Reads a binary answer. */
export async function download(path: string, key: string): Promise<{ status: number; headers: Headers; bytes: Uint8Array }> {
  const response = await fetch(`https://sandbox.adalat.test${path}`, { headers: { Authorization: `Bearer ${key}` } });
  return { status: response.status, headers: response.headers, bytes: new Uint8Array(await response.arrayBuffer()) };
}
