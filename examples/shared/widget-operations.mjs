/**
 * Operations more than one example's widget session grants, named once.
 * @module
 */

/** What `<adalat-fee-payment>` calls to take one payment and show its receipt (fines mode adds the fine reads). */
export const PAYMENT_OPERATIONS = [
  'payments.create',
  'payments.get',
  'payments.list',
  'payments.cancel',
  'payments.getReceipt',
  'payments.downloadReceipt',
];
