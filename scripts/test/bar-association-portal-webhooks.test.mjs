/**
 * The bar-association-portal example's webhook receiver (examples/bar-association-portal/
 * server.mjs) against a real sandbox server: it deduplicates on `Adalat-Webhook-Id`, so a
 * signed delivery without one is refused rather than handled under the id ''.
 */
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { after, before, test } from 'node:test';
import { generateTestHeader } from '@adalat/sdk/webhooks';
import { startSandboxServer } from '../../packages/mock-backend/src/node.ts';
import { API_PREFIX, createExampleApi, PARTNER } from '../../examples/bar-association-portal/server.mjs';

let sandboxServer;
let portal;
let portalUrl;

before(async () => {
  sandboxServer = await startSandboxServer({ port: 0 });
  const partner = sandboxServer.sandbox.keys.partners.find((p) => p.jurisdiction === PARTNER.jurisdiction && p.kind === PARTNER.kind);
  const handle = createExampleApi({ apiBaseUrl: sandboxServer.url, secretKey: partner.secretKey, publishableKey: partner.publishableKey });
  portal = createServer((request, response) => {
    if (!handle(request, response)) response.writeHead(404).end();
  });
  await new Promise((resolve) => portal.listen(0, '127.0.0.1', resolve));
  portalUrl = `http://127.0.0.1:${portal.address().port}${API_PREFIX}`;
});

after(async () => {
  portal.closeAllConnections();
  await new Promise((resolve) => portal.close(resolve));
  await sandboxServer.close();
});

test('a signed delivery without an Adalat-Webhook-Id is refused (400); one with an id is handled once', async () => {
  // Opening a session registers the portal's webhook endpoint with the sandbox.
  assert.equal((await fetch(`${portalUrl}session`, { method: 'POST' })).status, 201);
  const [endpoint] = sandboxServer.sandbox.store.webhooks.endpoints.values();
  const payload = JSON.stringify({ id: 'evt_900001', type: 'lawyer.suspended', createdAt: '2026-11-23T07:00:00Z', caseId: null, data: { lawyerId: 'law_ps_011', pendingCount: 1, since: '2026-11-23T07:00:00Z' } });
  const deliver = async (headers) =>
    fetch(`${portalUrl}webhooks`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Adalat-Signature': await generateTestHeader({ payload, secret: endpoint.secret }), ...headers },
      body: payload,
    });
  const log = async () => (await (await fetch(`${portalUrl}webhook-log`)).json()).received;

  assert.equal((await deliver({})).status, 400);
  assert.equal((await deliver({ 'Adalat-Webhook-Id': '' })).status, 400);
  assert.deepEqual((await log()).filter((entry) => entry.verified), [], 'nothing handled without an id');

  assert.equal((await deliver({ 'Adalat-Webhook-Id': 'whd_000001' })).status, 204);
  assert.equal((await deliver({ 'Adalat-Webhook-Id': 'whd_000001' })).status, 204, 'a retry is acknowledged');
  assert.deepEqual((await log()).filter((entry) => entry.verified).map((entry) => [entry.id, entry.deliveryId]), [['evt_900001', 'whd_000001']]);
});
