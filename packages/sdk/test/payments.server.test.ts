/**
 * Payments over the sandbox's real HTTP server: a create whose response is lost on
 * the socket after commit is retried by the SDK and makes one payment; the bank
 * confirms; the receipt PDF comes back as bytes.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startSandboxServer, type SandboxServer } from '@adalat/mock-backend/node';
import { AdalatClient } from '../src/index.ts';

let server: SandboxServer;
before(async () => {
  server = await startSandboxServer({ port: 0 });
});
after(() => server.close());

describe('payments over HTTP', () => {
  it('create (response lost on the socket, retried) → confirm → receipt PDF', async () => {
    const bank = server.sandbox.keys.partners.find((p) => p.jurisdiction === 'KZ' && p.kind === 'bank')!;
    const keys: Array<string | null> = [];
    const fetch: typeof globalThis.fetch = (input, init) => {
      const request = new Request(input, init);
      if (request.method === 'POST' && new URL(request.url).pathname === '/v1/payments') keys.push(request.headers.get('Idempotency-Key'));
      return globalThis.fetch(request);
    };
    const client = new AdalatClient({ baseUrl: server.url, auth: { secretKey: bank.secretKey }, fetch, retry: { limit: 2, baseDelayMs: 5 } });

    const quote = await client.fees.quote({
      courtId: 'crt_kz_almaty_district',
      filingKind: 'claim',
      category: 'civil.contract.sale',
      filerType: 'legal_entity',
      claimAmount: { amount: 1_000_000_00, currency: 'KZT' },
    });
    assert.deepEqual(quote.total, { amount: 30_000_00, currency: 'KZT' });

    server.sandbox.faults.dropNextAfterCommit({ path: '/v1/payments' });
    const payment = await client.payments.create({ payable: { kind: 'filing_fee', quoteId: quote.id }, payer: { name: 'Dala LLP' } });
    assert.equal(server.sandbox.store.payments.size, 1);
    assert.equal(keys.length, 2);
    assert.equal(keys[0], keys[1]);

    const confirmed = await client.payments.confirm({ paymentId: payment.id, outcome: 'succeeded', bankReference: payment.nextAction!.bankReference });
    assert.equal(confirmed.receiptNumber, 'RCT-KZ-2026-000001');
    const pdf = await client.payments.downloadReceipt({ paymentId: payment.id });
    const bytes = new Uint8Array(await pdf.arrayBuffer());
    assert.equal(String.fromCharCode(...bytes.slice(0, 5)), '%PDF-');
    assert.match(new TextDecoder('latin1').decode(bytes), /KZT 30,000\.00/);
  });
});
