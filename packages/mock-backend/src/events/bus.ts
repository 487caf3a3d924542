/**
 * The sandbox's event bus: every live event is appended to the store's log with the
 * next monotonic id (`evt_000001`, the `Last-Event-ID` a client resumes from) and
 * handed to every open `/v1/events` stream, which decides whether its caller may see it.
 * @module
 */
import type { AdalatEvent } from '@adalat/sdk/contract';
import { toInstant } from '../clock.ts';
import { nextId, type Store } from '../store/store.ts';

/**
 * Who an event is for, besides nobody. A caller sees the event when any entry admits it:
 * - `caseId`: whoever may read the case, by the case read rules (`cases/access.ts`);
 * - `partnerId`: that partner's server (its secret key);
 * - `personId`: that person's token, or a widget session whose `subjects.person` it is;
 * - `lawyerId`: that lawyer's token, or a widget session listing the lawyer;
 * - `filingId`: a widget session listing the filing in `subjects.filings`.
 * A widget session of another partner than `partnerId` (when set) sees it only through `caseId`.
 */
export interface EventAudience {
  caseId?: string;
  partnerId?: string;
  personId?: string;
  lawyerId?: string;
  filingId?: string;
  /** An execution file: its creditor and debtor, widget sessions scoped to it (`execution/access.ts`). */
  executionFileId?: string;
  /** An auction lot: the people who bid on it. */
  lotId?: string;
}

/** One published event, as the log keeps it. */
export interface EventLogEntry {
  /** The number in the event's id: `evt_000042` → 42. */
  seq: number;
  event: AdalatEvent;
  audience: EventAudience;
}

/** What a publisher says; the bus adds `id` and `createdAt`. */
export type EventDraft = AdalatEvent extends infer E ? (E extends AdalatEvent ? Pick<E, 'type' | 'caseId' | 'data'> : never) : never;

/** An open stream as the bus sees it. */
export interface EventSink {
  deliver(entry: EventLogEntry): void;
  close(): void;
}

/** Timing of the streams, per sandbox. */
export interface EventStreamTiming {
  /** Milliseconds between `: ping` comments; 15000 by default. */
  heartbeatMs: number;
  /** The `retry:` hint sent to clients, in milliseconds; 3000 by default. */
  retryMs: number;
}

/** The log keeps this many events; a client further behind gets what is left. */
export const EVENT_LOG_LIMIT = 1000;
const EVENT_ID = /^evt_(\d{1,15})$/;

interface Hub {
  sinks: Set<EventSink>;
  /** Listeners beside the streams (webhook delivery); they see every event and stay across resets. */
  taps: Set<(entry: EventLogEntry) => void>;
  timing: EventStreamTiming;
}

/** Open streams are not data: they live beside the store, not in it. */
const hubs = new WeakMap<Store, Hub>();

function hubOf(store: Store): Hub {
  let hub = hubs.get(store);
  if (hub === undefined) {
    hub = { sinks: new Set(), taps: new Set(), timing: { heartbeatMs: 15_000, retryMs: 3000 } };
    hubs.set(store, hub);
  }
  return hub;
}

/** Sets the heartbeat and retry hint of this sandbox's streams (tests shorten them). */
export function configureEventStreams(store: Store, timing: Partial<EventStreamTiming>): void {
  const hub = hubOf(store);
  hub.timing = { ...hub.timing, ...timing };
}

export function eventStreamTiming(store: Store): EventStreamTiming {
  return hubOf(store).timing;
}

/**
 * Publishes a live event: appends it to the log with the next id and the sandbox
 * clock's `now`, and hands it to every open stream (each shows it only to a caller
 * the audience admits, see {@link EventAudience}). Returns the event as sent.
 *
 * Case changes are published by `recordEvent` (`cases/events.ts`), once per timeline
 * step. Anything else publishes here with its own audience, e.g. a payment:
 * `publishEvent(store, clock.now(), { type: 'payment.succeeded', caseId: null, data }, { partnerId, personId })`.
 *
 * @param audience who may see it; by default the readers of `draft.caseId` (nobody when it is `null`)
 */
export function publishEvent(store: Store, now: Date, draft: EventDraft, audience?: EventAudience): AdalatEvent {
  const id = nextId(store, 'event', 'evt');
  const event = { id, createdAt: toInstant(now), ...structuredClone(draft) } as AdalatEvent;
  const entry: EventLogEntry = {
    seq: store.counters.event,
    event,
    audience: audience ?? (draft.caseId === null ? {} : { caseId: draft.caseId }),
  };
  store.eventLog.push(entry);
  if (store.eventLog.length > EVENT_LOG_LIMIT) store.eventLog.splice(0, store.eventLog.length - EVENT_LOG_LIMIT);
  // A copy of the set: a sink may close (and leave) while it is being handed the event.
  for (const sink of [...hubOf(store).sinks]) sink.deliver(entry);
  for (const tap of hubOf(store).taps) tap(entry);
  return structuredClone(event);
}

/** The number in an event id, or `undefined` when it is not one of ours. */
export function eventSeqOf(id: string): number | undefined {
  const match = EVENT_ID.exec(id);
  return match === null ? undefined : Number(match[1]);
}

/**
 * Logged events after `seq`, to replay to a client resuming from it. A `seq` beyond
 * the log's last is from before a reset: the whole log is replayed.
 */
export function eventsAfter(store: Store, seq: number): EventLogEntry[] {
  const last = store.eventLog.at(-1)?.seq ?? 0;
  return seq > last ? [...store.eventLog] : store.eventLog.filter((entry) => entry.seq > seq);
}

/** Adds a listener to every published event (not a stream: not counted, not closed on reset); returns its remover. */
export function addEventTap(store: Store, tap: (entry: EventLogEntry) => void): () => void {
  const { taps } = hubOf(store);
  taps.add(tap);
  return () => taps.delete(tap);
}

/** Adds an open stream; returns the function that removes it. */
export function addEventSink(store: Store, sink: EventSink): () => void {
  const { sinks } = hubOf(store);
  sinks.add(sink);
  return () => sinks.delete(sink);
}

/** How many streams are open, for the control API and tests. */
export function openEventStreamCount(store: Store): number {
  return hubOf(store).sinks.size;
}

/** Ends every open stream (on reset: their callers reconnect to the fresh sandbox). */
export function closeEventStreams(store: Store): void {
  for (const sink of [...hubOf(store).sinks]) sink.close();
}
