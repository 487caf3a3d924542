/**
 * E-filing over real HTTP (the sandbox's node server, with its 1 MiB body limit): a
 * document uploaded in chunks of the largest size a session allows, then a claim
 * submitted and reviewed through the control route.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startSandboxServer, type SandboxServer } from '@adalat/mock-backend/node';
import { samplePdf } from '@adalat/mock-backend';
import { AdalatClient, uploadDocument } from '../src/index.ts';

let server: SandboxServer;
before(async () => {
  server = await startSandboxServer({ port: 0 });
});
after(() => server.close());

describe('filings over HTTP', () => {
  it('uploads in chunks of maxChunkBytes without tripping the body limit, and the court reviews', async () => {
    const ministry = server.sandbox.keys.partners.find((p) => p.jurisdiction === 'KZ' && p.kind === 'ministry')!;
    const client = new AdalatClient({ baseUrl: server.url, auth: { secretKey: ministry.secretKey }, retry: false });
    const respondent = server.sandbox.store.people.get('per_kz_001')!;
    const draft = await client.filings.create({
      kind: 'claim_response',
      courtId: 'crt_kz_almaty_district',
      category: 'civil',
      caseId: 'cas_kz_001',
      parties: [{ role: 'defendant', type: 'individual', name: 'Respondent', nationalId: respondent.nationalId }],
    });
    // About 1.3 MB: three chunks, two of them full.
    const bytes = samplePdf(Array.from({ length: 9000 }, (_, i) => ({ text: `Response page ${i + 1}` })));
    assert.ok(bytes.length > 1024 * 1024, `sample is ${bytes.length} bytes`);
    const chunks: number[] = [];
    const document = await uploadDocument(client.documents, {
      filingId: draft.id,
      file: new File([new Uint8Array(bytes)], 'response.pdf'),
      role: 'lead',
      chunkBytes: Number.MAX_SAFE_INTEGER,
      onProgress: (p) => chunks.push(p.sentBytes),
    });
    assert.equal(document.pageCount, 9000);
    assert.ok(chunks.length >= 3, `progress ${chunks.join(',')}`);

    const received = await client.filings.submit({ filingId: draft.id });
    assert.equal(received.status, 'received');
    const review = await fetch(`${server.url}/__sandbox/filings/review`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ filingId: draft.id }) });
    assert.equal(review.status, 200);
    const accepted = await client.filings.get({ filingId: draft.id });
    assert.equal(accepted.status, 'accepted');
    assert.match(accepted.review!.caseNumber!, /^F-KZ-2026-\d{6}$/);
  });
});
