/**
 * The client against the real sandbox: first its msw handlers in this process,
 * then its HTTP server on an ephemeral port. A recording `fetch` shows what went
 * over the wire (statuses, headers) without reaching into either side.
 */
import assert from 'node:assert/strict';
import { after, afterEach, before, describe, it } from 'node:test';
import type { Sandbox } from '@adalat/mock-backend';
import {
  AdalatClient,
  AuthenticationError,
  InvalidRequestError,
  NotFoundError,
  PermissionError,
  type AdalatAuth,
} from '../src/index.ts';
import { httpTarget, mswTarget, type SandboxTarget } from './sandbox-setup.ts';

interface Exchange {
  method: string;
  path: string;
  /** 0 when no response came. */
  status: number;
  request: Headers;
}

/** A client for `baseUrl` whose every exchange is written to `log`. */
function clientFor(baseUrl: string, auth: AdalatAuth, log: Exchange[] = []): AdalatClient {
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const request = new Request(input, init);
    const entry = { method: request.method, path: new URL(request.url).pathname, status: 0, request: request.headers };
    log.push(entry);
    const response = await globalThis.fetch(request.clone()); // a network failure stays logged with status 0
    entry.status = response.status;
    return response;
  };
  return new AdalatClient({ baseUrl, auth, fetch, retry: { limit: 2, baseDelayMs: 5, maxDelayMs: 3000 } });
}

const partnerOf = (sandbox: Sandbox, jurisdiction: string) => sandbox.keys.partners.find((p) => p.jurisdiction === jurisdiction && p.kind === 'bank')!;

/** The same suite runs over msw and over HTTP: `setup` says where the sandbox answers. */
function sandboxSuite(setup: SandboxTarget) {
  let baseUrl = '';
  let sandbox: Sandbox;
  const secret = (log?: Exchange[]) => clientFor(baseUrl, { secretKey: partnerOf(sandbox, 'PS').secretKey }, log);

  before(async () => ({ baseUrl, sandbox } = await setup.start()));
  afterEach(() => sandbox.reset());
  after(() => setup.stop());

  it('lists the four jurisdictions, valid against the contract', async () => {
    const page = await secret().policy.listJurisdictions();
    assert.deepEqual(page.data.map((j) => j.code).sort(), ['IR', 'KZ', 'PS', 'SA']);
    assert.equal(page.nextCursor, null);
  });

  it('iterates every court of a jurisdiction across pages, with a publishable key', async () => {
    const log: Exchange[] = [];
    const client = clientFor(baseUrl, { publishableKey: partnerOf(sandbox, 'PS').publishableKey }, log);
    const ids: string[] = [];
    for await (const court of client.policy.listCourts({ jurisdiction: 'PS', limit: 5 })) {
      assert.equal(court.jurisdiction, 'PS');
      ids.push(court.id);
    }
    const expected = [...sandbox.store.courts.values()].filter((court) => court.jurisdiction === 'PS').map((court) => court.id);
    assert.deepEqual(ids.sort(), expected.sort());
    assert.equal(new Set(ids).size, ids.length, 'a court came twice');
    assert.equal(log.length, Math.ceil(expected.length / 5));
  });

  it('gets a court, then revalidates it with If-None-Match and a 304', async () => {
    const log: Exchange[] = [];
    const client = secret(log);
    const first = await client.policy.getCourt({ courtId: 'crt_ps_ramallah_magistrate' });
    const second = await client.policy.getCourt({ courtId: 'crt_ps_ramallah_magistrate' });
    assert.equal(first.id, 'crt_ps_ramallah_magistrate');
    assert.deepEqual(second, first);
    assert.deepEqual(log.map((entry) => entry.status), [200, 304]);
    assert.ok(log[1]!.request.get('if-none-match'));
  });

  it('gets a classifier tree', async () => {
    const classifier = await secret().policy.getClassifier({ jurisdiction: 'SA' });
    assert.equal(classifier.jurisdiction, 'SA');
    assert.ok(classifier.categories.length > 0);
  });

  it('answers an unknown court with NotFoundError carrying the Request-Id', async () => {
    const error = await secret().policy.getCourt({ courtId: 'crt_nowhere' }).catch((e: unknown) => e);
    assert.ok(error instanceof NotFoundError);
    assert.ok(error.requestId);
  });

  it('stops bad input before the sandbox sees it', async () => {
    const log: Exchange[] = [];
    const error = await secret(log).widgetSessions.create({ subjects: {}, operations: [] }).catch((e: unknown) => e);
    assert.ok(error instanceof InvalidRequestError);
    assert.deepEqual(error.issues.map((issue) => issue.path), ['body.operations']);
    assert.equal(log.length, 0);
  });

  it('creates a widget session, uses it from a widget, revokes it, and the widget is then refused', async () => {
    const partner = secret();
    const session = await partner.widgetSessions.create({ subjects: { cases: ['cas_ps_001'] }, operations: ['policy.getCourt'], ttlSeconds: 600 });
    const widget = clientFor(baseUrl, { publishableKey: partnerOf(sandbox, 'PS').publishableKey, clientSecret: () => session.clientSecret });
    const current = await widget.widgetSessions.retrieveCurrent();
    assert.equal(current.id, session.id);
    assert.equal('clientSecret' in current, false);
    const revoked = await partner.widgetSessions.revoke({ sessionId: session.id });
    assert.equal(revoked.revoked, true);
    const error = await widget.widgetSessions.retrieveCurrent().catch((e: unknown) => e);
    assert.ok(error instanceof AuthenticationError);
    assert.ok(!error.message.includes(session.clientSecret));
  });

  it('renews an expired widget session through the clientSecret provider, once', async () => {
    const partner = secret();
    const asked: boolean[] = [];
    // As a page would do it: keep the secret, ask the partner server for a new session only when told it expired.
    let secretHeld: string | undefined;
    const widget = clientFor(baseUrl, {
      publishableKey: partnerOf(sandbox, 'PS').publishableKey,
      clientSecret: async ({ expired }) => {
        asked.push(expired);
        if (secretHeld === undefined || expired) {
          const session = await partner.widgetSessions.create({ subjects: {}, operations: ['policy.getCourt'], ttlSeconds: 60 });
          secretHeld = session.clientSecret;
        }
        return secretHeld;
      },
    });
    const first = await widget.widgetSessions.retrieveCurrent();
    sandbox.clock.advance(61_000);
    const renewed = await widget.widgetSessions.retrieveCurrent();
    assert.deepEqual(asked, [false, false, true]);
    assert.notEqual(renewed.id, first.id);
    assert.ok(Date.parse(renewed.expiresAt) > sandbox.clock.now().getTime());
  });

  it('refuses a secret-key operation to a publishable key with PermissionError', async () => {
    const client = clientFor(baseUrl, { publishableKey: partnerOf(sandbox, 'PS').publishableKey });
    const error = await client.widgetSessions.create({ subjects: {}, operations: ['policy.getCourt'] }).catch((e: unknown) => e);
    assert.ok(error instanceof PermissionError);
  });

  it('reads with a person’s bearer token, refreshed once after the sandbox clock expires it', async () => {
    const asked: boolean[] = [];
    let token = sandbox.mintToken({ kind: 'person', id: sandbox.keys.tokens.find((t) => t.subject === 'person')!.id, ttlSeconds: 60 });
    const client = clientFor(baseUrl, {
      token: ({ forceRefresh }) => {
        asked.push(forceRefresh);
        if (forceRefresh) token = sandbox.mintToken({ kind: 'person', id: sandbox.keys.tokens.find((t) => t.subject === 'person')!.id });
        return token;
      },
    });
    await client.policy.getCourt({ courtId: 'crt_ps_ramallah_magistrate' });
    sandbox.clock.advance(120_000);
    const court = await client.policy.getCourt({ courtId: 'crt_ps_ramallah_magistrate' });
    assert.equal(court.id, 'crt_ps_ramallah_magistrate');
    assert.deepEqual(asked, [false, false, true]);
  });

  it('rides out injected 503s', async () => {
    const log: Exchange[] = [];
    sandbox.faults.failNext({ status: 503, count: 2, path: '/v1/courts' });
    const court = await secret(log).policy.getCourt({ courtId: 'crt_ps_ramallah_magistrate' });
    assert.equal(court.id, 'crt_ps_ramallah_magistrate');
    assert.deepEqual(log.map((entry) => entry.status), [503, 503, 200]);
  });

  it('creates exactly one session when the answer is lost after commit: the retry replays it by Idempotency-Key', async () => {
    const log: Exchange[] = [];
    const before = sandbox.store.widgetSessions.size;
    sandbox.faults.dropNextAfterCommit({ path: '/v1/widget-sessions' });
    const session = await secret(log).widgetSessions.create({ subjects: {}, operations: ['policy.getCourt'] });
    assert.equal(sandbox.store.widgetSessions.size, before + 1);
    assert.ok(sandbox.store.widgetSessions.has(session.id));
    assert.deepEqual(log.map((entry) => entry.status), [0, 201]);
    const keys = log.map((entry) => entry.request.get('idempotency-key'));
    assert.ok(keys[0]);
    assert.equal(keys[1], keys[0]);
  });
}

describe('against the sandbox msw handlers', () => {
  sandboxSuite(mswTarget());
});

describe('against the sandbox HTTP server', () => {
  sandboxSuite(httpTarget());
});
