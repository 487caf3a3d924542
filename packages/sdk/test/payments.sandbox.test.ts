/**
 * `client.fees`, `client.payments` and `client.trafficFines` against the sandbox's
 * msw handlers, and the proof that money is taken once: a response lost after the
 * server committed, retried by the SDK with the same Idempotency-Key, gives the
 * caller the payment and leaves exactly one in the store; a concurrent double
 * create with one key makes one payment; two keys for one payable are refused.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  AdalatClient,
  BusinessRuleError,
  ConflictError,
  ConnectionError,
  IdempotencyError,
  InvalidRequestError,
  PermissionError,
  type AdalatAuth,
  type TrafficFine,
} from '../src/index.ts';
import { SANDBOX_BASE as BASE, mswSandbox } from './sandbox-setup.ts';

const sandbox = mswSandbox({}, () => {
  wire.length = 0;
});

interface Exchange {
  method: string;
  path: string;
  idempotencyKey: string | null;
  /** 0 when the response was lost. */
  status: number;
  replayed: string | null;
}
const wire: Exchange[] = [];
const recordingFetch: typeof fetch = async (input, init) => {
  const request = new Request(input, init);
  const entry: Exchange = {
    method: request.method,
    path: new URL(request.url).pathname,
    idempotencyKey: request.headers.get('Idempotency-Key'),
    status: 0,
    replayed: null,
  };
  wire.push(entry);
  const response = await globalThis.fetch(request);
  entry.status = response.status;
  entry.replayed = response.headers.get('Idempotent-Replayed');
  return response;
};

const partner = (jurisdiction: string, kind: string) => sandbox.keys.partners.find((p) => p.jurisdiction === jurisdiction && p.kind === kind)!;
const clientWith = (auth: AdalatAuth, retry: false | { limit: number; baseDelayMs: number } = { limit: 2, baseDelayMs: 5 }) =>
  new AdalatClient({ baseUrl: BASE, auth, fetch: recordingFetch, retry });
const bankClient = () => clientWith({ secretKey: partner('PS', 'bank').secretKey });
const paymentPosts = () => wire.filter((e) => e.method === 'POST' && e.path === '/v1/payments');

const finesPayment = (...fineIds: string[]) => ({ payable: { kind: 'traffic_fines' as const, fineIds }, payer: { name: 'Sara Khalil' } });

describe('a lost response is retried with the same key: one payment', () => {
  it('dropNextAfterCommit on create: the SDK retries, the server replays, the caller gets the payment', async () => {
    sandbox.faults.dropNextAfterCommit({ path: '/v1/payments' });
    const payment = await bankClient().payments.create(finesPayment('tfn_ps_001', 'tfn_ps_002'));

    assert.equal(sandbox.store.payments.size, 1);
    assert.equal(payment.id, [...sandbox.store.payments.keys()][0]);
    assert.equal(payment.status, 'requires_action');
    const posts = paymentPosts();
    assert.deepEqual(posts.map((p) => [p.status, p.replayed]), [[0, null], [201, 'true']]);
    assert.ok(posts[0]!.idempotencyKey, 'the SDK made a key');
    assert.equal(posts[1]!.idempotencyKey, posts[0]!.idempotencyKey, 'and reused it on the retry');
  });

  it('without retries the caller sees a ConnectionError, yet the payment exists; calling again with the same key returns it', async () => {
    const client = clientWith({ secretKey: partner('PS', 'bank').secretKey }, false);
    sandbox.faults.dropNextAfterCommit({ path: '/v1/payments' });
    const idempotencyKey = 'order-4711-fines';
    await assert.rejects(client.payments.create(finesPayment('tfn_ps_001'), { idempotencyKey }), ConnectionError);
    assert.equal(sandbox.store.payments.size, 1, 'the server committed before the answer was lost');
    const payment = await client.payments.create(finesPayment('tfn_ps_001'), { idempotencyKey });
    assert.equal(payment.id, [...sandbox.store.payments.keys()][0]);
    assert.equal(sandbox.store.payments.size, 1);
  });

  it('a 503 before the handler runs is retried with the same key too, and creates one payment', async () => {
    sandbox.faults.failNext({ status: 503, path: '/v1/payments' });
    await bankClient().payments.create(finesPayment('tfn_ps_001'));
    assert.deepEqual(paymentPosts().map((p) => p.status), [503, 201]);
    assert.equal(new Set(paymentPosts().map((p) => p.idempotencyKey)).size, 1);
    assert.equal(sandbox.store.payments.size, 1);
  });
});

describe('double submits', () => {
  it('two concurrent creates with one key make one payment, both callers get it', async () => {
    const client = bankClient();
    const body = finesPayment('tfn_ps_001');
    const [a, b] = await Promise.all([
      client.payments.create(body, { idempotencyKey: 'double-click-1' }),
      client.payments.create(body, { idempotencyKey: 'double-click-1' }),
    ]);
    assert.equal(a.id, b.id);
    assert.equal(sandbox.store.payments.size, 1);
    assert.deepEqual(paymentPosts().map((p) => p.replayed).sort(), ['true', null].sort());
  });

  it('two keys for one payable: the second is refused while the first waits, and once it is paid', async () => {
    const client = bankClient();
    const first = await client.payments.create(finesPayment('tfn_ps_001'));
    await assert.rejects(client.payments.create(finesPayment('tfn_ps_001')), (error: unknown) => {
      assert.ok(error instanceof ConflictError);
      assert.equal(error.code, 'payment_in_progress');
      return true;
    });
    await client.payments.confirm({ paymentId: first.id, outcome: 'succeeded', bankReference: first.nextAction!.bankReference });
    await assert.rejects(
      client.payments.create(finesPayment('tfn_ps_001')),
      (error: unknown) => error instanceof ConflictError && error.code === 'payable_already_paid',
    );
    assert.equal(sandbox.store.payments.size, 1);
  });

  it('the same key with another body is an IdempotencyError', async () => {
    const client = bankClient();
    await client.payments.create(finesPayment('tfn_ps_001'), { idempotencyKey: 'k-1' });
    await assert.rejects(client.payments.create(finesPayment('tfn_ps_002'), { idempotencyKey: 'k-1' }), IdempotencyError);
  });
});

describe('the SDK surface', () => {
  it('quote with a publishable key, pay from a widget on the bank’s page, the bank’s server confirms, receipt and PDF', async () => {
    const bank = partner('PS', 'bank');
    const server = clientWith({ secretKey: bank.secretKey });
    const session = await server.widgetSessions.create({
      subjects: { person: 'per_ps_001' },
      operations: ['payments.create', 'payments.get', 'payments.getReceipt', 'payments.downloadReceipt'],
    });
    const page = clientWith({ publishableKey: bank.publishableKey, clientSecret: () => session.clientSecret });

    const quote = await page.fees.quote({
      jurisdiction: 'PS',
      filingKind: 'claim',
      category: 'civil.contract.loan',
      filerType: 'individual',
      claimAmount: { amount: 20_000_000, currency: 'JOD' },
    });
    assert.deepEqual(quote.total, { amount: 200_000, currency: 'JOD' });
    const payment = await page.payments.create({ payable: { kind: 'filing_fee', quoteId: quote.id }, payer: { name: 'Sara Khalil' } });
    assert.equal(payment.nextAction?.type, 'bank_handoff');

    const confirmed = await server.payments.confirm({
      paymentId: payment.id,
      outcome: 'succeeded',
      bankReference: payment.nextAction!.bankReference,
      bankTransactionId: 'BIR-2026-0001',
    });
    assert.equal(confirmed.status, 'succeeded');
    assert.equal((await page.payments.get({ paymentId: payment.id })).status, 'succeeded');
    assert.equal((await page.fees.getQuote({ quoteId: quote.id })).paymentId, payment.id);

    const receipt = await page.payments.getReceipt({ paymentId: payment.id });
    assert.equal(receipt.number, confirmed.receiptNumber);
    const pdf = await page.payments.downloadReceipt({ paymentId: payment.id });
    assert.ok(pdf instanceof Blob);
    assert.equal(pdf.type, 'application/pdf');
    assert.match(await pdf.text(), new RegExp(`^%PDF-[\\s\\S]*Receipt ${receipt.number}[\\s\\S]*JOD 200\\.000`));
  });

  it('trafficFines.search pages with for await; a bad national ID fails before anything is sent', async () => {
    const client = bankClient();
    const nationalId = sandbox.store.people.get('per_ps_001')!.nationalId;
    const fines: TrafficFine[] = [];
    for await (const fine of client.trafficFines.search({ jurisdiction: 'PS', nationalId, limit: 1 })) fines.push(fine);
    assert.equal(fines.length, 3);
    assert.equal(wire.filter((e) => e.path === '/v1/traffic-fines/search').length, 3);

    wire.length = 0;
    const wrong = nationalId.slice(0, -1) + String((Number(nationalId.at(-1)) + 1) % 10);
    await assert.rejects(client.trafficFines.search({ jurisdiction: 'PS', nationalId: wrong }), (error: unknown) => {
      assert.ok(error instanceof InvalidRequestError);
      assert.equal(error.requestId, null);
      assert.deepEqual(error.issues.map((i) => i.path), ['body.nationalId']);
      assert.ok(!error.message.includes(wrong));
      return true;
    });
    assert.equal(wire.length, 0);
  });

  it('typed refusals: out of scope, a rule, a final payment', async () => {
    const client = bankClient();
    await assert.rejects(
      client.payments.create({ payable: { kind: 'execution_installment', executionFileId: 'exf_ps_001', installmentNumber: 8 }, payer: { name: 'X' } }),
      (error: unknown) => error instanceof BusinessRuleError && error.code === 'earlier_installment_unpaid',
    );
    await assert.rejects(
      client.trafficFines.search({ jurisdiction: 'SA', plate: 'ABJ 1234' }),
      (error: unknown) => error instanceof PermissionError && error.code === 'outside_jurisdiction',
    );
    const payment = await client.payments.create(finesPayment('tfn_ps_001'));
    await client.payments.cancel({ paymentId: payment.id });
    await assert.rejects(
      client.payments.confirm({ paymentId: payment.id, outcome: 'succeeded', bankReference: payment.nextAction!.bankReference }),
      (error: unknown) => error instanceof ConflictError && error.code === 'payment_not_pending',
    );
  });
});
