/**
 * What a payment is for, as lines and a total: a fee quote's lines, the chosen traffic
 * fines, an execution installment, or (once it exists) the payment's own lines. One
 * shape for all, so the widget draws one table whatever it is paying.
 * @module
 */
import type { ExecutionFile, FeeQuote, Installment, Money, PaymentLine, TrafficFine } from '@adalat/sdk/contract';

/** A fee quote's lines; the rule a line comes from is its reference. */
export function quoteLines(quote: FeeQuote): PaymentLine[] {
  return quote.lines.map((line) => ({ description: line.description, reference: line.rule, amount: line.amount }));
}

/** A traffic fine as a line: the violation, its number as the reference, its amount. */
export function fineLine(fine: TrafficFine): PaymentLine {
  return { description: fine.violation.description, reference: fine.number, amount: fine.amount };
}

/**
 * An installment as a line: what the file rests on (the judgment, the cheque), the
 * reference the court prints on the payment (`EXE-PS-2026-000114/6`), its amount.
 */
export function installmentLine(file: ExecutionFile, installment: Installment): PaymentLine {
  return { description: file.title.description, reference: `${file.number}/${installment.number}`, amount: installment.amount };
}

/**
 * The sum of the lines, or `null` when there are none. Amounts are integers in minor
 * units, so the sum is exact.
 * @throws {RangeError} when the lines are in more than one currency (one payment, one currency).
 */
export function totalOf(lines: readonly PaymentLine[]): Money | null {
  const first = lines[0];
  if (first === undefined) return null;
  let amount = 0;
  for (const line of lines) {
    if (line.amount.currency !== first.amount.currency) {
      throw new RangeError(`lines in ${first.amount.currency} and ${line.amount.currency} cannot be paid together`);
    }
    amount += line.amount.amount;
  }
  if (!Number.isSafeInteger(amount)) throw new RangeError('the total is too large to add up exactly');
  return { amount, currency: first.amount.currency };
}
