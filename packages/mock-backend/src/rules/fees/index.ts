/**
 * The fee schedules by jurisdiction, and `priceFiling`, which prices a filing with the
 * right one. Each schedule is a pure function of the request (no clock, no store);
 * each file's header says which figures are published and which the sandbox chose.
 * @module
 */
import type { Currency, FeeLine, JurisdictionCode, Money } from '@adalat/sdk/contract';
import { iranFees } from './iran.ts';
import { kazakhFees } from './kazakhstan.ts';
import { palestineFees } from './palestine.ts';
import { saudiFees } from './saudi-arabia.ts';
import type { FeeRequest, FeeSchedule } from './schedule.ts';

export { FeeRefusal, type FeeRequest, type FeeSchedule } from './schedule.ts';

export const FEE_SCHEDULES: Readonly<Record<JurisdictionCode, FeeSchedule>> = {
  PS: palestineFees,
  SA: saudiFees,
  IR: iranFees,
  KZ: kazakhFees,
};

export interface PricedFiling {
  schedule: string;
  currency: Currency;
  lines: FeeLine[];
  total: Money;
  /** Nothing is due because an exemption applies. */
  exempt: boolean;
}

/** The fee of a filing under its jurisdiction's schedule; throws `FeeRefusal` when it cannot be priced. */
export function priceFiling(jurisdiction: JurisdictionCode, request: FeeRequest): PricedFiling {
  const schedule = FEE_SCHEDULES[jurisdiction];
  const lines = schedule.quote(request);
  const total = lines.reduce((sum, l) => sum + l.amount.amount, 0);
  return {
    schedule: schedule.name,
    currency: schedule.currency,
    lines,
    total: { amount: total, currency: schedule.currency },
    exempt: total === 0 && lines.some((l) => l.code === 'exemption'),
  };
}
