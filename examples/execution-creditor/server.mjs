/**
 * The bank's own server for `examples/execution-creditor/`: the one place that holds the
 * bank's secret key. Its signed-in customer is an alimony creditor; it mints a
 * short-lived widget session scoped to her execution file and to her as a person, with
 * the operations `<adalat-execution-summary>` needs, and gives the page only the
 * session's client secret, the publishable key and her own account's IBAN (the bank
 * knows its customer's account; the court checks it is held in her name).
 *
 *   POST /execution-creditor/api/session
 *     → 201 { clientSecret, publishableKey, apiBaseUrl, fileId, customerIban, expiresAt }
 *
 * `scripts/start.mjs` mounts it next to the static examples.
 * @module
 */
import { AdalatClient } from '@adalat/sdk';
import { ibanWithCheckDigits } from '@adalat/sdk/ids';
import { failureLogger, routes, sessionAnswerer } from '../shared/server-kit.mjs';

export const API_PREFIX = '/execution-creditor/api/';

/** The demo's signed-in customer (the creditor of the seeded alimony file) and her file. */
export const CUSTOMER = {
  personId: 'per_ps_007',
  fileId: 'exf_ps_001',
  // Her account at this bank, as the sandbox's bank-account register holds it.
  iban: ibanWithCheckDigits('PS', 'PALS000000000400123456701'),
};

/** What the widget calls; nothing else. */
export const EXECUTION_SUMMARY_OPERATIONS = [
  'execution.get',
  'execution.listCheques',
  'execution.listTransfers',
  'execution.listRequests',
  'execution.requestTransfer',
];

const SESSION_SECONDS = 900;

/** The seeded partner whose keys start.mjs hands to `createExampleApi`. */
export const PARTNER = { jurisdiction: 'PS', kind: 'bank' };

/**
 * The handler start.mjs mounts: answers requests under `API_PREFIX` (returns true) and
 * leaves every other request to the caller (returns false).
 * @param {{ apiBaseUrl: string, secretKey: string, publishableKey: string }} options
 */
export function createExampleApi({ apiBaseUrl, secretKey, publishableKey }) {
  const adalat = new AdalatClient({ baseUrl: apiBaseUrl, auth: { secretKey } });
  const answerSession = sessionAnswerer({ adalat, apiBaseUrl, publishableKey, logFailure: failureLogger('execution') });

  return routes({
    prefix: API_PREFIX,
    handlers: {
      'POST session': (request, response) =>
        answerSession(response, async () => ({
          subjects: { executionFiles: [CUSTOMER.fileId], person: CUSTOMER.personId },
          operations: EXECUTION_SUMMARY_OPERATIONS,
          ttlSeconds: SESSION_SECONDS,
          reference: 'execution-creditor-demo',
          page: { fileId: CUSTOMER.fileId, customerIban: CUSTOMER.iban },
        })),
    },
  });
}
