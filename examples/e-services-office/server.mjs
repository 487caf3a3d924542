/**
 * The desk software's server for `examples/e-services-office/`: an Iranian judicial
 * e-services office (دفتر خدمات الکترونیک قضایی) files for walk-in people. The office's
 * desks are run by the jurisdiction's ministry partner, whose secret key only this
 * server holds. It mints a widget session for the filing form — scoped to the draft
 * the desk is working on, checked to be its own — and gives the page only the
 * session's client secret and the publishable key.
 *
 *   POST /e-services-office/api/session   { filingId? }
 *     → 201 { clientSecret, publishableKey, apiBaseUrl, officeId, filingId, expiresAt, sampleNationalCode }
 *   POST /e-services-office/api/sandbox/bank-confirm   { filingId }
 *     → 200 { status }   sandbox only: plays the payer's bank confirming the filing's fee payment
 *
 * `scripts/start.mjs` mounts it next to the static examples.
 * @module
 */
import { AdalatClient } from '@adalat/sdk';
import { withCheckDigit } from '@adalat/sdk/ids';

export const API_PREFIX = '/e-services-office/api/';

/** The office this desk belongs to (seeded in the sandbox). */
export const OFFICE_ID = 'off_ir_tehran_1042';

/** What `<adalat-filing-form>` (and the `<adalat-fee-payment>` it embeds) calls, with the live stream for the court's decision; the scorecard reads public data. */
export const FILING_OPERATIONS = [
  'filings.create',
  'filings.get',
  'filings.update',
  'filings.check',
  'filings.quoteFee',
  'filings.submit',
  'documents.createUpload',
  'documents.getUpload',
  'documents.putChunk',
  'documents.completeUpload',
  'documents.get',
  'documents.delete',
  'events.stream',
  'fees.getQuote',
  'payments.create',
  'payments.get',
  'payments.list',
  'payments.cancel',
  'payments.getReceipt',
  'payments.downloadReceipt',
];

const SESSION_SECONDS = 1800;
const FILING_ID = /^[A-Za-z0-9_-]{1,64}$/;

/** The seeded partner whose keys start.mjs hands to `createExampleApi`. */
export const PARTNER = { jurisdiction: 'IR', kind: 'ministry' };

function sendJson(response, status, body) {
  // A client secret must never be cached by the browser or a proxy.
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  response.end(JSON.stringify(body));
}

async function readJson(request) {
  let text = '';
  for await (const chunk of request) {
    text += chunk;
    if (text.length > 10_000) throw new Error('body too large');
  }
  return text.trim() === '' ? {} : JSON.parse(text);
}

const logFailure = (what, error) =>
  // The SDK's errors carry no credential; log the code and request id, never a body.
  console.error(`e-services office example: ${what} failed (${error?.code ?? 'unknown'}, request ${error?.requestId ?? '-'})`);

/**
 * @param {{ apiBaseUrl: string, secretKey: string, publishableKey: string }} options
 * @returns {(request: import('node:http').IncomingMessage, response: import('node:http').ServerResponse) => boolean}
 */
export function createExampleApi({ apiBaseUrl, secretKey, publishableKey }) {
  const adalat = new AdalatClient({ baseUrl: apiBaseUrl, auth: { secretKey } });

  async function mintSession(request, response) {
    try {
      const { filingId } = await readJson(request);
      // A draft the page names is scoped only if it is this partner's own (and still exists).
      let draft = null;
      if (typeof filingId === 'string' && FILING_ID.test(filingId)) {
        draft = await adalat.filings.get({ filingId }).catch(() => null);
      }
      const session = await adalat.widgetSessions.create({
        subjects: { filings: draft === null ? [] : [draft.id] },
        operations: FILING_OPERATIONS,
        ttlSeconds: SESSION_SECONDS,
        reference: 'e-services-office-desk',
      });
      sendJson(response, 201, {
        clientSecret: session.clientSecret,
        publishableKey,
        apiBaseUrl,
        officeId: OFFICE_ID,
        filingId: draft?.id ?? null,
        expiresAt: session.expiresAt,
        // A made-up code with a valid check digit, for trying the form.
        sampleNationalCode: withCheckDigit('ir-national-code', '004215739'),
      });
    } catch (error) {
      logFailure('widget session', error);
      sendJson(response, 502, { error: { code: 'session_unavailable', message: 'The court service did not open a session.' } });
    }
  }

  /** Sandbox only: the sandbox publishes every seeded key, so the demo can play the payer's bank. */
  async function bankConfirm(request, response) {
    try {
      const { filingId } = await readJson(request);
      if (typeof filingId !== 'string' || !FILING_ID.test(filingId)) return sendJson(response, 400, { error: { code: 'invalid_filing', message: 'Give a filingId.' } });
      const filing = await adalat.filings.get({ filingId });
      const pending = await adalat.payments.list({ status: 'requires_action', kind: 'filing_fee' });
      const payment = pending.data.find((p) => p.payable.kind === 'filing_fee' && p.payable.quoteId === filing.fee.quoteId);
      if (payment === undefined) return sendJson(response, 409, { error: { code: 'no_payment', message: 'No fee payment is waiting for the bank.' } });
      const paymentId = payment.id;
      const state = await fetch(`${apiBaseUrl}/__sandbox/state`).then((r) => r.json());
      const bank = state.keys.partners.find((p) => p.id === payment.bankId);
      const bankServer = new AdalatClient({ baseUrl: apiBaseUrl, auth: { secretKey: bank.secretKey } });
      const confirmed = await bankServer.payments.confirm({ paymentId, outcome: 'succeeded', bankReference: payment.nextAction?.bankReference ?? '' });
      sendJson(response, 200, { status: confirmed.status });
    } catch (error) {
      logFailure('bank confirmation', error);
      sendJson(response, 502, { error: { code: 'confirm_failed', message: 'The sandbox bank did not confirm.' } });
    }
  }

  return function handle(request, response) {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    if (!pathname.startsWith(API_PREFIX)) return false;
    const route = pathname.slice(API_PREFIX.length);
    if (request.method !== 'POST') {
      response.setHeader('allow', 'POST');
      sendJson(response, 405, { error: { code: 'method_not_allowed', message: 'Use POST.' } });
    } else if (route === 'session') {
      void mintSession(request, response);
    } else if (route === 'sandbox/bank-confirm') {
      void bankConfirm(request, response);
    } else {
      sendJson(response, 404, { error: { code: 'not_found', message: `No route ${pathname}.` } });
    }
    return true;
  };
}
