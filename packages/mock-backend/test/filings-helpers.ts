/**
 * Plumbing of the filings, documents and offices suites: a Palestinian claim draft
 * that passes every check, uploads in one go, paying a filing's fee.
 */
import assert from 'node:assert/strict';
import { Filing, FilingDocument, UploadSession } from '@adalat/sdk/contract';
import type { Sandbox } from '../src/index.ts';
import { parsed, type ApiResult } from './helpers.ts';
import { confirm, freshKey, startPayment, type Caller } from './payments-helpers.ts';

export const PS_COURT = 'crt_ps_ramallah_first_instance';

/** A claim whose every field is right; the seeded person's real national ID. */
export function claimBody(sandbox: Sandbox, extra: Record<string, unknown> = {}): Record<string, unknown> {
  const claimant = sandbox.store.people.get('per_ps_001')!;
  return {
    kind: 'claim',
    courtId: PS_COURT,
    category: 'civil.contract.sale',
    claimAmount: { amount: 12_000_000, currency: 'JOD' },
    filerType: 'individual',
    parties: [
      { role: 'claimant', type: 'individual', name: 'Claimant One', nationalId: claimant.nationalId },
      { role: 'defendant', type: 'individual', name: 'Defendant Two' },
    ],
    summary: 'Unpaid price of goods sold.',
    ...extra,
  };
}

export async function createFiling(as: Caller, body: Record<string, unknown>): Promise<Filing> {
  const result = await as('/v1/filings', { body });
  assert.equal(result.status, 201, JSON.stringify(result.body));
  return parsed(Filing, result.body);
}

export async function getFiling(as: Caller, id: string): Promise<Filing> {
  const result = await as(`/v1/filings/${id}`);
  assert.equal(result.status, 200, JSON.stringify(result.body));
  return parsed(Filing, result.body);
}

/** Opens an upload, sends the bytes in one chunk (unless `chunks` is given), completes it. */
export async function upload(as: Caller, filingId: string, file: { name: string; bytes: Uint8Array }, complete: Record<string, unknown> = { role: 'lead' }): Promise<ApiResult> {
  const created = await as('/v1/documents/uploads', { body: { filingId, filename: file.name, sizeBytes: file.bytes.length } });
  assert.equal(created.status, 201, JSON.stringify(created.body));
  const session = parsed(UploadSession, created.body);
  for (let offset = 0; offset < file.bytes.length; offset += session.maxChunkBytes) {
    const put = await as(`/v1/documents/uploads/${session.id}/chunks`, {
      method: 'PUT',
      body: { offset, data: Buffer.from(file.bytes.subarray(offset, offset + session.maxChunkBytes)).toString('base64') },
    });
    assert.equal(put.status, 200, JSON.stringify(put.body));
  }
  return as(`/v1/documents/uploads/${session.id}/complete`, { body: complete });
}

export async function attach(as: Caller, filingId: string, file: { name: string; bytes: Uint8Array }, complete: Record<string, unknown> = { role: 'lead' }): Promise<FilingDocument> {
  const result = await upload(as, filingId, file, complete);
  assert.equal(result.status, 201, JSON.stringify(result.body));
  return parsed(FilingDocument, result.body);
}

/** Quotes the filing's fee, pays it through payments and has the bank confirm. */
export async function payFee(sandbox: Sandbox, as: Caller, filingId: string): Promise<Filing> {
  const quoted = await as(`/v1/filings/${filingId}/fee-quote`, { method: 'POST' });
  assert.equal(quoted.status, 201, JSON.stringify(quoted.body));
  const filing = parsed(Filing, quoted.body);
  const payment = await startPayment(as, { payable: { kind: 'filing_fee', quoteId: filing.fee.quoteId }, payer: { name: 'Claimant One' } });
  const confirmed = await confirm(sandbox, payment);
  assert.equal(confirmed.status, 200, JSON.stringify(confirmed.body));
  return getFiling(as, filingId);
}

/** `null` sends no Idempotency-Key. */
export function submit(as: Caller, filingId: string, idempotencyKey: string | null = freshKey()): Promise<ApiResult> {
  return as(`/v1/filings/${filingId}/submit`, { method: 'POST', ...(idempotencyKey === null ? {} : { idempotencyKey }) });
}
