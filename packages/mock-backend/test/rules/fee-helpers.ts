/** Shared plumbing of the fee-schedule tests: a request with defaults, and the refusal a call throws. */
import assert from 'node:assert/strict';
import type { Currency, FeeLine } from '@adalat/sdk/contract';
import { FeeRefusal, type FeeRequest, type FeeSchedule } from '../../src/rules/fees/index.ts';

export function request(overrides: Partial<FeeRequest> = {}): FeeRequest {
  return { filingKind: 'claim', category: 'civil.contract.sale', claimAmount: null, filerType: 'individual', sheets: null, ...overrides };
}

export const money = (amount: number, currency: Currency) => ({ amount, currency });

/** The line amounts, in minor units. */
export const amounts = (lines: readonly FeeLine[]): number[] => lines.map((l) => l.amount.amount);

export function refusal(schedule: FeeSchedule, overrides: Partial<FeeRequest>): FeeRefusal {
  try {
    schedule.quote(request(overrides));
  } catch (error) {
    assert.ok(error instanceof FeeRefusal, `expected a FeeRefusal, got ${String(error)}`);
    return error;
  }
  assert.fail('the schedule priced a request it should refuse');
}
