/**
 * `liveEvents` against the sandbox: first its msw handlers in this process, then its
 * HTTP server on an ephemeral port (the same suite), then the fallbacks over msw
 * overrides. A recording `fetch` shows every request the client made.
 */
import assert from 'node:assert/strict';
import { after, afterEach, before, describe, it } from 'node:test';
import { setTimeout as delay } from 'node:timers/promises';
import { createSandbox, type Sandbox } from '@adalat/mock-backend';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { liveEvents, type LiveEvents, type LiveEventsMode } from '../src/events/index.ts';
import {
  AdalatClient,
  AdalatCore,
  ConfigurationError,
  InvalidRequestError,
  NotFoundError,
  ResponseValidationError,
  ServerError,
  type AdalatAuth,
  type AdalatError,
  type AdalatEvent,
} from '../src/index.ts';
import { httpTarget, mswTarget, type SandboxTarget } from './sandbox-setup.ts';

interface Exchange {
  method: string;
  path: string;
  /** 0 until (or when no) response came. */
  status: number;
  lastEventId: string | null;
}

const SANDBOX_OPTIONS = { eventStreams: { heartbeatMs: 30, retryMs: 200 } };

/** A client for `baseUrl` whose every exchange is written to `log`; no retries, so each failure shows. */
function clientFor(baseUrl: string, auth: AdalatAuth, log: Exchange[] = []): AdalatClient {
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const request = new Request(input, init);
    const entry = { method: request.method, path: new URL(request.url).pathname, status: 0, lastEventId: request.headers.get('Last-Event-ID') };
    log.push(entry);
    const response = await globalThis.fetch(request);
    entry.status = response.status;
    return response;
  };
  return new AdalatClient({ baseUrl, auth, fetch, retry: false });
}

/** Waits until `check` holds, failing the test after `timeoutMs`. */
async function until(check: () => boolean | Promise<boolean>, what: string, timeoutMs = 3000): Promise<void> {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > timeoutMs) assert.fail(`timed out waiting for ${what}`);
    await delay(5);
  }
}

const streamsOf = (log: Exchange[]) => log.filter((entry) => entry.path === '/v1/events');

/** Subscriptions made in a test, all ended after it, so no connection or timer outlives it. */
const cleanups: Array<() => void> = [];
afterEach(() => cleanups.splice(0).forEach((stop) => stop()));
function collect(events: LiveEvents, filter: Parameters<LiveEvents['subscribe']>[0]): AdalatEvent[] {
  const got: AdalatEvent[] = [];
  cleanups.push(events.subscribe(filter, (event) => got.push(event)));
  return got;
}

/** The same suite over msw and over HTTP: `setup` says where the sandbox answers. */
function liveSuite(setup: SandboxTarget) {
  let baseUrl = '';
  let sandbox: Sandbox;
  before(async () => ({ baseUrl, sandbox } = await setup.start()));
  afterEach(() => sandbox.reset());
  after(() => setup.stop());

  const control = async (path: string, body: unknown = {}): Promise<unknown> => {
    const response = await fetch(`${baseUrl}/__sandbox/${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
    assert.equal(response.status, 200);
    return response.json();
  };
  const touch = async (caseId: string, change: 'hearing' | 'minutes' = 'hearing') =>
    ((await control(`cases/${caseId}/touch`, { change })) as { events: AdalatEvent[] }).events;
  const openStreams = async () => {
    const state = (await (await fetch(`${baseUrl}/__sandbox/state`)).json()) as { counts: { eventStreams: number } };
    return state.counts.eventStreams;
  };
  const staff = (log?: Exchange[]) => {
    const token = sandbox.mintToken({ kind: 'staff', id: 'stf_ps_001', ttlSeconds: 86_400 });
    return clientFor(baseUrl, { token: () => token }, log);
  };

  it('ten subscribers share one connection, and each gets what its filter asks for', async () => {
    const log: Exchange[] = [];
    const client = staff(log);
    const live = liveEvents(client);
    assert.equal(client.events, live, 'client.events is the same shared object');
    const forCase1 = Array.from({ length: 5 }, () => collect(live, { caseId: 'cas_ps_001' }));
    const hearingsOf6 = Array.from({ length: 5 }, () => collect(live, { caseId: 'cas_ps_006', types: ['hearing.changed'] }));
    const everything = collect(live, {});
    await until(() => live.mode === 'stream', 'the stream');

    const published = [...(await touch('cas_ps_001')), ...(await touch('cas_ps_006'))];
    await until(() => everything.length === 4, 'four events');
    assert.deepEqual(everything, published);
    for (const got of forCase1) assert.deepEqual(got, published.slice(0, 2));
    for (const got of hearingsOf6) assert.deepEqual(got, [published[2]]);
    assert.equal(streamsOf(log).length, 1, 'one request to /v1/events for eleven subscribers');
    assert.notEqual(liveEvents(staff()), live, 'another client has its own');
  });

  it('the last unsubscribe closes the connection; the first subscribe opens it again', async () => {
    const log: Exchange[] = [];
    const live = liveEvents(staff(log));
    const modes: LiveEventsMode[] = [];
    live.onModeChange((mode) => modes.push(mode));
    const first = live.subscribe({}, () => {});
    const second = live.subscribe({ caseId: 'cas_ps_001' }, () => {});
    await until(() => live.mode === 'stream', 'the stream');
    assert.equal(await openStreams(), 1);
    first();
    first(); // twice is harmless
    assert.equal(live.mode, 'stream');
    second();
    assert.equal(live.mode, 'idle');
    await until(async () => (await openStreams()) === 0, 'the server to see the client leave');
    assert.deepEqual(modes, ['connecting', 'stream', 'idle']);

    const again = collect(live, {});
    await until(() => live.mode === 'stream', 'the stream again');
    await touch('cas_ps_006', 'minutes');
    await until(() => again.length === 2, 'events on the new connection');
    assert.equal(streamsOf(log).length, 2);
    assert.equal(streamsOf(log)[1]!.lastEventId, null, 'a fresh start does not resume');
  });

  it('reconnects after the server drops the stream and resumes with Last-Event-ID, missing nothing', async () => {
    const log: Exchange[] = [];
    const live = liveEvents(staff(log));
    const got = collect(live, {});
    await until(() => live.mode === 'stream', 'the stream');
    const before = await touch('cas_ps_001');
    await until(() => got.length === 2, 'the first events');

    assert.deepEqual(await control('events/disconnect'), { closed: 1 });
    await until(() => live.mode === 'connecting', 'the drop to be noticed');
    // Published while the client waits out the server's retry hint (200 ms): replayed on reconnect.
    const missed = await touch('cas_ps_006', 'minutes');
    await until(() => got.length === 4, 'the missed events');
    assert.deepEqual(got, [...before, ...missed]);
    assert.equal(live.mode, 'stream');
    assert.deepEqual(streamsOf(log).map((entry) => entry.lastEventId), [null, before[1]!.id]);
  });

  it('a widget session that expires is renewed through its provider and the stream carries on', async () => {
    const ministry = sandbox.keys.partners.find((p) => p.jurisdiction === 'PS' && p.kind === 'ministry')!;
    const server = clientFor(baseUrl, { secretKey: ministry.secretKey });
    const create = () => server.widgetSessions.create({ subjects: { cases: ['cas_ps_006'] }, operations: ['events.stream'], ttlSeconds: 60 });
    let session = await create();
    const asked: boolean[] = [];
    const log: Exchange[] = [];
    const widget = clientFor(
      baseUrl,
      {
        publishableKey: ministry.publishableKey,
        clientSecret: async ({ expired }) => {
          asked.push(expired);
          if (expired) session = await create();
          return session.clientSecret;
        },
      },
      log,
    );
    const live = liveEvents(widget);
    const got = collect(live, { caseId: 'cas_ps_006' });
    await until(() => live.mode === 'stream', 'the stream');

    sandbox.clock.advance(61_000);
    await until(() => streamsOf(log).filter((e) => e.status === 200).length === 2, 'a renewed stream');
    assert.deepEqual(streamsOf(log).map((e) => e.status), [200, 401, 200]);
    assert.deepEqual(asked.filter((expired) => expired), [true]);
    await until(() => live.mode === 'stream', 'the stream again');
    const published = await touch('cas_ps_006');
    await until(() => got.length === 2, 'events for the renewed session');
    assert.deepEqual(got, published);
  });
}

describe('against the sandbox msw handlers', () => {
  liveSuite(mswTarget(SANDBOX_OPTIONS));
});

describe('against the sandbox HTTP server', () => {
  liveSuite(httpTarget(SANDBOX_OPTIONS));
});

describe('fallbacks and bad input, over msw', () => {
  const BASE = 'https://sandbox.adalat.test';
  const sandbox = createSandbox(SANDBOX_OPTIONS);
  const server = setupServer(...sandbox.handlers);
  before(() => server.listen({ onUnhandledFrame: 'error' }));
  afterEach(() => {
    server.resetHandlers();
    sandbox.reset();
  });
  after(() => server.close());

  const staff = (log?: Exchange[]) => {
    const token = sandbox.mintToken({ kind: 'staff', id: 'stf_ps_001', ttlSeconds: 86_400 });
    return clientFor(BASE, { token: () => token }, log);
  };
  const touch = (caseId: string) => fetch(`${BASE}/__sandbox/cases/${caseId}/touch`, { method: 'POST', body: '{}' });
  const errorsOf = (live: LiveEvents): AdalatError[] => {
    const errors: AdalatError[] = [];
    cleanups.push(live.onError((error) => errors.push(error)));
    return errors;
  };

  it('falls back to ETag polling when the stream answers 404: one 200 for the change, 304s otherwise', async () => {
    server.use(http.get('*/v1/events', () => HttpResponse.json({ error: { type: 'not_found', code: 'route_not_found', message: 'No.', requestId: 'req_x' } }, { status: 404 })));
    const log: Exchange[] = [];
    const client = staff(log);
    await client.cases.get({ caseId: 'cas_ps_006' }); // the page already read the case: its ETag is cached
    const live = liveEvents(client, { pollIntervalMs: 20 });
    const errors = errorsOf(live);
    const forCase = collect(live, { caseId: 'cas_ps_006' });
    const onlyHearings = collect(live, { caseId: 'cas_ps_006', types: ['hearing.changed'] });
    const noCase = collect(live, {});
    await until(() => live.mode === 'polling', 'polling');
    assert.ok(errors[0] instanceof NotFoundError);

    // After the page's own read; a poll cut short by the last unsubscribe has no status and does not count.
    const reads = () => log.filter((e) => e.path === '/v1/cases/cas_ps_006' && e.status !== 0).slice(1);
    await until(() => reads().length >= 3, 'a few polls');
    sandbox.clock.advance(60_000);
    await touch('cas_ps_006');
    await until(() => forCase.length === 1, 'the polled change');
    const seenAt = reads().length;
    await until(() => reads().length >= seenAt + 2, 'more polls');
    cleanups.splice(0).forEach((stop) => stop());
    assert.equal(live.mode, 'idle');

    const statuses = reads().map((e) => e.status);
    assert.equal(statuses.filter((s) => s === 200).length, 1, `one 200 among ${statuses.join(',')}`);
    assert.ok(statuses.every((s) => s === 200 || s === 304), statuses.join(','));
    const event = forCase[0]!;
    assert.ok(event.type === 'case.updated');
    const current = sandbox.store.cases.get('cas_ps_006')!;
    assert.deepEqual(event.data, { caseId: 'cas_ps_006', status: current.status, stage: current.stage, updatedAt: current.updatedAt, change: 'hearing', timelineEventId: null });
    assert.deepEqual([onlyHearings, noCase], [[], []], 'a type it did not ask for, and no caseId while polling: nothing');
    const count = log.length;
    await delay(60);
    assert.equal(log.length, count, 'nothing is polled after the last unsubscribe');
    assert.equal(streamsOf(log).length, 1);
  });

  it('with transport: "polling" never opens the stream', async () => {
    const log: Exchange[] = [];
    const live = liveEvents(staff(log), { transport: 'polling', pollIntervalMs: 20 });
    collect(live, { caseId: 'cas_ps_001' });
    assert.equal(live.mode, 'polling');
    await until(() => log.length >= 2, 'two polls');
    assert.equal(streamsOf(log).length, 0);
  });

  it('falls back after three failed attempts in a row, and when the answer is not an event stream', async () => {
    sandbox.faults.failNext({ status: 503, count: 10, path: '/v1/events' });
    const failing = liveEvents(staff(), { reconnectDelayMs: 1, pollIntervalMs: 1000 });
    const errors = errorsOf(failing);
    collect(failing, { caseId: 'cas_ps_001' });
    await until(() => failing.mode === 'polling', 'polling after 503s');
    assert.equal(errors.filter((e) => e instanceof ServerError).length, 3);

    server.use(http.get('*/v1/events', () => new HttpResponse('<html>maintenance</html>', { headers: { 'Content-Type': 'text/html' } })));
    const html = liveEvents(staff(), { pollIntervalMs: 1000 });
    const htmlErrors = errorsOf(html);
    collect(html, { caseId: 'cas_ps_001' });
    await until(() => html.mode === 'polling', 'polling after an HTML answer');
    assert.ok(htmlErrors[0] instanceof ResponseValidationError);
  });

  it('drops and reports a malformed event, skips an unknown type, and delivers the rest', async () => {
    const valid: AdalatEvent = {
      id: 'evt_000009',
      type: 'document.added',
      createdAt: '2026-11-23T07:00:00Z',
      caseId: 'cas_ps_001',
      data: { caseId: 'cas_ps_001', documentId: 'doc_1', kind: 'minutes' },
    };
    const body = [
      'retry: 10\n\n',
      'data: {not json\n\n',
      'id: evt_000007\r\nevent: case.updated\r\ndata: {"id":"evt_000007","type":"case.updated","caseId":"cas_ps_001"}\r\n\r\n',
      // A type from a newer server (payment events exist now, so one no contract defines).
      'data: {"id":"evt_000008","type":"example.from_the_future","data":{}}\n\n',
      `id: evt_000009\nevent: document.added\ndata: ${JSON.stringify(valid).slice(0, 20)}`,
      `${JSON.stringify(valid).slice(20)}\n\n`,
    ];
    server.use(
      http.get('*/v1/events', ({ request }) => {
        const encoder = new TextEncoder();
        const stream = new ReadableStream<Uint8Array>({
          start(controller) {
            for (const chunk of body) controller.enqueue(encoder.encode(chunk));
            // Stays open like a real stream, until the client leaves.
            request.signal.addEventListener('abort', () => controller.close());
          },
        });
        return new HttpResponse(stream, { headers: { 'Content-Type': 'text/event-stream' } });
      }),
    );
    const live = liveEvents(staff());
    const errors = errorsOf(live);
    const got = collect(live, {});
    await until(() => got.length === 1, 'the valid event');
    assert.deepEqual(got, [valid]);
    assert.ok(Object.isFrozen(got[0]), 'listeners share one event: it is frozen');
    assert.deepEqual(
      errors.map((e) => [e.constructor.name, e.code, (e as ResponseValidationError).issues[0]?.path]),
      [
        ['ResponseValidationError', 'invalid_event', 'event'],
        ['ResponseValidationError', 'invalid_event', 'event.createdAt'],
      ],
    );
    assert.equal(live.mode, 'stream');
  });

  it('refuses a malformed filter, listener or options with a typed error', () => {
    const core = new AdalatCore({ baseUrl: BASE, auth: { secretKey: 'sk_test_x' } });
    const live = liveEvents(core);
    const param = (fn: () => unknown) => {
      try {
        fn();
      } catch (error) {
        assert.ok(error instanceof InvalidRequestError);
        return error.param;
      }
      assert.fail('expected an InvalidRequestError');
    };
    assert.equal(param(() => live.subscribe({ types: ['case.updated', 'case.deleted' as never] }, () => {})), 'filter.types.1');
    assert.equal(param(() => live.subscribe({ caseId: 'not an id!' }, () => {})), 'filter.caseId');
    assert.equal(param(() => live.subscribe(null as never, () => {})), 'filter');
    assert.equal(param(() => live.subscribe({}, 'listener' as never)), 'listener');
    assert.equal(live.mode, 'idle', 'nothing was opened');

    assert.throws(() => liveEvents(new AdalatCore({ baseUrl: BASE, auth: { secretKey: 'sk_test_x' } }), { pollIntervalMs: 1 }), ConfigurationError);
    const polling = new AdalatCore({ baseUrl: BASE, auth: { secretKey: 'sk_test_x' } });
    const shared = liveEvents(polling, { transport: 'polling' });
    assert.equal(liveEvents(polling), shared);
    assert.equal(liveEvents(polling, { transport: 'polling' }), shared);
    assert.throws(() => liveEvents(polling, { transport: 'auto' }), (error: unknown) => error instanceof ConfigurationError && error.code === 'live_events_options_conflict');
    assert.throws(() => liveEvents({} as never), ConfigurationError);
  });
});
