import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { iranFees } from '../../src/rules/fees/iran.ts';
import { amounts, money, refusal, request } from './fee-helpers.ts';

const IRR = (amount: number) => money(amount, 'IRR');

describe('IR financial claims: 3.5% of the claim above IRR 200,000,000, 2.5% at or below', () => {
  const claim = (amount: number, sheets: number | null = null) => iranFees.quote(request({ claimAmount: IRR(amount), sheets }));

  test('just below, at and just above the threshold (plus one petition sheet)', () => {
    assert.deepEqual(amounts(claim(199_999_999)), [5_000_000, 20_000]); // 4,999,999.975 → 5,000,000
    assert.deepEqual(amounts(claim(200_000_000)), [5_000_000, 20_000]);
    assert.deepEqual(amounts(claim(200_000_001)), [7_000_000, 20_000]); // 7,000,000.035 → 7,000,000
    assert.deepEqual(claim(200_000_000).map((l) => l.rule), ['IR-FEES art.3(1)(a)', 'IR-FEES art.3(5)']);
    assert.deepEqual(claim(200_000_001).map((l) => l.rule), ['IR-FEES art.3(1)(b)', 'IR-FEES art.3(5)']);
  });

  test('claims in the billions stay exact', () => {
    assert.deepEqual(amounts(claim(12_345_678_901)), [432_098_762, 20_000]); // 432,098,761.535 → 432,098,762
  });

  test('appeals and cassation of a financial claim pay the same rates on the value appealed', () => {
    for (const filingKind of ['appeal', 'cassation'] as const) {
      assert.deepEqual(amounts(iranFees.quote(request({ filingKind, claimAmount: IRR(300_000_000) }))), [10_500_000, 20_000]);
    }
  });
});

describe('IR non-financial claims, sheets and complaints', () => {
  test('400,000 / 1,000,000 / 1,800,000 by stage, without a claim amount or with 0', () => {
    assert.deepEqual(amounts(iranFees.quote(request())), [400_000, 20_000]);
    assert.deepEqual(amounts(iranFees.quote(request({ claimAmount: IRR(0) }))), [400_000, 20_000]);
    assert.deepEqual(amounts(iranFees.quote(request({ filingKind: 'appeal' }))), [1_000_000, 20_000]);
    assert.deepEqual(amounts(iranFees.quote(request({ filingKind: 'cassation' }))), [1_800_000, 20_000]);
    assert.equal(iranFees.quote(request())[0]!.code, 'non_financial_claim');
  });

  test('20,000 rials a petition sheet, one by default', () => {
    const three = iranFees.quote(request({ sheets: 3 }));
    assert.deepEqual(three.map((l) => [l.code, l.amount.amount]), [['non_financial_claim', 400_000], ['petition_sheets', 60_000]]);
    assert.match(three[1]!.description.en ?? '', /3 sheets/);
  });

  test('a criminal complaint is 100,000 and takes no sheets', () => {
    assert.deepEqual(amounts(iranFees.quote(request({ filingKind: 'criminal_complaint', category: 'criminal.complaint' }))), [100_000]);
    assert.equal(refusal(iranFees, { filingKind: 'criminal_complaint', sheets: 1 }).code, 'sheets_not_applicable');
  });

  test('unscheduled kinds and other currencies are refused', () => {
    for (const filingKind of ['urgent', 'reconsideration', 'execution_request'] as const) {
      assert.equal(refusal(iranFees, { filingKind }).code, 'fee_not_scheduled');
    }
    assert.equal(refusal(iranFees, { claimAmount: money(100, 'SAR') }).code, 'currency_not_accepted');
  });
});
