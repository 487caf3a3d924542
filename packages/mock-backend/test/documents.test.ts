/**
 * Documents through resumable uploads: chunks at offsets, status of held ranges, an
 * upload cut half way and resumed, the court's size limit, type from the bytes,
 * the lead document rule, removal.
 */
import { createHash } from 'node:crypto';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Filing, FilingDocument, UploadSession } from '@adalat/sdk/contract';
import { SAMPLE_FILES, sampleDocx, samplePdf } from '../src/index.ts';
import { assertProblem, parsed, useSandbox } from './helpers.ts';
import { ministryOf, withKey } from './payments-helpers.ts';
import { attach, claimBody, createFiling, getFiling, upload } from './filings-helpers.ts';

const sandbox = useSandbox();
const ministry = () => withKey(ministryOf(sandbox, 'PS').secretKey);
const b64 = (bytes: Uint8Array): string => Buffer.from(bytes).toString('base64');

async function open(filingId: string, name: string, size: number): Promise<UploadSession> {
  const result = await ministry()('/v1/documents/uploads', { body: { filingId, filename: name, sizeBytes: size } });
  assert.equal(result.status, 201, JSON.stringify(result.body));
  return parsed(UploadSession, result.body);
}

const put = (id: string, offset: number, bytes: Uint8Array) => ministry()(`/v1/documents/uploads/${id}/chunks`, { method: 'PUT', body: { offset, data: b64(bytes) } });
const status = async (id: string) => parsed(UploadSession, (await ministry()(`/v1/documents/uploads/${id}`)).body);

describe('resumable upload', () => {
  it('cut half way, the status tells which bytes are held and the rest completes the file', async () => {
    const filing = await createFiling(ministry(), claimBody(sandbox));
    const file = samplePdf(Array.from({ length: 40 }, (_, i) => ({ text: `page ${i + 1}` })));
    const session = await open(filing.id, 'claim.pdf', file.length);
    const chunk = 1024;
    const half = Math.floor(file.length / 2 / chunk) * chunk;
    for (let offset = 0; offset < half; offset += chunk) assert.equal((await put(session.id, offset, file.subarray(offset, offset + chunk))).status, 200);
    // The connection drops; the client comes back and asks.
    const held = await status(session.id);
    assert.deepEqual(held.received, [{ start: 0, end: half }]);
    assert.equal(held.receivedBytes, half);
    assertProblem(await ministry()(`/v1/documents/uploads/${session.id}/complete`, { body: { role: 'lead' } }), 409, 'upload_incomplete');
    // Only the missing range is sent, out of order for good measure.
    const offsets: number[] = [];
    for (let offset = half; offset < file.length; offset += chunk) offsets.push(offset);
    for (const offset of offsets.reverse()) assert.equal((await put(session.id, offset, file.subarray(offset, offset + chunk))).status, 200);
    assert.deepEqual((await status(session.id)).received, [{ start: 0, end: file.length }]);
    const done = await ministry()(`/v1/documents/uploads/${session.id}/complete`, { body: { role: 'lead', documentType: 'statement_of_claim' } });
    assert.equal(done.status, 201, JSON.stringify(done.body));
    const document = parsed(FilingDocument, done.body);
    assert.equal(document.pageCount, 40);
    assert.equal(document.sizeBytes, file.length);
    assert.equal(document.sha256, (await import('node:crypto')).createHash('sha256').update(file).digest('hex'));
    assert.equal((await getFiling(ministry(), filing.id)).documents.lead?.id, document.id);
    // Completing again answers the same document.
    assert.deepEqual((await ministry()(`/v1/documents/uploads/${session.id}/complete`, { body: { role: 'lead' } })).body, done.body);
  });

  it('accepts held bytes sent again, refuses different bytes, chunks past the end and chunks after completion', async () => {
    const filing = await createFiling(ministry(), claimBody(sandbox));
    const file = SAMPLE_FILES.petition().bytes;
    const session = await open(filing.id, 'petition.pdf', file.length);
    assert.equal((await put(session.id, 0, file.subarray(0, 100))).status, 200);
    assert.equal((await put(session.id, 50, file.subarray(50, 150))).status, 200);
    assertProblem(await put(session.id, 0, new Uint8Array(10).fill(0x41)), 409, 'chunk_conflict');
    assertProblem(await put(session.id, file.length - 5, new Uint8Array(10)), 400, 'chunk_out_of_range');
    assertProblem(await ministry()(`/v1/documents/uploads/${session.id}/chunks`, { method: 'PUT', body: { offset: 0, data: 'not base64!' } }), 400, 'validation_failed');
    await put(session.id, 150, file.subarray(150));
    assert.equal((await ministry()(`/v1/documents/uploads/${session.id}/complete`, { body: { role: 'lead' } })).status, 201);
    assertProblem(await put(session.id, 0, file.subarray(0, 10)), 409, 'upload_completed');
  });

  it('refuses a file over the court’s size limit before any byte is sent', async () => {
    const filing = await createFiling(ministry(), claimBody(sandbox));
    const result = await ministry()('/v1/documents/uploads', { body: { filingId: filing.id, filename: 'big.pdf', sizeBytes: 20 * 1024 * 1024 + 1 } });
    const error = assertProblem(result, 422, 'file_too_large');
    assert.match(error.message, /up to 20 MB/);
  });

  it('refuses on completion bytes whose SHA-256 is not the one declared on create, attaching nothing', async () => {
    const filing = await createFiling(ministry(), claimBody(sandbox));
    const declared = samplePdf([{ text: 'the petition as signed' }]);
    const other = samplePdf([{ text: 'the petition unsigned!' }]);
    assert.equal(other.length, declared.length, 'a file of the same size');
    const sha256 = createHash('sha256').update(declared).digest('hex');
    const created = await ministry()('/v1/documents/uploads', { body: { filingId: filing.id, filename: 'petition.pdf', sizeBytes: declared.length, sha256 } });
    assert.equal(parsed(UploadSession, created.body).sha256, sha256);
    const session = parsed(UploadSession, created.body);
    assert.equal((await put(session.id, 0, other)).status, 200);
    assertProblem(await ministry()(`/v1/documents/uploads/${session.id}/complete`, { body: { role: 'lead' } }), 422, 'upload_checksum_mismatch');
    assert.equal((await status(session.id)).status, 'open');
    assert.equal((await getFiling(ministry(), filing.id)).documents.lead, null);
    assertProblem(
      await ministry()('/v1/documents/uploads', { body: { filingId: filing.id, filename: 'petition.pdf', sizeBytes: declared.length, sha256: 'ABC' } }),
      400,
      'validation_failed',
    );
  });

  it('completes the declared file when its SHA-256 matches', async () => {
    const filing = await createFiling(ministry(), claimBody(sandbox));
    const file = SAMPLE_FILES.petition().bytes;
    const sha256 = createHash('sha256').update(file).digest('hex');
    const created = await ministry()('/v1/documents/uploads', { body: { filingId: filing.id, filename: 'petition.pdf', sizeBytes: file.length, sha256 } });
    const session = parsed(UploadSession, created.body);
    await put(session.id, 0, file);
    const done = await ministry()(`/v1/documents/uploads/${session.id}/complete`, { body: { role: 'lead' } });
    assert.equal(done.status, 201, JSON.stringify(done.body));
    assert.equal(parsed(FilingDocument, done.body).sha256, sha256);
  });

  it('opens an upload of exactly 20 MB, the jurisdiction’s limit', async () => {
    const filing = await createFiling(ministry(), claimBody(sandbox));
    const session = await open(filing.id, 'exact.pdf', 20 * 1024 * 1024);
    assert.equal(session.sizeBytes, 20 * 1024 * 1024);
  });

  it('applies a court’s own lower limit: the Supreme Court of Iran takes 10 MB', async () => {
    const filing = await createFiling(ministry(), claimBody(sandbox));
    // A draft does not go to the Supreme Court; point one there to read the seeded override.
    sandbox.store.filings.filings.get(filing.id)!.courtId = 'crt_ir_supreme';
    const tenMb = 10 * 1024 * 1024;
    const over = assertProblem(await ministry()('/v1/documents/uploads', { body: { filingId: filing.id, filename: 'big.pdf', sizeBytes: tenMb + 1 } }), 422, 'file_too_large');
    assert.match(over.message, /up to 10 MB/);
    assert.equal((await open(filing.id, 'ten.pdf', tenMb)).sizeBytes, tenMb);
  });

  it('forgets an open upload after 24 hours', async () => {
    const filing = await createFiling(ministry(), claimBody(sandbox));
    const session = await open(filing.id, 'a.pdf', 10);
    sandbox.clock.advance(24 * 60 * 60 * 1000 + 1);
    assertProblem(await ministry()(`/v1/documents/uploads/${session.id}`), 404, 'upload_not_found');
  });
});

describe('documents', () => {
  it('refuses a disguised file and a mismatched name with clear messages, attaching nothing', async () => {
    const filing = await createFiling(ministry(), claimBody(sandbox));
    const disguised = assertProblem(await upload(ministry(), filing.id, SAMPLE_FILES.disguised()), 422, 'unsupported_file_type');
    assert.match(disguised.message, /is a Windows program\. Courts take PDF, JPEG, PNG, TIFF or DOCX/);
    const mismatch = assertProblem(await upload(ministry(), filing.id, { name: 'brief.pdf', bytes: sampleDocx() }), 422, 'file_type_mismatch');
    assert.match(mismatch.message, /its content is a Word document/);
    assert.equal((await getFiling(ministry(), filing.id)).documents.lead, null);
  });

  it('takes one lead and connected documents; reports legibility per page', async () => {
    const filing = await createFiling(ministry(), claimBody(sandbox));
    await attach(ministry(), filing.id, SAMPLE_FILES.petition());
    assertProblem(await upload(ministry(), filing.id, SAMPLE_FILES.petition()), 422, 'lead_document_exists');
    assertProblem(await upload(ministry(), filing.id, SAMPLE_FILES.petition(), { role: 'lead', documentType: 'evidence' }), 422, 'document_type_not_lead');
    assertProblem(await upload(ministry(), filing.id, SAMPLE_FILES.petition(), { role: 'connected', documentType: 'nonsense' }), 400, 'validation_failed');
    const blank = await attach(ministry(), filing.id, SAMPLE_FILES.blankPage(), { role: 'connected' });
    assert.equal(blank.legible, false);
    assert.deepEqual(blank.pages.map((p) => p.problems.map((x) => x.code)), [[], ['blank_page']]);
    const current = await getFiling(ministry(), filing.id);
    assert.deepEqual(current.documents.connected.map((d) => d.id), [blank.id]);
  });

  it('removes a document from a draft, but not from a received filing', async () => {
    const filing = await createFiling(ministry(), claimBody(sandbox));
    const lead = await attach(ministry(), filing.id, SAMPLE_FILES.petition());
    assert.equal((await ministry()(`/v1/documents/${lead.id}`, { method: 'DELETE' })).status, 204);
    assert.equal((await getFiling(ministry(), filing.id)).documents.lead, null);
    assertProblem(await ministry()(`/v1/documents/${lead.id}`), 404, 'document_not_found');
    const stored = sandbox.store.filings.filings.get(filing.id)!;
    const again = await attach(ministry(), filing.id, SAMPLE_FILES.petition());
    stored.status = 'received';
    assertProblem(await ministry()(`/v1/documents/${again.id}`, { method: 'DELETE' }), 409, 'filing_not_editable');
    assert.equal(parsed(Filing, (await ministry()(`/v1/filings/${filing.id}`)).body).documents.lead?.id, again.id);
  });
});
