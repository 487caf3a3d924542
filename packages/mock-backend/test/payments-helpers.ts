/**
 * Plumbing shared by the fees, traffic-fines and payments suites: partner keys,
 * widget sessions with payment scopes, and short calls for quoting, paying and
 * confirming.
 */
import assert from 'node:assert/strict';
import { FeeQuote, Payment, WidgetSession, type JurisdictionCode, type WidgetSubjects } from '@adalat/sdk/contract';
import type { PartnerKeys, Sandbox } from '../src/index.ts';
import { call, parsed, partnerOf, type ApiResult, type CallOptions } from './helpers.ts';

export type Caller = (path: string, options?: Omit<CallOptions, 'key' | 'clientSecret'>) => Promise<ApiResult>;

/** Calls with a partner's secret key. */
export const withKey =
  (key: string): Caller =>
  (path, options = {}) =>
    call(path, { ...options, key });

/** A widget session of `partner` with these subjects and operations; calls with its credentials. */
export async function widget(partner: PartnerKeys, subjects: WidgetSubjects, operations: string[]): Promise<Caller> {
  const created = await call('/v1/widget-sessions', { key: partner.secretKey, body: { subjects, operations } });
  assert.equal(created.status, 201, JSON.stringify(created.body));
  const { clientSecret } = parsed(WidgetSession, created.body);
  return (path, options = {}) => call(path, { ...options, key: partner.publishableKey, clientSecret });
}

/** A quote, created with the partner's publishable key (quoting is public). */
export async function quote(partner: PartnerKeys, body: Record<string, unknown>): Promise<FeeQuote> {
  const result = await call('/v1/fees/quotes', { key: partner.publishableKey, body });
  assert.equal(result.status, 201, JSON.stringify(result.body));
  return parsed(FeeQuote, result.body);
}

/** A Palestinian claim quote of 50 JOD (the minimum), payable. */
export const PS_CLAIM = { jurisdiction: 'PS', filingKind: 'claim', category: 'civil.contract.sale', filerType: 'individual' } as const;

let keySeq = 0;
/** A fresh idempotency key. */
export const freshKey = (): string => `test-key-${++keySeq}`;

/** `POST /v1/payments` with a fresh key unless one is given. */
export function createPayment(as: Caller, body: Record<string, unknown>, idempotencyKey = freshKey()): Promise<ApiResult> {
  return as('/v1/payments', { body, idempotencyKey });
}

/** Creates a payment and asserts it answered 201 `requires_action`. */
export async function startPayment(as: Caller, body: Record<string, unknown>): Promise<Payment> {
  const result = await createPayment(as, body);
  assert.equal(result.status, 201, JSON.stringify(result.body));
  const payment = parsed(Payment, result.body);
  assert.equal(payment.status, 'requires_action');
  return payment;
}

/** The bank confirms, with the payment's own reference unless told otherwise. */
export function confirm(sandbox: Sandbox, payment: Payment, body: Record<string, unknown> = { outcome: 'succeeded' }): Promise<ApiResult> {
  const bank = sandbox.keys.partners.find((p) => p.id === payment.bankId);
  assert.ok(bank, `no bank ${payment.bankId}`);
  const bankReference = payment.nextAction?.bankReference;
  return call(`/v1/payments/${payment.id}/confirm`, { key: bank.secretKey, body: { bankReference, ...body } });
}

export const bankOf = (sandbox: Sandbox, jurisdiction: JurisdictionCode): PartnerKeys => partnerOf(sandbox, jurisdiction, 'bank');
export const ministryOf = (sandbox: Sandbox, jurisdiction: JurisdictionCode): PartnerKeys => partnerOf(sandbox, jurisdiction, 'ministry');

/** The seeded person's national ID (test-only knowledge: answers never carry it). */
export function nationalIdOf(sandbox: Sandbox, personId: string): string {
  const person = sandbox.store.people.get(personId);
  assert.ok(person, `no person ${personId}`);
  return person.nationalId;
}

/** Ids of the seeded fines of a person, unpaid ones only when asked. */
export function finesOf(sandbox: Sandbox, personId: string, status?: 'unpaid' | 'paid'): string[] {
  return [...sandbox.store.trafficFines.values()].filter((f) => f.personId === personId && (status === undefined || f.status === status)).map((f) => f.id);
}
