/** The sandbox as a real HTTP server on a free port, driven with plain fetch. */
import { after, before, beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { WidgetSession, type ErrorBody } from '@adalat/sdk/contract';
import { startSandboxServer, type SandboxServer } from '../src/node.ts';
import { assertProblem, call, parsed, type CallOptions } from './helpers.ts';

let server: SandboxServer;
before(async () => {
  server = await startSandboxServer({ port: 0 });
});
beforeEach(() => server.sandbox.reset());
after(() => server.close());

const http = (path: string, options: CallOptions = {}) => call(path, options, server.url);
const bank = () => server.sandbox.keys.partners.find((p) => p.id === 'ptn_ps_bank')!;

describe('the API over HTTP', () => {
  test('listens on the port it was given and answers with the same handlers', async () => {
    assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+$/);
    const result = await http('/v1/courts/crt_kz_supreme', { key: bank().publishableKey, headers: { Origin: 'https://bank.example' } });
    assert.equal(result.status, 200);
    assert.equal((result.body as { id: string }).id, 'crt_kz_supreme');
    assert.equal(result.headers.get('Access-Control-Allow-Origin'), 'https://bank.example');
    assert.deepEqual(
      result.headers.get('Access-Control-Expose-Headers')?.split(', '),
      ['Request-Id', 'ETag', 'Retry-After', 'Idempotent-Replayed'],
    );
    const cached = await http('/v1/courts/crt_kz_supreme', { key: bank().publishableKey, headers: { 'If-None-Match': result.headers.get('ETag')! } });
    assert.equal(cached.status, 304);
  });

  test('answers a CORS preflight from any origin', async () => {
    const response = await fetch(`${server.url}/v1/widget-sessions`, {
      method: 'OPTIONS',
      headers: { Origin: 'https://portal.example', 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'authorization,idempotency-key' },
    });
    assert.equal(response.status, 204);
    assert.equal(response.headers.get('Access-Control-Allow-Origin'), 'https://portal.example');
    assert.match(response.headers.get('Access-Control-Allow-Methods') ?? '', /POST/);
    const allowed = response.headers.get('Access-Control-Allow-Headers')?.split(', ') ?? [];
    for (const header of ['Authorization', 'Adalat-Client-Secret', 'Idempotency-Key', 'If-None-Match', 'Content-Type']) {
      assert.ok(allowed.includes(header), header);
    }
  });

  test('errors are envelopes; unknown paths outside /v1 too; malformed JSON is a 400', async () => {
    assertProblem(await http('/v1/courts'), 401, 'missing_credentials');
    assertProblem(await http('/favicon.ico'), 404, 'route_not_found');
    assertProblem(await http('/v1/widget-sessions', { key: bank().secretKey, rawBody: '{oops' }), 400, 'invalid_json');
  });

  test('a dropped response closes the socket after the session is created; a retry replays it', async () => {
    server.sandbox.faults.dropNextAfterCommit();
    const options = { key: bank().secretKey, body: { subjects: {}, operations: ['policy.getCourt'] }, idempotencyKey: 'http-drop' };
    await assert.rejects(http('/v1/widget-sessions', options), TypeError);
    assert.equal(server.sandbox.store.widgetSessions.size, 1);
    const retry = await http('/v1/widget-sessions', options);
    assert.equal(retry.headers.get('Idempotent-Replayed'), 'true');
    assert.equal(parsed(WidgetSession, retry.body).id, [...server.sandbox.store.widgetSessions.keys()][0]);
  });
});

describe('control routes over HTTP', () => {
  test('GET /__sandbox/state shows the clock, faults, keys and counts', async () => {
    const state = (await http('/__sandbox/state')).body as Record<string, unknown>;
    assert.equal(state.now, '2026-11-23T07:00:00Z');
    assert.deepEqual(state.keys, server.sandbox.keys);
    assert.deepEqual(state.faults, { failNext: [], dropNextAfterCommit: [], latencyMs: 0 });
    assert.equal((state.counts as { courts: number }).courts, server.sandbox.store.courts.size);
  });

  test('POST /__sandbox/clock sets or advances the clock, and refuses both at once', async () => {
    assert.deepEqual((await http('/__sandbox/clock', { body: { advanceMs: 61_000 } })).body, { now: '2026-11-23T07:01:01Z' });
    assert.deepEqual((await http('/__sandbox/clock', { body: { now: '2027-03-01T10:00:00Z' } })).body, { now: '2027-03-01T10:00:00Z' });
    assertProblem(await http('/__sandbox/clock', { body: { now: '2027-03-01T10:00:00Z', advanceMs: 1 } }), 400, 'invalid_clock_change');
    const error = assertProblem(await http('/__sandbox/clock', { body: { advanceMs: -5 } }), 400, 'validation_failed');
    assert.equal(error.issues?.[0]?.path, 'body.advanceMs');
    assert.equal(server.sandbox.clock.now().toISOString(), '2027-03-01T10:00:00.000Z');
  });

  test('POST /__sandbox/faults queues a failure the next /v1 call gets, with Retry-After exposed', async () => {
    const pending = (await http('/__sandbox/faults', { body: { failNext: { status: 503, retryAfter: 3 } } })).body;
    assert.deepEqual(pending, { failNext: [{ count: 1, status: 503, retryAfter: 3, path: '/v1' }], dropNextAfterCommit: [], latencyMs: 0 });
    const failed = await http('/v1/jurisdictions', { key: bank().secretKey });
    assertProblem(failed, 503, 'service_unavailable');
    assert.equal(failed.headers.get('Retry-After'), '3');
    await http('/__sandbox/faults', { body: { failNext: { status: 500 } } });
    assert.deepEqual((await http('/__sandbox/faults', { body: { clear: true } })).body, {
      failNext: [],
      dropNextAfterCommit: [],
      latencyMs: 0,
    });
    assertProblem(await http('/__sandbox/faults', { body: { failNext: { status: 404 } } }), 400, 'validation_failed');
  });

  test('POST /__sandbox/tokens mints a bearer token for a seeded user', async () => {
    const minted = (await http('/__sandbox/tokens', { body: { kind: 'lawyer', id: 'law_ir_003' } })).body as { token: string; expiresAt: string };
    assert.equal(minted.expiresAt, '2026-11-23T08:00:00Z');
    assert.equal((await http('/v1/jurisdictions', { key: minted.token })).status, 200);
    const error: ErrorBody = assertProblem(await http('/__sandbox/tokens', { body: { kind: 'lawyer', id: 'law_nobody' } }), 404, 'user_not_found');
    assert.equal(error.param, 'body.id');
    assertProblem(await http('/__sandbox/tokens', { body: { kind: 'judge', id: 'stf_ps_001' } }), 400, 'validation_failed');
  });

  test('POST /__sandbox/reset returns to the seed; unknown control routes are 404', async () => {
    await http('/v1/widget-sessions', { key: bank().secretKey, body: { subjects: {}, operations: ['policy.getCourt'] } });
    assert.equal(server.sandbox.store.widgetSessions.size, 1);
    assert.deepEqual((await http('/__sandbox/reset', { method: 'POST' })).body, { reset: true, now: '2026-11-23T07:00:00Z' });
    assert.equal(server.sandbox.store.widgetSessions.size, 0);
    assertProblem(await http('/__sandbox/nothing'), 404, 'route_not_found');
  });
});

test('with cors: false there is no preflight answer and no CORS header', async () => {
  const plain = await startSandboxServer({ port: 0, cors: false });
  try {
    const response = await fetch(`${plain.url}/v1/jurisdictions`, { method: 'OPTIONS', headers: { Origin: 'https://x.example' } });
    assert.equal(response.status, 404);
    assert.equal(response.headers.get('Access-Control-Allow-Origin'), null);
    await response.body?.cancel();
  } finally {
    await plain.close();
  }
});
