/** Partner webhooks: signed deliveries to registered endpoints, retried with backoff on the sandbox clock, one idempotency id per delivery. */
import { after, before, beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setupServer } from 'msw/node';
import { CreatedWebhookEndpoint, listOf, WebhookDelivery, WebhookEndpoint } from '@adalat/sdk/contract';
import { verify } from '@adalat/sdk/webhooks';
import { createSandbox } from '../src/index.ts';
import { assertProblem, call, parsed, partnerOf } from './helpers.ts';

interface Received {
  url: string;
  headers: Headers;
  body: string;
}

/** The partner's endpoint: records what arrives and answers with the next queued status (200 once the queue is empty; 0: unreachable). */
const received: Received[] = [];
const answers: number[] = [];
/** The platform's fetch, taken before msw patches it: localhost endpoints are real servers. */
const networkFetch = globalThis.fetch;
const SIGNING_NOW = Date.parse('2026-11-23T07:00:00Z');
const sandbox = createSandbox({
  webhooks: {
    fetch: async (input, init) => {
      if (String(input).startsWith('http://localhost:')) return networkFetch(input, init);
      received.push({ url: String(input), headers: new Headers(init?.headers), body: String(init?.body) });
      const status = answers.shift() ?? 200;
      if (status === 0) throw new TypeError('fetch failed: the endpoint could not be reached');
      return new Response(null, { status });
    },
    signingNow: () => SIGNING_NOW,
  },
});
const server = setupServer(...sandbox.handlers);
before(() => server.listen({ onUnhandledFrame: 'error' }));
beforeEach(() => {
  sandbox.reset();
  received.length = 0;
  answers.length = 0;
});
after(() => server.close());

const bar = () => partnerOf(sandbox, 'PS', 'bar_association');

async function register(eventTypes: string[], key = bar().secretKey) {
  const result = await call('/v1/webhook-endpoints', { key, body: { url: 'https://bar.example.ps/hooks/adalat', eventTypes } });
  assert.equal(result.status, 201, JSON.stringify(result.body));
  return parsed(CreatedWebhookEndpoint, result.body);
}

const deliveries = async (endpointId: string) =>
  parsed(listOf(WebhookDelivery), (await call(`/v1/webhook-endpoints/${endpointId}/deliveries`, { key: bar().secretKey })).body).data;

describe('delivery', () => {
  test('a lawyer’s notice reaches their bar association’s endpoint, signed; verify() accepts it', async () => {
    const endpoint = await register(['notification.delivered', 'lawyer.suspended']);
    assert.match(endpoint.secret, /^whsec_/);
    sandbox.deliverNotification({ recipient: { kind: 'lawyer', id: 'law_ps_002' }, kind: 'hearing_summons', caseId: 'cas_ps_001' });
    // A person's notice is not the bar association's business.
    sandbox.deliverNotification({ recipient: { kind: 'person', id: 'per_ps_001' }, kind: 'hearing_summons' });
    await sandbox.webhooks.settled();

    assert.equal(received.length, 1);
    const [delivery] = received;
    assert.equal(delivery!.url, 'https://bar.example.ps/hooks/adalat');
    const event = await verify(delivery!.body, delivery!.headers.get('Adalat-Signature'), endpoint.secret, { now: () => SIGNING_NOW + 10_000 });
    assert.equal(event.type, 'notification.delivered');
    assert.deepEqual(event.type === 'notification.delivered' && event.data.recipient, { kind: 'lawyer', id: 'law_ps_002' });
    assert.equal('body' in (event.data as object), false, 'no content in the event');
    const [record] = await deliveries(endpoint.id);
    assert.deepEqual([record!.id, record!.status, record!.eventId, record!.attempts.length], [delivery!.headers.get('Adalat-Webhook-Id'), 'succeeded', event.id, 1]);
    // Another partner's secret cannot verify it.
    await assert.rejects(verify(delivery!.body, delivery!.headers.get('Adalat-Signature'), 'whsec_wrong', { now: () => SIGNING_NOW }), { code: 'signature_mismatch' });
  });

  test('suspension on the clock is delivered too; only subscribed types are sent', async () => {
    const endpoint = await register(['lawyer.suspended']);
    sandbox.deliverNotification({ recipient: { kind: 'lawyer', id: 'law_ps_003' }, kind: 'hearing_summons' });
    sandbox.clock.advance(3 * 86_400_000 + 1000);
    await sandbox.webhooks.settled();
    const types = received.map((r) => (JSON.parse(r.body) as { type: string; data: { lawyerId: string } }));
    assert.ok(types.length >= 1);
    assert.ok(types.every((e) => e.type === 'lawyer.suspended'));
    assert.ok(types.some((e) => e.data.lawyerId === 'law_ps_003'));
    assert.equal(sandbox.store.webhooks.deliveries.size, types.length, 'one delivery per event sent');
  });

  test('a failing endpoint is retried with backoff on the sandbox clock, with the same idempotency id, then marked failed', async () => {
    const endpoint = await register(['notification.delivered']);
    answers.push(500, 503, 0, 500, 500, 500);
    sandbox.deliverNotification({ recipient: { kind: 'lawyer', id: 'law_ps_002' }, kind: 'hearing_summons' });
    await sandbox.webhooks.settled();
    let [record] = await deliveries(endpoint.id);
    assert.deepEqual([record!.status, record!.attempts.length, record!.nextAttemptAt], ['pending', 1, '2026-11-23T07:01:00Z']);

    sandbox.clock.advance(59_000);
    await sandbox.webhooks.settled();
    assert.equal(received.length, 1, 'not due yet');
    sandbox.clock.advance(1000);
    await sandbox.webhooks.settled();
    assert.equal(received.length, 2);
    [record] = await deliveries(endpoint.id);
    assert.equal(record!.nextAttemptAt, '2026-11-23T07:05:00Z');

    for (const at of ['2026-11-23T07:05:00Z', '2026-11-23T07:30:00Z', '2026-11-23T09:00:00Z', '2026-11-23T15:00:00Z']) {
      sandbox.clock.set(at);
      await sandbox.webhooks.settled();
    }
    [record] = await deliveries(endpoint.id);
    assert.deepEqual([record!.status, record!.attempts.length, record!.nextAttemptAt], ['failed', 6, null]);
    assert.deepEqual(record!.attempts.map((a) => a.responseStatus), [500, 503, null, 500, 500, 500]);
    assert.equal(new Set(received.map((r) => r.headers.get('Adalat-Webhook-Id'))).size, 1, 'one idempotency id across retries');
    sandbox.clock.advance(86_400_000);
    await sandbox.webhooks.settled();
    assert.equal(received.length, 6, 'no attempt after failing');
  });

  test('a redirect is a failed attempt, not followed', async () => {
    let reachedTarget = 0;
    const endpointServer = createServer((request, response) => {
      if (request.url === '/moved') {
        reachedTarget += 1;
        response.writeHead(200).end();
      } else response.writeHead(302, { Location: '/moved' }).end();
    });
    await new Promise<void>((resolve) => endpointServer.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = endpointServer.address() as AddressInfo;
      const result = await call('/v1/webhook-endpoints', { key: bar().secretKey, body: { url: `http://localhost:${port}/hook`, eventTypes: ['notification.delivered'] } });
      const endpoint = parsed(CreatedWebhookEndpoint, result.body);
      sandbox.deliverNotification({ recipient: { kind: 'lawyer', id: 'law_ps_002' }, kind: 'hearing_summons' });
      await sandbox.webhooks.settled();
      const [record] = await deliveries(endpoint.id);
      assert.deepEqual([record!.status, record!.attempts.map((a) => a.responseStatus)], ['pending', [302]]);
      assert.equal(reachedTarget, 0, 'the redirect target was not posted to');
    } finally {
      endpointServer.closeAllConnections();
      await new Promise((resolve) => endpointServer.close(resolve));
    }
  });

  test('an endpoint that recovers: the retry succeeds and stops', async () => {
    const endpoint = await register(['*']);
    answers.push(500);
    sandbox.deliverNotification({ recipient: { kind: 'lawyer', id: 'law_ps_002' }, kind: 'hearing_summons' });
    await sandbox.webhooks.settled();
    sandbox.clock.advance(60_000);
    await sandbox.webhooks.settled();
    const mine = (await deliveries(endpoint.id)).filter((d) => d.eventType === 'notification.delivered');
    assert.deepEqual(mine.map((d) => [d.status, d.attempts.map((a) => a.responseStatus)]), [['succeeded', [500, 200]]]);
  });
});

describe('managing endpoints', () => {
  test('list and delete; another partner sees none of them', async () => {
    const endpoint = await register(['lawyer.reinstated']);
    const listed = parsed(listOf(WebhookEndpoint), (await call('/v1/webhook-endpoints', { key: bar().secretKey })).body).data;
    assert.deepEqual(listed.map((e) => e.id), [endpoint.id]);
    assert.equal('secret' in listed[0]!, false, 'the secret is shown once');
    const other = partnerOf(sandbox, 'PS', 'bank').secretKey;
    assert.deepEqual(parsed(listOf(WebhookEndpoint), (await call('/v1/webhook-endpoints', { key: other })).body).data, []);
    assertProblem(await call(`/v1/webhook-endpoints/${endpoint.id}`, { method: 'DELETE', key: other }), 404, 'webhook_endpoint_not_found');
    assert.equal((await call(`/v1/webhook-endpoints/${endpoint.id}`, { method: 'DELETE', key: bar().secretKey })).status, 204);
    assert.equal(sandbox.store.webhooks.endpoints.size, 0);
  });

  test('bad input is a 400 naming the field; a widget or a token may not register', async () => {
    const key = bar().secretKey;
    const bad = (body: unknown) => call('/v1/webhook-endpoints', { key, body });
    assert.equal(assertProblem(await bad({ url: 'http://bar.example.ps/hook', eventTypes: ['*'] }), 400, 'validation_failed').param, 'body.url');
    assert.equal(assertProblem(await bad({ url: 'https://bar.example.ps/hook', eventTypes: ['lawyer.sleeping'] }), 400, 'validation_failed').param, 'body.eventTypes.0');
    assert.equal(assertProblem(await bad({ url: 'https://bar.example.ps/hook', eventTypes: [] }), 400, 'validation_failed').param, 'body.eventTypes');
    assert.equal((await bad({ url: 'http://localhost:8787/hook', eventTypes: ['*'] })).status, 201, 'plain http to localhost for development');
    const token = sandbox.mintToken({ kind: 'lawyer', id: 'law_ps_001' });
    assertProblem(await call('/v1/webhook-endpoints', { key: token, body: { url: 'https://x.example/h', eventTypes: ['*'] } }), 403, 'credential_not_allowed');
  });
});
