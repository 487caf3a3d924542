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
import { failureLogger, readJsonBody, routes, sendError, sendJson, sessionAnswerer } from '../shared/server-kit.mjs';
import { PAYMENT_OPERATIONS } from '../shared/widget-operations.mjs';

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
  ...PAYMENT_OPERATIONS,
];

const SESSION_SECONDS = 1800;
const FILING_ID = /^[A-Za-z0-9_-]{1,64}$/;
const MAX_BODY_BYTES = 10_000;

/** The seeded partner whose keys start.mjs hands to `createExampleApi`. */
export const PARTNER = { jurisdiction: 'IR', kind: 'ministry' };

/** The `filingId` a page sent, when it sent a well-formed one. */
async function filingIdFrom(request) {
  const filingId = (await readJsonBody(request, { limit: MAX_BODY_BYTES }))?.filingId;
  return typeof filingId === 'string' && FILING_ID.test(filingId) ? filingId : undefined;
}

/**
 * @param {{ apiBaseUrl: string, secretKey: string, publishableKey: string }} options
 * @returns {(request: import('node:http').IncomingMessage, response: import('node:http').ServerResponse) => boolean}
 */
export function createExampleApi({ apiBaseUrl, secretKey, publishableKey }) {
  const adalat = new AdalatClient({ baseUrl: apiBaseUrl, auth: { secretKey } });
  const logFailure = failureLogger('e-services office');
  const answerSession = sessionAnswerer({ adalat, apiBaseUrl, publishableKey, logFailure });

  /**
   * A session scoped to the draft the page names, but only if it is this partner's own,
   * still exists and was filed at this desk's office: the ministry runs every office's
   * desk with one key, and one desk must not open another office's walk-ins.
   * A real desk authenticates its clerk (and knows their office) before minting anything;
   * this demo has a single desk and no clerk login.
   */
  function mintSession(request, response) {
    return answerSession(response, async () => {
      const filingId = await filingIdFrom(request);
      const found = filingId === undefined ? null : await adalat.filings.get({ filingId }).catch(() => null);
      const draft = found?.officeId === OFFICE_ID ? found : null;
      return {
        subjects: { filings: draft === null ? [] : [draft.id] },
        operations: FILING_OPERATIONS,
        ttlSeconds: SESSION_SECONDS,
        reference: 'e-services-office-desk',
        page: {
          officeId: OFFICE_ID,
          filingId: draft?.id ?? null,
          // A made-up code with a valid check digit, for trying the form.
          sampleNationalCode: withCheckDigit('ir-national-code', '004215739'),
        },
      };
    });
  }

  /** Sandbox only: the sandbox publishes every seeded key, so the demo can play the payer's bank. */
  async function bankConfirm(request, response) {
    try {
      const filingId = await filingIdFrom(request);
      if (filingId === undefined) return sendError(response, 400, 'invalid_filing', 'Give a filingId.');
      const filing = await adalat.filings.get({ filingId });
      const pending = await adalat.payments.list({ status: 'requires_action', kind: 'filing_fee' });
      const payment = pending.data.find((p) => p.payable.kind === 'filing_fee' && p.payable.quoteId === filing.fee.quoteId);
      if (payment === undefined) return sendError(response, 409, 'no_payment', 'No fee payment is waiting for the bank.');
      const paymentId = payment.id;
      const state = await fetch(`${apiBaseUrl}/__sandbox/state`).then((r) => r.json());
      const bank = state.keys.partners.find((p) => p.id === payment.bankId);
      const bankServer = new AdalatClient({ baseUrl: apiBaseUrl, auth: { secretKey: bank.secretKey } });
      const confirmed = await bankServer.payments.confirm({ paymentId, outcome: 'succeeded', bankReference: payment.nextAction?.bankReference ?? '' });
      sendJson(response, 200, { status: confirmed.status });
    } catch (error) {
      logFailure('bank confirmation', error);
      sendError(response, 502, 'confirm_failed', 'The sandbox bank did not confirm.');
    }
  }

  return routes({
    prefix: API_PREFIX,
    handlers: { 'POST session': mintSession, 'POST sandbox/bank-confirm': bankConfirm },
  });
}
