/**
 * Partner webhook endpoints (secret key only): register, list, delete, and the
 * deliveries made to each. Delivery itself is `webhooks/dispatcher.ts`.
 * @module
 */
import { EVENT_TYPES, type WebhookDelivery, type WebhookEndpoint, type webhookEndpointsEndpoints } from '@adalat/sdk/contract';
import { toInstant } from '../clock.ts';
import { forbidden, notFound, validationFailed } from '../problem.ts';
import { randomBase62 } from '../random.ts';
import type { Caller, DomainHandlers } from '../router/context.ts';
import { paginate } from '../store/paginate.ts';
import type { Store } from '../store/store.ts';
import type { Partner, WebhookDeliveryRecord, WebhookEndpointRecord } from '../store/types.ts';

function partnerOf(caller: Caller): Partner {
  if (caller.kind !== 'secret') throw forbidden('credential_not_allowed', 'Webhook endpoints are managed with a secret key.');
  return caller.partner;
}

function endpointView(record: WebhookEndpointRecord): WebhookEndpoint {
  return { id: record.id, url: record.url, eventTypes: [...record.eventTypes], description: record.description, createdAt: record.createdAt };
}

function deliveryView(record: WebhookDeliveryRecord): WebhookDelivery {
  return {
    id: record.id,
    endpointId: record.endpointId,
    eventId: record.event.id,
    eventType: record.event.type,
    status: record.status,
    attempts: record.attempts.map((a) => ({ ...a })),
    nextAttemptAt: record.nextAttemptAt,
  };
}

function ownEndpoint(store: Store, caller: Caller, endpointId: string): WebhookEndpointRecord {
  const partner = partnerOf(caller);
  const record = store.webhooks.endpoints.get(endpointId);
  if (record === undefined || record.partnerId !== partner.id) throw notFound('webhook_endpoint_not_found', `No webhook endpoint ${endpointId}.`, 'params.endpointId');
  return record;
}

/** HTTPS, or plain HTTP to this machine (a partner's local development server). */
function deliverable(url: URL): boolean {
  return url.protocol === 'https:' || (url.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname));
}

export const webhookEndpointsHandlers: DomainHandlers<typeof webhookEndpointsEndpoints> = {
  create({ body, auth, store, clock }) {
    const partner = partnerOf(auth);
    const url = new URL(body.url);
    const issues = [];
    if (!deliverable(url)) issues.push({ path: 'body.url', code: 'https_required', message: 'an https:// URL (http:// only for localhost)' });
    body.eventTypes.forEach((type, index) => {
      if (type !== '*' && !(EVENT_TYPES as readonly string[]).includes(type)) {
        issues.push({ path: `body.eventTypes.${index}`, code: 'unknown_event_type', message: `one of ${EVENT_TYPES.join(', ')}, or *` });
      }
    });
    if (issues.length > 0) throw validationFailed(issues);
    const record: WebhookEndpointRecord = {
      id: store.webhooks.nextId('endpoint'),
      partnerId: partner.id,
      url: url.href,
      eventTypes: [...new Set(body.eventTypes)],
      description: body.description ?? null,
      secret: `whsec_${randomBase62(32)}`,
      createdAt: toInstant(clock.now()),
    };
    store.webhooks.endpoints.set(record.id, record);
    return { ...endpointView(record), secret: record.secret };
  },

  list({ query, auth, store }) {
    const partner = partnerOf(auth);
    const all = [...store.webhooks.endpoints.values()].filter((e) => e.partnerId === partner.id).map(endpointView);
    return paginate(all, all, query);
  },

  delete({ params, auth, store }) {
    const record = ownEndpoint(store, auth, params.endpointId);
    store.webhooks.endpoints.delete(record.id);
    for (const [id, delivery] of store.webhooks.deliveries) if (delivery.endpointId === record.id) store.webhooks.deliveries.delete(id);
  },

  listDeliveries({ params, query, auth, store }) {
    const record = ownEndpoint(store, auth, params.endpointId);
    const all = [...store.webhooks.deliveries.values()].filter((d) => d.endpointId === record.id).reverse().map(deliveryView);
    return paginate(all, all, query);
  },
};
