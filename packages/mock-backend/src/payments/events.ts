/**
 * `payment.succeeded` and `payment.failed` on the event bus, when the bank confirms.
 * The audience: the partner that created the payment (its server; its widget
 * sessions scoped to the person concerned), and the person concerned — the user who
 * paid with a person token, or the one person whose fines were paid. A payment is
 * about no case (`caseId: null`), so readers of a deposit's case are not told.
 * @module
 */
import { publishEvent, type EventAudience } from '../events/bus.ts';
import type { Store } from '../store/store.ts';
import type { PaymentRecord } from '../store/types.ts';

/** The person a payment concerns, if it is one person. */
function personOf(store: Store, payment: PaymentRecord): string | undefined {
  const { user } = payment.createdBy;
  if (user?.subject === 'person') return user.id;
  if (payment.payable.kind !== 'traffic_fines') return undefined;
  const offenders = new Set(payment.payable.fineIds.map((id) => store.trafficFines.get(id)?.personId));
  const [only] = offenders;
  return offenders.size === 1 && only !== undefined ? only : undefined;
}

export function publishPaymentEvent(store: Store, now: Date, payment: PaymentRecord): void {
  if (payment.status !== 'succeeded' && payment.status !== 'failed') return;
  const audience: EventAudience = {};
  if (payment.createdBy.partnerId !== null) audience.partnerId = payment.createdBy.partnerId;
  const personId = personOf(store, payment);
  if (personId !== undefined) audience.personId = personId;
  publishEvent(
    store,
    now,
    {
      type: payment.status === 'succeeded' ? 'payment.succeeded' : 'payment.failed',
      caseId: null,
      data: {
        paymentId: payment.id,
        payableKind: payment.payable.kind,
        total: { ...payment.total },
        receiptNumber: payment.receiptNumber,
        failureCode: payment.failureCode,
      },
    },
    audience,
  );
}
