import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { palestineFees } from '../../src/rules/fees/palestine.ts';
import { amounts, money, refusal, request } from './fee-helpers.ts';

/** JOD in fils. */
const JOD = (major: number): number => Math.round(major * 1000);
const claim = (major: number) => palestineFees.quote(request({ claimAmount: money(JOD(major), 'JOD') }));
const codes = (major: number) => claim(major).map((l) => [l.code, l.rule, l.amount.amount]);

describe('PS claims: 1% in JOD, at least 50 and at most 1,000', () => {
  test('the floor: below 5,000 JOD the minimum of 50 applies; at and above it, 1%', () => {
    assert.deepEqual(codes(1_000), [['claim_value_minimum', 'PS-FEES art.3(2)', JOD(50)]]);
    assert.deepEqual(codes(4_999), [['claim_value_minimum', 'PS-FEES art.3(2)', JOD(50)]]);
    assert.deepEqual(codes(5_000), [['claim_value', 'PS-FEES art.3(1)', JOD(50)]]);
    assert.deepEqual(codes(5_001), [['claim_value', 'PS-FEES art.3(1)', JOD(50.01)]]);
  });

  test('rounded half up to the fils', () => {
    assert.deepEqual(amounts(claim(12_345.678)), [JOD(123.457)]); // 123.45678 → 123.457
  });

  test('the ceiling: 100,000 JOD pays exactly 1,000; more is capped at 1,000', () => {
    assert.deepEqual(codes(99_999), [['claim_value', 'PS-FEES art.3(1)', JOD(999.99)]]);
    assert.deepEqual(codes(100_000), [['claim_value', 'PS-FEES art.3(1)', JOD(1_000)]]);
    assert.deepEqual(codes(100_000.05), [['claim_value_capped', 'PS-FEES art.3(3)', JOD(1_000)]]); // 1,000.0005 → 1,000.001
    assert.deepEqual(codes(2_000_000), [['claim_value_capped', 'PS-FEES art.3(3)', JOD(1_000)]]);
  });

  test('a claim of no stated value pays 50', () => {
    assert.deepEqual(amounts(palestineFees.quote(request())), [JOD(50)]);
    assert.deepEqual(amounts(palestineFees.quote(request({ claimAmount: money(0, 'JOD') }))), [JOD(50)]);
  });
});

describe('PS flat fees and refusals', () => {
  test('appeal 100, cassation 150, urgent request 200', () => {
    assert.deepEqual(amounts(palestineFees.quote(request({ filingKind: 'appeal' }))), [JOD(100)]);
    assert.deepEqual(amounts(palestineFees.quote(request({ filingKind: 'cassation' }))), [JOD(150)]);
    assert.deepEqual(palestineFees.quote(request({ filingKind: 'urgent' })).map((l) => [l.rule, l.amount]), [['PS-FEES art.5', money(JOD(200), 'JOD')]]);
  });

  test('claims in ILS, unscheduled kinds and sheets are refused', () => {
    assert.equal(refusal(palestineFees, { claimAmount: money(100_00, 'ILS') }).code, 'currency_not_accepted');
    for (const filingKind of ['reconsideration', 'criminal_complaint', 'execution_request'] as const) {
      assert.equal(refusal(palestineFees, { filingKind }).code, 'fee_not_scheduled');
    }
    assert.equal(refusal(palestineFees, { sheets: 2 }).code, 'sheets_not_applicable');
  });
});
