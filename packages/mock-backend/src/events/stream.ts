/**
 * One `/v1/events` stream: a `ReadableStream` of Server-Sent Events for one caller.
 * It opens with a `retry:` hint, replays what the caller missed after `Last-Event-ID`,
 * then carries each new event the caller may see, with `: ping` comments between.
 * It ends when the client goes away (the request's signal, or the body cancelled),
 * when the sandbox resets, and when a widget session behind it expires or is revoked
 * (the client reconnects and renews).
 * @module
 */
import type { AdalatEvent, AdalatEventType } from '@adalat/sdk/contract';
import type { Clock } from '../clock.ts';
import type { Caller } from '../router/context.ts';
import type { Store } from '../store/store.ts';
import { mayReceive } from './audience.ts';
import { addEventSink, eventsAfter, eventStreamTiming, type EventLogEntry } from './bus.ts';

export interface EventStreamFilter {
  types?: readonly AdalatEventType[];
  caseId?: string;
}

export interface EventStreamOptions {
  store: Store;
  clock: Clock;
  caller: Caller;
  filter: EventStreamFilter;
  /** Replay logged events after this sequence number (from `Last-Event-ID`). */
  after: number | undefined;
  /** The request's signal: the stream ends when it aborts. */
  signal: AbortSignal;
}

/** One event in the wire format: `id:`, `event:`, `data:` (JSON has no raw newlines) and a blank line. */
export function formatEvent(event: AdalatEvent): string {
  return `id: ${event.id}\nevent: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`;
}

export const HEARTBEAT = ': ping\n\n';

/** The credential behind the stream still holds: a widget session can expire or be revoked while it is open. */
function stillValid(caller: Caller, clock: Clock): boolean {
  if (caller.kind !== 'widget') return true;
  const { session } = caller;
  return !session.revoked && Date.parse(session.expiresAt) > clock.now().getTime();
}

export function openEventStream(options: EventStreamOptions): ReadableStream<Uint8Array> {
  const { store, clock, caller, filter, signal } = options;
  const timing = eventStreamTiming(store);
  const encoder = new TextEncoder();
  const wanted = (entry: EventLogEntry): boolean =>
    (filter.types === undefined || filter.types.includes(entry.event.type)) &&
    (filter.caseId === undefined || entry.event.caseId === filter.caseId) &&
    mayReceive(store, caller, entry.audience);

  let close = (): void => {};
  return new ReadableStream<Uint8Array>({
    start(controller) {
      let closed = false;
      const send = (text: string): void => controller.enqueue(encoder.encode(text));
      const heartbeat = setInterval(() => (stillValid(caller, clock) ? send(HEARTBEAT) : close()), timing.heartbeatMs);
      // A heartbeat must never keep a Node process (a test run) alive on its own.
      (heartbeat as { unref?: () => void }).unref?.();
      const removeSink = addEventSink(store, {
        deliver: (entry) => {
          if (!stillValid(caller, clock)) close();
          else if (wanted(entry)) send(formatEvent(entry.event));
        },
        close: () => close(),
      });
      close = () => {
        if (closed) return;
        closed = true;
        clearInterval(heartbeat);
        removeSink();
        signal.removeEventListener('abort', close);
        try {
          controller.close();
        } catch {
          // Already cancelled by the reader.
        }
      };
      signal.addEventListener('abort', close, { once: true });

      send(`retry: ${timing.retryMs}\n: connected\n\n`);
      if (options.after !== undefined) {
        for (const entry of eventsAfter(store, options.after)) if (wanted(entry)) send(formatEvent(entry.event));
      }
      if (signal.aborted) close();
    },
    cancel() {
      close();
    },
  });
}
