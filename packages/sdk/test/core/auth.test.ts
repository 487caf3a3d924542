import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import { AdalatClient, AuthenticationError, ConfigurationError, PermissionError } from '../../src/index.ts';
import { BASE, court, fail, makeClient, ok, rejection, script, SECRET_KEY, sessionInfo, sessionInput, useServer, widgetSession } from './helpers.ts';

useServer();

const COURT = '/v1/courts/crt_ps_ramallah_magistrate';
const getCourt = (client: AdalatClient) => client.policy.getCourt({ courtId: 'crt_ps_ramallah_magistrate' });

describe('secret key', () => {
  afterEach(() => {
    delete (globalThis as { window?: unknown }).window;
    delete (globalThis as { document?: unknown }).document;
  });

  it('is sent as a bearer Authorization header and never in the URL', async () => {
    const seen = script('get', COURT, [ok(court())]);
    await getCourt(makeClient());
    assert.equal(seen[0]!.headers.get('authorization'), `Bearer ${SECRET_KEY}`);
    assert.ok(!seen[0]!.url.href.includes(SECRET_KEY));
  });

  for (const global of ['window', 'document'] as const) {
    it(`is refused at construction when \`${global}\` exists, without echoing the key`, () => {
      (globalThis as Record<string, unknown>)[global] = {};
      assert.throws(
        () => new AdalatClient({ baseUrl: BASE, auth: { secretKey: SECRET_KEY } }),
        (error: unknown) =>
          error instanceof ConfigurationError && error.code === 'secret_key_in_browser' && !error.message.includes(SECRET_KEY),
      );
    });
  }

  it('is accepted in a browser with allowInBrowser: true', async () => {
    (globalThis as { window?: unknown }).window = {};
    const seen = script('get', COURT, [ok(court())]);
    await getCourt(new AdalatClient({ baseUrl: BASE, auth: { secretKey: SECRET_KEY, allowInBrowser: true } }));
    assert.equal(seen.length, 1);
  });

  it('must look like a secret key; a publishable key pasted there is refused', () => {
    assert.throws(
      () => new AdalatClient({ baseUrl: BASE, auth: { secretKey: 'pk_test_123' } }),
      (error: unknown) => error instanceof ConfigurationError && error.code === 'invalid_key' && !error.message.includes('pk_test_123'),
    );
    assert.throws(
      () => new AdalatClient({ baseUrl: BASE, auth: { publishableKey: SECRET_KEY } }),
      (error: unknown) => error instanceof ConfigurationError && !error.message.includes(SECRET_KEY),
    );
  });

  it('is not renewed on 401: the AuthenticationError is thrown after one request', async () => {
    const seen = script('get', COURT, [fail(401, 'invalid_api_key'), ok(court())]);
    const error = await rejection(getCourt(makeClient()));
    assert.ok(error instanceof AuthenticationError);
    assert.equal(error.code, 'invalid_api_key');
    assert.equal(seen.length, 1);
  });
});

describe('bearer token provider', () => {
  it('is asked once per call, and once more with forceRefresh after a 401, then the request is repeated once', async () => {
    const asked: boolean[] = [];
    const client = makeClient({
      auth: {
        token: async ({ forceRefresh }) => {
          asked.push(forceRefresh);
          return forceRefresh ? 'tok_fresh' : 'tok_stale';
        },
      },
    });
    const seen = script('get', COURT, [fail(401, 'token_expired'), ok(court())]);
    const result = await getCourt(client);
    assert.equal(result.id, 'crt_ps_ramallah_magistrate');
    assert.deepEqual(asked, [false, true]);
    assert.deepEqual(seen.map((entry) => entry.headers.get('authorization')), ['Bearer tok_stale', 'Bearer tok_fresh']);
  });

  it('gives up after one renewal when the server still answers 401', async () => {
    const asked: boolean[] = [];
    const client = makeClient({ auth: { token: ({ forceRefresh }) => (asked.push(forceRefresh), 'tok_revoked') } });
    const seen = script('get', COURT, [fail(401, 'token_revoked')]);
    const error = await rejection(getCourt(client));
    assert.ok(error instanceof AuthenticationError);
    assert.deepEqual(asked, [false, true]);
    assert.equal(seen.length, 2);
  });

  it('repeats a POST after renewal with the same Idempotency-Key', async () => {
    let n = 0;
    const client = makeClient({ auth: { token: () => `tok_${++n}` } });
    const seen = script('post', '/v1/widget-sessions', [fail(401, 'token_expired'), ok(widgetSession(), {}, 201)]);
    await client.widgetSessions.create(sessionInput);
    assert.equal(seen.length, 2);
    assert.equal(seen[0]!.headers.get('idempotency-key'), seen[1]!.headers.get('idempotency-key'));
    assert.deepEqual(seen.map((entry) => entry.headers.get('authorization')), ['Bearer tok_1', 'Bearer tok_2']);
  });

  it('does not renew on 403', async () => {
    const asked: boolean[] = [];
    const client = makeClient({ auth: { token: ({ forceRefresh }) => (asked.push(forceRefresh), 'tok_a') } });
    const seen = script('get', COURT, [fail(403, 'out_of_scope')]);
    assert.ok((await rejection(getCourt(client))) instanceof PermissionError);
    assert.deepEqual(asked, [false]);
    assert.equal(seen.length, 1);
  });

  it('keeps tokens out of error messages even when the server echoes them', async () => {
    const client = makeClient({ auth: { token: () => 'eyJhbGciOi.secret.token' } });
    script('get', COURT, [
      fail(403, 'out_of_scope', {}, 'Token eyJhbGciOi.secret.token may not read this; header was Bearer eyJhbGciOi.secret.token'),
    ]);
    const error = (await rejection(getCourt(client))) as Error;
    assert.ok(!error.message.includes('eyJhbGciOi.secret.token'), error.message);
    assert.match(error.message, /\[redacted\]/);
  });

  it('reports a provider that returns nothing usable as AuthenticationError and sends nothing', async () => {
    const seen = script('get', COURT, [ok(court())]);
    const error = await rejection(getCourt(makeClient({ auth: { token: () => '' } })));
    assert.ok(error instanceof AuthenticationError);
    assert.equal(error.code, 'invalid_credential');
    assert.equal(seen.length, 0);
  });
});

describe('publishable key and widget session', () => {
  it('sends the publishable key as bearer and the client secret in Adalat-Client-Secret', async () => {
    const seen = script('get', '/v1/widget-sessions/current', [ok(sessionInfo())]);
    const client = makeClient({ auth: { publishableKey: 'pk_test_abc', clientSecret: () => 'wss_secret_0123456789abcdef' } });
    await client.widgetSessions.retrieveCurrent();
    assert.equal(seen[0]!.headers.get('authorization'), 'Bearer pk_test_abc');
    assert.equal(seen[0]!.headers.get('adalat-client-secret'), 'wss_secret_0123456789abcdef');
    assert.ok(!seen[0]!.url.href.includes('wss_secret'));
  });

  it('asks for a new client secret once on widget_session_expired and repeats the request', async () => {
    const asked: boolean[] = [];
    const client = makeClient({
      auth: { publishableKey: 'pk_test_abc', clientSecret: ({ expired }) => (asked.push(expired), expired ? 'wss_new_0123456789abcdef' : 'wss_old_0123456789abcdef') },
    });
    const seen = script('get', '/v1/widget-sessions/current', [fail(401, 'widget_session_expired'), ok(sessionInfo())]);
    await client.widgetSessions.retrieveCurrent();
    assert.deepEqual(asked, [false, true]);
    assert.deepEqual(seen.map((entry) => entry.headers.get('adalat-client-secret')), ['wss_old_0123456789abcdef', 'wss_new_0123456789abcdef']);
  });

  it('does not ask again on another 401 code', async () => {
    const asked: boolean[] = [];
    const client = makeClient({ auth: { publishableKey: 'pk_test_abc', clientSecret: ({ expired }) => (asked.push(expired), 'wss_old_0123456789abcdef') } });
    const seen = script('get', '/v1/widget-sessions/current', [fail(401, 'widget_session_revoked')]);
    const error = await rejection(client.widgetSessions.retrieveCurrent());
    assert.ok(error instanceof AuthenticationError);
    assert.equal(error.code, 'widget_session_revoked');
    assert.deepEqual(asked, [false]);
    assert.equal(seen.length, 1);
  });

  it('sends only the publishable key when there is no client secret provider', async () => {
    const seen = script('get', COURT, [ok(court())]);
    await getCourt(makeClient({ auth: { publishableKey: 'pk_test_abc' } }));
    assert.equal(seen[0]!.headers.get('authorization'), 'Bearer pk_test_abc');
    assert.equal(seen[0]!.headers.has('adalat-client-secret'), false);
  });
});
