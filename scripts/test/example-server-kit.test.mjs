/**
 * examples/shared/server-kit.mjs over real HTTP: routing under a prefix (404/405/500),
 * body limits, the session answer and its failure log, and that start.mjs never serves it.
 */
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { after, before, test } from 'node:test';
import { failureLogger, readBody, readJsonBody, routes, sendJson, sessionAnswerer } from '../../examples/shared/server-kit.mjs';
import { resolveStaticPath } from '../start.mjs';

const PREFIX = '/demo/api/';
let server;
let base;
const logged = [];

before(async () => {
  const log = (what, error) => logged.push(`${what}: ${error.code}`);
  const sessions = {
    create: async (scope) => {
      if (scope.reference === 'fail') throw Object.assign(new Error('nope'), { code: 'upstream_down', requestId: 'req_1' });
      return { clientSecret: 'wss_secret', expiresAt: '2026-11-23T07:15:00Z', scope };
    },
  };
  const answerSession = sessionAnswerer({ adalat: { widgetSessions: sessions }, apiBaseUrl: 'http://sandbox', publishableKey: 'pk_test_x', logFailure: log });
  const handle = routes({
    prefix: PREFIX,
    handlers: {
      'POST session': (request, response, url) =>
        answerSession(response, async () => ({ subjects: {}, operations: ['cases.get'], ttlSeconds: 60, reference: url.searchParams.get('ref') ?? 'ok', page: { caseId: 'cas_1' } })),
      'POST echo': async (request, response) => sendJson(response, 200, { body: (await readJsonBody(request, { limit: 32 })) ?? null }),
      'POST raw': async (request, response) => sendJson(response, 200, { text: await readBody(request, { limit: 8 }) }),
      'GET boom': () => {
        throw new Error('unexpected');
      },
    },
  });
  server = createServer((request, response) => {
    if (!handle(request, response)) sendJson(response, 418, { passed: true });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${server.address().port}`;
});

after(() => new Promise((resolve) => server.close(resolve)));

test('answers only under its prefix: other paths go back to the caller', async () => {
  assert.equal((await fetch(`${base}/demo/other`)).status, 418);
  const missing = await fetch(`${base}${PREFIX}nope`, { method: 'POST' });
  assert.equal(missing.status, 404);
  assert.equal((await missing.json()).error.code, 'not_found');
});

test('another method on a known path is 405 with Allow', async () => {
  const response = await fetch(`${base}${PREFIX}session`);
  assert.equal(response.status, 405);
  assert.equal(response.headers.get('allow'), 'POST');
  assert.equal((await response.json()).error.code, 'method_not_allowed');
});

test('a handler that throws is answered 500', async () => {
  const response = await fetch(`${base}${PREFIX}boom`);
  assert.equal(response.status, 500);
  assert.equal((await response.json()).error.code, 'internal_error');
});

test('the session answer: 201 with the client secret, never cached; 502 and a log without request data on failure', async () => {
  const ok = await fetch(`${base}${PREFIX}session`, { method: 'POST' });
  assert.equal(ok.status, 201);
  assert.equal(ok.headers.get('cache-control'), 'no-store');
  assert.deepEqual(await ok.json(), { clientSecret: 'wss_secret', publishableKey: 'pk_test_x', apiBaseUrl: 'http://sandbox', expiresAt: '2026-11-23T07:15:00Z', caseId: 'cas_1' });

  const failed = await fetch(`${base}${PREFIX}session?ref=fail`, { method: 'POST', body: 'private' });
  assert.equal(failed.status, 502);
  assert.equal((await failed.json()).error.code, 'session_unavailable');
  assert.deepEqual(logged, ['widget session: upstream_down']);
});

test('JSON bodies: parsed, empty is undefined, too large or not JSON is refused', async () => {
  const echo = (body) => fetch(`${base}${PREFIX}echo`, { method: 'POST', body });
  assert.deepEqual(await (await echo('{"a":1}')).json(), { body: { a: 1 } });
  assert.deepEqual(await (await echo('')).json(), { body: null });
  // Refusals reject; the 500 shows the handler did not get a body.
  assert.equal((await echo('{oops')).status, 500);
  assert.equal((await echo(JSON.stringify({ a: 'x'.repeat(64) }))).status, 500);
  await assert.rejects(readJsonBody(streamOf('{oops')), { code: 'invalid_body' });
  await assert.rejects(readJsonBody(streamOf('"' + 'x'.repeat(40) + '"'), { limit: 32 }), { code: 'invalid_body' });
  await assert.rejects(readBody(streamOf('123456789'), { limit: 8 }), { code: 'body_too_large' });
  assert.equal(await readBody(streamOf('12345678'), { limit: 8 }), '12345678');
});

test('the failure logger names the example and logs only the code and request id', (t) => {
  const lines = [];
  t.mock.method(console, 'error', (line) => lines.push(line));
  failureLogger('bank')('confirmation', Object.assign(new Error('body: {"iban":"PS00"}'), { code: 'declined', requestId: 'req_9' }));
  assert.deepEqual(lines, ['bank example: confirmation failed (declined, request req_9)']);
});

test('start.mjs serves the shared page helpers but never server code', () => {
  assert.match(resolveStaticPath('/shared/page.js') ?? '', /examples[\\/]shared[\\/]page\.js$/);
  assert.match(resolveStaticPath('/shared/example.css') ?? '', /example\.css$/);
  assert.equal(resolveStaticPath('/shared/server-kit.mjs'), null);
  assert.equal(resolveStaticPath('/bank-fines/server.mjs'), null);
});

/** A readable request stand-in carrying `text`. */
function streamOf(text) {
  return (async function* () {
    yield Buffer.from(text);
  })();
}
