/**
 * The bar association's own server for `examples/bar-association-portal/`: the one place
 * that holds the bar's secret key and its webhook signing secret.
 *
 *   POST /bar-association-portal/api/session
 *     → 201 { clientSecret, publishableKey, apiBaseUrl, lawyers: [ids…], expiresAt }
 *       a widget session for the roster page: 300 lawyers' summaries and the event stream
 *   POST /bar-association-portal/api/lawyer-session?lawyer=law_ps_011
 *     → 201 { clientSecret, publishableKey, apiBaseUrl, lawyerId, expiresAt }
 *       a session for one lawyer's own page (their notices; opening one records receipt)
 *   POST /bar-association-portal/api/webhooks
 *       where the judiciary delivers signed events; verified with `webhooks.verify`,
 *       deduplicated on `Adalat-Webhook-Id` (400 without one)
 *   GET  /bar-association-portal/api/webhook-log
 *     → 200 { endpointId, received: [{ id, type, lawyerId, deliveryId, verified }] }
 *
 * A real bar takes its roster and the signed-in lawyer from its own systems; here they
 * are the sandbox's first 300 Palestinian lawyers and a `lawyer` query parameter.
 * @module
 */
import { AdalatClient } from '@adalat/sdk';
import { webhooks } from '@adalat/sdk/webhooks';
import { failureLogger, readBody, routes, sendError, sendJson, sessionAnswerer } from '../shared/server-kit.mjs';

export const API_PREFIX = '/bar-association-portal/api/';

/** The seeded partner whose keys start.mjs hands to `createExampleApi`. */
export const PARTNER = { jurisdiction: 'PS', kind: 'bar_association' };

/** The roster: the first 300 lawyers of the Palestinian bar in the sandbox. */
export const ROSTER = Array.from({ length: 300 }, (_, i) => `law_ps_${String(i + 1).padStart(3, '0')}`);

const ROSTER_OPERATIONS = ['lawyers.batchNotificationSummaries', 'events.stream'];
const LAWYER_OPERATIONS = [
  'lawyers.getNotificationSummary',
  'lawyers.batchNotificationSummaries',
  'notifications.listForLawyer',
  'notifications.open',
  'notifications.downloadAttachment',
  'events.stream',
];
const WEBHOOK_TYPES = ['notification.delivered', 'lawyer.suspended', 'lawyer.reinstated'];
const SESSION_SECONDS = 900;
const LOG_SIZE = 20;
const MAX_WEBHOOK_BYTES = 64 * 1024;

/**
 * The handler start.mjs mounts: answers requests under `API_PREFIX` (returns true) and
 * leaves every other request to the caller (returns false).
 * @param {{ apiBaseUrl: string, secretKey: string, publishableKey: string }} options
 */
export function createExampleApi({ apiBaseUrl, secretKey, publishableKey }) {
  const adalat = new AdalatClient({ baseUrl: apiBaseUrl, auth: { secretKey } });
  /** @type {{ id: string, secret: string } | undefined} */
  let endpoint;
  /** Events verified (or refused), newest first; ids and types only, never content. */
  const received = [];
  /** Delivery ids already handled: a retry carries the same id and is acknowledged, not handled again. */
  const handled = new Set();

  /** Registers this server's webhook endpoint at the address the page was served from (again after a sandbox reset). */
  async function ensureWebhook(host) {
    if (endpoint) {
      const { data } = await adalat.webhookEndpoints.list();
      if (data.some((e) => e.id === endpoint.id)) return;
    }
    const created = await adalat.webhookEndpoints.create({
      url: `http://${host}${API_PREFIX}webhooks`,
      eventTypes: WEBHOOK_TYPES,
      description: 'bar-association-portal example',
    });
    endpoint = { id: created.id, secret: created.secret };
  }

  const answerSession = sessionAnswerer({ adalat, apiBaseUrl, publishableKey, logFailure: failureLogger('bar') });

  function session(request, response, subjects, operations, page) {
    return answerSession(response, async () => {
      await ensureWebhook(request.headers.host ?? '127.0.0.1:8080');
      return { subjects, operations, ttlSeconds: SESSION_SECONDS, reference: 'bar-association-portal-demo', page };
    });
  }

  async function receiveWebhook(request, response) {
    if (!endpoint) return sendError(response, 404, 'no_endpoint', 'No webhook endpoint registered yet.');
    try {
      const payload = await readBody(request, { limit: MAX_WEBHOOK_BYTES });
      const event = await webhooks.verify(payload, request.headers['adalat-signature'], endpoint.secret);
      // Retries are recognised by this id: without one a delivery cannot be deduplicated.
      const deliveryId = request.headers['adalat-webhook-id'];
      if (typeof deliveryId !== 'string' || deliveryId === '') {
        throw Object.assign(new Error('no delivery id'), { code: 'missing_webhook_id' });
      }
      if (!handled.has(deliveryId)) {
        handled.add(deliveryId);
        const lawyerId = event.data?.lawyerId ?? (event.data?.recipient?.kind === 'lawyer' ? event.data.recipient.id : null);
        received.unshift({ id: event.id, type: event.type, lawyerId, deliveryId, verified: true });
        received.length = Math.min(received.length, LOG_SIZE);
      }
      response.writeHead(204).end();
    } catch (error) {
      received.unshift({ id: null, type: null, lawyerId: null, deliveryId: null, verified: false, reason: error?.code ?? 'unreadable' });
      received.length = Math.min(received.length, LOG_SIZE);
      sendError(response, 400, error?.code ?? 'invalid_webhook', 'Refused.');
    }
  }

  return routes({
    prefix: API_PREFIX,
    handlers: {
      'POST session': (request, response) => session(request, response, { lawyers: ROSTER }, ROSTER_OPERATIONS, { lawyers: ROSTER }),
      'POST lawyer-session': (request, response, url) => {
        const lawyerId = url.searchParams.get('lawyer') ?? '';
        if (!ROSTER.includes(lawyerId)) return sendError(response, 404, 'not_on_roster', 'No such lawyer on the roster.');
        return session(request, response, { lawyers: [lawyerId] }, LAWYER_OPERATIONS, { lawyerId });
      },
      'POST webhooks': receiveWebhook,
      'GET webhook-log': (request, response) => sendJson(response, 200, { endpointId: endpoint?.id ?? null, received }),
    },
  });
}
