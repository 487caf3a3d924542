/** The fee payment controller's public types: modes, phases, options, failures. @module */
import type { AdalatCore } from '@adalat/sdk/core';
import type { PayerInput } from '@adalat/sdk/contract/payments';
import type { JurisdictionCode, NextAction, Payment, QuoteFeesBody, Receipt } from '@adalat/sdk/contract';
import type { ElementStatus } from '../base/adalat-element.ts';

/** What the widget takes money for. */
export type FeePaymentMode = 'quote' | 'fines' | 'installment';
export const FEE_PAYMENT_MODES: readonly FeePaymentMode[] = ['quote', 'fines', 'installment'];

/** An installment of an execution file. */
export interface InstallmentRef {
  executionFileId: string;
  /** From 1. */
  installmentNumber: number;
}

/** Who pays: a name, and optionally a national ID (printed masked on the receipt, kept nowhere here). */
export type PayerDetails = PayerInput;

/**
 * Where the payment stands:
 * - `idle`: nothing is being paid yet;
 * - `resuming`: reading the payment this tab started before a reload;
 * - `paying`: the payment is being created;
 * - `awaiting_bank`: created, waiting for the payer's bank (`handoff` says how);
 * - `succeeded`, `failed` (the bank declined: `payment.failureCode`), `cancelled`.
 */
export type PaymentPhase = 'idle' | 'resuming' | 'paying' | 'awaiting_bank' | 'succeeded' | 'failed' | 'cancelled';

/** Why `onFailed` was called: the payment ended badly, or could not be made at all. */
export interface PaymentFailure {
  /** The payment, when one exists (`failed` or `cancelled`); `null` when creating it failed. */
  payment: Payment | null;
  /** What the API (or the network) answered, when creating or reading the payment failed. */
  error: unknown;
  /** `declined`, `insufficient_funds`, … for a failed payment; `requested`/`expired` for a cancelled one; else the problem kind. */
  reason: string;
}

export interface FeePaymentControllerOptions {
  /** The client to call with; read on every host update, and a new one starts over. */
  client: () => AdalatCore | undefined;
  mode: () => FeePaymentMode;
  /** `quote` mode: an existing quote (`fq_…`) to pay. */
  quoteId?: () => string | null | undefined;
  /** `quote` mode without `quoteId`: the filing to quote (`fees.quote`), then pay. */
  quoteRequest?: () => QuoteFeesBody | null | undefined;
  /** `fines` mode: the jurisdiction searched (every city of it). */
  jurisdiction?: () => JurisdictionCode | null | undefined;
  /** `fines` mode: list the fines the credential holds (`trafficFines.list`: a widget session's scope, a person's own) on load. */
  listOwnFines?: () => boolean;
  /** `installment` mode: which installment of which execution file (the file is read with `execution.get`). */
  installment?: () => InstallmentRef | null | undefined;
  /** Where the bank's payment page sends the payer back (a `redirect` hand-off). */
  returnUrl?: () => string | null | undefined;
  /** Where the payment id survives a reload; `sessionStorage` by default, `null` for nowhere. */
  storage?: () => Storage | null | undefined;
  /** Tells two widgets of the same mode on one page apart in that storage. */
  storageScope?: () => string | null | undefined;
  /** Milliseconds between reads of a payment waiting for its bank; 3000 by default, 10 at least. */
  pollIntervalMs?: () => number | null | undefined;
  /** A payment now waits for the bank: hand the payer over (`nextAction`). Called once per payment per controller. */
  onHandoff?: (payment: Payment, action: NextAction) => void;
  /** A payment this controller saw waiting for the bank succeeded; the receipt is loaded. */
  onSucceeded?: (payment: Payment, receipt: Receipt) => void;
  /** Creating the payment failed, or a payment this controller saw waiting ended failed or cancelled. */
  onFailed?: (failure: PaymentFailure) => void;
}

/** `idle` until there is a client and something to pay; then the element statuses. */
export type FeePaymentStatus = 'idle' | ElementStatus;
