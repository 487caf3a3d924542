import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { WidgetSession, WidgetSessionInfo } from '@adalat/sdk/contract';
import { assertProblem, call, parsed, partnerOf, useSandbox } from './helpers.ts';

const sandbox = useSandbox();
const bank = () => partnerOf(sandbox, 'PS', 'bank');
const ministry = () => partnerOf(sandbox, 'PS', 'ministry');

const validBody = {
  subjects: { lawyers: ['law_ps_001', 'law_ps_002', 'law_ps_001'], person: 'per_ps_001', cases: ['cas_ps_001'] },
  operations: ['policy.getCourt', 'widgetSessions.retrieveCurrent', 'policy.getCourt'],
  ttlSeconds: 600,
  reference: 'portal-42',
};

async function create(body: unknown = validBody, key = bank().secretKey) {
  return call('/v1/widget-sessions', { key, body });
}

function stateOf() {
  return { sessions: [...sandbox.store.widgetSessions.entries()], counter: sandbox.store.counters.widgetSession };
}

describe('create', () => {
  test('answers 201 with a scoped session, its client secret and its expiry on the sandbox clock', async () => {
    const result = await create();
    assert.equal(result.status, 201);
    const session = parsed(WidgetSession, result.body);
    assert.match(session.id, /^ws_\d+$/);
    assert.match(session.clientSecret, new RegExp(`^${session.id}_secret_[A-Za-z0-9]{32}$`));
    assert.equal(session.createdAt, '2026-11-23T07:00:00Z');
    assert.equal(session.expiresAt, '2026-11-23T07:10:00Z');
    assert.deepEqual(session.subjects, { cases: ['cas_ps_001'], person: 'per_ps_001', lawyers: ['law_ps_001', 'law_ps_002'] });
    assert.deepEqual(session.operations, ['policy.getCourt', 'widgetSessions.retrieveCurrent']);
    assert.equal(session.reference, 'portal-42');
    assert.equal(session.revoked, false);
    assert.equal(sandbox.store.widgetSessions.get(session.id)?.partnerId, bank().id);
  });

  test('lasts 900 seconds by default and gets a fresh secret each time', async () => {
    const body = { subjects: {}, operations: ['policy.getCourt'] };
    const a = parsed(WidgetSession, (await create(body)).body);
    const b = parsed(WidgetSession, (await create(body)).body);
    assert.equal(Date.parse(a.expiresAt) - Date.parse(a.createdAt), 900_000);
    assert.notEqual(a.id, b.id);
    assert.notEqual(a.clientSecret, b.clientSecret);
  });

  test('invalid fields are a 400 listing each one by path, and nothing changes', async () => {
    const before = stateOf();
    const cases: Array<[unknown, string[]]> = [
      [{ ...validBody, operations: ['policy.getCourt', 'cases.fly', 'policy.nope'] }, ['body.operations.1', 'body.operations.2']],
      [{ ...validBody, subjects: { lawyers: ['law_ps_001', 'law_zz_999'] } }, ['body.subjects.lawyers.1']],
      [{ ...validBody, subjects: { person: 'per_nobody' } }, ['body.subjects.person']],
      [{ ...validBody, ttlSeconds: 30 }, ['body.ttlSeconds']],
      [{ ...validBody, operations: [] }, ['body.operations']],
      [{ ...validBody, operations: ['not an operation'] }, ['body.operations.0']],
      [{ ...validBody, subjects: { lawyers: ['bad id!'] } }, ['body.subjects.lawyers.0']],
      [{ ...validBody, subjects: { lawyer: 'law_ps_001' } }, ['body.subjects.lawyer']],
      [{ ...validBody, extra: true }, ['body.extra']],
      [{ operations: ['policy.getCourt'] }, ['body.subjects']],
      [[1, 2], ['body']],
    ];
    for (const [body, paths] of cases) {
      const error = assertProblem(await create(body), 400, 'validation_failed');
      assert.equal(error.type, 'invalid_request');
      assert.deepEqual(error.issues?.map((i) => i.path), paths, JSON.stringify(body));
      assert.equal(error.param, paths[0]);
      assert.ok(error.issues?.every((i) => i.message.length > 0 && i.code.length > 0));
    }
    assert.deepEqual(stateOf(), before);
  });

  test('malformed or missing JSON is a 400 and nothing changes', async () => {
    const before = stateOf();
    assertProblem(await call('/v1/widget-sessions', { key: bank().secretKey, rawBody: '{"subjects":' }), 400, 'invalid_json');
    assertProblem(await call('/v1/widget-sessions', { key: bank().secretKey, method: 'POST' }), 400, 'validation_failed');
    assert.deepEqual(stateOf(), before);
  });

  test('execution files must exist (filings are checked in filings.test.ts)', async () => {
    assertProblem(await create({ subjects: { executionFiles: ['exf_3'] }, operations: ['execution.get'] }), 400, 'validation_failed');
    const result = await create({
      subjects: { cases: ['cas_ps_002'], executionFiles: ['exf_ps_001'] },
      operations: ['policy.getCourt'],
    });
    assert.equal(result.status, 201);
  });

  test('an unknown case is a 404 case_not_found naming it, and nothing changes', async () => {
    const before = stateOf();
    const error = assertProblem(
      await create({ subjects: { cases: ['cas_ps_001', 'cas_ps_999'] }, operations: ['cases.get'] }),
      404,
      'case_not_found',
    );
    assert.equal(error.type, 'not_found');
    assert.equal(error.param, 'body.subjects.cases.1');
    assert.deepEqual(stateOf(), before);
  });

  test("a case of another jurisdiction is a 403 case_outside_jurisdiction naming it, and nothing changes", async () => {
    const before = stateOf();
    const error = assertProblem(
      await create({ subjects: { cases: ['cas_sa_001'] }, operations: ['cases.get'] }, ministry().secretKey),
      403,
      'case_outside_jurisdiction',
    );
    assert.equal(error.type, 'permission');
    assert.equal(error.param, 'body.subjects.cases.0');
    assert.deepEqual(stateOf(), before);
    // The same case is fine for a partner of its own jurisdiction.
    assert.equal((await create({ subjects: { cases: ['cas_sa_001'] }, operations: ['cases.get'] }, partnerOf(sandbox, 'SA', 'bank').secretKey)).status, 201);
  });
});

describe('retrieveCurrent and revoke', () => {
  test('the widget reads its own session without the secret', async () => {
    const session = parsed(WidgetSession, (await create()).body);
    const result = await call('/v1/widget-sessions/current', { key: bank().publishableKey, clientSecret: session.clientSecret });
    const info = parsed(WidgetSessionInfo, result.body);
    assert.equal(info.id, session.id);
    assert.ok(!('clientSecret' in (result.body as object)));
  });

  test('a session that does not list retrieveCurrent may still read itself (the endpoint is sessionSelf)', async () => {
    const session = parsed(WidgetSession, (await create({ subjects: {}, operations: ['policy.getCourt'] })).body);
    const result = await call('/v1/widget-sessions/current', { key: bank().publishableKey, clientSecret: session.clientSecret });
    assert.equal(parsed(WidgetSessionInfo, result.body).id, session.id);
  });

  test('revoking ends the session at once; revoking again is harmless', async () => {
    const session = parsed(WidgetSession, (await create()).body);
    const widget = { key: bank().publishableKey, clientSecret: session.clientSecret };
    const revoked = parsed(WidgetSessionInfo, (await call(`/v1/widget-sessions/${session.id}/revoke`, { key: bank().secretKey, method: 'POST' })).body);
    assert.equal(revoked.revoked, true);
    assertProblem(await call('/v1/widget-sessions/current', widget), 401, 'invalid_client_secret');
    const again = await call(`/v1/widget-sessions/${session.id}/revoke`, { key: bank().secretKey, method: 'POST' });
    assert.equal(again.status, 200);
  });

  test("another partner's session is a 404 and stays alive; so is an unknown id", async () => {
    const session = parsed(WidgetSession, (await create()).body);
    const error = assertProblem(
      await call(`/v1/widget-sessions/${session.id}/revoke`, { key: ministry().secretKey, method: 'POST' }),
      404,
      'widget_session_not_found',
    );
    assert.equal(error.param, 'params.sessionId');
    assert.equal(sandbox.store.widgetSessions.get(session.id)?.revoked, false);
    assertProblem(await call('/v1/widget-sessions/ws_999999/revoke', { key: bank().secretKey, method: 'POST' }), 404, 'widget_session_not_found');
  });
});
