/**
 * The bank's own server for `examples/bank-fines/`: the one place that holds the
 * bank's secret key. It does two things a real bank's back end does:
 *
 *   POST /bank-fines/api/session
 *     → 201 { clientSecret, publishableKey, apiBaseUrl, customer: { name }, expiresAt }
 *     A short-lived widget session scoped to the signed-in customer (their own traffic
 *     fines, nobody else's) and the operations `<adalat-fee-payment>` needs.
 *
 *   POST /bank-fines/api/confirm   { paymentId, outcome: 'approved' | 'declined' }
 *     → 200 { status }
 *     After the hand-off, the bank has taken (or refused) the money in its own channel
 *     and tells the court service so: `payments.confirm` with the payment's bank
 *     reference, server side, with the secret key. Nothing else makes a payment succeed.
 *
 * `scripts/start.mjs` mounts it next to the static examples. A real bank takes the
 * customer from its own sign-in and debits a real account; here they are demo values.
 * @module
 */
import { AdalatClient } from '@adalat/sdk';
import { failureLogger, readJsonBody, routes, sendError, sendJson, sessionAnswerer } from '../shared/server-kit.mjs';
import { PAYMENT_OPERATIONS } from '../shared/widget-operations.mjs';

export const API_PREFIX = '/bank-fines/api/';

/** The demo's signed-in customer: a seeded person with unpaid fines in several cities. */
export const CUSTOMER = { personId: 'per_ps_001', name: 'Sara Khalil' };

/** What `<adalat-fee-payment mode="fines">` calls; nothing else. */
export const FEE_PAYMENT_OPERATIONS = [
  'trafficFines.search',
  'trafficFines.list',
  'trafficFines.get',
  ...PAYMENT_OPERATIONS,
];

const SESSION_SECONDS = 900;
const PAYMENT_ID = /^[A-Za-z0-9_-]{1,64}$/;
const MAX_BODY_BYTES = 1024;

/** The seeded partner whose keys start.mjs hands to `createExampleApi`. */
export const PARTNER = { jurisdiction: 'PS', kind: 'bank' };

/**
 * The handler start.mjs mounts: answers requests under `API_PREFIX` (returns true) and
 * leaves every other request to the caller (returns false).
 * @param {{ apiBaseUrl: string, secretKey: string, publishableKey: string }} options
 * @returns {(request: import('node:http').IncomingMessage, response: import('node:http').ServerResponse) => boolean}
 */
export function createExampleApi({ apiBaseUrl, secretKey, publishableKey }) {
  const adalat = new AdalatClient({ baseUrl: apiBaseUrl, auth: { secretKey } });
  const logFailure = failureLogger('bank');
  const answerSession = sessionAnswerer({ adalat, apiBaseUrl, publishableKey, logFailure });

  /** The bank took the money (or refused): it confirms the payment handed to it. */
  async function confirm(request, response) {
    const body = await readJsonBody(request, { limit: MAX_BODY_BYTES }).catch(() => undefined);
    const paymentId = body?.paymentId;
    const outcome = body?.outcome;
    if (typeof paymentId !== 'string' || !PAYMENT_ID.test(paymentId) || (outcome !== 'approved' && outcome !== 'declined')) {
      sendError(response, 400, 'invalid_request', 'Send { paymentId, outcome: "approved" | "declined" }.');
      return;
    }
    try {
      // The bank sees the payments handed to it, with the reference it must confirm with.
      const payment = await adalat.payments.get({ paymentId });
      const bankReference = payment.nextAction?.bankReference;
      if (payment.status !== 'requires_action' || !bankReference) {
        sendError(response, 409, 'payment_not_pending', `The payment is already ${payment.status}.`);
        return;
      }
      const confirmed = await adalat.payments.confirm({
        paymentId,
        bankReference,
        ...(outcome === 'approved'
          ? { outcome: 'succeeded', bankTransactionId: `ABB-${Date.now().toString(36).toUpperCase()}` }
          : { outcome: 'failed', failureCode: 'declined' }),
      });
      sendJson(response, 200, { status: confirmed.status });
    } catch (error) {
      logFailure('confirmation', error);
      const status = error?.status === 404 ? 404 : 502;
      sendError(response, status, error?.code ?? 'confirm_failed', 'The payment could not be confirmed.');
    }
  }

  return routes({
    prefix: API_PREFIX,
    handlers: {
      'POST session': (request, response) =>
        answerSession(response, async () => ({
          subjects: { person: CUSTOMER.personId },
          operations: FEE_PAYMENT_OPERATIONS,
          ttlSeconds: SESSION_SECONDS,
          reference: 'bank-fines-demo',
          page: { customer: { name: CUSTOMER.name } },
        })),
      'POST confirm': confirm,
    },
  });
}
