/**
 * Court deposit refunds: how much of a case's deposits is left to refund, and a request's
 * status on the sandbox clock (`submitted`, `approved` a day later, `paid` two days after).
 * @module
 */
import type { Currency, DepositRefund } from '@adalat/sdk/contract';
import { toInstant } from '../clock.ts';
import type { Store } from '../store/store.ts';
import type { DepositRefundRecord } from '../store/types.ts';

const DAY_MS = 86_400_000;
/** Days after submission a request is approved, and paid. */
export const REFUND_APPROVED_AFTER_DAYS = 1;
export const REFUND_PAID_AFTER_DAYS = 3;

/** Deposits paid (succeeded payments) in the case in `currency`, less refunds already asked for. */
export function refundableAmount(store: Store, caseId: string, currency: Currency): number {
  let paid = 0;
  for (const payment of store.payments.values()) {
    const { payable } = payment;
    if (payment.status === 'succeeded' && payable.kind === 'court_deposit' && payable.caseId === caseId && payable.amount.currency === currency) {
      paid += payable.amount.amount;
    }
  }
  for (const refund of store.lawyerServices.refunds.values()) {
    if (refund.caseId === caseId && refund.amount.currency === currency) paid -= refund.amount.amount;
  }
  return Math.max(0, paid);
}

export function refundView(record: DepositRefundRecord, now: Date): DepositRefund {
  const created = Date.parse(record.createdAt);
  const at = (days: number): number => created + days * DAY_MS;
  const status = now.getTime() >= at(REFUND_PAID_AFTER_DAYS) ? 'paid' : now.getTime() >= at(REFUND_APPROVED_AFTER_DAYS) ? 'approved' : 'submitted';
  const statusAt = status === 'paid' ? at(REFUND_PAID_AFTER_DAYS) : status === 'approved' ? at(REFUND_APPROVED_AFTER_DAYS) : created;
  return {
    id: record.id,
    caseId: record.caseId,
    lawyerId: record.lawyerId,
    amount: { ...record.amount },
    ibanMasked: `${'*'.repeat(record.iban.length - 4)}${record.iban.slice(-4)}`,
    reason: record.reason,
    status,
    createdAt: record.createdAt,
    statusAt: toInstant(new Date(statusAt)),
  };
}
