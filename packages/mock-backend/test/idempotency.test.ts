import { test } from 'node:test';
import assert from 'node:assert/strict';
import { WidgetSession } from '@adalat/sdk/contract';
import { assertProblem, call, parsed, partnerOf, useSandbox } from './helpers.ts';

const sandbox = useSandbox();
const bank = () => partnerOf(sandbox, 'PS', 'bank');
const body = { subjects: { lawyers: ['law_ps_001'] }, operations: ['policy.getCourt'], ttlSeconds: 300 };

const create = (idempotencyKey: string | undefined, payload: unknown = body, key = bank().secretKey) =>
  call('/v1/widget-sessions', { key, body: payload, ...(idempotencyKey === undefined ? {} : { idempotencyKey }) });

test('the same key with the same body replays the first answer and creates nothing new', async () => {
  const first = await create('key-1');
  assert.equal(first.status, 201);
  assert.equal(first.headers.get('Idempotent-Replayed'), null);
  // Same body with its keys in another order is the same request.
  const replay = await create('key-1', { ttlSeconds: 300, operations: ['policy.getCourt'], subjects: { lawyers: ['law_ps_001'] } });
  assert.equal(replay.status, 201);
  assert.equal(replay.headers.get('Idempotent-Replayed'), 'true');
  assert.deepEqual(parsed(WidgetSession, replay.body), parsed(WidgetSession, first.body));
  assert.notEqual(replay.headers.get('Request-Id'), first.headers.get('Request-Id'));
  assert.equal(sandbox.store.widgetSessions.size, 1);
});

test('the same key with another body is a 409 and creates nothing', async () => {
  assert.equal((await create('key-2')).status, 201);
  const error = assertProblem(await create('key-2', { ...body, ttlSeconds: 600 }), 409, 'idempotency_key_reused');
  assert.equal(error.type, 'conflict');
  assert.equal(sandbox.store.widgetSessions.size, 1);
});

test('keys belong to the caller: another partner may use the same key', async () => {
  assert.equal((await create('shared')).status, 201);
  const other = await create('shared', body, partnerOf(sandbox, 'SA', 'bank').secretKey);
  assert.equal(other.status, 201);
  assert.equal(other.headers.get('Idempotent-Replayed'), null);
  assert.equal(sandbox.store.widgetSessions.size, 2);
});

test('without a key each call creates; a failed call leaves its key unused', async () => {
  await create(undefined);
  await create(undefined);
  assert.equal(sandbox.store.widgetSessions.size, 2);
  assertProblem(await create('key-3', { ...body, operations: ['policy.nope'] }), 400, 'validation_failed');
  const fixed = await create('key-3');
  assert.equal(fixed.status, 201);
  assert.equal(fixed.headers.get('Idempotent-Replayed'), null);
});

test('a malformed key is a 400; records lapse after 24 hours of sandbox time', async () => {
  assertProblem(await create('x'.repeat(256)), 400, 'invalid_idempotency_key');
  assertProblem(await create('with space'), 400, 'invalid_idempotency_key');
  assert.equal(sandbox.store.widgetSessions.size, 0);
  const first = parsed(WidgetSession, (await create('daily')).body);
  sandbox.clock.advance(24 * 3600 * 1000);
  const second = await create('daily');
  assert.equal(second.headers.get('Idempotent-Replayed'), null);
  assert.notEqual(parsed(WidgetSession, second.body).id, first.id);
});
