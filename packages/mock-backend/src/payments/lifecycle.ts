/**
 * The status machine of a payment and what each final status does:
 * `requires_action` → `succeeded` (the payable is paid, a receipt number is issued)
 * | `failed` | `cancelled` (asked for, or expired). Expiry is lazy: a payment past
 * `expiresAt` is cancelled the next time anything looks at it, on the sandbox clock.
 * @module
 */
import type { CancellationReason, PaymentFailureCode } from '@adalat/sdk/contract';
import { toInstant } from '../clock.ts';
import { markInstallmentPaid } from '../execution/installments.ts';
import type { Store } from '../store/store.ts';
import type { PaymentRecord } from '../store/types.ts';

/** How long a payment waits for its bank. */
export const PAYMENT_TTL_MS = 30 * 60 * 1000;

function finish(payment: PaymentRecord, status: PaymentRecord['status'], at: Date): void {
  payment.status = status;
  payment.completedAt = toInstant(at);
}

/** Cancels, as `expired`, every payment still waiting past its `expiresAt`. */
export function expireStalePayments(store: Store, now: Date): void {
  for (const payment of store.payments.values()) {
    if (payment.status === 'requires_action' && now.getTime() >= Date.parse(payment.expiresAt)) {
      cancelPayment(payment, new Date(Date.parse(payment.expiresAt)), 'expired');
    }
  }
}

/** A payment still waiting that pays any of `keys`. */
export function paymentInFlight(store: Store, keys: readonly string[]): PaymentRecord | undefined {
  return [...store.payments.values()].find((p) => p.status === 'requires_action' && p.payableKeys.some((key) => keys.includes(key)));
}

export function cancelPayment(payment: PaymentRecord, at: Date, reason: CancellationReason): void {
  finish(payment, 'cancelled', at);
  payment.cancellationReason = reason;
}

export function failPayment(payment: PaymentRecord, at: Date, failureCode: PaymentFailureCode, bankTransactionId: string | null): void {
  finish(payment, 'failed', at);
  payment.failureCode = failureCode;
  payment.bankTransactionId = bankTransactionId;
}

/** Marks the payment and everything it pays as paid, and numbers its receipt: `RCT-PS-2026-000001`. */
export function succeedPayment(store: Store, payment: PaymentRecord, at: Date, bankTransactionId: string | null): void {
  finish(payment, 'succeeded', at);
  payment.bankTransactionId = bankTransactionId;
  store.counters.receipt += 1;
  payment.receiptNumber = `RCT-${payment.jurisdiction}-${at.getUTCFullYear()}-${String(store.counters.receipt).padStart(6, '0')}`;
  const paidAt = toInstant(at);
  const { payable } = payment;
  if (payable.kind === 'filing_fee') {
    const quote = store.feeQuotes.get(payable.quoteId);
    if (quote !== undefined) quote.paymentId = payment.id;
  }
  if (payable.kind === 'execution_installment') markInstallmentPaid(store, payable, payment.id, at, paidAt);
  if (payable.kind === 'traffic_fines') {
    for (const id of payable.fineIds) {
      const fine = store.trafficFines.get(id);
      if (fine === undefined) continue;
      fine.status = 'paid';
      fine.paidAt = paidAt;
      fine.paymentId = payment.id;
    }
  }
}
