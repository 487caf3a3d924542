import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { delay, HttpResponse } from 'msw';
import {
  ConnectionError,
  InvalidRequestError,
  RateLimitError,
  ResponseValidationError,
  ServerError,
} from '../../src/index.ts';
import { court, fail, makeClient, networkError, ok, rejection, script, sessionInfo, sessionInput, useServer, widgetSession } from './helpers.ts';

useServer();

const COURT = '/v1/courts/crt_ps_ramallah_magistrate';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('retries of a GET', () => {
  it('waits the seconds of Retry-After on 429, then succeeds on the second request', async () => {
    const seen = script('get', COURT, [fail(429, 'rate_limited', { 'Retry-After': '1' }), ok(court())]);
    const started = performance.now();
    const result = await makeClient().policy.getCourt({ courtId: 'crt_ps_ramallah_magistrate' });
    const waited = performance.now() - started;
    assert.equal(seen.length, 2);
    assert.equal(result.id, 'crt_ps_ramallah_magistrate');
    assert.ok(waited >= 950, `waited ${waited} ms, Retry-After asked for 1000`);
    assert.ok(waited < 2500, `waited ${waited} ms, far beyond Retry-After`);
  });

  it('reads Retry-After as an HTTP date on 503', async () => {
    const inTwoSeconds = () => new Date(Date.now() + 2000).toUTCString();
    const seen = script('get', COURT, [
      (request, entry) => fail(503, 'maintenance', { 'Retry-After': inTwoSeconds() })(request, entry),
      ok(court()),
    ]);
    const started = performance.now();
    await makeClient().policy.getCourt({ courtId: 'crt_ps_ramallah_magistrate' });
    const waited = performance.now() - started;
    assert.equal(seen.length, 2);
    // An HTTP date has one-second resolution: the wait is between 1 and 2 seconds.
    assert.ok(waited >= 950 && waited < 2600, `waited ${waited} ms`);
  });

  it('does not wait for a Retry-After beyond maxDelayMs: it throws RateLimitError with retryAfter', async () => {
    const seen = script('get', COURT, [fail(429, 'rate_limited', { 'Retry-After': '120' }), ok(court())]);
    const error = await rejection(makeClient().policy.getCourt({ courtId: 'crt_ps_ramallah_magistrate' }));
    assert.ok(error instanceof RateLimitError);
    assert.equal(error.retryAfter, 120);
    assert.equal(error.status, 429);
    assert.equal(error.requestId, 'req_429_rate_limited');
    assert.equal(seen.length, 1);
  });

  it('retries 503 twice and returns the third answer', async () => {
    const seen = script('get', COURT, [fail(503, 'unavailable'), fail(503, 'unavailable'), ok(court())]);
    const result = await makeClient().policy.getCourt({ courtId: 'crt_ps_ramallah_magistrate' });
    assert.equal(seen.length, 3);
    assert.equal(result.name.en, 'Ramallah Magistrate Court');
  });

  it('gives up after `limit` retries with a ServerError carrying the last Request-Id', async () => {
    const seen = script('get', COURT, [fail(500, 'boom')]);
    const error = await rejection(makeClient({ retry: { limit: 2, baseDelayMs: 1 } }).policy.getCourt({ courtId: 'crt_ps_ramallah_magistrate' }));
    assert.ok(error instanceof ServerError);
    assert.equal(error.status, 500);
    assert.equal(error.code, 'boom');
    assert.equal(error.requestId, 'req_500_boom');
    assert.equal(seen.length, 3);
  });

  it('does not retry at all with retry: false', async () => {
    const seen = script('get', COURT, [fail(503, 'unavailable'), ok(court())]);
    const error = await rejection(makeClient({ retry: false }).policy.getCourt({ courtId: 'crt_ps_ramallah_magistrate' }));
    assert.ok(error instanceof ServerError);
    assert.equal(seen.length, 1);
  });

  it('does not retry a 404', async () => {
    const seen = script('get', COURT, [fail(404, 'court_not_found'), ok(court())]);
    await rejection(makeClient().policy.getCourt({ courtId: 'crt_ps_ramallah_magistrate' }));
    assert.equal(seen.length, 1);
  });

  it('retries a network error and returns the next answer', async () => {
    const seen = script('get', COURT, [networkError, ok(court())]);
    const result = await makeClient().policy.getCourt({ courtId: 'crt_ps_ramallah_magistrate' });
    assert.equal(seen.length, 2);
    assert.equal(result.id, 'crt_ps_ramallah_magistrate');
  });

  it('turns a network failure that outlasts the retries into ConnectionError (status 0, not timed out)', async () => {
    const seen = script('get', COURT, [networkError]);
    const error = await rejection(makeClient().policy.getCourt({ courtId: 'crt_ps_ramallah_magistrate' }));
    assert.ok(error instanceof ConnectionError);
    assert.equal(error.status, 0);
    assert.equal(error.timedOut, false);
    assert.equal(error.requestId, null);
    assert.equal(seen.length, 3);
  });

  it('times out a slow answer with ConnectionError timedOut=true and does not retry it', async () => {
    const seen = script('get', COURT, [
      async () => {
        await delay(400);
        return HttpResponse.json(court());
      },
    ]);
    const started = performance.now();
    const error = await rejection(makeClient({ timeout: 60 }).policy.getCourt({ courtId: 'crt_ps_ramallah_magistrate' }));
    assert.ok(error instanceof ConnectionError);
    assert.equal(error.timedOut, true);
    assert.equal(error.code, 'timeout');
    assert.equal(seen.length, 1);
    assert.ok(performance.now() - started < 350);
  });

  it('lets a call override the client timeout', async () => {
    script('get', COURT, [
      async () => {
        await delay(150);
        return HttpResponse.json(court());
      },
    ]);
    const result = await makeClient({ timeout: 50 }).policy.getCourt({ courtId: 'crt_ps_ramallah_magistrate' }, { timeout: 2000 });
    assert.equal(result.id, 'crt_ps_ramallah_magistrate');
  });
});

describe('retries of a POST', () => {
  it('sends a POST without an Idempotency-Key once, even under 500', async () => {
    const seen = script('post', '/v1/widget-sessions/ws_1/revoke', [fail(500, 'boom'), ok(sessionInfo())]);
    const error = await rejection(makeClient().widgetSessions.revoke({ sessionId: 'ws_1' }));
    assert.ok(error instanceof ServerError);
    assert.equal(seen.length, 1);
    assert.equal(seen[0]!.headers.get('idempotency-key'), null);
  });

  it('does not retry a POST without a key after a network error either', async () => {
    const seen = script('post', '/v1/widget-sessions/ws_1/revoke', [networkError, ok(sessionInfo())]);
    assert.ok((await rejection(makeClient().widgetSessions.revoke({ sessionId: 'ws_1' }))) instanceof ConnectionError);
    assert.equal(seen.length, 1);
  });

  it('retries a POST carrying the caller’s Idempotency-Key, with the same key every time', async () => {
    const seen = script('post', '/v1/widget-sessions/ws_1/revoke', [fail(500, 'boom'), fail(502, 'bad_gateway'), ok(sessionInfo())]);
    const result = await makeClient().widgetSessions.revoke({ sessionId: 'ws_1' }, { idempotencyKey: 'revoke-ws_1-attempt' });
    assert.equal(result.id, 'ws_1');
    assert.equal(seen.length, 3);
    assert.deepEqual(
      seen.map((entry) => entry.headers.get('idempotency-key')),
      ['revoke-ws_1-attempt', 'revoke-ws_1-attempt', 'revoke-ws_1-attempt'],
    );
  });

  it('makes one UUID key per logical call for an idempotent endpoint and reuses it on every retry', async () => {
    const seen = script('post', '/v1/widget-sessions', [fail(503, 'unavailable'), networkError, ok(widgetSession(), {}, 201)]);
    const session = await makeClient().widgetSessions.create(sessionInput);
    assert.equal(session.clientSecret, 'wss_secret_0123456789abcdef');
    assert.equal(seen.length, 3);
    const keys = seen.map((entry) => entry.headers.get('idempotency-key'));
    assert.match(keys[0]!, UUID);
    assert.deepEqual(keys, [keys[0], keys[0], keys[0]]);
    assert.deepEqual(seen[0]!.body, sessionInput);
  });

  it('makes a new key for each logical call', async () => {
    const seen = script('post', '/v1/widget-sessions', [ok(widgetSession(), {}, 201)]);
    const client = makeClient();
    await client.widgetSessions.create(sessionInput);
    await client.widgetSessions.create(sessionInput);
    assert.equal(seen.length, 2);
    assert.notEqual(seen[0]!.headers.get('idempotency-key'), seen[1]!.headers.get('idempotency-key'));
  });

  it('rejects a malformed idempotency key locally', async () => {
    const seen = script('post', '/v1/widget-sessions', [ok(widgetSession(), {}, 201)]);
    const error = await rejection(makeClient().widgetSessions.create(sessionInput, { idempotencyKey: 'has space' }));
    assert.ok(error instanceof InvalidRequestError);
    assert.equal(error.issues[0]!.path, 'options.idempotencyKey');
    assert.equal(seen.length, 0);
  });
});

describe('aborting', () => {
  it('stops a pending backoff wait at once and sends nothing more', async () => {
    const seen = script('get', COURT, [fail(503, 'unavailable', { 'Retry-After': '4' }), ok(court())]);
    const controller = new AbortController();
    const started = performance.now();
    const call = makeClient().policy.getCourt({ courtId: 'crt_ps_ramallah_magistrate' }, { signal: controller.signal });
    setTimeout(() => controller.abort(), 100);
    const error = await rejection(call);
    assert.equal((error as DOMException).name, 'AbortError');
    assert.equal(error, controller.signal.reason);
    assert.ok(performance.now() - started < 1000, 'the 4 s wait was not cut short');
    await delay(50);
    assert.equal(seen.length, 1);
  });

  it('rejects with the caller’s own reason, unwrapped, while the request is in flight', async () => {
    script('post', '/v1/widget-sessions', [
      async () => {
        await delay(300);
        return HttpResponse.json(widgetSession(), { status: 201 });
      },
    ]);
    const controller = new AbortController();
    const reason = new Error('user left the page');
    setTimeout(() => controller.abort(reason), 30);
    assert.equal(await rejection(makeClient().widgetSessions.create(sessionInput, { signal: controller.signal })), reason);
  });

  it('sends nothing when the signal is already aborted', async () => {
    const seen = script('get', COURT, [ok(court())]);
    const error = await rejection(makeClient().policy.getCourt({ courtId: 'crt_ps_ramallah_magistrate' }, { signal: AbortSignal.abort() }));
    assert.equal((error as DOMException).name, 'AbortError');
    assert.equal(seen.length, 0);
  });
});

describe('in-flight GET de-duplication', () => {
  it('sends one request for concurrent identical GETs and gives each caller its own object', async () => {
    const seen = script('get', COURT, [
      async () => {
        await delay(30);
        return HttpResponse.json(court());
      },
    ]);
    const client = makeClient();
    const results = await Promise.all([1, 2, 3].map(() => client.policy.getCourt({ courtId: 'crt_ps_ramallah_magistrate' })));
    assert.equal(seen.length, 1);
    assert.deepEqual(results[0], results[1]);
    assert.notEqual(results[0], results[1]);
    assert.notEqual(results[1], results[2]);
    results[0]!.branches.length = 0;
    assert.equal(results[1]!.branches.length, 1, 'one caller’s mutation leaked into another’s result');
  });

  it('sends separate requests for different URLs and after the first one lands', async () => {
    const seen = script('get', '/v1/courts/:courtId', [(request) => HttpResponse.json(court(new URL(request.url).pathname.split('/').pop()))]);
    const client = makeClient();
    await Promise.all([client.policy.getCourt({ courtId: 'crt_a' }), client.policy.getCourt({ courtId: 'crt_b' })]);
    await client.policy.getCourt({ courtId: 'crt_a' });
    const paths = seen.map((entry) => entry.url.pathname);
    assert.deepEqual(paths.slice(0, 2).sort(), ['/v1/courts/crt_a', '/v1/courts/crt_b']);
    assert.deepEqual(paths.slice(2), ['/v1/courts/crt_a']);
  });

  it('does not share between different credentials', async () => {
    const seen = script('get', COURT, [
      async () => {
        await delay(20);
        return HttpResponse.json(court());
      },
    ]);
    const tokens = ['tok_a', 'tok_b'];
    let next = 0;
    const client = makeClient({ auth: { token: () => tokens[next++ % 2]! } });
    await Promise.all([client.policy.getCourt({ courtId: 'crt_ps_ramallah_magistrate' }), client.policy.getCourt({ courtId: 'crt_ps_ramallah_magistrate' })]);
    assert.deepEqual(seen.map((entry) => entry.headers.get('authorization')).sort(), ['Bearer tok_a', 'Bearer tok_b']);
  });

  it('keeps the shared fetch alive when one of two callers aborts', async () => {
    const seen = script('get', COURT, [
      async () => {
        await delay(80);
        return HttpResponse.json(court());
      },
    ]);
    const client = makeClient();
    const leaving = new AbortController();
    const first = client.policy.getCourt({ courtId: 'crt_ps_ramallah_magistrate' }, { signal: leaving.signal });
    const second = client.policy.getCourt({ courtId: 'crt_ps_ramallah_magistrate' }, { signal: new AbortController().signal });
    setTimeout(() => leaving.abort(), 20);
    const [firstResult, secondResult] = await Promise.allSettled([first, second]);
    assert.equal(firstResult.status, 'rejected');
    assert.equal((firstResult as PromiseRejectedResult).reason, leaving.signal.reason);
    assert.equal(secondResult.status, 'fulfilled');
    assert.equal(seen.length, 1);
  });
});

describe('ETag revalidation', () => {
  it('sends If-None-Match and returns the cached body on 304', async () => {
    const seen = script('get', COURT, [
      ok(court(), { ETag: '"v1"' }),
      (request) =>
        request.headers.get('if-none-match') === '"v1"'
          ? new HttpResponse(null, { status: 304, headers: { ETag: '"v1"' } })
          : HttpResponse.json({ error: 'expected If-None-Match' }, { status: 500 }),
    ]);
    const client = makeClient();
    const first = await client.policy.getCourt({ courtId: 'crt_ps_ramallah_magistrate' });
    const second = await client.policy.getCourt({ courtId: 'crt_ps_ramallah_magistrate' });
    assert.equal(seen.length, 2);
    assert.equal(seen[0]!.headers.get('if-none-match'), null);
    assert.equal(seen[1]!.headers.get('if-none-match'), '"v1"');
    assert.deepEqual(second, first);
    assert.notEqual(second, first);
  });

  it('replaces the cached body when the resource changed', async () => {
    const renamed = { ...court(), name: { ar: 'محكمة', en: 'Renamed' } };
    const seen = script('get', COURT, [
      ok(court(), { ETag: '"v1"' }),
      ok(renamed, { ETag: '"v2"' }),
      (request) => new HttpResponse(null, { status: request.headers.get('if-none-match') === '"v2"' ? 304 : 500 }),
    ]);
    const client = makeClient();
    await client.policy.getCourt({ courtId: 'crt_ps_ramallah_magistrate' });
    await client.policy.getCourt({ courtId: 'crt_ps_ramallah_magistrate' });
    const third = await client.policy.getCourt({ courtId: 'crt_ps_ramallah_magistrate' });
    assert.equal(third.name.en, 'Renamed');
    assert.deepEqual(seen.map((entry) => entry.headers.get('if-none-match')), [null, '"v1"', '"v2"']);
  });

  it('keeps cached bodies apart per credential', async () => {
    const seen = script('get', COURT, [ok(court(), { ETag: '"v1"' })]);
    let token = 'tok_a';
    const client = makeClient({ auth: { token: () => token } });
    await client.policy.getCourt({ courtId: 'crt_ps_ramallah_magistrate' });
    token = 'tok_b';
    await client.policy.getCourt({ courtId: 'crt_ps_ramallah_magistrate' });
    assert.equal(seen[1]!.headers.get('if-none-match'), null);
  });
});

describe('responses against the contract', () => {
  it('turns a body that is not JSON into ResponseValidationError, with the Request-Id', async () => {
    script('get', COURT, [() => new HttpResponse('<html>oops</html>', { status: 200, headers: { 'Content-Type': 'text/html', 'Request-Id': 'req_html' } })]);
    const error = await rejection(makeClient().policy.getCourt({ courtId: 'crt_ps_ramallah_magistrate' }));
    assert.ok(error instanceof ResponseValidationError);
    assert.equal(error.code, 'invalid_response');
    assert.equal(error.requestId, 'req_html');
    assert.deepEqual(error.issues.map((issue) => [issue.path, issue.code]), [['response', 'invalid_json']]);
  });

  it('turns a body that breaks the schema into ResponseValidationError with paths', async () => {
    script('get', '/v1/courts', [ok({ data: [court(), { ...court('crt_2'), timeZone: 'Europe/Paris' }], nextCursor: null })]);
    const error = await rejection(makeClient().policy.listCourts());
    assert.ok(error instanceof ResponseValidationError);
    assert.deepEqual(error.issues.map((issue) => issue.path), ['response.data.1.timeZone']);
    assert.equal(error.status, 200);
  });

  it('returns the body unchecked with validateResponses: false', async () => {
    script('get', COURT, [ok({ ...court(), timeZone: 'Europe/Paris' })]);
    const result = await makeClient({ validateResponses: false }).policy.getCourt({ courtId: 'crt_ps_ramallah_magistrate' });
    assert.equal(result.timeZone, 'Europe/Paris');
  });
});

describe('input against the contract', () => {
  it('throws InvalidRequestError locally with body paths and sends nothing', async () => {
    const seen = script('post', '/v1/widget-sessions', [ok(widgetSession(), {}, 201)]);
    const error = await rejection(makeClient().widgetSessions.create({ subjects: {}, operations: [] }));
    assert.ok(error instanceof InvalidRequestError);
    assert.equal(error.status, 400);
    assert.equal(error.code, 'invalid_input');
    assert.equal(error.requestId, null);
    assert.deepEqual(error.issues.map((issue) => issue.path), ['body.operations']);
    assert.equal(seen.length, 0);
  });

  it('reports query, params and unknown keys by where they are', async () => {
    const client = makeClient();
    const query = await rejection(client.policy.listCourts({ jurisdiction: 'XX' as 'PS', limit: 1000 }));
    assert.deepEqual((query as InvalidRequestError).issues.map((issue) => issue.path).sort(), ['query.jurisdiction', 'query.limit']);
    const params = await rejection(client.policy.getCourt({ courtId: '../admin' }));
    assert.deepEqual((params as InvalidRequestError).issues.map((issue) => issue.path), ['params.courtId']);
    const unknown = await rejection(client.policy.listCourts({ jurisdicton: 'PS' } as never));
    assert.deepEqual((unknown as InvalidRequestError).issues.map((issue) => [issue.path, issue.code]), [['input.jurisdicton', 'unrecognized_key']]);
  });

  it('splits a flat input into path, query and body', async () => {
    const courts = script('get', '/v1/courts', [ok({ data: [], nextCursor: null })]);
    const sessions = script('post', '/v1/widget-sessions', [ok(widgetSession(), {}, 201)]);
    const client = makeClient();
    await client.policy.listCourts({ jurisdiction: 'PS', level: 'appeal', limit: 5, city: 'رام الله' });
    await client.widgetSessions.create({ ...sessionInput, ttlSeconds: 600 });
    assert.equal(courts[0]!.url.searchParams.get('jurisdiction'), 'PS');
    assert.equal(courts[0]!.url.searchParams.get('limit'), '5');
    assert.equal(courts[0]!.url.searchParams.get('city'), 'رام الله');
    assert.deepEqual(sessions[0]!.body, { ...sessionInput, ttlSeconds: 600 });
    assert.equal(sessions[0]!.headers.get('content-type'), 'application/json');
  });
});
