/** The details of the events `<adalat-fee-payment>` dispatches. @module */
import type { NextAction, Payment, Receipt } from '@adalat/sdk/contract';
import type { PaymentFailure } from './fee-payment.types.ts';

/** `adalat-payment-succeeded` carries the payment and its receipt. */
export interface PaymentSucceededDetail {
  payment: Payment;
  receipt: Receipt;
}

/** `adalat-payment-failed` says why: the failed or cancelled payment, or the error creating it. */
export type PaymentFailedDetail = PaymentFailure;

/** `adalat-bank-handoff` carries the payment waiting for the bank and what the payer must do there. */
export interface BankHandoffDetail {
  payment: Payment;
  nextAction: NextAction;
}
