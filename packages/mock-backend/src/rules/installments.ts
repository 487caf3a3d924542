/**
 * Installment rules of execution files, pure and clock-free:
 * - an unpaid installment is `overdue` once its due date has passed in the court's
 *   time zone (on its due date it is still `due`);
 * - a principal splits into equal monthly installments, the last taking the remainder,
 *   due on the same day of each month (clamped to the month's last day).
 * @module
 */
import type { InstallmentStatus, LocalDate } from '@adalat/sdk/contract';
import { addMonths } from './appeal-deadline.ts';
import { localDateOf } from './court-time.ts';

export function installmentStatus(dueDate: LocalDate, paid: boolean, now: Date, timeZone: string): InstallmentStatus {
  if (paid) return 'paid';
  return localDateOf(now, timeZone) > dueDate ? 'overdue' : 'due';
}

export interface PlannedInstallment {
  number: number;
  dueDate: LocalDate;
  amount: number;
}

/** `total` minor units in `count` monthly installments from `firstDueDate`; every amount is a whole number of minor units. */
export function splitIntoInstallments(total: number, count: number, firstDueDate: LocalDate): PlannedInstallment[] {
  if (!Number.isInteger(total) || total <= 0) throw new RangeError(`total must be a positive integer, got ${total}`);
  if (!Number.isInteger(count) || count < 1) throw new RangeError(`count must be a positive integer, got ${count}`);
  const share = Math.floor(total / count);
  return Array.from({ length: count }, (_, index) => ({
    number: index + 1,
    dueDate: addMonths(firstDueDate, index),
    amount: index === count - 1 ? total - share * (count - 1) : share,
  }));
}
