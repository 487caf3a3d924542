import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { FilingKind } from '@adalat/sdk/contract';
import { saudiFees } from '../../src/rules/fees/saudi-arabia.ts';
import { amounts, money, refusal, request } from './fee-helpers.ts';

/** SAR in halalas. */
const SAR = (major: number): number => Math.round(major * 100);
const claim = (major: number) => saudiFees.quote(request({ claimAmount: money(SAR(major), 'SAR') }));

describe('SA value claims: marginal bands, capped at SAR 1,000,000', () => {
  test('up to 100,000: 5%, one line; just below, at and just above the edge', () => {
    assert.deepEqual(amounts(claim(99_999.99)), [SAR(5_000)]); // 4,999.9995 → 5,000.00
    assert.deepEqual(amounts(claim(100_000)), [SAR(5_000)]);
    assert.deepEqual(amounts(claim(100_001)), [SAR(5_000), SAR(0.04)]);
    assert.deepEqual(claim(100_001).map((l) => l.rule), ['SA-FEES art.3(1)(a)', 'SA-FEES art.3(1)(b)']);
  });

  test('500,000: 5,000 + 16,000; just above adds 3% of the excess', () => {
    assert.deepEqual(amounts(claim(499_999)), [SAR(5_000), SAR(15_999.96)]);
    assert.deepEqual(amounts(claim(500_000)), [SAR(5_000), SAR(16_000)]);
    assert.deepEqual(amounts(claim(500_001)), [SAR(5_000), SAR(16_000), SAR(0.03)]);
  });

  test('1,000,000: 5,000 + 16,000 + 15,000 = 36,000; above it, 2% of the excess', () => {
    assert.deepEqual(amounts(claim(999_999)), [SAR(5_000), SAR(16_000), SAR(14_999.97)]);
    assert.deepEqual(amounts(claim(1_000_000)), [SAR(5_000), SAR(16_000), SAR(15_000)]);
    assert.deepEqual(amounts(claim(1_000_001)), [SAR(5_000), SAR(16_000), SAR(15_000), SAR(0.02)]);
    assert.deepEqual(claim(1_000_001).map((l) => l.code), ['claim_value_band', 'claim_value_band', 'claim_value_band', 'claim_value_band']);
  });

  test('the cap: 49,200,000 comes to exactly 1,000,000 in bands; one riyal more is the capped line', () => {
    const atCap = claim(49_200_000);
    assert.deepEqual(amounts(atCap), [SAR(5_000), SAR(16_000), SAR(15_000), SAR(964_000)]);
    assert.equal(amounts(atCap).reduce((a, b) => a + b), SAR(1_000_000));
    for (const over of [49_200_001, 500_000_000]) {
      const capped = claim(over);
      assert.deepEqual(amounts(capped), [SAR(1_000_000)]);
      assert.equal(capped[0]!.code, 'claim_value_capped');
      assert.equal(capped[0]!.rule, 'SA-FEES art.3(2)');
    }
  });

  test('a claim needs its value; another currency is refused; sheets are not charged', () => {
    assert.deepEqual([refusal(saudiFees, {}).code, refusal(saudiFees, {}).field], ['claim_amount_required', 'claimAmount']);
    assert.equal(refusal(saudiFees, { claimAmount: money(0, 'SAR') }).code, 'claim_amount_required');
    const currency = refusal(saudiFees, { claimAmount: money(100, 'JOD') });
    assert.deepEqual([currency.code, currency.field], ['currency_not_accepted', undefined]);
    assert.equal(refusal(saudiFees, { claimAmount: money(100, 'SAR'), sheets: 2 }).code, 'sheets_not_applicable');
  });
});

describe('SA flat fees', () => {
  const flat = (filingKind: 'appeal' | 'cassation' | 'reconsideration' | 'urgent', claimAmount = money(SAR(90_000_000), 'SAR')) =>
    saudiFees.quote(request({ filingKind, claimAmount }));

  test('appeal 5,000, cassation 7,000, reconsideration 10,000, urgent 3,000, whatever the claim', () => {
    assert.deepEqual(amounts(flat('appeal')), [SAR(5_000)]);
    assert.deepEqual(amounts(flat('cassation')), [SAR(7_000)]);
    assert.deepEqual(amounts(flat('reconsideration')), [SAR(10_000)]);
    assert.deepEqual(amounts(flat('urgent')), [SAR(3_000)]);
    assert.deepEqual(amounts(flat('appeal', money(SAR(1), 'SAR'))), [SAR(5_000)]);
    assert.deepEqual(flat('reconsideration').map((l) => [l.code, l.rule]), [['flat_fee', 'SA-FEES art.4(3)']]);
  });
});

describe('SA exemptions', () => {
  const quote = (category: string, filingKind: FilingKind = 'claim') =>
    saudiFees.quote(request({ category, filingKind, claimAmount: money(SAR(250_000), 'SAR') }));

  test('family, execution, criminal and bankruptcy matters cost nothing, at every stage', () => {
    assert.deepEqual(quote('family.divorce').map((l) => [l.code, l.rule, l.amount.amount]), [['exemption', 'SA-FEES art.2(1)', 0]]);
    assert.equal(quote('family', 'appeal')[0]!.rule, 'SA-FEES art.2(1)');
    assert.equal(quote('execution.judgment')[0]!.rule, 'SA-FEES art.2(2)');
    assert.equal(quote('civil.contract.loan', 'execution_request')[0]!.rule, 'SA-FEES art.2(2)');
    assert.equal(quote('criminal.felony', 'cassation')[0]!.rule, 'SA-FEES art.2(3)');
    assert.equal(quote('civil.tort', 'criminal_complaint')[0]!.rule, 'SA-FEES art.2(3)');
    assert.equal(quote('commercial.bankruptcy')[0]!.rule, 'SA-FEES art.2(4)');
  });

  test('a neighbouring category is not exempt', () => {
    assert.deepEqual(amounts(quote('commercial.company')), [SAR(5_000), SAR(6_000)]);
    // `familyx` would not be in `family`: the match is on whole code segments.
    assert.notEqual(quote('labour.wages')[0]!.code, 'exemption');
  });
});
