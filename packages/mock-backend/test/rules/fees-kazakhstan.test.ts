import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { KZ_MRP, kazakhFees } from '../../src/rules/fees/kazakhstan.ts';
import { amounts, money, refusal, request } from './fee-helpers.ts';

/** KZT in tiyn. */
const KZT = (major: number): number => Math.round(major * 100);
const quote = (overrides: Parameters<typeof request>[0]) => kazakhFees.quote(request(overrides));

describe('KZ property claims: 1% for individuals, 3% for legal entities', () => {
  test('by filer type', () => {
    const claimAmount = money(KZT(1_000_000), 'KZT');
    assert.deepEqual(amounts(quote({ claimAmount })), [KZT(10_000)]);
    assert.deepEqual(amounts(quote({ claimAmount, filerType: 'legal_entity' })), [KZT(30_000)]);
    assert.deepEqual(quote({ claimAmount }).map((l) => [l.code, l.rule]), [['claim_value', 'KZ-FEES art.610(1)(1)']]);
  });

  test('rounded half up to the tiyn', () => {
    assert.deepEqual(amounts(quote({ claimAmount: money(1_234_567, 'KZT') })), [12_346]); // 12,345.67 → 12,346
    assert.deepEqual(amounts(quote({ claimAmount: money(1_234_549, 'KZT') })), [12_345]); // 12,345.49 → 12,345
  });

  test('appeal and cassation pay half: 0.5% and 1.5%', () => {
    const claimAmount = money(KZT(1_000_000), 'KZT');
    for (const filingKind of ['appeal', 'cassation'] as const) {
      assert.deepEqual(amounts(quote({ filingKind, claimAmount })), [KZT(5_000)]);
      assert.deepEqual(amounts(quote({ filingKind, claimAmount, filerType: 'legal_entity' })), [KZT(15_000)]);
    }
  });
});

describe('KZ non-property claims in MRP (4,325 tenge in 2026)', () => {
  test('the MRP', () => assert.equal(KZ_MRP, KZT(4_325)));

  test('0.5 MRP for individuals, 5 MRP for legal entities; half on appeal', () => {
    assert.deepEqual(amounts(quote({})), [KZT(2_162.5)]);
    assert.deepEqual(amounts(quote({ filerType: 'legal_entity' })), [KZT(21_625)]);
    assert.deepEqual(amounts(quote({ filingKind: 'appeal' })), [KZT(1_081.25)]);
    assert.deepEqual(amounts(quote({ filingKind: 'cassation', filerType: 'legal_entity' })), [KZT(10_812.5)]);
    assert.match(quote({}).at(0)!.description.ru ?? '', /0\.5 МРП/);
  });
});

describe('KZ exemptions and refusals', () => {
  test('labour disputes and alimony are exempt; other family matters are not', () => {
    const claimAmount = money(KZT(500_000), 'KZT');
    assert.deepEqual(quote({ category: 'labour.wages', claimAmount }).map((l) => [l.code, l.amount.amount]), [['exemption', 0]]);
    assert.equal(quote({ category: 'family.alimony', filingKind: 'appeal' })[0]!.rule, 'KZ-FEES art.616(1)(2)');
    assert.deepEqual(amounts(quote({ category: 'family.divorce', claimAmount })), [KZT(5_000)]);
  });

  test('unscheduled kinds, sheets and other currencies are refused', () => {
    assert.equal(refusal(kazakhFees, { filingKind: 'urgent' }).code, 'fee_not_scheduled');
    assert.equal(refusal(kazakhFees, { sheets: 1 }).code, 'sheets_not_applicable');
    assert.equal(refusal(kazakhFees, { claimAmount: money(1, 'IRR') }).code, 'currency_not_accepted');
  });
});
