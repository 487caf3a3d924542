/**
 * examples/e-services-office/server.mjs against the real sandbox server: the desk mints
 * a session for a draft filed at its own office, and for no other office's draft, though
 * the ministry's one key could read both.
 *
 * Uses the build (packages/mock-backend/dist, @adalat/sdk's dist), so after `npm run build`.
 */
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { after, before, test } from 'node:test';
import { AdalatClient, PermissionError } from '@adalat/sdk';
import { startSandboxServer } from '../../packages/mock-backend/dist/node.js';
import { createExampleApi, OFFICE_ID, PARTNER } from '../../examples/e-services-office/server.mjs';

let sandboxServer;
let desk;
let deskUrl;

before(async () => {
  sandboxServer = await startSandboxServer({ port: 0 });
  const partner = sandboxServer.sandbox.keys.partners.find((p) => p.jurisdiction === PARTNER.jurisdiction && p.kind === PARTNER.kind);
  const handle = createExampleApi({ apiBaseUrl: sandboxServer.url, secretKey: partner.secretKey, publishableKey: partner.publishableKey });
  desk = createServer((request, response) => {
    if (!handle(request, response)) response.writeHead(404).end();
  });
  await new Promise((resolve) => desk.listen(0, '127.0.0.1', resolve));
  deskUrl = `http://127.0.0.1:${desk.address().port}`;
});

after(async () => {
  desk.closeAllConnections();
  await new Promise((resolve) => desk.close(resolve));
  await sandboxServer.close();
});

async function session(filingId) {
  const response = await fetch(`${deskUrl}/e-services-office/api/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ filingId }) });
  assert.equal(response.status, 201);
  return response.json();
}

test('mints a session for a draft of this desk’s office only', async () => {
  const partner = sandboxServer.sandbox.keys.partners.find((p) => p.jurisdiction === 'IR' && p.kind === 'ministry');
  const ministry = new AdalatClient({ baseUrl: sandboxServer.url, auth: { secretKey: partner.secretKey } });
  const own = await ministry.filings.create({ kind: 'claim', jurisdiction: 'IR', officeId: OFFICE_ID, summary: 'Walk-in at this desk' });
  const other = await ministry.filings.create({ kind: 'claim', jurisdiction: 'IR', officeId: 'off_ir_tehran_2217', summary: 'Walk-in at another office' });
  const noOffice = await ministry.filings.create({ kind: 'claim', jurisdiction: 'IR', summary: 'Filed by the ministry itself' });

  const mine = await session(own.id);
  assert.equal(mine.filingId, own.id);
  const page = new AdalatClient({ baseUrl: sandboxServer.url, auth: { publishableKey: mine.publishableKey, clientSecret: () => mine.clientSecret } });
  assert.equal((await page.filings.get({ filingId: own.id })).summary, 'Walk-in at this desk');

  for (const draft of [other, noOffice]) {
    const answer = await session(draft.id);
    assert.equal(answer.filingId, null, `no session names ${draft.id}`);
    const foreign = new AdalatClient({ baseUrl: sandboxServer.url, auth: { publishableKey: answer.publishableKey, clientSecret: () => answer.clientSecret } });
    await assert.rejects(foreign.filings.get({ filingId: draft.id }), (e) => e instanceof PermissionError || e?.status === 404);
  }
});
