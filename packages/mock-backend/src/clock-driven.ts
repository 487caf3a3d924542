/**
 * What happens in a sandbox without a request: when its clock moves, notices become
 * deemed served, lawyers are suspended or reinstated under the 3-day rule, and webhook
 * retries fall due; every published event goes to partners' webhook endpoints.
 * @module
 */
import type { JudicialNotification } from '@adalat/sdk/contract';
import type { SandboxClock } from './clock.ts';
import { addEventTap } from './events/bus.ts';
import { announceDue, primeAnnouncements } from './notifications/announce.ts';
import { deliverNotification, type NoticeDraft } from './notifications/deliver.ts';
import { configureNotifications } from './notifications/settings.ts';
import { noticeView } from './notifications/views.ts';
import type { Store } from './store/store.ts';
import { WebhookDispatcher, type WebhookDispatchOptions } from './webhooks/dispatcher.ts';

export interface ClockDrivenOptions {
  /** Days after delivery an unopened notice is deemed served where service is on opening; 10 by default. */
  deemedServiceDays?: number;
  /** How webhook deliveries are sent (an injectable `fetch`) and signed. */
  webhooks?: WebhookDispatchOptions;
}

/** The sandbox's webhook deliveries, for tests. */
export interface SandboxWebhooks {
  /** Resolves once no delivery attempt is in flight. */
  settled(): Promise<void>;
}

export interface ClockDriven {
  readonly webhooks: SandboxWebhooks;
  /** Runs `change` (a reset) without reacting to the clock moves it makes. */
  quietly(change: () => void): void;
  /** Takes a freshly filled store's state as known, announcing nothing. */
  afterFill(): void;
  /** Delivers a notice now, as a court would: publishes `notification.delivered`. */
  deliver(draft: NoticeDraft): JudicialNotification;
}

export function wireClockDriven(store: Store, clock: SandboxClock, options: ClockDrivenOptions): ClockDriven {
  configureNotifications(store, { ...(options.deemedServiceDays === undefined ? {} : { deemedServiceDays: options.deemedServiceDays }) });
  const dispatcher = new WebhookDispatcher(store, clock, options.webhooks);
  addEventTap(store, (entry) => dispatcher.onEvent(entry));
  let quiet = false;
  clock.onChange((now) => {
    if (quiet) return;
    announceDue(store, now);
    dispatcher.runDue();
  });
  primeAnnouncements(store, clock.now());
  return {
    webhooks: { settled: () => dispatcher.settled() },
    quietly(change) {
      quiet = true;
      try {
        change();
      } finally {
        quiet = false;
      }
    },
    afterFill: () => primeAnnouncements(store, clock.now()),
    deliver: (draft) => noticeView(store, deliverNotification(store, clock.now(), draft), clock.now()),
  };
}
