/**
 * Payments: create (the router has already applied the Idempotency-Key: a replay
 * never reaches here), the bank's confirmation, cancellation, reads and receipts.
 * What a payable charges and who may pay it is in `payments/payables.ts`; the status
 * machine in `payments/lifecycle.ts`; who sees a payment in `payments/access.ts`.
 * Every handler first lets overdue payments expire, on the sandbox clock.
 * @module
 */
import { NATIONAL_ID_SCHEME, type paymentsEndpoints } from '@adalat/sdk/contract';
import { checkNationalId, idProblemMessage } from '@adalat/sdk/ids';
import { toInstant } from '../clock.ts';
import { canSeePayment, visiblePayment } from '../payments/access.ts';
import { creatorOf } from '../router/creator.ts';
import { bankFor, callerJurisdiction } from '../payments/caller.ts';
import { publishPaymentEvent } from '../payments/events.ts';
import { cancelPayment, expireStalePayments, failPayment, PAYMENT_TTL_MS, paymentInFlight, succeedPayment } from '../payments/lifecycle.ts';
import { resolvePayable } from '../payments/payables.ts';
import { receiptPdf, toPayment, toReceipt } from '../payments/views.ts';
import { ApiProblem, businessRule, conflict, forbidden, validationFailed } from '../problem.ts';
import { randomBase62 } from '../random.ts';
import type { DomainHandlers } from '../router/context.ts';
import { paginate } from '../store/paginate.ts';
import { nextId } from '../store/store.ts';
import type { PaymentRecord } from '../store/types.ts';

/** Where the sandbox's made-up bank pages live; nothing answers there. */
const BANK_PAGES = 'https://bank.sandbox.adalat.test';

function notPending(payment: PaymentRecord): ApiProblem {
  return conflict('payment_not_pending', `The payment is already ${payment.status.replace('_', ' ')}.`);
}

function redirectUrl(bankId: string, bankReference: string, returnUrl: string | undefined): string {
  const url = new URL(`/${bankId}/checkout/${bankReference}`, BANK_PAGES);
  if (returnUrl !== undefined) url.searchParams.set('return', returnUrl);
  return url.href;
}

export const paymentsHandlers: DomainHandlers<typeof paymentsEndpoints> = {
  create({ body, auth, store, clock }) {
    const now = clock.now();
    expireStalePayments(store, now);
    const jurisdiction = callerJurisdiction(store, auth);
    if (jurisdiction === undefined) throw forbidden('outside_jurisdiction', 'This credential acts in no jurisdiction.');

    // Input first: nothing below runs for a payer the jurisdiction's ID rule refuses.
    let nationalId: string | null = null;
    if (body.payer.nationalId !== undefined) {
      const check = checkNationalId(NATIONAL_ID_SCHEME[jurisdiction], body.payer.nationalId);
      if (!check.valid) {
        throw validationFailed([{ path: 'body.payer.nationalId', code: 'invalid_national_id', message: idProblemMessage(check.reason) }]);
      }
      nationalId = check.value;
    }

    const resolved = resolvePayable({ store, caller: auth, now }, body.payable);
    if (paymentInFlight(store, resolved.keys) !== undefined) {
      throw new ApiProblem(409, 'conflict', 'payment_in_progress', 'Another payment of this is waiting for its bank; finish or cancel it first.', {
        param: 'body.payable',
      });
    }

    const { bank, callerIsBank } = bankFor(store, auth, resolved.jurisdiction);
    const id = nextId(store, 'payment', 'pay');
    const bankReference = `ADL${id.slice(4)}${randomBase62(6).toUpperCase()}`;
    const payment: PaymentRecord = {
      id,
      jurisdiction: resolved.jurisdiction,
      status: 'requires_action',
      payable: resolved.payable,
      lines: resolved.lines,
      total: resolved.total,
      payer: { name: body.payer.name, nationalId },
      bankId: bank.id,
      returnUrl: body.returnUrl ?? null,
      createdAt: toInstant(now),
      expiresAt: toInstant(new Date(now.getTime() + PAYMENT_TTL_MS)),
      completedAt: null,
      failureCode: null,
      cancellationReason: null,
      bankTransactionId: null,
      receiptNumber: null,
      payableKeys: resolved.keys,
      createdBy: creatorOf(auth),
      handoff: callerIsBank ? { type: 'bank_handoff' } : { type: 'redirect', url: redirectUrl(bank.id, bankReference, body.returnUrl) },
      bankReference,
    };
    store.payments.set(id, payment);
    return toPayment(payment);
  },

  get({ params, auth, store, clock }) {
    expireStalePayments(store, clock.now());
    return toPayment(visiblePayment(store, auth, params.paymentId));
  },

  list({ query, auth, store, clock }) {
    expireStalePayments(store, clock.now());
    const all = [...store.payments.values()].reverse();
    const matching = all.filter(
      (p) =>
        canSeePayment(store, auth, p) &&
        (query.status === undefined || p.status === query.status) &&
        (query.kind === undefined || p.payable.kind === query.kind),
    );
    const page = paginate(all, matching, query);
    return { data: page.data.map(toPayment), nextCursor: page.nextCursor };
  },

  confirm({ params, body, auth, store, clock }) {
    if (auth.kind !== 'secret') throw new Error('the router lets only secret keys confirm payments');
    const now = clock.now();
    expireStalePayments(store, now);
    const payment = visiblePayment(store, auth, params.paymentId);
    if (payment.bankId !== auth.partner.id) {
      throw forbidden('not_the_payment_bank', 'Only the bank the payment was handed to may confirm it.');
    }
    if (body.bankReference !== payment.bankReference) {
      throw businessRule('bank_reference_mismatch', 'The bank reference is not this payment’s.', 'body.bankReference');
    }
    if (payment.status !== 'requires_action') {
      // The same confirmation again (a bank retrying) changes nothing and answers the payment.
      if (payment.status === body.outcome) return toPayment(payment);
      throw notPending(payment);
    }
    const transactionId = body.bankTransactionId ?? null;
    if (body.outcome === 'succeeded') succeedPayment(store, payment, now, transactionId);
    else failPayment(payment, now, body.failureCode!, transactionId);
    publishPaymentEvent(store, now, payment);
    return toPayment(payment);
  },

  cancel({ params, auth, store, clock }) {
    const now = clock.now();
    expireStalePayments(store, now);
    const payment = visiblePayment(store, auth, params.paymentId);
    if (payment.status === 'cancelled') return toPayment(payment);
    if (payment.status !== 'requires_action') throw notPending(payment);
    cancelPayment(payment, now, 'requested');
    return toPayment(payment);
  },

  getReceipt({ params, auth, store, clock }) {
    expireStalePayments(store, clock.now());
    const payment = visiblePayment(store, auth, params.paymentId);
    if (payment.status !== 'succeeded') throw conflict('payment_not_succeeded', 'Only a succeeded payment has a receipt.');
    return toReceipt(store, payment);
  },

  downloadReceipt({ params, auth, store, clock }) {
    expireStalePayments(store, clock.now());
    const payment = visiblePayment(store, auth, params.paymentId);
    if (payment.status !== 'succeeded') throw conflict('payment_not_succeeded', 'Only a succeeded payment has a receipt.');
    const receipt = toReceipt(store, payment);
    return new File([receiptPdf(receipt)], `${receipt.number}.pdf`, { type: 'application/pdf' });
  },
};
