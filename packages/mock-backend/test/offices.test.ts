/**
 * E-services offices: the directory, oversight metrics per period against the
 * previous period, and a filing made at an office counting in them.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Filing, OfficeMetrics, Office, listOf } from '@adalat/sdk/contract';
import { SAMPLE_FILES } from '../src/index.ts';
import { assertProblem, call, parsed, partnerOf, useSandbox } from './helpers.ts';
import { ministryOf, withKey } from './payments-helpers.ts';
import { attach, createFiling, payFee, submit } from './filings-helpers.ts';

const sandbox = useSandbox();
const publicKey = () => partnerOf(sandbox, 'IR', 'bank').publishableKey;
const review = (body: Record<string, unknown>) => call('/__sandbox/filings/review', { body });

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

  it('counts partially accepted and returned filings, illegible documents and dispatch times exactly', async () => {
    const ir = withKey(ministryOf(sandbox, 'IR').secretKey);
    const day = '?from=2026-11-23&to=2026-11-23';
    assert.equal((await metrics('off_ir_tehran_1042', day)).current.filingsReceived, 0, 'the day starts empty');
    const person = sandbox.store.people.get('per_ir_001')!;
    const ready = async (): Promise<Filing> => {
      const filing = await createFiling(ir, {
        kind: 'claim',
        courtId: 'crt_ir_tehran_general',
        category: 'civil',
        officeId: 'off_ir_tehran_1042',
        parties: [{ role: 'claimant', type: 'individual', name: 'Walk-in', nationalId: person.nationalId }],
      });
      await attach(ir, filing.id, SAMPLE_FILES.petition());
      return filing;
    };
    // Four walk-ins received together, dispatched 10, 30, 50 and 70 minutes later.
    const partial = await ready();
    const blurry = await attach(ir, partial.id, SAMPLE_FILES.blurryScan(), { role: 'connected' });
    const returned = await ready();
    const accepted = await ready();
    const late = await ready();
    for (const filing of [partial, returned, accepted, late]) await payFee(sandbox, ir, filing.id);
    const dispatched: Filing[] = [];
    for (const filing of [returned, partial, accepted, late]) {
      sandbox.clock.advance(filing === returned ? 10 * 60 * 1000 : 20 * 60 * 1000);
      const result = await submit(ir, filing.id);
      assert.equal(result.status, 202, JSON.stringify(result.body));
      dispatched.push(parsed(Filing, result.body));
    }
    assert.equal((await review({ filingId: partial.id })).status, 200);
    assert.equal((await review({ filingId: returned.id, outcome: 'returned', reasons: [{ code: 'incomplete_documents', message: 'Attach the contract.' }] })).status, 200);
    assert.equal((await review({ filingId: accepted.id })).status, 200);
    assert.equal((await review({ filingId: late.id })).status, 200);
    const outcomes = await Promise.all([partial, returned, accepted, late].map(async (f) => parsed(Filing, (await ir(`/v1/filings/${f.id}`)).body).status));
    assert.deepEqual(outcomes, ['partially_accepted', 'returned', 'accepted', 'accepted']);
    assert.equal(blurry.legible, false);

    // From receipt (created) to dispatch (submitted), in seconds.
    const seconds = dispatched.map((f) => (Date.parse(f.submittedAt!) - Date.parse(f.createdAt)) / 1000);
    assert.deepEqual(seconds, [600, 1800, 3000, 4200]);
    const { current } = await metrics('off_ir_tehran_1042', day);
    assert.equal(current.filingsReceived, 4);
    assert.equal(current.dispatchSecondsMedian, 1800, 'nearest rank: the 2nd of 4 (⌈0.5 × 4⌉), not the mean of the middle two');
    assert.equal(current.dispatchSecondsP90, 4200, 'nearest rank: the 4th of 4 (⌈0.9 × 4⌉)');
    assert.equal(current.filingsReviewed, 4);
    assert.equal(current.filingsReturned, 1);
    assert.equal(current.returnedShare, 1 / 4);
    // Five documents reviewed (two on the partial filing), one of them refused as illegible.
    assert.equal(current.documentsReviewed, 5);
    assert.equal(current.documentsIllegible, 1);
    assert.equal(current.illegibleShare, 1 / 5);
  });

  it('refuses a period that ends before it starts, or is over a year', async () => {
    assertProblem(await call('/v1/offices/off_ir_tehran_1042/metrics?from=2026-11-10&to=2026-11-01', { key: publicKey() }), 400, 'invalid_period');
    assertProblem(await call('/v1/offices/off_ir_tehran_1042/metrics?from=2025-01-01&to=2026-11-01', { key: publicKey() }), 400, 'invalid_period');
    assertProblem(await call('/v1/offices/off_ir_tehran_1042/metrics?from=2026-13-01', { key: publicKey() }), 400, 'validation_failed');
  });
});
