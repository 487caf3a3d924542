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

function sendJson(response, status, body, headers = {}) {
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    // A client secret must never be cached by the browser or a proxy.
    'cache-control': 'no-store',
    ...headers,
  });
  response.end(JSON.stringify(body));
}

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

  async function mintSession(response) {
    try {
      const session = await adalat.widgetSessions.create({
        subjects: { cases: [CITIZEN.caseId], person: CITIZEN.personId },
        operations: CASE_STATUS_OPERATIONS,
        ttlSeconds: SESSION_SECONDS,
        reference: 'ministry-case-status-demo',
      });
      sendJson(response, 201, {
        clientSecret: session.clientSecret,
        publishableKey,
        apiBaseUrl,
        caseId: CITIZEN.caseId,
        expiresAt: session.expiresAt,
      });
    } catch (error) {
      // The SDK's errors carry no credential; log the code and request id, not the body.
      console.error(`ministry example: widget session failed (${error?.code ?? 'unknown'}, request ${error?.requestId ?? '-'})`);
      sendJson(response, 502, { error: { code: 'session_unavailable', message: 'The court service did not open a session.' } });
    }
  }

  return function handle(request, response) {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    if (!pathname.startsWith(API_PREFIX)) return false;
    if (pathname !== `${API_PREFIX}session`) {
      sendJson(response, 404, { error: { code: 'not_found', message: `No route ${pathname}.` } });
    } else if (request.method !== 'POST') {
      sendJson(response, 405, { error: { code: 'method_not_allowed', message: 'Use POST.' } }, { allow: 'POST' });
    } else {
      void mintSession(response);
    }
    return true;
  };
}
