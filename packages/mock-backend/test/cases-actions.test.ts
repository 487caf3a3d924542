/** What parties and the court do in a case: postponement requests and decisions, memoranda, strike-off. */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Case, CaseDocument, Hearing, listOf, PostponementRequest, TimelineEvent, type JurisdictionCode } from '@adalat/sdk/contract';
import { as, asWidget, JURISDICTIONS, setLocalTime } from './cases-helpers.ts';
import { assertProblem, call, parsed, partnerOf, useSandbox } from './helpers.ts';

const sandbox = useSandbox();
const REASON = { reason: 'I am abroad for medical treatment until December.' };

async function timeline(caseId: string, staffId = 'stf_ps_001'): Promise<TimelineEvent[]> {
  return parsed(listOf(TimelineEvent), (await as(sandbox, 'staff', staffId)(`/v1/cases/${caseId}/timeline?limit=100`)).body).data;
}

describe('hearing postponement', () => {
  const path = '/v1/cases/cas_ps_001/hearings/hrg_ps_001_3/postponement-requests';

  test('a party asks (pending), court staff grant it, and the hearing moves', async () => {
    const party = as(sandbox, 'person', 'per_ps_001');
    const asked = await party(path, { body: REASON });
    assert.equal(asked.status, 201, JSON.stringify(asked.body));
    const request = parsed(PostponementRequest, asked.body);
    assert.deepEqual(
      [request.status, request.partyId, request.lawyerId, request.hearingId, request.reason],
      ['pending', 'pty_ps_001_1', null, 'hrg_ps_001_3', REASON.reason],
    );
    // One pending request per hearing.
    assertProblem(await as(sandbox, 'lawyer', 'law_ps_002')(path, { body: REASON }), 409, 'postponement_already_pending');

    const before = sandbox.store.hearings.get('hrg_ps_001_3')!.startsAt;
    const newStartsAt = '2026-12-07T08:00:00Z';
    const decided = await as(sandbox, 'staff', 'stf_ps_001')(`/v1/cases/cas_ps_001/postponement-requests/${request.id}/decision`, {
      body: { decision: 'granted', newStartsAt, note: 'Granted once.' },
    });
    assert.equal(decided.status, 200, JSON.stringify(decided.body));
    assert.deepEqual(
      (({ status, newStartsAt: at, decisionNote, decidedAt }) => ({ status, at, decisionNote, decidedAt }))(parsed(PostponementRequest, decided.body)),
      { status: 'granted', at: newStartsAt, decisionNote: 'Granted once.', decidedAt: '2026-11-23T07:00:00Z' },
    );

    const hearings = parsed(listOf(Hearing), (await party('/v1/cases/cas_ps_001/hearings')).body).data;
    const moved = hearings.find((h) => h.id === 'hrg_ps_001_3')!;
    assert.equal(moved.startsAt, newStartsAt);
    assert.equal(Date.parse(moved.endsAt) - Date.parse(moved.startsAt), 90 * 60_000);
    assert.deepEqual([moved.postponed, moved.postponementReason, moved.originalStartsAt], [true, REASON.reason, before]);
    assert.equal(parsed(Case, (await party('/v1/cases/cas_ps_001')).body).nextHearing?.startsAt, newStartsAt);

    const events = await timeline('cas_ps_001');
    assert.deepEqual(events.slice(-2).map((e) => [e.type, e.postponementRequestId]), [
      ['postponement_requested', request.id],
      ['hearing_postponed', request.id],
    ]);
    const listed = parsed(listOf(PostponementRequest), (await party('/v1/cases/cas_ps_001/postponement-requests?status=granted')).body).data;
    assert.deepEqual(listed.map((r) => r.id), [request.id]);
    // Decided once, for good.
    assertProblem(
      await as(sandbox, 'staff', 'stf_ps_001')(`/v1/cases/cas_ps_001/postponement-requests/${request.id}/decision`, { body: { decision: 'refused' } }),
      409,
      'postponement_already_decided',
    );
  });

  test('a refusal leaves the hearing where it was', async () => {
    const hearing = structuredClone(sandbox.store.hearings.get('hrg_ps_006_2')!);
    const result = await as(sandbox, 'staff', 'stf_ps_003')('/v1/cases/cas_ps_006/postponement-requests/ppr_ps_006_1/decision', {
      body: { decision: 'refused', note: 'Counsel may send a substitute.' },
    });
    assert.equal(parsed(PostponementRequest, result.body).status, 'refused');
    assert.deepEqual(sandbox.store.hearings.get('hrg_ps_006_2'), hearing);
    assert.equal((await timeline('cas_ps_006')).at(-1)!.type, 'postponement_refused');
  });

  test('a lawyer asks for their client; the request records the lawyer', async () => {
    const result = await as(sandbox, 'lawyer', 'law_ps_002')(path, { body: REASON });
    const request = parsed(PostponementRequest, result.body);
    assert.deepEqual([request.partyId, request.lawyerId], ['pty_ps_001_2', 'law_ps_002']);
  });

  test('a widget session scoped to the case asks for the party it names', async () => {
    const widget = await asWidget(sandbox, 'PS', ['cas_ps_001'], ['cases.requestPostponement']);
    assertProblem(await widget(path, { body: REASON }), 400, 'party_required');
    const result = await widget(path, { body: { ...REASON, partyId: 'pty_ps_001_2' } });
    assert.equal(parsed(PostponementRequest, result.body).partyId, 'pty_ps_001_2');
    // A session for one person acts for that person's party without saying so.
    sandbox.store.postponementRequests.clear();
    const personal = await asWidget(sandbox, 'PS', ['cas_ps_001'], ['cases.requestPostponement'], 'per_ps_001');
    assert.equal(parsed(PostponementRequest, (await personal(path, { body: REASON })).body).partyId, 'pty_ps_001_1');
    const readOnly = await asWidget(sandbox, 'PS', ['cas_ps_001'], ['cases.get']);
    assertProblem(await readOnly(path, { body: REASON }), 403, 'operation_not_in_scope');
  });

  test('refused requests: not a party, past hearing, closed case, bad reason; nothing is stored', async () => {
    const before = sandbox.store.postponementRequests.size;
    assertProblem(await as(sandbox, 'staff', 'stf_ps_001')(path, { body: REASON }), 403, 'not_a_party');
    assertProblem(await as(sandbox, 'person', 'per_ps_003')(path, { body: REASON }), 403, 'case_not_accessible');
    assertProblem(await as(sandbox, 'person', 'per_ps_001')(path, { body: { ...REASON, partyId: 'pty_ps_001_2' } }), 403, 'not_your_party');
    const past = '/v1/cases/cas_ps_001/hearings/hrg_ps_001_1/postponement-requests';
    assertProblem(await as(sandbox, 'person', 'per_ps_001')(past, { body: REASON }), 422, 'hearing_not_upcoming');
    assertProblem(await as(sandbox, 'person', 'per_ps_001')('/v1/cases/cas_ps_001/hearings/hrg_ps_002_1/postponement-requests', { body: REASON }), 404, 'hearing_not_found');
    const struck = '/v1/cases/cas_ps_009/hearings/hrg_ps_009_1/postponement-requests';
    assertProblem(await as(sandbox, 'person', 'per_ps_012')(struck, { body: REASON }), 422, 'case_not_active');
    const error = assertProblem(await as(sandbox, 'person', 'per_ps_001')(path, { body: { reason: ' ' } }), 400, 'validation_failed');
    assert.equal(error.issues?.[0]?.path, 'body.reason');
    assert.equal(sandbox.store.postponementRequests.size, before);
  });

  test('only court staff of the case’s jurisdiction decide; granting needs a later time', async () => {
    const decide = (staff: ReturnType<typeof as>, body: unknown) =>
      staff('/v1/cases/cas_ps_006/postponement-requests/ppr_ps_006_1/decision', { body });
    assertProblem(await decide(as(sandbox, 'lawyer', 'law_ps_004'), { decision: 'granted', newStartsAt: '2026-12-10T08:00:00Z' }), 403, 'court_staff_only');
    assertProblem(await decide(as(sandbox, 'staff', 'stf_sa_001'), { decision: 'granted', newStartsAt: '2026-12-10T08:00:00Z' }), 403, 'case_outside_jurisdiction');
    const staff = as(sandbox, 'staff', 'stf_ps_001');
    const missing = assertProblem(await decide(staff, { decision: 'granted' }), 400, 'validation_failed');
    assert.equal(missing.issues?.[0]?.path, 'body.newStartsAt');
    assertProblem(await decide(staff, { decision: 'refused', newStartsAt: '2026-12-10T08:00:00Z' }), 400, 'validation_failed');
    assertProblem(await decide(staff, { decision: 'granted', newStartsAt: '2026-11-30T08:00:00Z' }), 422, 'new_time_not_later');
    assertProblem(await staff('/v1/cases/cas_ps_006/postponement-requests/ppr_nope/decision', { body: { decision: 'refused' } }), 404, 'postponement_request_not_found');
    assert.equal(sandbox.store.postponementRequests.get('ppr_ps_006_1')!.status, 'pending');
  });
});

describe('memoranda', () => {
  test('a party submits one with documents; the other party and its lawyer see it in documents and timeline', async () => {
    const body = {
      title: 'Reply memorandum',
      text: 'The defendant’s objections are answered point by point.',
      attachedDocumentIds: ['doc_ps_001_1'],
      inlineAttachment: { title: 'List of witnesses', text: 'Witness 1: A. Example\nWitness 2: B. Example' },
    };
    const result = await as(sandbox, 'lawyer', 'law_ps_001')('/v1/cases/cas_ps_001/memoranda', { body, idempotencyKey: 'memo-1' });
    assert.equal(result.status, 201, JSON.stringify(result.body));
    const memorandum = parsed(CaseDocument, result.body);
    assert.deepEqual([memorandum.kind, memorandum.title, memorandum.text, memorandum.submittedByPartyId], [
      'memorandum',
      body.title,
      body.text,
      'pty_ps_001_1',
    ]);
    assert.equal(memorandum.attachmentIds.length, 2);
    assert.equal(memorandum.attachmentIds[0], 'doc_ps_001_1');
    const inline = sandbox.store.caseDocuments.get(memorandum.attachmentIds[1]!)!;
    assert.deepEqual([inline.kind, inline.title, inline.caseId], ['attachment', 'List of witnesses', 'cas_ps_001']);

    for (const [kind, id] of [['person', 'per_ps_002'], ['lawyer', 'law_ps_002']] as const) {
      const other = as(sandbox, kind, id);
      const docs = parsed(listOf(CaseDocument), (await other('/v1/cases/cas_ps_001/documents?kind=memorandum')).body).data;
      assert.deepEqual(docs.map((d) => d.id), [memorandum.id], `${kind} sees the memorandum`);
      const events = parsed(listOf(TimelineEvent), (await other('/v1/cases/cas_ps_001/timeline?limit=100')).body).data;
      assert.ok(events.some((e) => e.type === 'memorandum_submitted' && e.documentId === memorandum.id && e.partyId === 'pty_ps_001_1'));
    }
    // The same key replays the first answer and files nothing twice.
    const count = sandbox.store.caseDocuments.size;
    const replay = await as(sandbox, 'lawyer', 'law_ps_001')('/v1/cases/cas_ps_001/memoranda', { body, idempotencyKey: 'memo-1' });
    assert.equal(replay.headers.get('Idempotent-Replayed'), 'true');
    assert.deepEqual(replay.body, result.body);
    assert.equal(sandbox.store.caseDocuments.size, count);
  });

  test('attachments must be documents of the same case; strangers and court staff cannot submit', async () => {
    const count = sandbox.store.caseDocuments.size;
    const submit = as(sandbox, 'person', 'per_ps_001');
    const error = assertProblem(
      await submit('/v1/cases/cas_ps_001/memoranda', { body: { title: 'T', text: 'X', attachedDocumentIds: ['doc_ps_001_1', 'doc_ps_002_1'] } }),
      400,
      'validation_failed',
    );
    assert.deepEqual(error.issues?.map((i) => [i.path, i.code]), [['body.attachedDocumentIds.1', 'unknown_document']]);
    assertProblem(await as(sandbox, 'person', 'per_ps_003')('/v1/cases/cas_ps_001/memoranda', { body: { title: 'T', text: 'X' } }), 403, 'case_not_accessible');
    assertProblem(await as(sandbox, 'staff', 'stf_ps_001')('/v1/cases/cas_ps_001/memoranda', { body: { title: 'T', text: 'X' } }), 403, 'not_a_party');
    assertProblem(await as(sandbox, 'person', 'per_ps_012')('/v1/cases/cas_ps_009/memoranda', { body: { title: 'T', text: 'X' } }), 422, 'case_not_active');
    assert.equal(sandbox.store.caseDocuments.size, count);
  });
});

describe('strike-off and the noon rule', () => {
  const strike = (code: string, staffId = `stf_${code}_001`) =>
    as(sandbox, 'staff', staffId)(`/v1/cases/cas_${code}_010/strike-off`, { body: { reason: 'No party appeared at the hearing.' } });

  test('PS: refused at the sandbox’s default 09:00 and at 11:59 Hebron time, allowed at 12:00', async () => {
    const early = assertProblem(await strike('ps'), 422, 'strike_off_before_noon');
    assert.match(early.message, /12:00/);
    setLocalTime(sandbox, 'PS', '11:59');
    assertProblem(await strike('ps'), 422, 'strike_off_before_noon');
    assert.equal(sandbox.store.cases.get('cas_ps_010')!.status, 'in_progress');

    setLocalTime(sandbox, 'PS', '12:00');
    const result = await strike('ps');
    assert.equal(result.status, 200, JSON.stringify(result.body));
    const struck = parsed(Case, result.body);
    assert.equal(struck.status, 'struck_off');
    assert.equal(struck.nextHearing, null);
    assert.equal(sandbox.store.hearings.get('hrg_ps_010_2')!.outcome, 'struck_off');
    const last = (await timeline('cas_ps_010')).at(-1)!;
    assert.deepEqual([last.type, last.hearingId, last.at], ['struck_off', 'hrg_ps_010_2', '2026-11-23T10:00:00Z']);
    assertProblem(await strike('ps'), 409, 'case_not_active');
  });

  for (const code of JURISDICTIONS) {
    test(`${code}: with the rule set to 12:00, 11:59 local is a 422 and 12:00 local succeeds`, async () => {
      sandbox.store.jurisdictions.get(code)!.rules.strikeOffNotBefore = '12:00';
      const key = code.toLowerCase();
      setLocalTime(sandbox, code as JurisdictionCode, '11:59');
      assertProblem(await strike(key), 422, 'strike_off_before_noon');
      setLocalTime(sandbox, code as JurisdictionCode, '12:00');
      assert.equal(parsed(Case, (await strike(key)).body).status, 'struck_off');
    });
  }

  test('without the rule (SA, IR, KZ as seeded) staff may strike off in the morning; later hearings are cancelled', async () => {
    for (const code of ['sa', 'ir', 'kz']) {
      const result = await as(sandbox, 'staff', `stf_${code}_001`)(`/v1/cases/cas_${code}_001/strike-off`, { body: { reason: 'Claim withdrawn.' } });
      assert.equal(parsed(Case, result.body).status, 'struck_off', code);
      assert.equal(sandbox.store.hearings.get(`hrg_${code}_001_3`)!.outcome, 'cancelled');
    }
  });

  test('only court staff of the case’s jurisdiction; nothing changes otherwise', async () => {
    setLocalTime(sandbox, 'PS', '13:00');
    assertProblem(await as(sandbox, 'lawyer', 'law_ps_005')('/v1/cases/cas_ps_010/strike-off', { body: { reason: 'Please strike.' } }), 403, 'court_staff_only');
    assertProblem(await strike('ps', 'stf_kz_001'), 403, 'case_outside_jurisdiction');
    assertProblem(await call('/v1/cases/cas_ps_010/strike-off', { key: partnerOf(sandbox, 'PS', 'ministry').secretKey, body: { reason: 'x y z' } }), 403, 'credential_not_allowed');
    assertProblem(await as(sandbox, 'staff', 'stf_ps_001')('/v1/cases/cas_ps_999/strike-off', { body: { reason: 'Nobody came.' } }), 404, 'case_not_found');
    assert.equal(sandbox.store.cases.get('cas_ps_010')!.status, 'in_progress');
  });
});
