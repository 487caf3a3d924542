/**
 * `createSandbox`: one stateful, deterministic judiciary API in memory, with the
 * msw handlers that serve it, its clock, fault injection and credentials.
 * @module
 */
import { getResponse, type HttpHandler } from 'msw';
import { SandboxClock, type Clock } from './clock.ts';
import { buildControlHandlers } from './control/routes.ts';
import { FaultInjector, type Faults } from './faults.ts';
import { wireClockDriven, type ClockDrivenOptions, type SandboxWebhooks } from './clock-driven.ts';
import type { NoticeDraft } from './notifications/deliver.ts';
import type { JudicialNotification } from '@adalat/sdk/contract';
import { closeEventStreams, configureEventStreams, type EventStreamTiming } from './events/bus.ts';
import { ForumState } from './forum/state.ts';
import { DOMAINS } from './handlers/index.ts';
import { keysOf, type SandboxKeys } from './keys.ts';
import { nextRequestId } from './router/context.ts';
import { routeNotFound } from './router/respond.ts';
import { buildApiHandlers, buildNotFoundHandlers } from './router/router.ts';
import { SEED } from './seed/index.ts';
import { createStore, fillStore, type Store } from './store/store.ts';
import { mintToken, type MintTokenOptions } from './tokens.ts';

/** The sandbox clock's default start: a Monday morning, before the noon rule bites in Hebron (09:00). */
export const DEFAULT_NOW = '2026-11-23T07:00:00Z';

export interface SandboxOptions extends ClockDrivenOptions {
  /** ISO instant the clock starts at (and returns to on reset). */
  now?: string;
  /** Delay before every `/v1` answer, in ms. */
  latencyMs?: number;
  /** Heartbeat interval and `retry:` hint of `/v1/events` streams (15000 and 3000 ms by default). */
  eventStreams?: Partial<EventStreamTiming>;
  /** How many decisions the forum's bank holds: 1,000 to 50,000, 3,000 by default (generated on first use). */
  forumDecisions?: number;
}

export interface Sandbox {
  /** msw handlers for `*\/v1/…` and `*\/__sandbox/…` on any origin. */
  readonly handlers: HttpHandler[];
  readonly clock: Clock;
  readonly faults: Faults;
  /** The live in-memory state, for tests to inspect. */
  readonly store: Store;
  readonly keys: SandboxKeys;
  /** Webhook deliveries in flight: `await sandbox.webhooks.settled()` before looking at them. */
  readonly webhooks: SandboxWebhooks;
  /** Delivers a judicial notice now, as a court would (publishes `notification.delivered`). */
  deliverNotification(draft: NoticeDraft): JudicialNotification;
  /** Back to the seed and the starting clock; faults cleared, the event log emptied, open event streams ended. */
  reset(): void;
  /** A bearer token for a seeded person, lawyer or court staff member. */
  mintToken(options: MintTokenOptions): string;
  /** Answers one request with the handlers; unmatched requests get a 404 envelope. */
  handle(request: Request): Promise<Response>;
}

export function createSandbox(options: SandboxOptions = {}): Sandbox {
  const start = options.now ?? DEFAULT_NOW;
  const clock = new SandboxClock(start);
  const faults = new FaultInjector(options.latencyMs ?? 0);
  const store = createStore();
  if (options.forumDecisions !== undefined) store.forum = new ForumState(options.forumDecisions);
  fillStore(store, SEED, clock.now());
  const keys = keysOf(SEED);
  configureEventStreams(store, options.eventStreams ?? {});
  const driven = wireClockDriven(store, clock, options);

  const reset = (): void => {
    driven.quietly(() => {
      clock.set(start);
      faults.clear();
      closeEventStreams(store);
      fillStore(store, SEED, clock.now());
    });
    driven.afterFill();
  };
  const runtime = { store, clock, faults };
  const handlers = [
    ...buildControlHandlers({ ...runtime, keys, reset }),
    ...buildApiHandlers(runtime, DOMAINS),
    ...buildNotFoundHandlers(runtime),
  ];

  return {
    handlers,
    clock,
    faults,
    store,
    keys,
    reset,
    webhooks: driven.webhooks,
    deliverNotification: (draft) => driven.deliver(draft),
    mintToken: (mint) => mintToken(store, clock, mint).token,
    async handle(request) {
      const response = await getResponse(handlers, request);
      return response ?? routeNotFound(nextRequestId(store), request.method, new URL(request.url).pathname);
    },
  };
}
