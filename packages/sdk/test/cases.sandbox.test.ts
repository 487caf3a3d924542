/**
 * `client.cases` against the sandbox's msw handlers: typed reads, pages, the PDF
 * download as a Blob, party and court actions, and the typed errors of each.
 * Then the binary transport alone, over a fake fetch.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { casesEndpoints } from '../src/contract/index.ts';
import { AdalatClient, AdalatCore, BusinessRuleError, ConflictError, PermissionError, type AdalatAuth, type Case } from '../src/index.ts';
import { SANDBOX_BASE as BASE, mswSandbox } from './sandbox-setup.ts';

const sandbox = mswSandbox();

const accepts: string[] = [];
const recordingFetch: typeof fetch = async (input, init) => {
  const request = new Request(input, init);
  accepts.push(request.headers.get('Accept') ?? '');
  return globalThis.fetch(request);
};
const clientWith = (auth: AdalatAuth) => new AdalatClient({ baseUrl: BASE, auth, fetch: recordingFetch, retry: false });
const userClient = (kind: 'person' | 'lawyer' | 'staff', id: string) => {
  const token = sandbox.mintToken({ kind, id, ttlSeconds: 86_400 });
  return clientWith({ token: () => token });
};

describe('client.cases over the sandbox', () => {
  it('lists a person’s own cases, page by page with for await, typed from the contract', async () => {
    const client = userClient('person', 'per_ps_001');
    const first = await client.cases.list({ limit: 1 });
    assert.equal(first.data.length, 1);
    assert.notEqual(first.nextCursor, null);
    const all: Case[] = [];
    for await (const item of client.cases.list({ limit: 1 })) all.push(item);
    const expected = [...sandbox.store.cases.values()].filter((c) => c.parties.some((p) => p.personId === 'per_ps_001')).map((c) => c.id);
    assert.deepEqual(all.map((c) => c.id), expected);
    const one = await client.cases.get({ caseId: expected[0]! });
    assert.equal(one.parties.find((p) => p.personId === 'per_ps_001')?.role, 'claimant');
    assert.equal(one.nextHearing?.timeZone, 'Asia/Hebron');
  });

  it('downloads a judicial act as a Blob of PDF bytes, the size the listing gave', async () => {
    const client = userClient('person', 'per_ps_001');
    const [act] = (await client.cases.listDocuments({ caseId: 'cas_ps_003', kind: 'judicial_act' })).data;
    assert.ok(act?.act?.appealDeadline, 'a served act has its deadline');
    accepts.length = 0;
    const pdf = await client.cases.downloadDocument({ caseId: 'cas_ps_003', documentId: act.id });
    assert.ok(pdf instanceof Blob);
    assert.equal(pdf.type, 'application/pdf');
    assert.equal(pdf.size, act.sizeBytes);
    const bytes = new Uint8Array(await pdf.arrayBuffer());
    assert.equal(String.fromCharCode(...bytes.slice(0, 5)), '%PDF-');
    assert.match(String.fromCharCode(...bytes.slice(-6)), /%%EOF\n$/);
    assert.deepEqual(accepts, ['application/pdf, application/json']);
  });

  it('a refused download is a typed PermissionError from the JSON envelope, not a Blob', async () => {
    const stranger = userClient('person', 'per_ps_002');
    await assert.rejects(stranger.cases.downloadDocument({ caseId: 'cas_ps_003', documentId: 'doc_ps_003_1' }), (error: unknown) => {
      assert.ok(error instanceof PermissionError);
      assert.equal(error.code, 'case_not_accessible');
      assert.match(error.requestId ?? '', /^req_/);
      return true;
    });
  });

  it('a party asks to postpone, the court grants it, the hearing moves; asking twice is a ConflictError', async () => {
    const party = userClient('person', 'per_ps_001');
    const request = await party.cases.requestPostponement({ caseId: 'cas_ps_001', hearingId: 'hrg_ps_001_3', reason: 'Surgery scheduled that day.' });
    assert.equal(request.status, 'pending');
    await assert.rejects(
      party.cases.requestPostponement({ caseId: 'cas_ps_001', hearingId: 'hrg_ps_001_3', reason: 'Again.' }),
      (error: unknown) => error instanceof ConflictError && error.code === 'postponement_already_pending',
    );
    const court = userClient('staff', 'stf_ps_001');
    const granted = await court.cases.decidePostponement({
      caseId: 'cas_ps_001',
      requestId: request.id,
      decision: 'granted',
      newStartsAt: '2026-12-08T08:00:00Z',
    });
    assert.equal(granted.status, 'granted');
    const { data: hearings } = await party.cases.listHearings({ caseId: 'cas_ps_001' });
    assert.deepEqual(
      hearings.filter((h) => h.postponed).map((h) => [h.id, h.startsAt]),
      [['hrg_ps_001_3', '2026-12-08T08:00:00Z']],
    );
  });

  it('a memorandum from one party is in the other party’s documents and timeline', async () => {
    const memo = await userClient('lawyer', 'law_ps_001').cases.submitMemorandum({
      caseId: 'cas_ps_001',
      title: 'Closing memorandum',
      text: 'The claim is proven by the contract and the receipts.',
    });
    const other = userClient('person', 'per_ps_002');
    const docs = await other.cases.listDocuments({ caseId: 'cas_ps_001', kind: 'memorandum' });
    assert.deepEqual(docs.data.map((d) => d.id), [memo.id]);
    const events: string[] = [];
    for await (const event of other.cases.getTimeline({ caseId: 'cas_ps_001', limit: 5 })) events.push(`${event.type}:${event.documentId}`);
    assert.equal(events.at(-1), `memorandum_submitted:${memo.id}`);
  });

  it('strike-off before noon in Hebron is a BusinessRuleError strike_off_before_noon; at noon it succeeds', async () => {
    const court = userClient('staff', 'stf_ps_001');
    await assert.rejects(court.cases.strikeOff({ caseId: 'cas_ps_010', reason: 'Nobody appeared.' }), (error: unknown) => {
      assert.ok(error instanceof BusinessRuleError);
      assert.equal(error.status, 422);
      assert.equal(error.code, 'strike_off_before_noon');
      return true;
    });
    sandbox.clock.set('2026-11-23T10:00:00Z'); // 12:00 in Hebron
    assert.equal((await court.cases.strikeOff({ caseId: 'cas_ps_010', reason: 'Nobody appeared.' })).status, 'struck_off');
  });

  it('lawyer appearance is for the bench only', async () => {
    const appearance = await userClient('staff', 'stf_sa_001').cases.getLawyerAppearance({ lawyerId: 'law_sa_001' });
    assert.equal(appearance.appearing?.caseId, 'cas_sa_002');
    await assert.rejects(userClient('lawyer', 'law_sa_001').cases.getLawyerAppearance({ lawyerId: 'law_sa_001' }), PermissionError);
  });

  it('a widget session reads its case and gets a PermissionError for another', async () => {
    const ministry = sandbox.keys.partners.find((p) => p.jurisdiction === 'PS' && p.kind === 'ministry')!;
    const server = clientWith({ secretKey: ministry.secretKey });
    const session = await server.widgetSessions.create({
      subjects: { cases: ['cas_ps_003'] },
      operations: ['cases.get', 'cases.downloadDocument'],
    });
    const widget = clientWith({ publishableKey: ministry.publishableKey, clientSecret: () => session.clientSecret });
    assert.equal((await widget.cases.get({ caseId: 'cas_ps_003' })).id, 'cas_ps_003');
    assert.ok((await widget.cases.downloadDocument({ caseId: 'cas_ps_003', documentId: 'doc_ps_003_1' })) instanceof Blob);
    await assert.rejects(widget.cases.get({ caseId: 'cas_ps_001' }), (error: unknown) => error instanceof PermissionError && error.code === 'subject_not_in_scope');
  });
});

describe('binary transport', () => {
  const pdfBytes = new TextEncoder().encode('%PDF-1.4 fake');
  const fakeFetch = (seen: Headers[]): typeof fetch => async (input, init) => {
    seen.push(new Request(input, init).headers);
    return new Response(pdfBytes, { status: 200, headers: { 'Content-Type': 'application/pdf', ETag: '"v1"' } });
  };

  it('returns the bytes as a Blob whatever validateResponses says, and never revalidates a file with a cached ETag', async () => {
    for (const validateResponses of [true, false]) {
      const seen: Headers[] = [];
      const core = new AdalatCore({ baseUrl: BASE, auth: { secretKey: 'sk_test_x' }, fetch: fakeFetch(seen), retry: false, validateResponses });
      const endpoint = casesEndpoints.downloadDocument;
      const first = await core.request(endpoint, { caseId: 'cas_1', documentId: 'doc_1' });
      const second = await core.request(endpoint, { caseId: 'cas_1', documentId: 'doc_1' });
      for (const blob of [first, second]) {
        assert.equal(blob.type, 'application/pdf');
        assert.deepEqual(new Uint8Array(await blob.arrayBuffer()), pdfBytes);
      }
      assert.equal(seen.length, 2);
      assert.equal(seen[1]!.get('If-None-Match'), null, 'a file is not served from the ETag cache');
    }
  });
});
