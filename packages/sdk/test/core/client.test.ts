import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { http, HttpResponse } from 'msw';
import { endpoints } from '../../src/contract/index.ts';
import { policyEndpoints } from '../../src/contract/policy.ts';
import type { Endpoint } from '../../src/contract/common.ts';
import { AdalatClient, ConfigurationError, liveEvents, type AdalatClientOptions } from '../../src/index.ts';
import { BASE, court, makeClient, ok, script, SECRET_KEY, server, useServer } from './helpers.ts';

useServer();

describe('AdalatClient construction', () => {
  const invalid: Array<[string, Partial<AdalatClientOptions>, string]> = [
    ['a missing baseUrl', { baseUrl: undefined }, 'invalid_base_url'],
    ['a baseUrl that is not http(s)', { baseUrl: 'ftp://adalat.test' }, 'invalid_base_url'],
    ['a baseUrl with a query', { baseUrl: 'https://adalat.test/?key=1' }, 'invalid_base_url'],
    ['missing auth', { auth: undefined }, 'missing_auth'],
    ['auth without a known credential', { auth: {} as never }, 'missing_auth'],
    ['a token that is not a function', { auth: { token: 'tok' as never } }, 'invalid_auth'],
    ['a zero timeout', { timeout: 0 }, 'invalid_timeout'],
    ['a negative retry limit', { retry: { limit: -1 } }, 'invalid_retry'],
    ['a fetch that is not a function', { fetch: 'fetch' as never }, 'invalid_fetch'],
  ];
  for (const [what, options, code] of invalid) {
    it(`refuses ${what} with ConfigurationError ${code}`, () => {
      assert.throws(
        () => new AdalatClient({ baseUrl: BASE, auth: { secretKey: SECRET_KEY }, ...options } as AdalatClientOptions),
        (error: unknown) => error instanceof ConfigurationError && error.code === code && error.status === 0,
      );
    });
  }

  it('exposes one resource per domain, with one method per operation of its table', () => {
    const client = makeClient();
    assert.deepEqual(Object.keys(client.policy).sort(), Object.keys(policyEndpoints).sort());
    assert.deepEqual(Object.keys(client.widgetSessions).sort(), ['create', 'retrieveCurrent', 'revoke']);
    assert.ok(Object.isFrozen(client.policy));
  });

  it('has a resource for every domain of the contract, made once per client', () => {
    const client = makeClient() as unknown as Record<string, object>;
    for (const [domain, table] of Object.entries(endpoints)) {
      // The raw SSE endpoint is read by the shared live-events connection, not a per-call resource.
      if (domain === 'events') {
        assert.equal(client.events, liveEvents(client as unknown as AdalatClient));
        continue;
      }
      const resource = client[domain];
      assert.ok(resource, `client.${domain} is missing`);
      assert.deepEqual(Object.keys(resource).sort(), Object.keys(table).sort(), `client.${domain}`);
      assert.equal(client[domain], resource, `client.${domain} is made once`);
    }
  });
});

describe('AdalatClient requests', () => {
  it('keeps a path prefix of baseUrl and sends Accept: application/json', async () => {
    const seen: URL[] = [];
    server.use(
      http.get('https://gateway.adalat.test/judiciary/v1/courts/:id', ({ request }) => {
        seen.push(new URL(request.url));
        assert.equal(request.headers.get('accept'), 'application/json');
        return HttpResponse.json(court());
      }),
    );
    await makeClient({ baseUrl: 'https://gateway.adalat.test/judiciary/' }).policy.getCourt({ courtId: 'crt_ps_ramallah_magistrate' });
    assert.equal(seen[0]!.pathname, '/judiciary/v1/courts/crt_ps_ramallah_magistrate');
  });

  it('uses the fetch it is given', async () => {
    const urls: string[] = [];
    const fetch: typeof globalThis.fetch = async (input) => {
      urls.push(input instanceof Request ? input.url : String(input));
      return Response.json(court());
    };
    const result = await makeClient({ fetch }).policy.getCourt({ courtId: 'crt_ps_ramallah_magistrate' });
    assert.equal(result.id, 'crt_ps_ramallah_magistrate');
    assert.deepEqual(urls, [`${BASE}/v1/courts/crt_ps_ramallah_magistrate`]);
  });

  it('adds per-call headers but never lets them replace the credential', async () => {
    const seen = script('get', '/v1/courts/:courtId', [ok(court())]);
    await makeClient().policy.getCourt(
      { courtId: 'crt_ps_ramallah_magistrate' },
      { headers: { 'X-Trace': 'trace-1', authorization: 'Bearer sk_test_someone_else' } },
    );
    assert.equal(seen[0]!.headers.get('x-trace'), 'trace-1');
    assert.equal(seen[0]!.headers.get('authorization'), `Bearer ${SECRET_KEY}`);
  });

  it('calls an endpoint no resource wraps yet through client.request, encoding path parameters', async () => {
    const thing = {
      method: 'GET',
      path: '/v1/things/:thingId',
      summary: 'A thing not yet wrapped.',
      status: 200,
      response: null,
      errors: [],
      auth: ['secret'],
    } as const satisfies Endpoint;
    const seen: string[] = [];
    server.use(http.get('*/v1/things/*', ({ request }) => (seen.push(new URL(request.url).pathname), new HttpResponse(null, { status: 204 }))));
    const result = await makeClient().request(thing, { thingId: 'a/b?c' } as never);
    assert.equal(result, undefined);
    assert.deepEqual(seen, ['/v1/things/a%2Fb%3Fc']);
  });

  it('paginates through client.request for a paginated endpoint', async () => {
    script('get', '/v1/courts', [(request) => HttpResponse.json({ data: [court(new URL(request.url).searchParams.get('cursor') ?? 'crt_first')], nextCursor: new URL(request.url).searchParams.has('cursor') ? null : 'crt_second' })]);
    const ids: string[] = [];
    for await (const item of makeClient().request(policyEndpoints.listCourts, {})) ids.push(item.id);
    assert.deepEqual(ids, ['crt_first', 'crt_second']);
  });
});
