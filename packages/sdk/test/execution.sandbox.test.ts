/**
 * `client.execution` and `client.auctions` against the sandbox's msw handlers: a
 * creditor follows her file, a debtor pays an installment through `client.payments`,
 * a transfer whose response is lost is retried by the SDK with the same
 * Idempotency-Key and paid once, bids race at the close, and refusals arrive typed.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { AdalatClient, BusinessRuleError, ConflictError, InvalidRequestError, NotFoundError, PermissionError } from '../src/index.ts';
import { SANDBOX_BASE as BASE, mswSandbox } from './sandbox-setup.ts';

const sandbox = mswSandbox({}, () => {
  posts.length = 0;
});

/** Idempotency keys of the POSTs sent, `null` for none; a lost response shows as status 0. */
const posts: Array<{ path: string; key: string | null; status: number }> = [];
const recordingFetch: typeof fetch = async (input, init) => {
  const request = new Request(input, init);
  const entry = { path: new URL(request.url).pathname, key: request.headers.get('Idempotency-Key'), status: 0 };
  if (request.method === 'POST') posts.push(entry);
  const response = await globalThis.fetch(request);
  entry.status = response.status;
  return response;
};

const TTL = 30 * 24 * 3600;
const personClient = (id: string) => {
  const token = sandbox.mintToken({ kind: 'person', id, ttlSeconds: TTL });
  return new AdalatClient({ baseUrl: BASE, auth: { token: () => token }, fetch: recordingFetch, retry: { limit: 2, baseDelayMs: 5 } });
};
const CREDITOR = 'per_ps_007';
const DEBTOR = 'per_ps_004';
const FILE = 'exf_ps_001';
const creditorIban = (): string => [...sandbox.store.execution.accounts.values()].find((a) => a.personId === CREDITOR)!.iban;

describe('client.execution', () => {
  it('the creditor reads her file, cheques, transfers and requests', async () => {
    const client = personClient(CREDITOR);
    const file = await client.execution.get({ fileId: FILE });
    assert.deepEqual([file.outstanding.amount, file.creditorBalance.amount, file.nextInstallment?.status], [1_050_000, 150_000, 'overdue']);
    const cheques = await client.execution.listCheques({ fileId: FILE, status: 'ready' });
    assert.deepEqual(cheques.data.map((c) => c.id), ['chq_ps_002']);
    const transfers = await client.execution.listTransfers({ fileId: FILE });
    assert.deepEqual(transfers.data.map((t) => t.status), ['paid']);
    const requests = [];
    for await (const request of client.execution.listRequests({ fileId: FILE })) requests.push(request.kind);
    assert.deepEqual(requests, ['travel_ban', 'installment_plan']);
    const mine = await client.execution.list({});
    assert.deepEqual(mine.data.map((f) => f.id), [FILE]);
  });

  it('the debtor pays the overdue installment through payments; the creditor sees it held for her', async () => {
    const debtor = personClient(DEBTOR);
    const payment = await debtor.payments.create({ payable: { kind: 'execution_installment', executionFileId: FILE, installmentNumber: 6 }, payer: { name: 'Yousef Al-Sharif' } });
    const bank = sandbox.keys.partners.find((p) => p.id === payment.bankId)!;
    const bankClient = new AdalatClient({ baseUrl: BASE, auth: { secretKey: bank.secretKey }, fetch: recordingFetch });
    await bankClient.payments.confirm({ paymentId: payment.id, outcome: 'succeeded', bankReference: payment.nextAction!.bankReference });
    const file = await personClient(CREDITOR).execution.get({ fileId: FILE });
    assert.deepEqual([file.installments[5]!.status, file.creditorBalance.amount, file.nextInstallment?.number], ['paid', 300_000, 7]);
  });

  it('a transfer whose response was lost is retried with the same key and paid once', async () => {
    const client = personClient(CREDITOR);
    sandbox.faults.dropNextAfterCommit({ path: `/v1/execution/files/${FILE}/transfers` });
    const transfer = await client.execution.requestTransfer({ fileId: FILE, iban: creditorIban() });
    const sent = posts.filter((p) => p.path.endsWith('/transfers'));
    assert.deepEqual(sent.map((p) => p.status), [0, 201]);
    assert.ok(sent[0]!.key !== null && sent[0]!.key === sent[1]!.key, 'one key for the call and its retry');
    assert.equal(sandbox.store.execution.transfers.size, 2, 'the seeded transfer and this one');
    sandbox.clock.set('2026-11-23T10:00:00Z');
    const after = await client.execution.listTransfers({ fileId: FILE });
    assert.deepEqual(after.data.map((t) => [t.id, t.status]), [[transfer.id, 'paid'], ['trf_ps_001', 'paid']]);
    assert.equal((await client.execution.get({ fileId: FILE })).creditorBalance.amount, 0);
    await assert.rejects(client.execution.requestTransfer({ fileId: FILE, iban: creditorIban() }), (e: unknown) => e instanceof BusinessRuleError && e.code === 'nothing_to_transfer');
  });

  it('refusals are typed: a bad IBAN before sending, another’s IBAN, the debtor, a second transfer, no file', async () => {
    const client = personClient(CREDITOR);
    await assert.rejects(client.execution.requestTransfer({ fileId: FILE, iban: 'PS00 0000' }), (e: unknown) => e instanceof InvalidRequestError);
    assert.equal(posts.length, 0, 'an IBAN failing its digits never leaves the client');
    const debtorIban = [...sandbox.store.execution.accounts.values()].find((a) => a.personId === DEBTOR)!.iban;
    await assert.rejects(client.execution.requestTransfer({ fileId: FILE, iban: debtorIban }), (e: unknown) => e instanceof BusinessRuleError && e.code === 'iban_not_in_creditor_name');
    await assert.rejects(personClient(DEBTOR).execution.requestTransfer({ fileId: FILE, iban: creditorIban() }), (e: unknown) => e instanceof PermissionError && e.code === 'creditor_only');
    await client.execution.requestTransfer({ fileId: FILE, iban: creditorIban() });
    await assert.rejects(client.execution.requestTransfer({ fileId: FILE, iban: creditorIban() }), (e: unknown) => e instanceof ConflictError && e.code === 'transfer_in_progress');
    await assert.rejects(client.execution.get({ fileId: 'exf_ps_002' }), (e: unknown) => e instanceof NotFoundError && e.code === 'execution_file_not_found');
  });
});

describe('client.auctions', () => {
  it('bids racing at the closing instant: before it one of each amount wins the race, at it none; the highest wins', async () => {
    sandbox.clock.set('2026-11-30T11:59:59.999Z');
    const bidders = ['per_ps_001', 'per_ps_002', 'per_ps_003'].map(personClient);
    const race = await Promise.allSettled(bidders.map((c) => c.auctions.placeBid({ lotId: 'lot_ps_001', amount: { amount: 8_300_000, currency: 'JOD' } })));
    assert.deepEqual(race.map((r) => r.status).sort(), ['fulfilled', 'rejected', 'rejected']);
    for (const r of race) if (r.status === 'rejected') assert.ok(r.reason instanceof BusinessRuleError && r.reason.code === 'bid_below_increment');
    sandbox.clock.set('2026-11-30T12:00:00Z');
    const late = await Promise.allSettled(bidders.map((c) => c.auctions.placeBid({ lotId: 'lot_ps_001', amount: { amount: 9_000_000, currency: 'JOD' } })));
    for (const r of late) assert.ok(r.status === 'rejected' && r.reason instanceof BusinessRuleError && r.reason.code === 'auction_closed');
    const lot = await bidders[0]!.auctions.getLot({ lotId: 'lot_ps_001' });
    const winner = race.find((r) => r.status === 'fulfilled')!;
    assert.deepEqual([lot.status, lot.winningBidId], ['closed', winner.status === 'fulfilled' ? winner.value.id : null]);
  });
});
