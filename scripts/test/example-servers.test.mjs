/**
 * The example pages' own servers: every `examples/<name>/server.mjs`, found and mounted
 * the way scripts/start.mjs does (its `PARTNER`'s seeded keys, `createExampleApi` on a
 * `node:http` server), against the real sandbox server (`startSandboxServer`). Each
 * answers its session route with a client secret and never with the secret key; the
 * ministry's session reads its case and no other; the bank's confirm route makes a
 * payment the widget created succeed.
 *
 * Uses the build (packages/mock-backend/dist, @adalat/sdk's dist), so after
 * `npm run build`.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { AdalatClient, PermissionError } from '@adalat/sdk';
import { startSandboxServer } from '../../packages/mock-backend/dist/node.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Every example with a server, as start.mjs finds them: `{ name, module }`, by name. */
async function exampleServers() {
  const folders = readdirSync(join(ROOT, 'examples'), { withFileTypes: true }).filter((entry) => entry.isDirectory());
  const found = [];
  for (const { name } of folders.sort((a, b) => a.name.localeCompare(b.name))) {
    const file = join(ROOT, 'examples', name, 'server.mjs');
    if (existsSync(file)) found.push({ name, module: await import(pathToFileURL(file).href) });
  }
  return found;
}

/** Mounts `handle` as start.mjs does; what it leaves alone is answered 404 with `x-left-alone`. */
async function listen(handle) {
  const server = createServer((request, response) => {
    if (!handle(request, response)) response.writeHead(404, { 'x-left-alone': 'yes' }).end();
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  return { server, url: `http://127.0.0.1:${server.address().port}` };
}

/** POSTs `body` as JSON (or nothing); the answer's status, headers, raw text and parsed JSON. */
async function post(url, body) {
  const response = await fetch(url, {
    method: 'POST',
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, headers: [...response.headers], text, json: text ? JSON.parse(text) : undefined };
}

/** The client the example's page makes from its session answer: publishable key and client secret. */
function pageClient(session, sandboxUrl) {
  return new AdalatClient({ baseUrl: sandboxUrl, auth: { publishableKey: session.publishableKey, clientSecret: () => session.clientSecret } });
}

/** What one example must do beyond the session: `what` for the test's name, `check` given its session answer and what it runs against. */
const EXAMPLE_CHECKS = {
  'ministry-case-status': {
    what: 'the session reads cas_ps_001 and no other case',
    check: async ({ session, sandboxUrl }) => {
      assert.equal(session.caseId, 'cas_ps_001');
      const page = pageClient(session, sandboxUrl);
      assert.equal((await page.cases.get({ caseId: 'cas_ps_001' })).id, 'cas_ps_001');
      await assert.rejects(page.cases.get({ caseId: 'cas_ps_003' }), PermissionError);
    },
  },
  'bank-fines': {
    what: 'its confirm route makes a payment the widget created succeed',
    check: async ({ session, sandboxUrl, exampleUrl, sandbox }) => {
      // What <adalat-fee-payment mode="fines"> does with the session: pay one of the customer's unpaid fines.
      const page = pageClient(session, sandboxUrl);
      let fine;
      for await (const item of page.trafficFines.list({ status: 'unpaid', limit: 1 })) {
        fine = item;
        break;
      }
      assert.ok(fine, 'the demo customer has an unpaid fine');
      const payment = await page.payments.create({ payable: { kind: 'traffic_fines', fineIds: [fine.id] }, payer: { name: session.customer.name } });
      assert.equal(payment.status, 'requires_action');

      const confirmed = await post(`${exampleUrl}/bank-fines/api/confirm`, { paymentId: payment.id, outcome: 'approved' });
      assert.equal(confirmed.status, 200, confirmed.text);
      assert.deepEqual(confirmed.json, { status: 'succeeded' });
      assert.equal((await page.payments.get({ paymentId: payment.id })).status, 'succeeded');
      assert.equal(sandbox.store.payments.get(payment.id).status, 'succeeded');

      // Once paid there is nothing left to confirm, and a malformed request is refused.
      assert.equal((await post(`${exampleUrl}/bank-fines/api/confirm`, { paymentId: payment.id, outcome: 'approved' })).status, 409);
      assert.equal((await post(`${exampleUrl}/bank-fines/api/confirm`, { paymentId: payment.id, outcome: 'maybe' })).status, 400);
    },
  },
};

const examples = await exampleServers();

describe('example servers', () => {
  let sandboxServer;
  const mounted = [];

  before(async () => {
    sandboxServer = await startSandboxServer({ port: 0 });
  });

  after(async () => {
    for (const { server } of mounted) {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
    await sandboxServer?.close();
  });

  test('every example server is found, and every example with its own checks has a server', () => {
    assert.ok(examples.length > 0, 'no examples/<name>/server.mjs found');
    const names = examples.map((example) => example.name);
    for (const name of Object.keys(EXAMPLE_CHECKS)) assert.ok(names.includes(name), `examples/${name}/server.mjs is missing`);
  });

  for (const { name, module } of examples) {
    const extra = EXAMPLE_CHECKS[name];
    test(`${name}: its session answers a client secret, never the secret key${extra ? `; ${extra.what}` : ''}`, async () => {
      const { PARTNER, createExampleApi } = module;
      assert.equal(typeof createExampleApi, 'function', `examples/${name}/server.mjs exports createExampleApi`);
      const partner = sandboxServer.sandbox.keys.partners.find((p) => p.jurisdiction === PARTNER?.jurisdiction && p.kind === PARTNER?.kind);
      assert.ok(partner, `examples/${name}/server.mjs: PARTNER names a seeded partner`);
      const mount = await listen(createExampleApi({ apiBaseUrl: sandboxServer.url, secretKey: partner.secretKey, publishableKey: partner.publishableKey }));
      mounted.push(mount);

      const answer = await post(`${mount.url}/${name}/api/session`);
      assert.equal(answer.status, 201, answer.text);
      assert.match(answer.json.clientSecret, /^\S+$/);
      assert.equal(answer.json.publishableKey, partner.publishableKey);
      assert.equal(answer.json.apiBaseUrl, sandboxServer.url);
      assert.ok(!answer.text.includes(partner.secretKey), 'the secret key is in the body');
      for (const [header, value] of answer.headers) assert.ok(!value.includes(partner.secretKey), `the secret key is in the ${header} header`);
      assert.equal(new Map(answer.headers).get('cache-control'), 'no-store');

      // Anything outside its routes is left to the static server.
      assert.equal((await fetch(`${mount.url}/${name}/index.html`)).headers.get('x-left-alone'), 'yes');

      await extra?.check({ session: answer.json, sandboxUrl: sandboxServer.url, exampleUrl: mount.url, sandbox: sandboxServer.sandbox });
    });
  }
});
