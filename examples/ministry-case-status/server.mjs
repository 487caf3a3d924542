/**
 * The ministry's own server for `examples/ministry-case-status/`: the one place that
 * holds the ministry's secret key. It mints a short-lived widget session scoped to the
 * signed-in citizen's case and the operations the case-status widget needs, and gives
 * the page only the session's client secret and the publishable key.
 *
 *   POST /ministry-case-status/api/session
 *     → 201 { clientSecret, publishableKey, apiBaseUrl, caseId, expiresAt }
 *
 * `scripts/start.mjs` mounts it next to the static examples. A real ministry takes the
 * citizen and the case from its own sign-in; here they are fixed demo values.
 * @module
 */
import { AdalatClient } from '@adalat/sdk';
import { failureLogger, routes, sessionAnswerer } from '../shared/server-kit.mjs';

export const API_PREFIX = '/ministry-case-status/api/';

/** The demo's signed-in citizen (the claimant) and the one case the session may read. */
export const CITIZEN = { personId: 'per_ps_001', caseId: 'cas_ps_001' };

/** What `<adalat-case-status>` calls, plus the live-update stream; nothing else. */
export const CASE_STATUS_OPERATIONS = [
  'cases.get',
  'cases.listHearings',
  'cases.listDocuments',
  'cases.downloadDocument',
  'cases.getTimeline',
  'cases.listPostponementRequests',
  'cases.requestPostponement',
  'events.stream',
];

const SESSION_SECONDS = 900;

/** The seeded partner whose keys start.mjs hands to `createExampleApi`. */
export const PARTNER = { jurisdiction: 'PS', kind: 'ministry' };

/**
 * The handler start.mjs mounts: answers requests under `API_PREFIX` (returns true) and
 * leaves every other request to the caller (returns false).
 * @param {{ apiBaseUrl: string, secretKey: string, publishableKey: string }} options
 * @returns {(request: import('node:http').IncomingMessage, response: import('node:http').ServerResponse) => boolean}
 */
export function createExampleApi({ apiBaseUrl, secretKey, publishableKey }) {
  const adalat = new AdalatClient({ baseUrl: apiBaseUrl, auth: { secretKey } });
  const answerSession = sessionAnswerer({ adalat, apiBaseUrl, publishableKey, logFailure: failureLogger('ministry') });

  return routes({
    prefix: API_PREFIX,
    handlers: {
      'POST session': (request, response) =>
        answerSession(response, async () => ({
          subjects: { cases: [CITIZEN.caseId], person: CITIZEN.personId },
          operations: CASE_STATUS_OPERATIONS,
          ttlSeconds: SESSION_SECONDS,
          reference: 'ministry-case-status-demo',
          page: { caseId: CITIZEN.caseId },
        })),
    },
  });
}
