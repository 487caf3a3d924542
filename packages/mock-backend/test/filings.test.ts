/**
 * Filings: drafts, the all-at-once check, the fee rule (nothing registered before it
 * is paid, except exempt kinds), idempotent submission, review on the sandbox clock
 * with `filing.reviewed`, returned → corrected → resubmitted, offices, and access.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Filing, FilingCheck } from '@adalat/sdk/contract';
import { SAMPLE_FILES } from '../src/index.ts';
import { assertProblem, call, parsed, partnerOf, useSandbox } from './helpers.ts';
import { freshKey, ministryOf, widget, withKey } from './payments-helpers.ts';
import { attach, claimBody, createFiling, getFiling, payFee, PS_COURT, submit } from './filings-helpers.ts';

const sandbox = useSandbox();
const ministry = () => withKey(ministryOf(sandbox, 'PS').secretKey);
const review = (body: Record<string, unknown> = {}) => call('/__sandbox/filings/review', { body });

async function checkAs(as: ReturnType<typeof withKey>, id: string): Promise<FilingCheck> {
  const result = await as(`/v1/filings/${id}/check`);
  assert.equal(result.status, 200, JSON.stringify(result.body));
  return parsed(FilingCheck, result.body);
}

const check = (id: string): Promise<FilingCheck> => checkAs(ministry(), id);

const codes = (c: FilingCheck): string[] => c.problems.map((p) => `${p.code}@${p.path}`).sort();

/** A claim with its lead document and paid fee: ready to submit. */
async function readyClaim(extra: Record<string, unknown> = {}): Promise<Filing> {
  const filing = await createFiling(ministry(), claimBody(sandbox, extra));
  await attach(ministry(), filing.id, SAMPLE_FILES.petition());
  return payFee(sandbox, ministry(), filing.id);
}

describe('drafts', () => {
  it('creates, updates and deletes a draft; the classifier version is recorded', async () => {
    const filing = await createFiling(ministry(), { kind: 'claim', jurisdiction: 'PS' });
    assert.equal(filing.status, 'draft');
    assert.equal(filing.courtId, null);
    assert.equal(filing.classifierVersion, sandbox.store.classifiers.get('PS')!.version);
    const updated = await ministry()(`/v1/filings/${filing.id}`, { method: 'PATCH', body: { courtId: PS_COURT, summary: 'x' } });
    assert.equal(updated.status, 200);
    assert.equal(parsed(Filing, updated.body).courtId, PS_COURT);
    assert.equal((await ministry()(`/v1/filings/${filing.id}`, { method: 'DELETE' })).status, 204);
    assertProblem(await ministry()(`/v1/filings/${filing.id}`), 404, 'filing_not_found');
  });

  it('keeps national IDs typed in Persian or Arabic-Indic digits, with spaces, as canonical ASCII', async () => {
    const ascii = sandbox.store.people.get('per_ps_001')!.nationalId;
    const persian = [...ascii].map((d) => String.fromCharCode(0x06f0 + Number(d))).join('');
    const arabicIndic = [...ascii].map((d) => String.fromCharCode(0x0660 + Number(d))).join(' ');
    assert.notEqual(persian, ascii);
    const filing = await createFiling(ministry(), claimBody(sandbox, { parties: [{ role: 'claimant', type: 'individual', name: 'A', nationalId: persian }] }));
    assert.equal(filing.parties[0]!.nationalId, ascii);
    assert.equal((await getFiling(ministry(), filing.id)).parties[0]!.nationalId, ascii);
    const updated = await ministry()(`/v1/filings/${filing.id}`, {
      method: 'PATCH',
      body: { parties: [{ role: 'claimant', type: 'individual', name: 'A', nationalId: arabicIndic }, { role: 'defendant', type: 'individual', name: 'B', nationalId: '۱۲۳' }] },
    });
    assert.deepEqual(parsed(Filing, updated.body).parties.map((p) => p.nationalId), [ascii, '123']);
    assert.deepEqual(sandbox.store.filings.filings.get(filing.id)!.parties.map((p) => p.nationalId), [ascii, '123']);
  });

  it('answers 400 with field paths for a malformed draft, and changes nothing', async () => {
    const before = sandbox.store.filings.filings.size;
    const result = await ministry()('/v1/filings', { body: { kind: 'lawsuit', jurisdiction: 'PS', parties: [{ role: 'claimant', type: 'individual', name: '' }] } });
    const error = assertProblem(result, 400, 'validation_failed');
    const paths = error.issues!.map((i) => i.path);
    assert.ok(paths.includes('body.kind'), paths.join());
    assert.ok(paths.includes('body.parties.0.name'), paths.join());
    assert.equal(sandbox.store.filings.filings.size, before);
  });

  it('refuses a court of another jurisdiction than the partner’s (403)', async () => {
    assertProblem(await ministry()('/v1/filings', { body: { kind: 'claim', courtId: 'crt_sa_riyadh_general' } }), 403, 'outside_jurisdiction');
  });

  it('hides another partner’s filing (404) and refuses a publishable key (403)', async () => {
    const filing = await createFiling(ministry(), { kind: 'claim', jurisdiction: 'PS' });
    const bank = partnerOf(sandbox, 'PS', 'bank');
    assertProblem(await call(`/v1/filings/${filing.id}`, { key: bank.secretKey }), 404, 'filing_not_found');
    assertProblem(await call(`/v1/filings/${filing.id}`, { key: bank.publishableKey }), 403, 'credential_not_allowed');
  });
});

describe('check', () => {
  it('returns every problem at once without submitting', async () => {
    const filing = await createFiling(
      ministry(),
      claimBody(sandbox, {
        courtId: 'crt_ps_ramallah_magistrate',
        category: 'commercial',
        parties: [{ role: 'claimant', type: 'individual', name: 'A', nationalId: '123456789' }],
      }),
    );
    const result = await check(filing.id);
    assert.equal(result.ready, false);
    assert.deepEqual(codes(result), [
      'category_not_accepted@category',
      'fee_not_quoted@fee',
      'invalid_national_id@parties.0.nationalId',
      'missing_lead_document@documents.lead',
    ]);
    assert.equal((await getFiling(ministry(), filing.id)).status, 'draft');
  });

  it('reports an unpaid fee, and a currency other than the jurisdiction’s', async () => {
    const filing = await createFiling(ministry(), claimBody(sandbox, { claimAmount: { amount: 100, currency: 'SAR' } }));
    await ministry()(`/v1/filings/${filing.id}/fee-quote`, { method: 'POST' }).then((r) => assert.equal(r.status, 422, 'a SAR claim is not priced in PS'));
    await ministry()(`/v1/filings/${filing.id}`, { method: 'PATCH', body: { claimAmount: { amount: 1_000_000, currency: 'JOD' } } });
    const quoted = await ministry()(`/v1/filings/${filing.id}/fee-quote`, { method: 'POST' });
    assert.equal(quoted.status, 201);
    assert.ok(codes(await check(filing.id)).includes('fee_unpaid@fee'));
  });

  it('reports an appeal past its deadline, and accepts one within it', async () => {
    const late = await createFiling(ministry(), { kind: 'appeal', courtId: 'crt_ps_ramallah_appeal', appealOf: { caseId: 'cas_ps_004', documentId: 'doc_ps_004_3' } });
    assert.ok(codes(await check(late.id)).includes('appeal_deadline_passed@appealOf'));
    const timely = await createFiling(ministry(), { kind: 'appeal', courtId: 'crt_ps_ramallah_appeal', appealOf: { caseId: 'cas_ps_003', documentId: 'doc_ps_003_4' } });
    assert.ok(!codes(await check(timely.id)).some((c) => c.startsWith('appeal_')));
    const wrong = await createFiling(ministry(), { kind: 'cassation', jurisdiction: 'PS', appealOf: { caseId: 'cas_ps_003', documentId: 'doc_ps_004_3' } });
    assert.ok(codes(await check(wrong.id)).includes('appeal_target_invalid@appealOf'));
  });

  it('takes an administrative complaint against a decision only while the decision is not in legal force', async () => {
    // The same complaint, lead document attached (complaints are fee-exempt); only the act differs.
    const complaint = async (appealOf: Record<string, unknown> | null): Promise<Filing> => {
      const claimant = sandbox.store.people.get('per_ps_001')!;
      const filing = await createFiling(ministry(), {
        kind: 'administrative_complaint_decision',
        courtId: PS_COURT,
        category: 'civil.contract.sale',
        parties: [
          { role: 'complainant', type: 'individual', name: 'Complainant One', nationalId: claimant.nationalId },
          { role: 'respondent', type: 'legal_entity', name: 'The Ministry' },
        ],
        appealOf,
      });
      await attach(ministry(), filing.id, SAMPLE_FILES.petition());
      return filing;
    };
    const unlinked = await complaint(null);
    assert.deepEqual(codes(await check(unlinked.id)), ['missing_field@appealOf']);

    // Served seventy days ago, never appealed: in legal force.
    const final = await complaint({ caseId: 'cas_ps_004', documentId: 'doc_ps_004_3' });
    assert.deepEqual(codes(await check(final.id)), ['decision_in_legal_force@appealOf.documentId']);
    const refused = assertProblem(await submit(ministry(), final.id), 422, 'filing_has_problems') as { issues: Array<{ code: string; path: string }> };
    assert.deepEqual(refused.issues.map((i) => `${i.code}@${i.path}`), ['decision_in_legal_force@appealOf.documentId']);
    assert.equal((await getFiling(ministry(), final.id)).status, 'draft');

    const wrong = await complaint({ caseId: 'cas_ps_003', documentId: 'doc_ps_004_3' });
    assert.deepEqual(codes(await check(wrong.id)), ['appeal_target_invalid@appealOf']);

    // Served long ago but appealed: not in legal force.
    const appealed = [...sandbox.store.caseDocuments.values()].find((d) => d.caseId === 'cas_ps_006' && d.act?.appealed === true)!;
    const pending = await complaint({ caseId: 'cas_ps_006', documentId: appealed.id });
    assert.deepEqual(codes(await check(pending.id)), []);

    // Served five days ago: the period is open; it is submitted.
    const timely = await complaint({ caseId: 'cas_ps_003', documentId: 'doc_ps_003_4' });
    assert.equal((await check(timely.id)).ready, true);
    const submitted = await submit(ministry(), timely.id);
    assert.equal(submitted.status, 202, JSON.stringify(submitted.body));
  });

  it('reports a claim stated in another currency than the jurisdiction’s', async () => {
    const filing = await createFiling(ministry(), claimBody(sandbox, { claimAmount: { amount: 100, currency: 'SAR' } }));
    assert.ok(codes(await check(filing.id)).includes('currency_not_accepted@claimAmount.currency'));
  });

  it('reports a category the classifier does not have, and a court closed to e-filing', async () => {
    const unknown = await createFiling(ministry(), claimBody(sandbox, { category: 'civil.no_such_thing' }));
    assert.ok(codes(await check(unknown.id)).includes('unknown_category@category'));
    const closed = await createFiling(ministry(), claimBody(sandbox, { courtId: 'crt_ps_high_court' }));
    const found = codes(await check(closed.id));
    assert.ok(found.includes('court_not_open@courtId'), found.join());
  });

  for (const kind of ['counterclaim', 'claim_response', 'motion'] as const) {
    it(`asks a ${kind} for its case, and refuses a case that is not there or is another jurisdiction’s`, async () => {
      const body = { ...claimBody(sandbox), kind };
      const without = await createFiling(ministry(), body);
      assert.ok(codes(await check(without.id)).includes('missing_field@caseId'));
      const missing = await createFiling(ministry(), { ...body, caseId: 'cas_ps_999' });
      assert.ok(codes(await check(missing.id)).includes('case_not_found@caseId'));
      const foreign = await createFiling(ministry(), { ...body, caseId: 'cas_sa_001' });
      assert.ok(codes(await check(foreign.id)).includes('case_not_found@caseId'));
      const linked = await createFiling(ministry(), { ...body, caseId: 'cas_ps_001' });
      assert.ok(!codes(await check(linked.id)).some((c) => c.endsWith('@caseId')));
    });
  }

  it('warns about illegible pages without blocking', async () => {
    const filing = await readyClaim();
    await attach(ministry(), filing.id, SAMPLE_FILES.blurryScan(), { role: 'connected', documentType: 'evidence' });
    const result = await check(filing.id);
    assert.equal(result.ready, true);
    assert.deepEqual(result.warnings.map((w) => `${w.code}@${w.path}`), ['illegible_low_resolution@documents.connected.0']);
  });
});

describe('fee and submission', () => {
  it('registers nothing before the fee is paid', async () => {
    const filing = await createFiling(ministry(), claimBody(sandbox));
    await attach(ministry(), filing.id, SAMPLE_FILES.petition());
    await ministry()(`/v1/filings/${filing.id}/fee-quote`, { method: 'POST' });
    const refused = assertProblem(await submit(ministry(), filing.id), 422, 'filing_has_problems');
    assert.deepEqual(refused.issues!.map((i) => i.code), ['fee_unpaid']);
    assert.equal((await getFiling(ministry(), filing.id)).status, 'draft');
  });

  it('files exempt kinds without a fee', async () => {
    const filing = await createFiling(ministry(), { kind: 'claim_response', courtId: PS_COURT, category: 'civil', caseId: 'cas_ps_003', parties: claimBody(sandbox).parties });
    assertProblem(await ministry()(`/v1/filings/${filing.id}/fee-quote`, { method: 'POST' }), 422, 'fee_not_required');
    await attach(ministry(), filing.id, SAMPLE_FILES.petition());
    const result = await submit(ministry(), filing.id);
    assert.equal(result.status, 202, JSON.stringify(result.body));
    const submitted = parsed(Filing, result.body);
    assert.equal(submitted.status, 'received');
    assert.equal(submitted.fee.required, false);
    assert.equal(submitted.fee.settled, true);
  });

  it('charges Iran’s criminal complaint fee for a criminal petition', async () => {
    const iran = withKey(ministryOf(sandbox, 'IR').secretKey);
    const filing = await createFiling(iran, { kind: 'criminal_petition', courtId: 'crt_ir_tehran_general', category: 'criminal' });
    assert.equal(filing.fee.required, true);
    assert.ok(codes(await checkAs(iran, filing.id)).includes('fee_not_quoted@fee'));
    const quoted = await iran(`/v1/filings/${filing.id}/fee-quote`, { method: 'POST' });
    assert.equal(quoted.status, 201, JSON.stringify(quoted.body));
    assert.deepEqual(parsed(Filing, quoted.body).fee.total, { amount: 100_000, currency: 'IRR' });
    // A private complaint is a criminal complaint too; a motion is an urgent request, which Iran's schedule does not price.
    const complaint = await createFiling(iran, { kind: 'private_complaint', courtId: 'crt_ir_tehran_general', category: 'criminal' });
    assert.equal(complaint.fee.required, true);
    const motion = await createFiling(iran, { kind: 'motion', courtId: 'crt_ir_tehran_general', category: 'civil' });
    assert.equal(motion.fee.required, false);
    assertProblem(await iran(`/v1/filings/${motion.id}/fee-quote`, { method: 'POST' }), 422, 'fee_not_required');
  });

  it('prices a motion as Palestine’s urgent request and a criminal petition by each schedule', async () => {
    const motion = await createFiling(ministry(), { kind: 'motion', courtId: PS_COURT, category: 'civil', caseId: 'cas_ps_003' });
    assert.equal(motion.fee.required, true);
    const quoted = await ministry()(`/v1/filings/${motion.id}/fee-quote`, { method: 'POST' });
    assert.deepEqual(parsed(Filing, quoted.body).fee.total, { amount: 200_000, currency: 'JOD' });
    // Palestine's schedule prices no criminal complaint: filed without a fee.
    const petition = await createFiling(ministry(), { kind: 'criminal_petition', courtId: PS_COURT, category: 'criminal' });
    assert.equal(petition.fee.required, false);
    assert.ok(!codes(await check(petition.id)).some((c) => c.endsWith('@fee')));
    // Saudi Arabia exempts criminal matters: a quote of 0 that settles the fee.
    const saudi = withKey(ministryOf(sandbox, 'SA').secretKey);
    const exempt = await createFiling(saudi, { kind: 'criminal_petition', courtId: 'crt_sa_riyadh_general', category: 'civil' });
    assert.equal(exempt.fee.required, true);
    const zero = parsed(Filing, (await saudi(`/v1/filings/${exempt.id}/fee-quote`, { method: 'POST' })).body);
    assert.deepEqual(zero.fee.total, { amount: 0, currency: 'SAR' });
    assert.equal(zero.fee.settled, true);
  });

  it('needs an Idempotency-Key and replays the first answer for it', async () => {
    const filing = await readyClaim();
    assert.equal(filing.fee.settled, true);
    assertProblem(await submit(ministry(), filing.id, null), 400, 'idempotency_key_required');
    const key = freshKey();
    const first = await submit(ministry(), filing.id, key);
    assert.equal(first.status, 202);
    const again = await submit(ministry(), filing.id, key);
    assert.equal(again.status, 202);
    assert.equal(again.headers.get('Idempotent-Replayed'), 'true');
    assert.deepEqual(again.body, first.body);
    assertProblem(await submit(ministry(), filing.id), 409, 'filing_not_submittable');
    assertProblem(await ministry()(`/v1/filings/${filing.id}`, { method: 'PATCH', body: { summary: 'late' } }), 409, 'filing_not_editable');
  });

  it('drops an unpaid quote when the claim changes, keeps a paid one and reports it stale', async () => {
    const filing = await createFiling(ministry(), claimBody(sandbox));
    const quoted = parsed(Filing, (await ministry()(`/v1/filings/${filing.id}/fee-quote`, { method: 'POST' })).body);
    assert.ok(quoted.fee.quoteId);
    const changed = parsed(Filing, (await ministry()(`/v1/filings/${filing.id}`, { method: 'PATCH', body: { claimAmount: { amount: 20_000_000, currency: 'JOD' } } })).body);
    assert.equal(changed.fee.quoteId, null);
    const paid = await payFee(sandbox, ministry(), filing.id);
    await ministry()(`/v1/filings/${filing.id}`, { method: 'PATCH', body: { claimAmount: { amount: 30_000_000, currency: 'JOD' } } });
    assert.equal((await getFiling(ministry(), filing.id)).fee.quoteId, paid.fee.quoteId);
    assert.ok(codes(await check(filing.id)).includes('fee_quote_stale@fee'));
  });
});

describe('review', () => {
  it('reviews on the sandbox clock: accepted with a case number and branch, announced as filing.reviewed', async () => {
    const filing = await readyClaim();
    const received = parsed(Filing, (await submit(ministry(), filing.id)).body);
    assert.equal(received.reviewDueAt, '2026-11-23T09:00:00Z');
    sandbox.clock.advance(60 * 60 * 1000);
    assert.equal((await getFiling(ministry(), filing.id)).status, 'received', 'not due yet');
    sandbox.clock.advance(60 * 60 * 1000);
    const reviewed = await getFiling(ministry(), filing.id);
    assert.equal(reviewed.status, 'accepted');
    assert.match(reviewed.review!.caseNumber!, /^F-PS-2026-\d{6}$/);
    const court = sandbox.store.courts.get(PS_COURT)!;
    assert.ok(court.branches.some((b) => b.id === reviewed.review!.branchId));
    const event = sandbox.store.eventLog.find((e) => e.event.type === 'filing.reviewed')!;
    assert.deepEqual(event.event.data, { filingId: filing.id, outcome: 'accepted', caseNumber: reviewed.review!.caseNumber, branchId: reviewed.review!.branchId, officeId: null });
    assert.equal(event.audience.partnerId, ministryOf(sandbox, 'PS').id);
  });

  it('moving the clock through the control route runs due reviews at once', async () => {
    const filing = await readyClaim();
    await submit(ministry(), filing.id);
    const moved = await call('/__sandbox/clock', { body: { advanceMs: 2 * 60 * 60 * 1000 } });
    assert.equal(moved.status, 200);
    assert.equal(sandbox.store.filings.filings.get(filing.id)!.status, 'accepted');
  });

  it('partially accepts a filing whose connected document is illegible', async () => {
    const filing = await readyClaim();
    const blurry = await attach(ministry(), filing.id, SAMPLE_FILES.blurryScan(), { role: 'connected' });
    await submit(ministry(), filing.id);
    assert.deepEqual((await review({ filingId: filing.id })).body, { reviewed: [filing.id], now: '2026-11-23T07:00:00Z' });
    const reviewed = await getFiling(ministry(), filing.id);
    assert.equal(reviewed.status, 'partially_accepted');
    assert.deepEqual(reviewed.review!.refusedDocumentIds, [blurry.id]);
    assert.equal(reviewed.review!.reasons[0]!.code, 'illegible_document');
  });

  it('returns a filing for correction; corrected, it is resubmitted and accepted', async () => {
    const filing = await readyClaim();
    await submit(ministry(), filing.id);
    const forced = await review({ filingId: filing.id, outcome: 'returned', reasons: [{ code: 'incomplete_documents', message: 'Attach the contract.' }] });
    assert.equal(forced.status, 200);
    const returned = await getFiling(ministry(), filing.id);
    assert.equal(returned.status, 'returned');
    assert.deepEqual(returned.review!.reasons, [{ code: 'incomplete_documents', message: 'Attach the contract.', documentId: null }]);
    await attach(ministry(), filing.id, SAMPLE_FILES.goodScan(), { role: 'connected', documentType: 'evidence' });
    const again = await submit(ministry(), filing.id);
    assert.equal(again.status, 202, JSON.stringify(again.body));
    assert.equal(parsed(Filing, again.body).submissions, 2);
    await review({ filingId: filing.id });
    assert.equal((await getFiling(ministry(), filing.id)).status, 'accepted');
  });

  it('rejects with reasons; a rejected filing cannot be changed', async () => {
    const filing = await readyClaim();
    await submit(ministry(), filing.id);
    await review({ filingId: filing.id, outcome: 'rejected', reasons: [{ code: 'not_in_jurisdiction', message: 'Outside the court’s territory.' }] });
    const rejected = await getFiling(ministry(), filing.id);
    assert.equal(rejected.status, 'rejected');
    assert.equal(rejected.review!.caseNumber, null);
    assertProblem(await submit(ministry(), filing.id), 409, 'filing_not_submittable');
    assertProblem(await review({ filingId: filing.id }), 409, 'filing_not_received');
  });
});

describe('widget sessions and offices', () => {
  it('a widget session keeps the drafts it creates; another session cannot reach them', async () => {
    const partner = ministryOf(sandbox, 'PS');
    const ops = ['filings.create', 'filings.get', 'filings.update'];
    const first = await widget(partner, {}, ops);
    const filing = await createFiling(first, claimBody(sandbox));
    assert.equal((await first(`/v1/filings/${filing.id}`)).status, 200);
    const second = await widget(partner, {}, ops);
    assertProblem(await second(`/v1/filings/${filing.id}`), 403, 'subject_not_in_scope');
    const resumed = await widget(partner, { filings: [filing.id] }, ops);
    assert.equal((await resumed(`/v1/filings/${filing.id}`)).status, 200);
  });

  it('a widget session is scoped only to the partner’s own filings (400 unknown_subject)', async () => {
    const filing = await createFiling(ministry(), { kind: 'claim', jurisdiction: 'PS' });
    const bank = partnerOf(sandbox, 'PS', 'bank');
    const result = await call('/v1/widget-sessions', { key: bank.secretKey, body: { subjects: { filings: [filing.id, 'fil_none'] }, operations: ['filings.get'] } });
    const error = assertProblem(result, 400, 'validation_failed');
    assert.deepEqual(error.issues!.map((i) => `${i.code}@${i.path}`), ['unknown_subject@body.subjects.filings.0', 'unknown_subject@body.subjects.filings.1']);
  });

  it('files for an office only from the partner that runs its desk', async () => {
    const filing = await createFiling(withKey(ministryOf(sandbox, 'IR').secretKey), { kind: 'claim', jurisdiction: 'IR', officeId: 'off_ir_tehran_1042' });
    assert.equal(filing.officeId, 'off_ir_tehran_1042');
    const bank = partnerOf(sandbox, 'IR', 'bank');
    assertProblem(await call('/v1/filings', { key: bank.secretKey, body: { kind: 'claim', jurisdiction: 'IR', officeId: 'off_ir_tehran_1042' } }), 403, 'office_not_yours');
    assertProblem(await call('/v1/filings', { key: bank.secretKey, body: { kind: 'claim', jurisdiction: 'IR', officeId: 'off_nowhere' } }), 404, 'office_not_found');
  });

  it('lists the partner’s filings newest first, filtered by status and office', async () => {
    const ir = withKey(ministryOf(sandbox, 'IR').secretKey);
    const page = await ir('/v1/filings?officeId=off_ir_tehran_2217&status=returned&limit=5');
    assert.equal(page.status, 200);
    const { data } = page.body as { data: Filing[] };
    assert.ok(data.length > 0);
    assert.ok(data.every((f) => f.officeId === 'off_ir_tehran_2217' && f.status === 'returned'));
    assert.ok(data.every((f, i) => i === 0 || data[i - 1]!.createdAt >= f.createdAt));
  });
});
