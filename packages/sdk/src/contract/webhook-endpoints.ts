/**
 * Partner webhooks: a partner's server registers an HTTPS endpoint and the event types
 * it wants; the judiciary POSTs each matching event (the same envelope as the live
 * stream) to it, signed.
 *
 * Each delivery carries:
 * - `Adalat-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>" with the endpoint's secret>`;
 * - `Adalat-Webhook-Id`: the delivery's idempotency id, the same on every retry — store it
 *   and ignore a repeat.
 * Verify with `webhooks.verify(payload, header, secret)` from `@adalat/sdk/webhooks`
 * (300 s tolerance against replays). A delivery is retried while the endpoint does not
 * answer 2xx: 1 minute, 5 minutes, 30 minutes, 2 hours and 8 hours after the first attempt,
 * then it is `failed`. Which events a partner receives: those its secret key would see on
 * the stream (its jurisdiction's cases, its lawyers' notices and standing, its payments).
 * @module
 */
import * as z from 'zod/mini';
import { defineEndpoints, Id, Instant, listOf, PageQuery } from './common.ts';
import { EventId } from './events.ts';

/** The event types an endpoint subscribes to, or `*` for all. */
export const WebhookEventTypes = z.array(z.string().check(z.regex(/^(\*|[a-z_]+\.[a-z_]+)$/, 'an event type such as "notification.delivered", or "*"'))).check(
  z.minLength(1),
  z.maxLength(50),
);

export const CreateWebhookEndpointBody = z.object({
  /** HTTPS only (the sandbox also accepts `http://localhost`). */
  url: z.url().check(z.maxLength(2000)),
  eventTypes: WebhookEventTypes,
  description: z.optional(z.string().check(z.maxLength(200))),
});
export type CreateWebhookEndpointBody = z.infer<typeof CreateWebhookEndpointBody>;

export const WebhookEndpoint = z.object({
  id: Id,
  url: z.string(),
  eventTypes: z.array(z.string()),
  description: z.nullable(z.string()),
  createdAt: Instant,
});
export type WebhookEndpoint = z.infer<typeof WebhookEndpoint>;

/** The answer to `create`: the signing secret is shown this once. */
export const CreatedWebhookEndpoint = z.object({
  ...WebhookEndpoint.shape,
  /** `whsec_…`: keep it on the server; it verifies deliveries. */
  secret: z.string(),
});
export type CreatedWebhookEndpoint = z.infer<typeof CreatedWebhookEndpoint>;

export const WebhookDeliveryStatus = z.enum(['pending', 'succeeded', 'failed']);
export type WebhookDeliveryStatus = z.infer<typeof WebhookDeliveryStatus>;

export const WebhookDelivery = z.object({
  /** The idempotency id sent as `Adalat-Webhook-Id`, the same on every attempt. */
  id: Id,
  endpointId: Id,
  eventId: EventId,
  eventType: z.string(),
  status: WebhookDeliveryStatus,
  attempts: z.array(
    z.object({
      at: Instant,
      /** The endpoint's HTTP status; `null` when it could not be reached. */
      responseStatus: z.nullable(z.int()),
    }),
  ),
  /** When the next attempt is due; `null` once it succeeded or failed. */
  nextAttemptAt: z.nullable(Instant),
});
export type WebhookDelivery = z.infer<typeof WebhookDelivery>;

const EndpointParams = z.object({ endpointId: Id });
const partnerServer = ['secret'] as const;

export const webhookEndpointsEndpoints = defineEndpoints({
  create: {
    method: 'POST',
    path: '/v1/webhook-endpoints',
    summary: 'Register an endpoint for event types; the answer shows its signing secret once.',
    body: CreateWebhookEndpointBody,
    status: 201,
    response: CreatedWebhookEndpoint,
    errors: [400],
    auth: partnerServer,
    idempotency: 'optional',
  },
  list: {
    method: 'GET',
    path: '/v1/webhook-endpoints',
    summary: 'The partner’s endpoints, oldest first.',
    query: z.object({ ...PageQuery }),
    status: 200,
    response: listOf(WebhookEndpoint),
    errors: [400],
    auth: partnerServer,
    paginated: true,
  },
  delete: {
    method: 'DELETE',
    path: '/v1/webhook-endpoints/:endpointId',
    summary: 'Stop deliveries to an endpoint; pending retries are dropped.',
    params: EndpointParams,
    status: 204,
    response: null,
    errors: [400, 404],
    auth: partnerServer,
  },
  listDeliveries: {
    method: 'GET',
    path: '/v1/webhook-endpoints/:endpointId/deliveries',
    summary: 'An endpoint’s deliveries, newest first, with every attempt.',
    params: EndpointParams,
    query: z.object({ ...PageQuery }),
    status: 200,
    response: listOf(WebhookDelivery),
    errors: [400, 404],
    auth: partnerServer,
    paginated: true,
  },
});
