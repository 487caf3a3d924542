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

export const API_PREFIX = '/bank-fines/api/';

/** The demo's signed-in customer: a seeded person with unpaid fines in several cities. */
export const CUSTOMER = { personId: 'per_ps_001', name: 'Sara Khalil' };

/** What `<adalat-fee-payment mode="fines">` calls; nothing else. */
export const FEE_PAYMENT_OPERATIONS = [
  'trafficFines.search',
  'trafficFines.list',
  'trafficFines.get',
  'payments.create',
  'payments.get',
  'payments.list',
  'payments.cancel',
  'payments.getReceipt',
  'payments.downloadReceipt',
];

const SESSION_SECONDS = 900;
const PAYMENT_ID = /^[A-Za-z0-9_-]{1,64}$/;
const MAX_BODY_BYTES = 1024;

function sendJson(response, status, body, headers = {}) {
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    // A client secret must never be cached by the browser or a proxy.
    'cache-control': 'no-store',
    ...headers,
  });
  response.end(JSON.stringify(body));
}

/** The request's small JSON body, or `undefined` when it is missing, too big or not JSON. */
async function readJson(request) {
  let text = '';
  for await (const chunk of request) {
    text += chunk;
    if (text.length > MAX_BODY_BYTES) return undefined;
  }
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Logs what failed without anything a caller sent: the SDK's code and request id only. */
function logFailure(what, error) {
  console.error(`bank example: ${what} failed (${error?.code ?? 'unknown'}, request ${error?.requestId ?? '-'})`);
}

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

  async function mintSession(response) {
    try {
      const session = await adalat.widgetSessions.create({
        subjects: { person: CUSTOMER.personId },
        operations: FEE_PAYMENT_OPERATIONS,
        ttlSeconds: SESSION_SECONDS,
        reference: 'bank-fines-demo',
      });
      sendJson(response, 201, {
        clientSecret: session.clientSecret,
        publishableKey,
        apiBaseUrl,
        customer: { name: CUSTOMER.name },
        expiresAt: session.expiresAt,
      });
    } catch (error) {
      logFailure('widget session', error);
      sendJson(response, 502, { error: { code: 'session_unavailable', message: 'The court service did not open a session.' } });
    }
  }

  /** The bank took the money (or refused): it confirms the payment handed to it. */
  async function confirm(request, response) {
    const body = await readJson(request);
    const paymentId = body?.paymentId;
    const outcome = body?.outcome;
    if (typeof paymentId !== 'string' || !PAYMENT_ID.test(paymentId) || (outcome !== 'approved' && outcome !== 'declined')) {
      sendJson(response, 400, { error: { code: 'invalid_request', message: 'Send { paymentId, outcome: "approved" | "declined" }.' } });
      return;
    }
    try {
      // The bank sees the payments handed to it, with the reference it must confirm with.
      const payment = await adalat.payments.get({ paymentId });
      const bankReference = payment.nextAction?.bankReference;
      if (payment.status !== 'requires_action' || !bankReference) {
        sendJson(response, 409, { error: { code: 'payment_not_pending', message: `The payment is already ${payment.status}.` } });
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
      sendJson(response, status, { error: { code: error?.code ?? 'confirm_failed', message: 'The payment could not be confirmed.' } });
    }
  }

  return function handle(request, response) {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    if (!pathname.startsWith(API_PREFIX)) return false;
    const route = pathname.slice(API_PREFIX.length);
    if (route !== 'session' && route !== 'confirm') {
      sendJson(response, 404, { error: { code: 'not_found', message: `No route ${pathname}.` } });
    } else if (request.method !== 'POST') {
      sendJson(response, 405, { error: { code: 'method_not_allowed', message: 'Use POST.' } }, { allow: 'POST' });
    } else if (route === 'session') {
      void mintSession(response);
    } else {
      void confirm(request, response);
    }
    return true;
  };
}
