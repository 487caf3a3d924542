import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { FEE_SCHEDULES, priceFiling } from '../../src/rules/fees/index.ts';
import { percentOf, units } from '../../src/rules/fees/schedule.ts';
import { money, request } from './fee-helpers.ts';

describe('percentOf: integer minor units, half up', () => {
  test('rounds a half up and anything less down', () => {
    assert.equal(percentOf(50, 100), 1); // 0.50 → 1
    assert.equal(percentOf(49, 100), 0); // 0.49 → 0
    assert.equal(percentOf(150, 100), 2); // 1.50 → 2
    assert.equal(percentOf(9_999_999, 500), 500_000); // 499,999.95 → 500,000
  });

  test('stays exact at the largest safe integer: 3.5% of IRR 9,007,199,254,740,991', () => {
    // 9,007,199,254,740,991 × 0.035 = 315,251,973,915,934.685 → 315,251,973,915,935
    assert.equal(percentOf(Number.MAX_SAFE_INTEGER, 350), 315_251_973_915_935);
  });

  test('units are minor units of each currency', () => {
    assert.equal(units(1, 'JOD'), 1000);
    assert.equal(units(1, 'SAR'), 100);
    assert.equal(units(1, 'IRR'), 1);
    assert.equal(units(1, 'KZT'), 100);
  });
});

describe('priceFiling', () => {
  test('each jurisdiction prices in its own currency and names its schedule', () => {
    const expected = { PS: 'JOD', SA: 'SAR', IR: 'IRR', KZ: 'KZT' } as const;
    for (const [jurisdiction, currency] of Object.entries(expected) as Array<[keyof typeof expected, (typeof expected)[keyof typeof expected]]>) {
      const priced = priceFiling(jurisdiction, request({ filingKind: 'appeal' }));
      assert.equal(priced.currency, currency);
      assert.equal(priced.total.currency, currency);
      assert.match(priced.schedule, new RegExp(`^${jurisdiction}-FEES .*\\(illustrative\\)$`));
      assert.equal(FEE_SCHEDULES[jurisdiction].jurisdiction, jurisdiction);
    }
  });

  test('the total is the exact sum of the lines, and every line names its rule', () => {
    const priced = priceFiling('SA', request({ claimAmount: money(units(750_000, 'SAR'), 'SAR') }));
    assert.equal(priced.total.amount, priced.lines.reduce((s, l) => s + l.amount.amount, 0));
    assert.ok(priced.lines.every((l) => /^SA-FEES art\.\d/.test(l.rule) && l.description.en && l.description.ar));
    assert.equal(priced.exempt, false);
  });

  test('an exemption is a total of 0 and `exempt`; a zero fee without an exemption is not', () => {
    assert.equal(priceFiling('SA', request({ category: 'family.divorce' })).exempt, true);
    // 1 halala of claim: 5% is 0.05 halala, which rounds to 0, but nothing is exempt.
    const tiny = priceFiling('SA', request({ claimAmount: money(1, 'SAR') }));
    assert.equal(tiny.total.amount, 0);
    assert.equal(tiny.exempt, false);
  });
});
