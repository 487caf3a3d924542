/**
 * The router's generic machinery, on a table of its own: subject scopes and
 * required idempotency keys, which no endpoint of the current contract uses yet,
 * and what happens when an implementation breaks.
 */
import { after, before, beforeEach, test } from 'node:test';
import assert from 'node:assert/strict';
import { setupServer } from 'msw/node';
import * as z from 'zod/mini';
import { defineEndpoints, Id, WidgetSession } from '@adalat/sdk/contract';
import { createSandbox } from '../src/index.ts';
import { FaultInjector } from '../src/faults.ts';
import { domainRoutes } from '../src/router/context.ts';
import { buildApiHandlers } from '../src/router/router.ts';
import { assertProblem, call, parsed } from './helpers.ts';

const table = defineEndpoints({
  lawyerSummary: {
    method: 'GET',
    path: '/v1/testing/lawyers/:lawyerId/summary',
    summary: 'A lawyer-scoped read.',
    params: z.object({ lawyerId: Id }),
    status: 200,
    response: z.object({ lawyerId: Id }),
    errors: [403],
    auth: ['secret', 'widget'],
    subject: { kind: 'lawyer', param: 'lawyerId' },
  },
  pay: {
    method: 'POST',
    path: '/v1/testing/payments',
    summary: 'Moves money: needs a key.',
    body: z.object({ amount: z.int() }),
    status: 201,
    response: z.object({ paid: z.int() }),
    errors: [400],
    auth: ['secret'],
    idempotency: 'required',
  },
  broken: {
    method: 'GET',
    path: '/v1/testing/broken',
    summary: 'Its implementation has a bug.',
    status: 200,
    response: z.object({}),
    errors: [],
    auth: ['secret'],
  },
});

const sandbox = createSandbox();
let payments = 0;
const testing = domainRoutes('testing', table, {
  lawyerSummary: ({ params }) => ({ lawyerId: params.lawyerId }),
  pay: ({ body }) => {
    payments += 1;
    return { paid: body.amount };
  },
  broken: () => {
    throw new Error('a bug in the sandbox');
  },
});
const runtime = { store: sandbox.store, clock: sandbox.clock, faults: new FaultInjector() };
const server = setupServer(...buildApiHandlers(runtime, [testing]), ...sandbox.handlers);
before(() => server.listen({ onUnhandledFrame: 'error' }));
beforeEach(() => {
  sandbox.reset();
  payments = 0;
});
after(() => server.close());

const bank = () => sandbox.keys.partners.find((p) => p.id === 'ptn_ps_bank')!;

async function widgetFor(lawyers: string[], extraOperations: string[]) {
  const result = await call('/v1/widget-sessions', {
    key: bank().secretKey,
    body: { subjects: { lawyers }, operations: ['policy.getCourt'] },
  });
  const session = parsed(WidgetSession, result.body);
  // The contract does not know the `testing` domain, so its operations are granted in the store.
  sandbox.store.widgetSessions.get(session.id)!.operations.push(...extraOperations);
  return { key: bank().publishableKey, clientSecret: session.clientSecret };
}

test('a widget may call an operation only when the session lists it', async () => {
  const widget = await widgetFor(['law_ps_001'], []);
  assertProblem(await call('/v1/testing/lawyers/law_ps_001/summary', widget), 403, 'operation_not_in_scope');
});

test('a widget may read only the subjects its session names', async () => {
  const widget = await widgetFor(['law_ps_001', 'law_ps_002'], ['testing.lawyerSummary']);
  assert.deepEqual((await call('/v1/testing/lawyers/law_ps_002/summary', widget)).body, { lawyerId: 'law_ps_002' });
  const error = assertProblem(await call('/v1/testing/lawyers/law_ps_003/summary', widget), 403, 'subject_not_in_scope');
  assert.equal(error.type, 'permission');
  // A secret key is not held to a widget scope.
  assert.equal((await call('/v1/testing/lawyers/law_ps_003/summary', { key: bank().secretKey })).status, 200);
});

test('a required idempotency key: missing is a 400 and the operation does not run', async () => {
  assertProblem(await call('/v1/testing/payments', { key: bank().secretKey, body: { amount: 5 } }), 400, 'idempotency_key_required');
  assert.equal(payments, 0);
  const options = { key: bank().secretKey, body: { amount: 5 }, idempotencyKey: 'pay-1' };
  assert.equal((await call('/v1/testing/payments', options)).status, 201);
  assert.equal((await call('/v1/testing/payments', options)).headers.get('Idempotent-Replayed'), 'true');
  assert.equal(payments, 1);
});

test('a bug in an implementation is a 500 envelope without details', async (t) => {
  const logged = t.mock.method(console, 'error', () => {});
  const error = assertProblem(await call('/v1/testing/broken', { key: bank().secretKey }), 500, 'internal_error');
  assert.equal(error.type, 'server');
  assert.ok(!error.message.includes('a bug'));
  assert.equal(logged.mock.callCount(), 1);
});

test('an implementation missing for an operation is caught when the handlers are built', () => {
  assert.throws(
    () => buildApiHandlers(runtime, [{ domain: 'testing', table, handlers: {} }]),
    /no implementation for testing\.lawyerSummary/,
  );
});
