/**
 * E-services offices: the directory, oversight metrics per period against the
 * previous period, and a filing made at an office counting in them.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { OfficeMetrics, Office, listOf } from '@adalat/sdk/contract';
import { SAMPLE_FILES } from '../src/index.ts';
import { assertProblem, call, parsed, partnerOf, useSandbox } from './helpers.ts';
import { ministryOf, withKey } from './payments-helpers.ts';
import { attach, createFiling, payFee, submit } from './filings-helpers.ts';

const sandbox = useSandbox();
const publicKey = () => partnerOf(sandbox, 'IR', 'bank').publishableKey;

async function metrics(officeId: string, query = ''): Promise<OfficeMetrics> {
  const result = await call(`/v1/offices/${officeId}/metrics${query}`, { key: publicKey() });
  assert.equal(result.status, 200, JSON.stringify(result.body));
  return parsed(OfficeMetrics, result.body);
}

describe('offices', () => {
  it('lists offices by jurisdiction, each run by its ministry’s desk', async () => {
    const result = await call('/v1/offices?jurisdiction=IR', { key: publicKey() });
    const { data } = parsed(listOf(Office), result.body);
    assert.deepEqual(data.map((o) => o.id), ['off_ir_tehran_1042', 'off_ir_tehran_2217']);
    assert.ok(data.every((o) => o.partnerId === ministryOf(sandbox, 'IR').id));
    assertProblem(await call('/v1/offices/off_nowhere', { key: publicKey() }), 404, 'office_not_found');
  });

  it('reports the last 30 days against the 30 before, from the office’s own filings', async () => {
    const careful = await metrics('off_ir_tehran_1042');
    assert.deepEqual([careful.current.from, careful.current.to], ['2026-10-25', '2026-11-23']);
    assert.deepEqual([careful.previous.from, careful.previous.to], ['2026-09-25', '2026-10-24']);
    const slow = await metrics('off_ir_tehran_2217');
    for (const m of [careful.current, careful.previous, slow.current, slow.previous]) {
      assert.ok(m.filingsReceived > 0);
      assert.ok(m.dispatchSecondsMedian! <= m.dispatchSecondsP90!);
      assert.equal(m.illegibleShare, m.documentsIllegible / m.documentsReviewed);
      assert.equal(m.returnedShare, m.filingsReturned / m.filingsReviewed);
    }
    // The seeded slow office dispatches later and scans worse than the careful one.
    assert.ok(slow.current.dispatchSecondsP90! > careful.current.dispatchSecondsP90!);
    assert.ok(slow.current.dispatchSecondsMedian! > careful.current.dispatchSecondsMedian!);
    const seeded = [...sandbox.store.filings.filings.values()].filter((f) => f.officeId === 'off_ir_tehran_1042' && f.submittedAt! >= '2026-10-24T20:30:00Z');
    assert.equal(careful.current.filingsReceived, seeded.length);
  });

  it('counts a filing made at the office, from receipt to dispatch', async () => {
    const ir = withKey(ministryOf(sandbox, 'IR').secretKey);
    const before = await metrics('off_ir_tehran_1042', '?from=2026-11-23&to=2026-11-23');
    assert.equal(before.current.filingsReceived, 0);
    const person = sandbox.store.people.get('per_ir_001')!;
    const filing = await createFiling(ir, {
      kind: 'claim',
      courtId: 'crt_ir_tehran_general',
      category: 'civil',
      officeId: 'off_ir_tehran_1042',
      parties: [{ role: 'claimant', type: 'individual', name: 'Walk-in', nationalId: person.nationalId }],
    });
    await attach(ir, filing.id, SAMPLE_FILES.petition());
    await payFee(sandbox, ir, filing.id);
    sandbox.clock.advance(30 * 60 * 1000);
    assert.equal((await submit(ir, filing.id)).status, 202);
    sandbox.clock.advance(2 * 60 * 60 * 1000);
    const after = await metrics('off_ir_tehran_1042', '?from=2026-11-23&to=2026-11-23');
    assert.equal(after.current.filingsReceived, 1);
    assert.equal(after.current.dispatchSecondsMedian, 1800);
    assert.equal(after.current.filingsReviewed, 1);
    assert.equal(after.current.returnedShare, 0);
    assert.deepEqual([after.previous.from, after.previous.to], ['2026-11-22', '2026-11-22']);
  });

  it('refuses a period that ends before it starts, or is over a year', async () => {
    assertProblem(await call('/v1/offices/off_ir_tehran_1042/metrics?from=2026-11-10&to=2026-11-01', { key: publicKey() }), 400, 'invalid_period');
    assertProblem(await call('/v1/offices/off_ir_tehran_1042/metrics?from=2025-01-01&to=2026-11-01', { key: publicKey() }), 400, 'invalid_period');
    assertProblem(await call('/v1/offices/off_ir_tehran_1042/metrics?from=2026-13-01', { key: publicKey() }), 400, 'validation_failed');
  });
});
