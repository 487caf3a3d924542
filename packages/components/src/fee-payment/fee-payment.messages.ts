/** Which catalog message the fee payment element shows for a problem, a failure, a search criterion. @module */
import type { MessageKey } from '../i18n/msg.ts';
import type { FineCriterion } from './fine-search.ts';
import type { PaymentProblem } from './payment-problem.ts';

/** Problems with words of their own; the rest read as the shared error messages. */
export const PROBLEM_MESSAGE: Partial<Record<PaymentProblem, MessageKey>> = {
  validation: 'feePayment.problem.validation',
  quote_expired: 'feePayment.problem.quote_expired',
  already_paid: 'feePayment.problem.already_paid',
  in_progress: 'feePayment.problem.in_progress',
  nothing_to_pay: 'feePayment.problem.nothing_to_pay',
  not_supported: 'feePayment.problem.not_supported',
  earlier_installment_unpaid: 'feePayment.problem.earlier_installment_unpaid',
  refused: 'feePayment.problem.refused',
  permission: 'feePayment.problem.permission',
  expired: 'feePayment.problem.expired',
  not_found: 'feePayment.problem.not_found',
};

export const FAILURE_MESSAGE: Readonly<Record<string, MessageKey>> = {
  declined: 'feePayment.failure.declined',
  insufficient_funds: 'feePayment.failure.insufficient_funds',
  authentication_failed: 'feePayment.failure.authentication_failed',
  bank_error: 'feePayment.failure.bank_error',
  requested: 'feePayment.cancelled.requested',
  expired: 'feePayment.cancelled.expired',
};

export const CRITERION_LABEL: Readonly<Record<FineCriterion, MessageKey>> = {
  nationalId: 'feePayment.criterion.nationalId',
  plate: 'feePayment.criterion.plate',
  violationNumber: 'feePayment.criterion.violationNumber',
};
