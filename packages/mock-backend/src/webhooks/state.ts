/** One sandbox's partner webhook endpoints and their deliveries. @module */
import type { WebhookDeliveryRecord, WebhookEndpointRecord } from '../store/types.ts';

export class WebhooksState {
  readonly endpoints = new Map<string, WebhookEndpointRecord>();
  readonly deliveries = new Map<string, WebhookDeliveryRecord>();
  #counters = { endpoint: 0, delivery: 0 };

  nextId(kind: 'endpoint' | 'delivery'): string {
    this.#counters[kind] += 1;
    return `${kind === 'endpoint' ? 'whe' : 'whd'}_${String(this.#counters[kind]).padStart(6, '0')}`;
  }

  reset(): void {
    this.endpoints.clear();
    this.deliveries.clear();
    this.#counters = { endpoint: 0, delivery: 0 };
  }
}
