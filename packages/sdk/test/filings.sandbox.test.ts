/**
 * `client.filings`, `client.documents`, `client.offices` and `uploadDocument` against
 * the sandbox's msw handlers: a claim from draft to `accepted` with its fee paid
 * through payments and `filing.reviewed` on the live stream; an upload cut half way
 * and resumed without re-sending the chunks the server holds; typed errors.
 */
import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import { setTimeout as delay } from 'node:timers/promises';
import { SAMPLE_FILES, samplePdf } from '@adalat/mock-backend';
import { AdalatClient, BusinessRuleError, NotFoundError, uploadDocument, type AdalatEvent } from '../src/index.ts';
import { liveEvents } from '../src/events/index.ts';
import { SANDBOX_BASE as BASE, mswSandbox } from './sandbox-setup.ts';

const sandbox = mswSandbox({ eventStreams: { heartbeatMs: 30, retryMs: 200 } }, () => {
  wire.length = 0;
});
const cleanups: Array<() => void> = [];
afterEach(() => cleanups.splice(0).forEach((stop) => stop()));

interface Exchange {
  method: string;
  path: string;
  idempotencyKey: string | null;
  /** For chunk PUTs: where the chunk went and how long it was. */
  chunk: { offset: number; bytes: number } | null;
}
const wire: Exchange[] = [];
const recordingFetch: typeof fetch = async (input, init) => {
  const request = new Request(input, init);
  const path = new URL(request.url).pathname;
  let chunk: Exchange['chunk'] = null;
  if (request.method === 'PUT' && path.endsWith('/chunks')) {
    const body = (await request.clone().json()) as { offset: number; data: string };
    chunk = { offset: body.offset, bytes: Buffer.from(body.data, 'base64').length };
  }
  wire.push({ method: request.method, path, idempotencyKey: request.headers.get('Idempotency-Key'), chunk });
  return globalThis.fetch(request);
};

const partner = (jurisdiction: string, kind: string) => sandbox.keys.partners.find((p) => p.jurisdiction === jurisdiction && p.kind === kind)!;
const ministry = () => new AdalatClient({ baseUrl: BASE, auth: { secretKey: partner('PS', 'ministry').secretKey }, fetch: recordingFetch, retry: false });
const bank = () => new AdalatClient({ baseUrl: BASE, auth: { secretKey: partner('PS', 'bank').secretKey }, retry: false });
const fileOf = (sample: { name: string; bytes: Uint8Array }): File => new File([sample.bytes], sample.name);

function claim() {
  return {
    kind: 'claim' as const,
    courtId: 'crt_ps_ramallah_first_instance',
    category: 'civil.contract.sale',
    claimAmount: { amount: 5_000_000, currency: 'JOD' as const },
    parties: [
      { role: 'claimant' as const, type: 'individual' as const, name: 'Claimant', nationalId: sandbox.store.people.get('per_ps_001')!.nationalId },
      { role: 'defendant' as const, type: 'individual' as const, name: 'Defendant' },
    ],
  };
}

async function until(check: () => boolean, what: string, timeoutMs = 3000): Promise<void> {
  const started = Date.now();
  while (!check()) {
    if (Date.now() - started > timeoutMs) assert.fail(`timed out waiting for ${what}`);
    await delay(5);
  }
}

describe('a claim from draft to accepted', () => {
  it('uploads, quotes and pays the fee, submits with an SDK-made key, and hears filing.reviewed', async () => {
    const client = ministry();
    const got: AdalatEvent[] = [];
    cleanups.push(liveEvents(client).subscribe({ types: ['filing.reviewed'] }, (event) => got.push(event)));

    const draft = await client.filings.create(claim());
    const progress: number[] = [];
    const lead = await uploadDocument(client.documents, { filingId: draft.id, file: fileOf(SAMPLE_FILES.petition()), role: 'lead', onProgress: (p) => progress.push(p.sentBytes) });
    assert.equal(lead.mediaType, 'application/pdf');
    assert.equal(progress.at(-1), lead.sizeBytes);

    const priced = await client.filings.quoteFee({ filingId: draft.id });
    assert.equal((await client.filings.check({ filingId: draft.id })).problems[0]?.code, 'fee_unpaid');
    const payment = await client.payments.create({ payable: { kind: 'filing_fee', quoteId: priced.fee.quoteId! }, payer: { name: 'Claimant' } });
    await bank().payments.confirm({ paymentId: payment.id, outcome: 'succeeded', bankReference: payment.nextAction!.bankReference });
    assert.deepEqual(await client.filings.check({ filingId: draft.id }), { filingId: draft.id, ready: true, problems: [], warnings: [] });

    const received = await client.filings.submit({ filingId: draft.id });
    assert.equal(received.status, 'received');
    const submitPost = wire.find((e) => e.method === 'POST' && e.path.endsWith('/submit'))!;
    assert.ok(submitPost.idempotencyKey, 'the SDK made the Idempotency-Key');

    sandbox.clock.advance(2 * 60 * 60 * 1000);
    const accepted = await client.filings.get({ filingId: draft.id });
    assert.equal(accepted.status, 'accepted');
    await until(() => got.length === 1, 'filing.reviewed');
    assert.equal(got[0]!.type, 'filing.reviewed');
    assert.deepEqual(got[0]!.data, { filingId: draft.id, outcome: 'accepted', caseNumber: accepted.review!.caseNumber, branchId: accepted.review!.branchId, officeId: null });
  });

  it('refuses a submission with problems as a typed error listing each', async () => {
    const client = ministry();
    const draft = await client.filings.create({ kind: 'claim', jurisdiction: 'PS' });
    const error = await client.filings.submit({ filingId: draft.id }).then(
      () => assert.fail('submitted'),
      (e: unknown) => e,
    );
    assert.ok(error instanceof BusinessRuleError);
    assert.equal(error.code, 'filing_has_problems');
    assert.deepEqual(error.issues.map((i) => i.path), ['parties', 'courtId', 'documents.lead', 'fee']);
  });

  it('a disguised file is a BusinessRuleError that names what it is', async () => {
    const client = ministry();
    const draft = await client.filings.create(claim());
    const error = await uploadDocument(client.documents, { filingId: draft.id, file: fileOf(SAMPLE_FILES.disguised()), role: 'lead' }).then(
      () => assert.fail('accepted'),
      (e: unknown) => e,
    );
    assert.ok(error instanceof BusinessRuleError);
    assert.equal(error.code, 'unsupported_file_type');
    assert.match(error.message, /Windows program/);
  });
});

describe('resumable upload', () => {
  it('cut half way, resumes without re-sending the chunks the server holds', async () => {
    const client = ministry();
    const draft = await client.filings.create(claim());
    const bytes = samplePdf(Array.from({ length: 400 }, (_, i) => ({ text: `Page ${i + 1} of the evidence bundle` })));
    const file = new File([bytes], 'bundle.pdf');
    const chunkBytes = 4096;
    const half = Math.floor(bytes.length / 2);
    const cut = new AbortController();
    let uploadId = '';
    const first = await uploadDocument(client.documents, {
      filingId: draft.id,
      file,
      role: 'connected',
      chunkBytes,
      signal: cut.signal,
      onSession: (session) => (uploadId = session.id),
      onProgress: (p) => {
        if (p.sentBytes >= half) cut.abort(new Error('connection lost'));
      },
    }).then(
      () => 'finished',
      (e: unknown) => e,
    );
    assert.notEqual(first, 'finished', 'the first attempt was cut');
    const sentBefore = wire.filter((e) => e.chunk !== null).map((e) => e.chunk!);
    const held = await client.documents.getUpload({ uploadId });
    assert.equal(held.status, 'open');
    assert.equal(held.receivedBytes, sentBefore.reduce((n, c) => n + c.bytes, 0));
    assert.ok(held.receivedBytes >= half && held.receivedBytes < bytes.length);

    wire.length = 0;
    const resumedProgress: number[] = [];
    const document = await uploadDocument(client.documents, { filingId: draft.id, file, role: 'connected', chunkBytes, uploadId, onProgress: (p) => resumedProgress.push(p.sentBytes) });
    const sentAfter = wire.filter((e) => e.chunk !== null).map((e) => e.chunk!);
    assert.ok(sentAfter.every((c) => c.offset >= held.receivedBytes), 'no held chunk is sent again');
    assert.equal(sentAfter.reduce((n, c) => n + c.bytes, 0), bytes.length - held.receivedBytes);
    assert.equal(wire.filter((e) => e.path === '/v1/documents/uploads' && e.method === 'POST').length, 0, 'no new session');
    assert.equal(resumedProgress[0], held.receivedBytes, 'progress starts where the server is');
    assert.equal(document.pageCount, 400);
    assert.equal(document.sizeBytes, bytes.length);
  });

  it('resuming a session that is gone is a NotFoundError', async () => {
    const client = ministry();
    const draft = await client.filings.create(claim());
    await assert.rejects(
      uploadDocument(client.documents, { filingId: draft.id, file: fileOf(SAMPLE_FILES.petition()), role: 'lead', uploadId: 'upl_999999' }),
      (e: unknown) => e instanceof NotFoundError && e.code === 'upload_not_found',
    );
  });
});

describe('offices', () => {
  it('reads the directory and an office’s metrics with a publishable key', async () => {
    const client = new AdalatClient({ baseUrl: BASE, auth: { publishableKey: partner('IR', 'bank').publishableKey }, retry: false });
    const offices = await client.offices.list({ jurisdiction: 'IR' });
    assert.deepEqual(offices.data.map((o) => o.id), ['off_ir_tehran_1042', 'off_ir_tehran_2217']);
    const metrics = await client.offices.getMetrics({ officeId: 'off_ir_tehran_2217' });
    assert.equal(metrics.officeId, 'off_ir_tehran_2217');
    assert.ok(metrics.current.filingsReceived > 0 && metrics.previous.filingsReceived > 0);
  });
});
