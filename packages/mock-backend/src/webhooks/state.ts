/** One sandbox's partner webhook endpoints and their deliveries. @module */
import { IdCounters } from '../store/id-counters.ts';
import type { WebhookDeliveryRecord, WebhookEndpointRecord } from '../store/types.ts';

export class WebhooksState {
  readonly endpoints = new Map<string, WebhookEndpointRecord>();
  readonly deliveries = new Map<string, WebhookDeliveryRecord>();
  readonly #ids = new IdCounters({ endpoint: 'whe', delivery: 'whd' });

  /** `whe_000001`, `whd_000001`. */
  nextId(kind: 'endpoint' | 'delivery'): string {
    return this.#ids.next(kind);
  }

  reset(): void {
    this.endpoints.clear();
    this.deliveries.clear();
    this.#ids.reset();
  }
}
