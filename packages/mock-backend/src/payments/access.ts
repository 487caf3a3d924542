/**
 * Who sees a payment (and so may read, list, cancel it and read its receipt):
 * - a secret key: the payments its partner created, and those handed to it as the bank;
 * - a widget session: the payments it created, and those of its partner whose payable
 *   its scope covers (a page reloaded with a new session finds its payment again);
 * - a user token: the payments that user created.
 * Anyone else gets a 404, as if the payment did not exist.
 * @module
 */
import { notFound } from '../problem.ts';
import type { Caller } from '../router/context.ts';
import { createdByUser } from '../router/creator.ts';
import type { Store } from '../store/store.ts';
import type { PaymentRecord } from '../store/types.ts';
import { payableInWidgetScope } from './payables.ts';

export function canSeePayment(store: Store, caller: Caller, payment: PaymentRecord): boolean {
  const { createdBy } = payment;
  switch (caller.kind) {
    case 'secret':
      return createdBy.partnerId === caller.partner.id || payment.bankId === caller.partner.id;
    case 'publishable':
      return false;
    case 'widget':
      return (
        createdBy.sessionId === caller.session.id ||
        (createdBy.partnerId === caller.partner.id && payableInWidgetScope(store, caller.session, payment.payable))
      );
    case 'bearer':
      return createdByUser(createdBy, caller.user);
  }
}

/** The payment, if it exists and the caller may see it; a 404 otherwise. */
export function visiblePayment(store: Store, caller: Caller, paymentId: string): PaymentRecord {
  const payment = store.payments.get(paymentId);
  if (payment === undefined || !canSeePayment(store, caller, payment)) {
    throw notFound('payment_not_found', 'No payment you may see has this id.', 'params.paymentId');
  }
  return payment;
}
