/**
 * Plumbing of the execution and auction suites: tokens for the seeded creditor, debtor
 * and court staff, callers by credential, and the seeded creditor IBAN.
 */
import assert from 'node:assert/strict';
import { ExecutionFile } from '@adalat/sdk/contract';
import type { Sandbox } from '../src/index.ts';
import { SEEDED_IBANS } from '../src/seed/execution.ts';
import { call, parsed } from './helpers.ts';
import type { Caller } from './payments-helpers.ts';

/** The seeded Palestinian alimony file: creditor Heba Al-Sharif, debtor Yousef Al-Sharif. */
export const ALIMONY = { id: 'exf_ps_001', creditor: 'per_ps_007', debtor: 'per_ps_004' } as const;
/** The creditor's account (held in her name) and the debtor's (not hers). */
export const CREDITOR_IBAN = SEEDED_IBANS.per_ps_007!;
export const DEBTOR_IBAN = SEEDED_IBANS.per_ps_004!;

/** Calls with a bearer token. */
export const withToken =
  (token: string): Caller =>
  (path, options = {}) =>
    call(path, { ...options, key: token });

/** Tokens last 30 days, so tests may move the sandbox clock. */
const TTL = 30 * 24 * 3600;

export const person = (sandbox: Sandbox, id: string): Caller => withToken(sandbox.mintToken({ kind: 'person', id, ttlSeconds: TTL }));

/** Court staff of a jurisdiction (the first seeded). */
export function staffOf(sandbox: Sandbox, jurisdiction: string): Caller {
  const staff = [...sandbox.store.staff.values()].find((s) => s.jurisdiction === jurisdiction);
  assert.ok(staff, `no staff in ${jurisdiction}`);
  return withToken(sandbox.mintToken({ kind: 'staff', id: staff.id, ttlSeconds: TTL }));
}

export async function fileAs(as: Caller, fileId: string): Promise<ExecutionFile> {
  const result = await as(`/v1/execution/files/${fileId}`);
  assert.equal(result.status, 200, JSON.stringify(result.body));
  return parsed(ExecutionFile, result.body);
}
