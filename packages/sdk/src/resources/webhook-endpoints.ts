/** `client.webhookEndpoints`: register partner webhook endpoints and inspect their deliveries, from the webhookEndpoints endpoint table. @module */
import { webhookEndpointsEndpoints } from '../contract/webhook-endpoints.ts';
import type { AdalatCore } from '../core.ts';
import type { Resource } from './create-resource.ts';

export type WebhookEndpointsResource = Resource<typeof webhookEndpointsEndpoints>;
export const webhookEndpointsResource = (core: AdalatCore): WebhookEndpointsResource => core.resource('webhookEndpoints', webhookEndpointsEndpoints);
