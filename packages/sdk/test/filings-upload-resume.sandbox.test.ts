/**
 * `uploadDocument` resuming a session with another file than the one it was opened
 * for: refused before a byte is sent, nothing completed, the session left as it was.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { samplePdf } from '@adalat/mock-backend';
import { AdalatClient, InvalidRequestError, uploadDocument } from '../src/index.ts';
import { SANDBOX_BASE as BASE, mswSandbox } from './sandbox-setup.ts';

const sentChunks: number[] = [];
const sandbox = mswSandbox({}, () => (sentChunks.length = 0));
const countingFetch: typeof fetch = async (input, init) => {
  const request = new Request(input, init);
  if (request.method === 'PUT' && new URL(request.url).pathname.endsWith('/chunks')) sentChunks.push(1);
  return globalThis.fetch(request);
};

function client(): AdalatClient {
  const partner = sandbox.keys.partners.find((p) => p.jurisdiction === 'PS' && p.kind === 'ministry')!;
  return new AdalatClient({ baseUrl: BASE, auth: { secretKey: partner.secretKey }, fetch: countingFetch, retry: false });
}

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

/** Opens an upload of `file` and stops it after its first chunk; answers the session's id. */
async function cutAfterFirstChunk(sdk: AdalatClient, filingId: string, file: File): Promise<string> {
  const cut = new AbortController();
  let uploadId = '';
  await uploadDocument(sdk.documents, {
    filingId,
    file,
    role: 'lead',
    chunkBytes: 256,
    signal: cut.signal,
    onSession: (session) => (uploadId = session.id),
    onProgress: (p) => {
      if (p.sentBytes > 0) cut.abort(new Error('connection lost'));
    },
  }).catch(() => undefined);
  return uploadId;
}

const isMismatch = (e: unknown): boolean => e instanceof InvalidRequestError && e.code === 'upload_file_mismatch' && e.requestId === null;

describe('resuming an upload with another file', () => {
  const signed = samplePdf([{ text: 'the petition as signed' }]);
  const unsigned = samplePdf([{ text: 'the petition unsigned!' }]);

  it('refuses a different file of the same size and name before sending a byte; nothing is completed', async () => {
    assert.equal(unsigned.length, signed.length);
    const sdk = client();
    const draft = await sdk.filings.create(claim());
    const uploadId = await cutAfterFirstChunk(sdk, draft.id, new File([signed], 'petition.pdf'));
    const held = await sdk.documents.getUpload({ uploadId });
    assert.equal(held.receivedBytes, 256);
    sentChunks.length = 0;
    await assert.rejects(uploadDocument(sdk.documents, { filingId: draft.id, file: new File([unsigned], 'petition.pdf'), role: 'lead', uploadId }), isMismatch);
    assert.equal(sentChunks.length, 0, 'no chunk was sent');
    assert.deepEqual(await sdk.documents.getUpload({ uploadId }), held);
    assert.equal((await sdk.filings.get({ filingId: draft.id })).documents.lead, null);
    // The right file still resumes.
    const document = await uploadDocument(sdk.documents, { filingId: draft.id, file: new File([signed], 'petition.pdf'), role: 'lead', uploadId });
    assert.equal(document.sizeBytes, signed.length);
  });

  it('refuses a file of another size or another name', async () => {
    const sdk = client();
    const draft = await sdk.filings.create(claim());
    const uploadId = await cutAfterFirstChunk(sdk, draft.id, new File([signed], 'petition.pdf'));
    sentChunks.length = 0;
    const longer = samplePdf([{ text: 'the petition as signed, and an annex' }]);
    await assert.rejects(uploadDocument(sdk.documents, { filingId: draft.id, file: new File([longer], 'petition.pdf'), role: 'lead', uploadId }), isMismatch);
    await assert.rejects(uploadDocument(sdk.documents, { filingId: draft.id, file: new File([signed], 'annex.pdf'), role: 'lead', uploadId }), isMismatch);
    assert.equal(sentChunks.length, 0);
  });
});
