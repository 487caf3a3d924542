/**
 * Delivers live events to partners' webhook endpoints: each event a partner's secret key
 * would see on the stream, to each of its endpoints subscribed to the type, signed
 * (`Adalat-Signature`), with an idempotency id (`Adalat-Webhook-Id`) kept across retries.
 * A delivery not answered 2xx is retried on the sandbox clock (1 min, 5 min, 30 min, 2 h,
 * 8 h after the first attempt), then marked `failed`.
 *
 * The signature's timestamp is real time (`signingNow`), not the sandbox clock: it guards
 * the transport against replays, and partners verify it against their own clock.
 * Redirects are not followed: a 3xx answer is a failed attempt, so a delivery only ever
 * reaches the URL the partner registered.
 * @module
 */
import { SIGNATURE_HEADER, signatureHeader, WEBHOOK_ID_HEADER } from '@adalat/sdk/webhooks';
import type { Clock } from '../clock.ts';
import { toInstant } from '../clock.ts';
import { mayReceive } from '../events/audience.ts';
import type { EventLogEntry } from '../events/bus.ts';
import type { Store } from '../store/store.ts';
import type { WebhookDeliveryRecord, WebhookEndpointRecord } from '../store/types.ts';

/** Seconds after the first attempt at which each retry is due. */
export const WEBHOOK_RETRY_SCHEDULE_S = [60, 300, 1800, 7200, 28_800] as const;
const ATTEMPT_TIMEOUT_MS = 10_000;

export interface WebhookDispatchOptions {
  /** How deliveries are POSTed; `globalThis.fetch` by default. Tests pass their own to observe them. */
  fetch?: typeof fetch;
  /** Real time in ms for the signature's timestamp; `Date.now` by default. */
  signingNow?: () => number;
}

export class WebhookDispatcher {
  readonly #store: Store;
  readonly #clock: Clock;
  readonly #fetch: typeof fetch;
  readonly #signingNow: () => number;
  readonly #inFlight = new Map<string, Promise<void>>();

  constructor(store: Store, clock: Clock, options: WebhookDispatchOptions = {}) {
    this.#store = store;
    this.#clock = clock;
    this.#fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
    this.#signingNow = options.signingNow ?? Date.now;
  }

  /** A published event: one delivery per subscribed endpoint of every partner that may see it. */
  onEvent(entry: EventLogEntry): void {
    const { webhooks } = this.#store;
    for (const endpoint of webhooks.endpoints.values()) {
      if (!subscribes(endpoint, entry.event.type)) continue;
      const partner = this.#store.partners.get(endpoint.partnerId);
      if (partner === undefined || !mayReceive(this.#store, { kind: 'secret', partner }, entry.audience)) continue;
      const now = toInstant(this.#clock.now());
      const delivery: WebhookDeliveryRecord = {
        id: webhooks.nextId('delivery'),
        endpointId: endpoint.id,
        event: structuredClone(entry.event),
        status: 'pending',
        attempts: [],
        firstAttemptAt: now,
        nextAttemptAt: now,
      };
      webhooks.deliveries.set(delivery.id, delivery);
      this.#attempt(delivery);
    }
  }

  /** Attempts every pending delivery that is due on the sandbox clock. */
  runDue(): void {
    const now = this.#clock.now().getTime();
    for (const delivery of this.#store.webhooks.deliveries.values()) {
      if (delivery.status === 'pending' && delivery.nextAttemptAt !== null && Date.parse(delivery.nextAttemptAt) <= now) this.#attempt(delivery);
    }
  }

  /** Resolves when no attempt is in flight (tests await it before looking at deliveries). */
  async settled(): Promise<void> {
    while (this.#inFlight.size > 0) await Promise.allSettled([...this.#inFlight.values()]);
  }

  #attempt(delivery: WebhookDeliveryRecord): void {
    if (this.#inFlight.has(delivery.id)) return;
    const endpoint = this.#store.webhooks.endpoints.get(delivery.endpointId);
    if (endpoint === undefined) return;
    const run = this.#post(endpoint, delivery).finally(() => this.#inFlight.delete(delivery.id));
    this.#inFlight.set(delivery.id, run);
  }

  async #post(endpoint: WebhookEndpointRecord, delivery: WebhookDeliveryRecord): Promise<void> {
    // Signed and sent as the same bytes: `fetch` sends a string body as its UTF-8
    // encoding, which is what the signature covers.
    const payload = JSON.stringify(delivery.event);
    const at = toInstant(this.#clock.now());
    let responseStatus: number | null = null;
    try {
      const timestamp = Math.floor(this.#signingNow() / 1000);
      const response = await this.#fetch(endpoint.url, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          [SIGNATURE_HEADER]: await signatureHeader(payload, endpoint.secret, timestamp),
          [WEBHOOK_ID_HEADER]: delivery.id,
          'User-Agent': 'Adalat-Webhooks/1 (sandbox)',
        },
        body: payload,
        redirect: 'manual',
        signal: AbortSignal.timeout(ATTEMPT_TIMEOUT_MS),
      });
      responseStatus = response.status;
      await response.body?.cancel();
    } catch {
      responseStatus = null;
    }
    // The endpoint may have been deleted (or the sandbox reset) while the request was out.
    if (this.#store.webhooks.deliveries.get(delivery.id) !== delivery) return;
    delivery.attempts.push({ at, responseStatus });
    if (responseStatus !== null && responseStatus >= 200 && responseStatus < 300) {
      delivery.status = 'succeeded';
      delivery.nextAttemptAt = null;
      return;
    }
    const retry = WEBHOOK_RETRY_SCHEDULE_S[delivery.attempts.length - 1];
    if (retry === undefined) {
      delivery.status = 'failed';
      delivery.nextAttemptAt = null;
      return;
    }
    delivery.nextAttemptAt = toInstant(new Date(Date.parse(delivery.firstAttemptAt) + retry * 1000));
  }
}

function subscribes(endpoint: WebhookEndpointRecord, type: string): boolean {
  return endpoint.eventTypes.includes('*') || endpoint.eventTypes.includes(type);
}
