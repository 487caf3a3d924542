/**
 * `liveEvents(core)`: one Server-Sent Events connection to `/v1/events` per client,
 * shared by every subscriber on the page, with ETag polling as the fallback.
 *
 * - The stream is opened with `fetch` through the client's transport, so the
 *   credential travels in headers (never in the URL) and a 401
 *   `widget_session_expired` renews the widget session like any other call.
 * - The shared connection is unfiltered: each subscriber's filter is applied here, so
 *   a new `caseId` never needs a new connection.
 * - Each event is checked against the contract; a malformed one is dropped and
 *   reported to `onError` listeners. An event type this SDK does not know (from a
 *   newer server) is skipped quietly.
 * - After a drop it reconnects with `Last-Event-ID` (the server replays what was
 *   missed), waiting the server's `retry:` hint, doubled after each failed attempt.
 * - It falls back to polling when the stream is not there (404, 405, 501, a 403 for
 *   this credential, a body that is not `text/event-stream`), after three failed
 *   attempts in a row, or with `transport: 'polling'`; then it stays polling until
 *   every subscriber has left. Polling reads each subscribed case every
 *   `pollIntervalMs` with `If-None-Match` and sends `case.updated` to that case's
 *   subscribers when it changed. Subscribers without a `caseId` get nothing while polling.
 * - The last unsubscribe closes the connection and stops every timer.
 * @module
 */
import { Id } from '../contract/common.ts';
import { AdalatEvent, EVENT_STREAM_RETRY_MS, EVENT_TYPES, eventsEndpoints, type AdalatEventType } from '../contract/events.ts';
import { fieldIssues, HEADER } from '../contract/http.ts';
import type { AdalatCore } from '../core.ts';
import {
  AdalatError,
  AuthenticationError,
  ConfigurationError,
  ConnectionError,
  InvalidRequestError,
  PermissionError,
  ResponseValidationError,
} from '../errors.ts';
import { sleep } from '../transport/retry.ts';
import { CasePoller } from './case-poller.ts';
import { SseParser, type SseMessage } from './sse-parser.ts';

/** `idle`: no subscriber; `connecting`: opening (or reopening) the stream; `stream`: connected; `polling`: the fallback. */
export type LiveEventsMode = 'idle' | 'connecting' | 'stream' | 'polling';

/** Which events a subscriber wants; every event the caller may see when empty. */
export interface EventFilter {
  /** Only events about this case. */
  caseId?: string;
  /** Only events of these types. */
  types?: readonly AdalatEventType[];
}

export interface LiveEventsOptions {
  /** `auto` (the default): the stream, polling when it is unavailable; `polling`: never open the stream. */
  transport?: 'auto' | 'polling';
  /** Milliseconds between polling rounds; 15000 by default, 10 at least. */
  pollIntervalMs?: number;
  /** Milliseconds to wait before reconnecting until the server's `retry:` hint says otherwise; 3000 by default. */
  reconnectDelayMs?: number;
}

export interface LiveEvents {
  /**
   * Calls `listener` for each matching event; returns an unsubscribe function. The first
   * subscriber opens the shared connection; the last unsubscribe closes it.
   * A listener that throws does not stop the others; its error is rethrown on its own (like a DOM event listener's).
   * @throws InvalidRequestError when the filter or the listener is malformed
   */
  subscribe(filter: EventFilter, listener: (event: AdalatEvent) => void): () => void;
  /** 'idle' | 'connecting' | 'stream' | 'polling' */
  readonly mode: LiveEventsMode;
  /** Called on every mode change; returns unsubscribe. */
  onModeChange(listener: (mode: LiveEventsMode) => void): () => void;
  /**
   * Called with what went wrong along the way, none of it fatal: a failed (re)connection,
   * an interrupted stream, a malformed event (a `ResponseValidationError`, dropped), a failed
   * polling read. Returns unsubscribe.
   */
  onError(listener: (error: AdalatError) => void): () => void;
}

const DEFAULT_POLL_INTERVAL_MS = 15_000;
const MIN_POLL_INTERVAL_MS = 10;
/** Failed attempts in a row to open the stream before polling takes over. */
const MAX_FAILED_OPENS = 3;
const MAX_RECONNECT_DELAY_MS = 30_000;
/** setTimeout cannot wait longer than this. */
const MAX_TIMER_MS = 2_147_483_647;
/** Statuses that say this server has no event stream: not found, method not allowed, not implemented. */
const NO_STREAM_STATUSES: ReadonlySet<number> = new Set([404, 405, 501]);

interface Subscription {
  caseId: string | undefined;
  types: ReadonlySet<string> | undefined;
  listener: (event: AdalatEvent) => void;
}

/** One life of the connection, from the first subscribe to the last unsubscribe. */
interface Run {
  readonly controller: AbortController;
  lastEventId: string;
  retryMs: number;
  failedOpens: number;
}

type ResolvedOptions = Required<LiveEventsOptions>;

/** The stream is not there for this client: polling is the way. */
function streamUnavailable(error: unknown): boolean {
  return (
    error instanceof ResponseValidationError ||
    error instanceof PermissionError ||
    (error instanceof AdalatError && NO_STREAM_STATUSES.has(error.status))
  );
}

function invalidInput(path: string, message: string): InvalidRequestError {
  return new InvalidRequestError({
    status: 400,
    code: 'invalid_input',
    message: `Invalid live events subscription: ${path}: ${message}.`,
    param: path,
    issues: [{ path, code: 'invalid_value', message }],
  });
}

function subscriptionOf(filter: EventFilter, listener: (event: AdalatEvent) => void): Subscription {
  if (filter === null || typeof filter !== 'object') throw invalidInput('filter', 'an object, `{}` for every event');
  const { caseId, types } = filter;
  if (caseId !== undefined && !Id.safeParse(caseId).success) throw invalidInput('filter.caseId', 'a case id');
  if (types !== undefined) {
    if (!Array.isArray(types)) throw invalidInput('filter.types', 'a list of event types');
    types.forEach((type: unknown, index) => {
      if (!EVENT_TYPES.includes(type as AdalatEventType)) throw invalidInput(`filter.types.${index}`, `one of ${EVENT_TYPES.join(', ')}`);
    });
  }
  if (typeof listener !== 'function') throw invalidInput('listener', 'a function');
  return { caseId, types: types === undefined ? undefined : new Set(types), listener };
}

/** Rethrows on its own, so one failing listener neither stops the others nor the connection. */
function rethrowApart(error: unknown): void {
  queueMicrotask(() => {
    throw error;
  });
}

function freeze(event: AdalatEvent): AdalatEvent {
  Object.freeze(event.data);
  return Object.freeze(event);
}

class SharedLiveEvents implements LiveEvents {
  readonly #core: AdalatCore;
  readonly #options: ResolvedOptions;
  readonly #subscriptions = new Set<Subscription>();
  readonly #modeListeners = new Set<(mode: LiveEventsMode) => void>();
  readonly #errorListeners = new Set<(error: AdalatError) => void>();
  #mode: LiveEventsMode = 'idle';
  #run: Run | undefined;

  constructor(core: AdalatCore, options: ResolvedOptions) {
    this.#core = core;
    this.#options = options;
  }

  get mode(): LiveEventsMode {
    return this.#mode;
  }

  subscribe(filter: EventFilter, listener: (event: AdalatEvent) => void): () => void {
    const subscription = subscriptionOf(filter, listener);
    this.#subscriptions.add(subscription);
    if (this.#run === undefined) this.#start();
    return () => {
      if (this.#subscriptions.delete(subscription) && this.#subscriptions.size === 0) this.#stop();
    };
  }

  onModeChange(listener: (mode: LiveEventsMode) => void): () => void {
    this.#modeListeners.add(listener);
    return () => void this.#modeListeners.delete(listener);
  }

  onError(listener: (error: AdalatError) => void): () => void {
    this.#errorListeners.add(listener);
    return () => void this.#errorListeners.delete(listener);
  }

  #start(): void {
    const run: Run = { controller: new AbortController(), lastEventId: '', retryMs: this.#options.reconnectDelayMs, failedOpens: 0 };
    this.#run = run;
    void (this.#options.transport === 'polling' ? this.#poll(run) : this.#stream(run));
  }

  #stop(): void {
    // A later first subscriber starts afresh: events from now on, no replay of what happened meanwhile.
    this.#run?.controller.abort();
    this.#run = undefined;
    this.#setMode(undefined, 'idle');
  }

  /** Changes the mode, unless `run` has already been stopped. */
  #setMode(run: Run | undefined, mode: LiveEventsMode): void {
    if (run !== this.#run || mode === this.#mode) return;
    this.#mode = mode;
    for (const listener of [...this.#modeListeners]) {
      try {
        listener(mode);
      } catch (error) {
        rethrowApart(error);
      }
    }
  }

  #report(error: unknown): void {
    const reported =
      error instanceof AdalatError
        ? error
        : new AdalatError({ status: 0, code: 'live_events_failed', message: 'Live events failed unexpectedly.', cause: error }, 'connection');
    for (const listener of [...this.#errorListeners]) {
      try {
        listener(reported);
      } catch (thrown) {
        rethrowApart(thrown);
      }
    }
  }

  /** Waits, unless the run stops first; says whether to go on. */
  async #wait(ms: number, signal: AbortSignal): Promise<boolean> {
    try {
      await sleep(ms, signal);
      return true;
    } catch {
      return false;
    }
  }

  /** The server's retry hint, doubled per failed attempt, capped, with jitter so a page of clients does not reconnect at once. */
  #reconnectDelay(run: Run): number {
    const ceiling = Math.min(MAX_RECONNECT_DELAY_MS, run.retryMs * 2 ** run.failedOpens);
    return Math.round(ceiling * (0.5 + Math.random() / 2));
  }

  async #stream(run: Run): Promise<void> {
    const { signal } = run.controller;
    while (!signal.aborted) {
      this.#setMode(run, 'connecting');
      let body: ReadableStream<Uint8Array>;
      try {
        const headers = run.lastEventId === '' ? undefined : { [HEADER.lastEventId]: run.lastEventId };
        body = await this.#core.request(eventsEndpoints.stream, {}, { signal, ...(headers && { headers }) });
      } catch (error) {
        if (signal.aborted) return;
        this.#report(error);
        run.failedOpens += 1;
        // Polling needs the same credential: after an authentication failure it would fail the same way.
        const giveUp = run.failedOpens >= MAX_FAILED_OPENS && !(error instanceof AuthenticationError);
        if (streamUnavailable(error) || giveUp) return this.#poll(run);
        if (!(await this.#wait(this.#reconnectDelay(run), signal))) return;
        continue;
      }
      if (signal.aborted) {
        // Stopped just as the stream opened: its abort listener would never fire.
        void body.cancel().catch(() => undefined);
        return;
      }
      run.failedOpens = 0;
      this.#setMode(run, 'stream');
      await this.#read(run, body);
      if (signal.aborted) return;
      this.#setMode(run, 'connecting');
      if (!(await this.#wait(this.#reconnectDelay(run), signal))) return;
    }
  }

  /** Reads the stream until it ends, fails, or the run stops. */
  async #read(run: Run, body: ReadableStream<Uint8Array>): Promise<void> {
    const { signal } = run.controller;
    const reader = body.getReader();
    const decoder = new TextDecoder();
    const handlers = {
      onMessage: (message: SseMessage) => this.#receive(message),
      onRetry: (ms: number) => {
        run.retryMs = ms;
      },
    };
    const parser = new SseParser(handlers, run.lastEventId);
    const cancel = (): void => void reader.cancel().catch(() => undefined);
    signal.addEventListener('abort', cancel, { once: true });
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        parser.push(decoder.decode(value, { stream: true }));
        run.lastEventId = parser.lastEventId;
      }
    } catch (error) {
      if (!signal.aborted) {
        this.#report(new ConnectionError({ status: 0, code: 'stream_interrupted', message: 'The event stream was interrupted; reconnecting.', cause: error }));
      }
    } finally {
      signal.removeEventListener('abort', cancel);
    }
  }

  #receive(message: SseMessage): void {
    const malformed = (issues: ReturnType<typeof fieldIssues>): void =>
      this.#report(
        new ResponseValidationError({
          status: 200,
          code: 'invalid_event',
          message: `An event of the stream does not match the contract and was dropped: ${issues[0]!.path}: ${issues[0]!.message}.`,
          issues,
        }),
      );
    let json: unknown;
    try {
      json = JSON.parse(message.data);
    } catch {
      return malformed([{ path: 'event', code: 'invalid_json', message: 'the data is not JSON' }]);
    }
    const type = json !== null && typeof json === 'object' ? (json as { type?: unknown }).type : undefined;
    // A type this SDK does not know yet comes from a newer server: skipped, not an error.
    if (typeof type === 'string' && !EVENT_TYPES.includes(type as AdalatEventType)) return;
    const result = AdalatEvent.safeParse(json);
    if (!result.success) return malformed(fieldIssues(result.error.issues, 'event'));
    this.#dispatch(freeze(result.data), false);
  }

  /** Hands the event to each matching subscriber; a polled event only to its case's subscribers. */
  #dispatch(event: AdalatEvent, polled: boolean): void {
    for (const subscription of [...this.#subscriptions]) {
      const { caseId, types, listener } = subscription;
      if (polled && caseId === undefined) continue;
      if (caseId !== undefined && event.caseId !== caseId) continue;
      if (types !== undefined && !types.has(event.type)) continue;
      // An earlier listener may have unsubscribed this one.
      if (!this.#subscriptions.has(subscription)) continue;
      try {
        listener(event);
      } catch (error) {
        rethrowApart(error);
      }
    }
  }

  #subscribedCaseIds(): string[] {
    const ids = new Set<string>();
    for (const { caseId } of this.#subscriptions) if (caseId !== undefined) ids.add(caseId);
    return [...ids];
  }

  async #poll(run: Run): Promise<void> {
    const { signal } = run.controller;
    this.#setMode(run, 'polling');
    const poller = new CasePoller(this.#core, (event) => this.#dispatch(freeze(event), true), (error) => this.#report(error));
    do {
      await poller.poll(this.#subscribedCaseIds(), signal);
    } while (await this.#wait(this.#options.pollIntervalMs, signal));
  }
}

function resolveOptions(options: LiveEventsOptions | undefined): ResolvedOptions {
  if (options !== undefined && (options === null || typeof options !== 'object')) {
    throw new ConfigurationError('Live events options must be an object.', 'invalid_live_events_options');
  }
  const transport = options?.transport ?? 'auto';
  if (transport !== 'auto' && transport !== 'polling') {
    throw new ConfigurationError('`transport` must be "auto" or "polling".', 'invalid_live_events_options');
  }
  const milliseconds = (name: 'pollIntervalMs' | 'reconnectDelayMs', fallback: number, min: number): number => {
    const value = options?.[name] ?? fallback;
    if (!Number.isInteger(value) || value < min || value > MAX_TIMER_MS) {
      throw new ConfigurationError(`\`${name}\` must be a whole number of milliseconds from ${min} to ${MAX_TIMER_MS}.`, 'invalid_live_events_options');
    }
    return value;
  };
  return {
    transport,
    pollIntervalMs: milliseconds('pollIntervalMs', DEFAULT_POLL_INTERVAL_MS, MIN_POLL_INTERVAL_MS),
    reconnectDelayMs: milliseconds('reconnectDelayMs', EVENT_STREAM_RETRY_MS, 0),
  };
}

const shared = new WeakMap<AdalatCore, { events: LiveEvents; options: ResolvedOptions }>();

/**
 * The live events of a client: the same object, and so the same single connection,
 * for every call with the same client — ten widgets on a page share one stream.
 *
 * ```ts
 * const stop = liveEvents(client).subscribe({ caseId: 'cas_ps_001' }, (event) => {
 *   if (event.type === 'hearing.changed') showHearing(event.data.startsAt);
 * });
 * // later: stop();
 * ```
 *
 * Options take effect on the first call for a client; a later call may repeat them or
 * leave them out, but not change them.
 * @throws ConfigurationError on malformed options, or options other than the first call's
 */
export function liveEvents(core: AdalatCore, options?: LiveEventsOptions): LiveEvents {
  if (core === null || typeof core !== 'object' || typeof core.request !== 'function') {
    throw new ConfigurationError('`liveEvents` takes an AdalatClient or an AdalatCore.', 'invalid_client');
  }
  const resolved = resolveOptions(options);
  const existing = shared.get(core);
  if (existing === undefined) {
    const events = new SharedLiveEvents(core, resolved);
    shared.set(core, { events, options: resolved });
    return events;
  }
  const given = Object.entries(options ?? {}).filter(([, value]) => value !== undefined) as Array<[keyof ResolvedOptions, unknown]>;
  if (given.some(([name]) => resolved[name] !== existing.options[name])) {
    throw new ConfigurationError(
      'This client already has live events with other options: pass the same options, or none.',
      'live_events_options_conflict',
    );
  }
  return existing.events;
}
