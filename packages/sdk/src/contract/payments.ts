/**
 * Payments: money for a payable — a quoted filing fee, one or several traffic fines,
 * an execution installment, a court deposit — taken once and only once.
 *
 * Life of a payment:
 * ```
 * create ──► requires_action ──► succeeded   (the bank confirmed: the payable is paid, a receipt exists)
 *                     │      ├──► failed      (the bank confirmed a failure: `failureCode`)
 *                     │      └──► cancelled   (`cancel`, or `expiresAt` passed: `cancellationReason`)
 * ```
 * Every other transition is a 409 `payment_not_pending`; repeating the transition a
 * payment already made (confirming `succeeded` twice, cancelling twice) answers the
 * payment as it is.
 *
 * The hand-off (`nextAction`) goes to the payer's bank. Which bank: the calling
 * partner when it is a bank (its server or a widget on its page), otherwise the
 * jurisdiction's acquiring bank. How:
 * - `bank_handoff` — the caller is that bank: the host page (or the bank's server)
 *   takes the money in its own channel using `bankReference`, then the bank's server
 *   confirms. A widget raises this as an event for the host page to handle.
 * - `redirect` — anyone else: send the payer to `url`, the bank's payment page; it
 *   returns the payer to `returnUrl` when one was given.
 * In both cases the bank's server, with its secret key, calls `confirm` with the
 * payment's `bankReference` and the outcome. Nothing else makes a payment succeed.
 *
 * Money is never taken twice:
 * - `create` requires an `Idempotency-Key`. The same key with the same body replays the
 *   first answer (`Idempotent-Replayed: true`), so a retry after a lost response returns
 *   the same payment; the same key with another body is a 409 `idempotency_key_reused`.
 *   The SDK makes one key per call and reuses it on every retry.
 * - A payable already paid is refused: 409 `payable_already_paid`.
 * - A payable with a payment still `requires_action` is refused: 409 `payment_in_progress`
 *   (resume or cancel that payment; `list` finds it). Court deposits are not one-off:
 *   only one deposit per case may be in flight at a time.
 *
 * Who may pay what: a partner's secret key any payable of its jurisdiction; a person
 * token their own fines, any quote, deposits in their cases; a lawyer token quotes and
 * deposits in cases they act in; court staff (a court's counter) quotes, deposits and
 * fines the court may take; a widget session only payables it is scoped to — fines in
 * `subjects.trafficFines` or of `subjects.person`, quotes in `subjects.feeQuotes` or
 * made through the session, cases in `subjects.cases`, execution files in
 * `subjects.executionFiles` — and it must list the operation. An execution installment
 * is paid by the file's debtor (their token), court staff, a partner's server or a widget
 * session scoped to the file, in order (422 `earlier_installment_unpaid`); the money is
 * then held for the creditor (see `execution.ts`).
 *
 * Who sees a payment: the partner or user that created it; the bank it was handed to;
 * a widget session of the creating partner whose scope covers the payable (so a page
 * reloaded with a new session finds its payment). Anyone else gets a 404.
 *
 * Receipts (`getReceipt`, `downloadReceipt`) exist once a payment succeeded; they name
 * the payer and show a national ID only masked (`******7890`).
 * @module
 */
import * as z from 'zod/mini';
import { Currency, defineEndpoints, Id, Instant, JurisdictionCode, listOf, LocalizedText, Money, PageQuery } from './common.ts';

export const PayableKind = z.enum(['filing_fee', 'traffic_fines', 'execution_installment', 'court_deposit']);
export type PayableKind = z.infer<typeof PayableKind>;

/** A court fee priced by `fees.quote`; the quote must be unexpired and not exempt. */
export const FilingFeePayable = z.object({ kind: z.literal('filing_fee'), quoteId: Id });
export type FilingFeePayable = z.infer<typeof FilingFeePayable>;
/** One or several unpaid traffic fines of one jurisdiction, paid together. */
export const TrafficFinesPayable = z.object({
  kind: z.literal('traffic_fines'),
  /** Duplicates count once. */
  fineIds: z.array(Id).check(z.minLength(1), z.maxLength(50)),
});
export type TrafficFinesPayable = z.infer<typeof TrafficFinesPayable>;
/** An installment of an execution file, paid into the court account; earlier unpaid installments first. */
export const ExecutionInstallmentPayable = z.object({
  kind: z.literal('execution_installment'),
  executionFileId: Id,
  /** Which installment of the file's schedule, from 1. */
  installmentNumber: z.int().check(z.gte(1), z.lte(1000)),
});
export type ExecutionInstallmentPayable = z.infer<typeof ExecutionInstallmentPayable>;
/** Money deposited with the court in a case (أمانات), in the jurisdiction's currency or another it accepts. */
export const CourtDepositPayable = z.object({
  kind: z.literal('court_deposit'),
  caseId: Id,
  /** More than zero. */
  amount: z.object({ amount: z.int().check(z.positive()), currency: Currency }),
});
export type CourtDepositPayable = z.infer<typeof CourtDepositPayable>;

/** What a payment pays, told apart by `kind`. */
export const Payable = z.discriminatedUnion('kind', [FilingFeePayable, TrafficFinesPayable, ExecutionInstallmentPayable, CourtDepositPayable]);
export type Payable = z.infer<typeof Payable>;

/** Who pays, as they give it. The national ID is checked against the payable's jurisdiction and never shown again unmasked. */
export const PayerInput = z.object({
  name: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
  /** Optional; printed on receipts masked. */
  nationalId: z.optional(z.string().check(z.minLength(1), z.maxLength(32))),
});
export type PayerInput = z.infer<typeof PayerInput>;

/** The payer as answers show them. */
export const Payer = z.object({
  name: z.string(),
  /** All but the last four digits hidden: `******7890`; `null` when none was given. */
  nationalIdMasked: z.nullable(z.string()),
});
export type Payer = z.infer<typeof Payer>;

/** Send the payer to the bank's payment page. */
export const RedirectAction = z.object({
  type: z.literal('redirect'),
  url: z.httpUrl(),
  /** The reference the bank knows this payment by. */
  bankReference: z.string(),
});
export type RedirectAction = z.infer<typeof RedirectAction>;
/** The calling bank takes the money in its own channel, then confirms with `bankReference`. */
export const BankHandoffAction = z.object({
  type: z.literal('bank_handoff'),
  bankReference: z.string(),
});
export type BankHandoffAction = z.infer<typeof BankHandoffAction>;
/** What the payer or the host page must do to finish a `requires_action` payment. */
export const NextAction = z.discriminatedUnion('type', [RedirectAction, BankHandoffAction]);
export type NextAction = z.infer<typeof NextAction>;

export const PaymentStatus = z.enum(['requires_action', 'succeeded', 'failed', 'cancelled']);
export type PaymentStatus = z.infer<typeof PaymentStatus>;

/** Why the bank failed a payment, for the payer to read in their language. */
export const PaymentFailureCode = z.enum(['declined', 'insufficient_funds', 'authentication_failed', 'bank_error']);
export type PaymentFailureCode = z.infer<typeof PaymentFailureCode>;

/** `requested`: someone called `cancel`; `expired`: nobody finished it before `expiresAt`. */
export const CancellationReason = z.enum(['requested', 'expired']);
export type CancellationReason = z.infer<typeof CancellationReason>;

/** One line of a payment or receipt. */
export const PaymentLine = z.object({
  description: LocalizedText,
  /** What the line refers to: a fee rule (`SA-FEES art.4(1)`), a violation number, a case number. */
  reference: z.string(),
  amount: Money,
});
export type PaymentLine = z.infer<typeof PaymentLine>;

export const Payment = z.object({
  id: Id,
  jurisdiction: JurisdictionCode,
  status: PaymentStatus,
  payable: Payable,
  lines: z.array(PaymentLine),
  /** The sum of the lines, in their one currency. */
  total: Money,
  payer: Payer,
  /** The bank that takes the money and confirms (a partner id). */
  bankId: Id,
  /** While `requires_action`: what to do next; `null` afterwards. */
  nextAction: z.nullable(NextAction),
  returnUrl: z.nullable(z.string()),
  createdAt: Instant,
  /** A payment still `requires_action` at this instant is cancelled (`expired`); 30 minutes after creation. */
  expiresAt: Instant,
  /** When it reached its final status; `null` while `requires_action`. */
  completedAt: z.nullable(Instant),
  failureCode: z.nullable(PaymentFailureCode),
  cancellationReason: z.nullable(CancellationReason),
  /** The bank's own transaction id, given when it confirmed. */
  bankTransactionId: z.nullable(z.string()),
  /** Set when it succeeded; read the receipt with `getReceipt`. */
  receiptNumber: z.nullable(z.string()),
});
export type Payment = z.infer<typeof Payment>;

export const CreatePaymentBody = z.object({
  payable: Payable,
  payer: PayerInput,
  /** Where the bank's payment page sends the payer back (a `redirect` hand-off only). */
  returnUrl: z.optional(z.httpUrl().check(z.maxLength(2000))),
});
export type CreatePaymentBody = z.infer<typeof CreatePaymentBody>;

export const ConfirmPaymentBody = z
  .object({
    outcome: z.enum(['succeeded', 'failed']),
    /** The payment's `nextAction.bankReference`: proves the bank confirms the payment it was handed. */
    bankReference: z.string().check(z.minLength(1), z.maxLength(64)),
    /** The bank's own transaction id, printed on the receipt. */
    bankTransactionId: z.optional(z.string().check(z.minLength(1), z.maxLength(64))),
    /** Required with `failed`, not allowed with `succeeded`. */
    failureCode: z.optional(PaymentFailureCode),
  })
  .check(
    z.refine((body) => (body.outcome === 'failed') === (body.failureCode !== undefined), {
      message: 'a failed outcome needs a `failureCode`; a succeeded one takes none',
      path: ['failureCode'],
    }),
  );
export type ConfirmPaymentBody = z.infer<typeof ConfirmPaymentBody>;

/** Proof of a succeeded payment. */
export const Receipt = z.object({
  /** `RCT-<jurisdiction>-<year>-<serial>`. */
  number: z.string(),
  paymentId: Id,
  jurisdiction: JurisdictionCode,
  payable: Payable,
  lines: z.array(PaymentLine),
  total: Money,
  paidAt: Instant,
  /** Name and masked national ID only. */
  payer: Payer,
  bank: z.object({ id: Id, name: LocalizedText }),
  bankTransactionId: z.nullable(z.string()),
});
export type Receipt = z.infer<typeof Receipt>;

const PaymentParams = z.object({ paymentId: Id });
const payers = ['secret', 'widget', 'bearer'] as const;

export const paymentsEndpoints = defineEndpoints({
  create: {
    method: 'POST',
    path: '/v1/payments',
    summary: 'Start a payment for a payable; it answers `requires_action` with the hand-off to the payer’s bank.',
    description:
      'Requires an `Idempotency-Key`: the same key and body replay the first answer, another body is a 409 ' +
      '`idempotency_key_reused`. Refused: 409 `payable_already_paid`, `payment_in_progress`; 404 `quote_not_found`, ' +
      '`fine_not_found`, `case_not_found`, `execution_file_not_found`, `installment_not_found`; 403 `outside_jurisdiction`, ' +
      '`subject_not_in_scope`, `fine_not_accessible`, `case_not_accessible`, `execution_file_not_accessible`; 422 ' +
      '`quote_expired`, `nothing_to_pay`, `mixed_currencies`, `currency_not_accepted`, `fine_not_payable_here`, ' +
      '`earlier_installment_unpaid`; 400 when the payer’s national ID fails its check digit.',
    body: CreatePaymentBody,
    status: 201,
    response: Payment,
    errors: [400, 403, 404, 409, 422],
    auth: payers,
    idempotency: 'required',
  },
  get: {
    method: 'GET',
    path: '/v1/payments/:paymentId',
    summary: 'Get a payment: status, lines, total, hand-off, receipt number.',
    params: PaymentParams,
    status: 200,
    response: Payment,
    errors: [400, 404],
    auth: payers,
  },
  list: {
    method: 'GET',
    path: '/v1/payments',
    summary: 'The payments the caller may see, newest first: its own, or (a bank) those handed to it.',
    query: z.object({ ...PageQuery, status: z.optional(PaymentStatus), kind: z.optional(PayableKind) }),
    status: 200,
    response: listOf(Payment),
    errors: [400],
    auth: payers,
    paginated: true,
  },
  confirm: {
    method: 'POST',
    path: '/v1/payments/:paymentId/confirm',
    summary: 'The payer’s bank confirms the outcome (server side, the bank’s secret key).',
    description:
      'Only the payment’s bank (`bankId`) may confirm: another partner that may see the payment gets a 403 ' +
      '`not_the_payment_bank`. A wrong `bankReference` is a 422 `bank_reference_mismatch`. `succeeded` marks the ' +
      'payable paid, issues the receipt and emits `payment.succeeded`; `failed` emits `payment.failed`. Confirming a ' +
      'payment that is no longer `requires_action` with another outcome is a 409 `payment_not_pending`; with the ' +
      'outcome it already has, the payment is answered as it is.',
    params: PaymentParams,
    body: ConfirmPaymentBody,
    status: 200,
    response: Payment,
    errors: [400, 403, 404, 409, 422],
    auth: ['secret'],
    idempotency: 'optional',
  },
  cancel: {
    method: 'POST',
    path: '/v1/payments/:paymentId/cancel',
    summary: 'Cancel a payment still `requires_action` (whoever may see it); a final payment is a 409 `payment_not_pending`.',
    description: 'Cancelling a cancelled payment answers it as it is; the payable can then be paid again.',
    params: PaymentParams,
    status: 200,
    response: Payment,
    errors: [400, 404, 409],
    auth: payers,
    idempotency: 'optional',
  },
  getReceipt: {
    method: 'GET',
    path: '/v1/payments/:paymentId/receipt',
    summary: 'The receipt of a succeeded payment: number, lines, total, paid at, payer (name, masked national ID), bank.',
    description: 'Before the payment succeeded: 409 `payment_not_succeeded`.',
    params: PaymentParams,
    status: 200,
    response: Receipt,
    errors: [400, 404, 409],
    auth: payers,
  },
  downloadReceipt: {
    method: 'GET',
    path: '/v1/payments/:paymentId/receipt/pdf',
    summary: 'The receipt as PDF.',
    description: 'Answers with the PDF bytes (`application/pdf`); the client resolves with a `Blob`. Before success: 409 `payment_not_succeeded`.',
    params: PaymentParams,
    status: 200,
    response: null,
    responseType: 'binary',
    binaryMediaType: 'application/pdf',
    errors: [400, 404, 409],
    auth: payers,
  },
});
