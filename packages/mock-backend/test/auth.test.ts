import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { WidgetSession, WidgetSessionInfo } from '@adalat/sdk/contract';
import { assertProblem, call, parsed, partnerOf, useSandbox } from './helpers.ts';

const sandbox = useSandbox();
const bank = () => partnerOf(sandbox, 'PS', 'bank');
const bar = () => partnerOf(sandbox, 'PS', 'bar_association');

async function createSession(ttlSeconds = 900): Promise<WidgetSession> {
  const result = await call('/v1/widget-sessions', {
    key: bank().secretKey,
    body: { subjects: { lawyers: ['law_ps_001'] }, operations: ['policy.getCourt'], ttlSeconds },
  });
  assert.equal(result.status, 201, JSON.stringify(result.body));
  return parsed(WidgetSession, result.body);
}

describe('401: who is calling cannot be established', () => {
  test('no Authorization header', async () => {
    const error = assertProblem(await call('/v1/jurisdictions'), 401, 'missing_credentials');
    assert.equal(error.type, 'authentication');
  });

  test('an Authorization header that is not Bearer', async () => {
    assertProblem(await call('/v1/jurisdictions', { headers: { Authorization: `Basic ${bank().secretKey}` } }), 401, 'invalid_authorization_header');
  });

  test('an API key the sandbox does not know, without repeating it', async () => {
    for (const key of ['sk_test_000000000000000000000000', 'pk_test_nope', 'sk_live_abc']) {
      const error = assertProblem(await call('/v1/jurisdictions', { key }), 401, 'invalid_api_key');
      assert.ok(!error.message.includes(key));
    }
  });

  test('a bearer token the sandbox never issued', async () => {
    assertProblem(await call('/v1/jurisdictions', { key: 'ut_forged' }), 401, 'invalid_token');
  });

  test('a user token works until the clock passes its expiry', async () => {
    const token = sandbox.mintToken({ kind: 'lawyer', id: 'law_ps_001', ttlSeconds: 60 });
    assert.equal((await call('/v1/jurisdictions', { key: token })).status, 200);
    sandbox.clock.advance(59_000);
    assert.equal((await call('/v1/jurisdictions', { key: token })).status, 200);
    sandbox.clock.advance(1_000);
    assertProblem(await call('/v1/jurisdictions', { key: token }), 401, 'token_expired');
  });

  test('mintToken refuses unknown users and bad lifetimes', () => {
    assert.throws(() => sandbox.mintToken({ kind: 'person', id: 'per_nobody' }), /no person/);
    assert.throws(() => sandbox.mintToken({ kind: 'staff', id: 'stf_ps_001', ttlSeconds: 0 }), RangeError);
  });

  test('a widget session stops working when the clock passes its expiry', async () => {
    const session = await createSession(60);
    const widget = { key: bank().publishableKey, clientSecret: session.clientSecret };
    const info = parsed(WidgetSessionInfo, (await call('/v1/widget-sessions/current', widget)).body);
    assert.equal(info.id, session.id);
    sandbox.clock.advance(60_000);
    assertProblem(await call('/v1/widget-sessions/current', widget), 401, 'widget_session_expired');
    assertProblem(await call('/v1/courts/crt_ps_ramallah_magistrate', widget), 401, 'widget_session_expired');
  });

  test('a client secret that is unknown, forged, or used with another partner key', async () => {
    const session = await createSession();
    const forged = `${session.id}_secret_${'x'.repeat(32)}`;
    for (const [key, clientSecret] of [
      [bank().publishableKey, 'garbage'],
      [bank().publishableKey, forged],
      [bar().publishableKey, session.clientSecret],
    ] as const) {
      assertProblem(await call('/v1/widget-sessions/current', { key, clientSecret }), 401, 'invalid_client_secret');
    }
  });
});

describe('403: the credential is known but may not do this', () => {
  test('a publishable key cannot create a widget session, and nothing is created', async () => {
    const result = await call('/v1/widget-sessions', {
      key: bank().publishableKey,
      body: { subjects: {}, operations: ['policy.getCourt'] },
    });
    const error = assertProblem(result, 403, 'credential_not_allowed');
    assert.equal(error.type, 'permission');
    assert.equal(sandbox.store.widgetSessions.size, 0);
  });

  test('user tokens and widget sessions cannot create sessions; a secret key cannot act as a widget', async () => {
    const session = await createSession();
    const token = sandbox.keys.tokens.find((t) => t.subject === 'person')!.token;
    const body = { subjects: {}, operations: ['policy.getCourt'] };
    assertProblem(await call('/v1/widget-sessions', { key: token, body }), 403, 'credential_not_allowed');
    assertProblem(
      await call('/v1/widget-sessions', { key: bank().publishableKey, clientSecret: session.clientSecret, body }),
      403,
      'credential_not_allowed',
    );
    assertProblem(await call('/v1/widget-sessions/current', { key: bank().secretKey }), 403, 'credential_not_allowed');
    assert.equal(sandbox.store.widgetSessions.size, 1);
  });

  test('public reference data is open to every credential, widget sessions whatever their operations', async () => {
    const session = await createSession();
    const token = sandbox.keys.tokens[0]!.token;
    for (const options of [
      { key: bank().secretKey },
      { key: bank().publishableKey },
      { key: token },
      // The session lists only policy.getCourt, and still reads the classifier.
      { key: bank().publishableKey, clientSecret: session.clientSecret },
    ]) {
      assert.equal((await call('/v1/jurisdictions/PS/classifier', options)).status, 200);
    }
  });
});
