import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { FeeQuote } from '@adalat/sdk/contract';
import { assertProblem, call, parsed, partnerOf, useSandbox } from './helpers.ts';
import { ministryOf, PS_CLAIM, quote } from './payments-helpers.ts';

const sandbox = useSandbox();
const publishable = () => ministryOf(sandbox, 'PS').publishableKey;
const post = (body: unknown, key = publishable()) => call('/v1/fees/quotes', { key, body });

describe('fees.quote', () => {
  test('a publishable key alone quotes; the quote has an id, lines with rules, a total and 24 hours of validity', async () => {
    const result = await post({ ...PS_CLAIM, claimAmount: { amount: 12_000_000, currency: 'JOD' } });
    assert.equal(result.status, 201);
    const q = parsed(FeeQuote, result.body);
    assert.deepEqual(q.lines.map((l) => [l.rule, l.amount]), [['PS-FEES art.3(1)', { amount: 120_000, currency: 'JOD' }]]);
    assert.deepEqual(q.total, { amount: 120_000, currency: 'JOD' });
    assert.equal(q.currency, 'JOD');
    assert.equal(q.createdAt, '2026-11-23T07:00:00Z');
    assert.equal(q.validUntil, '2026-11-24T07:00:00Z');
    assert.equal(q.paymentId, null);
    assert.equal(q.schedule, 'PS-FEES 2022 (illustrative)');
    const read = await call(`/v1/fees/quotes/${q.id}`, { key: partnerOf(sandbox, 'SA', 'bank').publishableKey });
    assert.deepEqual(parsed(FeeQuote, read.body), q);
  });

  test('a court gives the jurisdiction; it must agree with one given, and hear the category', async () => {
    const byCourt = await quote(ministryOf(sandbox, 'SA'), { courtId: 'crt_sa_riyadh_general', filingKind: 'appeal', category: 'civil', filerType: 'individual' });
    assert.deepEqual([byCourt.jurisdiction, byCourt.courtId, byCourt.total.amount], ['SA', 'crt_sa_riyadh_general', 500_000]);
    const mismatch = assertProblem(await post({ ...PS_CLAIM, courtId: 'crt_sa_riyadh_general' }), 400, 'validation_failed');
    assert.deepEqual(mismatch.issues?.map((i) => [i.path, i.code]), [['body.courtId', 'court_not_in_jurisdiction']]);
    assertProblem(await post({ ...PS_CLAIM, jurisdiction: undefined, courtId: 'crt_nowhere' }), 404, 'court_not_found');
    const labour = { courtId: 'crt_sa_riyadh_labour', filingKind: 'appeal', category: 'civil.contract.sale', filerType: 'individual' };
    assert.equal(assertProblem(await post(labour), 422, 'category_not_heard').param, 'body.category');
  });

  test('bad inputs are 400s naming the field; nothing is stored', async () => {
    const neither = assertProblem(await post({ filingKind: 'claim', category: 'civil', filerType: 'individual' }), 400, 'validation_failed');
    assert.deepEqual(neither.issues?.map((i) => i.path), ['body.jurisdiction']);
    const category = assertProblem(await post({ ...PS_CLAIM, category: 'civil.nothing_here' }), 400, 'validation_failed');
    assert.deepEqual(category.issues?.map((i) => [i.path, i.code]), [['body.category', 'unknown_category']]);
    const claim = assertProblem(await post({ ...PS_CLAIM, jurisdiction: 'SA' }), 400, 'validation_failed');
    assert.deepEqual(claim.issues?.map((i) => [i.path, i.code]), [['body.claimAmount', 'claim_amount_required']]);
    const sheets = assertProblem(await post({ ...PS_CLAIM, sheets: 2 }), 400, 'validation_failed');
    assert.deepEqual(sheets.issues?.map((i) => [i.path, i.code]), [['body.sheets', 'sheets_not_applicable']]);
    const typo = assertProblem(await post({ ...PS_CLAIM, claimAmmount: { amount: 1, currency: 'JOD' } }), 400, 'validation_failed');
    assert.deepEqual(typo.issues?.map((i) => [i.path, i.code]), [['body.claimAmmount', 'unrecognized_key']]);
    assertProblem(await post({ ...PS_CLAIM, claimAmount: { amount: 10.5, currency: 'JOD' } }), 400, 'validation_failed');
    assert.equal(sandbox.store.feeQuotes.size, 0);
  });

  test('rules refuse with a 422: another currency, an unscheduled filing kind', async () => {
    assertProblem(await post({ ...PS_CLAIM, claimAmount: { amount: 100_000, currency: 'ILS' } }), 422, 'currency_not_accepted');
    assertProblem(await post({ ...PS_CLAIM, filingKind: 'reconsideration' }), 422, 'fee_not_scheduled');
    assert.equal(sandbox.store.feeQuotes.size, 0);
  });

  test('an exempt matter is a quote of 0 marked exempt', async () => {
    const exempt = await quote(ministryOf(sandbox, 'SA'), { jurisdiction: 'SA', filingKind: 'claim', category: 'family.custody', filerType: 'individual' });
    assert.equal(exempt.exempt, true);
    assert.deepEqual(exempt.total, { amount: 0, currency: 'SAR' });
    assert.equal(exempt.lines[0]?.code, 'exemption');
  });

  test('Iran quotes per-sheet fees in rials; Kazakhstan by filer type', async () => {
    const ir = await quote(ministryOf(sandbox, 'IR'), {
      jurisdiction: 'IR',
      filingKind: 'claim',
      category: 'civil.contract.loan',
      filerType: 'individual',
      claimAmount: { amount: 300_000_000, currency: 'IRR' },
      sheets: 2,
    });
    assert.deepEqual(ir.lines.map((l) => l.amount.amount), [10_500_000, 40_000]);
    assert.equal(ir.total.amount, 10_540_000);
    const kz = await quote(ministryOf(sandbox, 'KZ'), {
      jurisdiction: 'KZ',
      filingKind: 'claim',
      category: 'commercial.company',
      filerType: 'legal_entity',
      claimAmount: { amount: 250_000_000, currency: 'KZT' },
    });
    assert.deepEqual(kz.total, { amount: 7_500_000, currency: 'KZT' });
  });

  test('every credential may read a quote; an unknown one is a 404', async () => {
    const q = await quote(ministryOf(sandbox, 'PS'), PS_CLAIM);
    const token = sandbox.mintToken({ kind: 'person', id: 'per_ps_001' });
    for (const key of [token, partnerOf(sandbox, 'PS', 'bank').secretKey]) {
      assert.equal((await call(`/v1/fees/quotes/${q.id}`, { key })).status, 200);
    }
    assertProblem(await call('/v1/fees/quotes/fq_999999', { key: publishable() }), 404, 'quote_not_found');
  });

  test('reset forgets every quote', async () => {
    await quote(ministryOf(sandbox, 'PS'), PS_CLAIM);
    sandbox.reset();
    assert.equal(sandbox.store.feeQuotes.size, 0);
    assert.equal((await quote(ministryOf(sandbox, 'PS'), PS_CLAIM)).id, 'fq_000001');
  });
});
