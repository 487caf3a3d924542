import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { WidgetSession } from '@adalat/sdk/contract';
import { assertProblem, call, parsed, partnerOf, useSandbox } from './helpers.ts';

const sandbox = useSandbox();
const key = () => partnerOf(sandbox, 'PS', 'bank').secretKey;
const sessionBody = { subjects: {}, operations: ['policy.getCourt'] };

describe('request ids and unknown routes', () => {
  test('every answer carries a Request-Id, counting up from req_000001 after a reset', async () => {
    const ids = [];
    for (const path of ['/v1/jurisdictions', '/v1/nowhere', '/v1/courts/crt_ps_nowhere']) {
      ids.push((await call(path, { key: key() })).headers.get('Request-Id'));
    }
    assert.deepEqual(ids, ['req_000001', 'req_000002', 'req_000003']);
  });

  test('unknown /v1 paths and methods are 404 route_not_found envelopes', async () => {
    assertProblem(await call('/v1/nowhere', { key: key() }), 404, 'route_not_found');
    assertProblem(await call('/v1', {}), 404, 'route_not_found');
    assertProblem(await call('/v1/widget-sessions', { key: key() }), 404, 'route_not_found');
    assertProblem(await call('/v1/courts', { key: key(), method: 'DELETE' }), 404, 'route_not_found');
  });
});

describe('ETag and If-None-Match', () => {
  test('a GET 200 carries an ETag; sending it back gets a 304 with no body', async () => {
    const first = await call('/v1/courts/crt_ps_nablus_magistrate', { key: key() });
    const etag = first.headers.get('ETag');
    assert.match(etag ?? '', /^"[0-9a-z]+"$/);
    const again = await call('/v1/courts/crt_ps_nablus_magistrate', { key: key() });
    assert.equal(again.headers.get('ETag'), etag);
    for (const ifNoneMatch of [etag!, `W/${etag}`, `"other", ${etag}`, '*']) {
      const notModified = await call('/v1/courts/crt_ps_nablus_magistrate', { key: key(), headers: { 'If-None-Match': ifNoneMatch } });
      assert.equal(notModified.status, 304, ifNoneMatch);
      assert.equal(notModified.body, null);
      assert.equal(notModified.headers.get('ETag'), etag);
      assert.match(notModified.headers.get('Request-Id') ?? '', /^req_/);
    }
    const other = await call('/v1/courts/crt_ps_hebron_magistrate', { key: key(), headers: { 'If-None-Match': etag! } });
    assert.equal(other.status, 200);
    assert.notEqual(other.headers.get('ETag'), etag);
  });

  test('the tag follows the data: another page, another tag; POSTs carry none', async () => {
    const page1 = await call('/v1/courts?limit=5', { key: key() });
    const page2 = await call('/v1/courts?limit=6', { key: key() });
    assert.notEqual(page1.headers.get('ETag'), page2.headers.get('ETag'));
    const created = await call('/v1/widget-sessions', { key: key(), body: sessionBody });
    assert.equal(created.headers.get('ETag'), null);
  });
});

describe('fault injection', () => {
  test('failNext answers the status asked for, with Retry-After, then recovers', async () => {
    sandbox.faults.failNext({ status: 503, retryAfter: 2 });
    const failed = await call('/v1/jurisdictions', { key: key() });
    const error = assertProblem(failed, 503, 'service_unavailable');
    assert.equal(error.type, 'server');
    assert.equal(failed.headers.get('Retry-After'), '2');
    assert.equal((await call('/v1/jurisdictions', { key: key() })).status, 200);
  });

  test('failNext with 429 is a rate_limit error; count fails that many requests', async () => {
    sandbox.faults.failNext({ status: 429, retryAfter: 1, count: 2 });
    for (let i = 0; i < 2; i += 1) {
      const result = await call('/v1/jurisdictions', { key: key() });
      assert.equal(assertProblem(result, 429, 'rate_limited').type, 'rate_limit');
      assert.equal(result.headers.get('Retry-After'), '1');
    }
    assert.equal((await call('/v1/jurisdictions', { key: key() })).status, 200);
  });

  test('a path prefix limits the failure; a failed create creates nothing; control routes are never faulted', async () => {
    sandbox.faults.failNext({ status: 500, path: '/v1/widget-sessions' });
    assert.equal((await call('/v1/jurisdictions', { key: key() })).status, 200);
    assert.equal((await call('/__sandbox/state')).status, 200);
    assertProblem(await call('/v1/widget-sessions', { key: key(), body: sessionBody }), 500, 'internal_error');
    assert.equal(sandbox.store.widgetSessions.size, 0);
    assert.equal((await call('/v1/widget-sessions', { key: key(), body: sessionBody })).status, 201);
  });

  test('dropNextAfterCommit: the session is created once, the client sees a network error, a retry replays it', async () => {
    sandbox.faults.dropNextAfterCommit({ path: '/v1/widget-sessions' });
    const options = { key: key(), body: sessionBody, idempotencyKey: 'drop-1' };
    await assert.rejects(call('/v1/widget-sessions', options), TypeError);
    assert.equal(sandbox.store.widgetSessions.size, 1);
    const retry = await call('/v1/widget-sessions', options);
    assert.equal(retry.status, 201);
    assert.equal(retry.headers.get('Idempotent-Replayed'), 'true');
    assert.equal(parsed(WidgetSession, retry.body).id, [...sandbox.store.widgetSessions.keys()][0]);
    assert.equal(sandbox.store.widgetSessions.size, 1);
  });

  test('a request refused before its handler does not use up a drop', async () => {
    sandbox.faults.dropNextAfterCommit();
    assertProblem(await call('/v1/jurisdictions'), 401, 'missing_credentials');
    await assert.rejects(call('/v1/jurisdictions', { key: key() }), TypeError);
    assert.equal((await call('/v1/jurisdictions', { key: key() })).status, 200);
  });

  test('latency delays every answer', async () => {
    sandbox.faults.setLatency(60);
    const started = performance.now();
    assert.equal((await call('/v1/jurisdictions', { key: key() })).status, 200);
    assert.ok(performance.now() - started >= 55);
  });

  test('bad fault options throw', () => {
    assert.throws(() => sandbox.faults.failNext({ status: 404 as never }), RangeError);
    assert.throws(() => sandbox.faults.failNext({ status: 500, count: 0 }), RangeError);
    assert.throws(() => sandbox.faults.dropNextAfterCommit({ path: 'v1' }), RangeError);
    assert.throws(() => sandbox.faults.setLatency(-1), RangeError);
    assert.deepEqual(sandbox.faults.pending(), { failNext: [], dropNextAfterCommit: [], latencyMs: 0 });
  });
});

describe('clock and reset', () => {
  test('the clock moves only when told to', () => {
    const start = sandbox.clock.now().toISOString();
    assert.equal(start, '2026-11-23T07:00:00.000Z');
    sandbox.clock.advance(90_000);
    assert.equal(sandbox.clock.now().toISOString(), '2026-11-23T07:01:30.000Z');
    sandbox.clock.set('2027-01-01T00:00:00Z');
    assert.equal(sandbox.clock.now().toISOString(), '2027-01-01T00:00:00.000Z');
    assert.throws(() => sandbox.clock.set('yesterday'), TypeError);
    assert.throws(() => sandbox.clock.advance(-1), RangeError);
  });

  test('reset returns to the seed: sessions, minted tokens, clock, faults, request ids', async () => {
    const token = sandbox.mintToken({ kind: 'person', id: 'per_sa_001' });
    assert.equal((await call('/v1/widget-sessions', { key: key(), body: sessionBody })).status, 201);
    sandbox.clock.advance(3_600_000);
    sandbox.faults.failNext({ status: 502, count: 5 });
    sandbox.faults.setLatency(10);
    sandbox.reset();
    assert.equal(sandbox.store.widgetSessions.size, 0);
    assert.equal(sandbox.clock.now().toISOString(), '2026-11-23T07:00:00.000Z');
    assert.deepEqual(sandbox.faults.pending(), { failNext: [], dropNextAfterCommit: [], latencyMs: 0 });
    const result = await call('/v1/jurisdictions', { key: token });
    assertProblem(result, 401, 'invalid_token');
    assert.equal(result.headers.get('Request-Id'), 'req_000001');
  });
});
