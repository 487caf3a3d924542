/**
 * How a failure reads to the payer: one kind per situation the widget words and acts
 * on differently, from the SDK error's `type` and `code` (not its class, so an error
 * from another copy of the SDK reads the same).
 * @module
 */

/**
 * - `validation`: the input was refused (a missing payer name, an invalid national ID);
 * - `quote_expired`: the quote's `validUntil` passed; quote again;
 * - `already_paid`: the payable was paid already (409 `payable_already_paid`);
 * - `in_progress`: another payment for it is still waiting for the bank (409 `payment_in_progress`);
 * - `nothing_to_pay`: an exempt quote;
 * - `not_supported`: the API does not take this kind of payable (422 `payable_not_supported`);
 * - `earlier_installment_unpaid`: installments are paid in order and an earlier one is unpaid (422);
 * - `refused`: another business rule refused it (422: a fine not payable here, mixed currencies…);
 * - `permission`: the page's widget session does not cover it (403);
 * - `expired`: the widget session expired and could not be renewed;
 * - `authentication`: the page's key was refused;
 * - `not_found`: the quote, fine or payment does not exist (or is not visible);
 * - `retryable`: no answer, a 5xx, a 429 or an unreadable answer: trying again is safe;
 * - `other`: anything else.
 */
export type PaymentProblem =
  | 'validation'
  | 'quote_expired'
  | 'already_paid'
  | 'in_progress'
  | 'nothing_to_pay'
  | 'not_supported'
  | 'earlier_installment_unpaid'
  | 'refused'
  | 'permission'
  | 'expired'
  | 'authentication'
  | 'not_found'
  | 'retryable'
  | 'other';

const BY_CODE: Readonly<Record<string, PaymentProblem>> = {
  payable_already_paid: 'already_paid',
  payment_in_progress: 'in_progress',
  quote_expired: 'quote_expired',
  nothing_to_pay: 'nothing_to_pay',
  payable_not_supported: 'not_supported',
  earlier_installment_unpaid: 'earlier_installment_unpaid',
  widget_session_expired: 'expired',
};

const BY_TYPE: Readonly<Record<string, PaymentProblem>> = {
  invalid_request: 'validation',
  business_rule: 'refused',
  permission: 'permission',
  authentication: 'authentication',
  not_found: 'not_found',
  connection: 'retryable',
  server: 'retryable',
  rate_limit: 'retryable',
  invalid_response: 'retryable',
};

/** The kind of `error`, as the payer should read it. */
export function paymentProblem(error: unknown): PaymentProblem {
  const { type, code } = (typeof error === 'object' && error !== null ? error : {}) as { type?: unknown; code?: unknown };
  if (typeof code === 'string' && Object.hasOwn(BY_CODE, code)) return BY_CODE[code]!;
  if (typeof type === 'string' && Object.hasOwn(BY_TYPE, type)) return BY_TYPE[type]!;
  return 'other';
}
