/**
 * Execution requests (pending → granted or refused with reasons) and the electronic
 * writ (a judicial act in legal force opens a file without paper).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ExecutionFile, ExecutionRequest, listOf } from '@adalat/sdk/contract';
import { toAct } from '../src/cases/views.ts';
import { assertProblem, call, parsed, useSandbox } from './helpers.ts';
import { ALIMONY, person, staffOf } from './execution-helpers.ts';
import type { Caller } from './payments-helpers.ts';

const sandbox = useSandbox();
const requests = `/v1/execution/files/${ALIMONY.id}/requests`;
const file = (as: Caller, body: unknown) => as(requests, { body });
const doc = { title: 'Land registry extract', text: 'Parcel 12, basin 4, Ramallah.' };

describe('execution requests', () => {
  test('the creditor files with documents; the court grants; the file is told', async () => {
    const creditor = person(sandbox, ALIMONY.creditor);
    const filed = await file(creditor, { kind: 'seize_assets', details: 'Seize the debtor’s land.', documents: [doc] });
    assert.equal(filed.status, 201, JSON.stringify(filed.body));
    const request = parsed(ExecutionRequest, filed.body);
    assert.deepEqual([request.status, request.filedBy, request.documents.map((d) => [d.title, d.sizeBytes])], ['pending', 'creditor', [[doc.title, 29]]]);
    const staff = staffOf(sandbox, 'PS');
    const granted = parsed(ExecutionRequest, (await staff(`${requests}/${request.id}/decide`, { body: { decision: 'granted' } })).body);
    assert.deepEqual([granted.status, granted.reasons, granted.decidedAt], ['granted', null, '2026-11-23T07:00:00Z']);
    const changes = sandbox.store.eventLog.filter((e) => e.event.type === 'execution.updated').map((e) => (e.event.data as { change: string }).change);
    assert.deepEqual(changes, ['request_filed', 'request_decided']);
    assertProblem(await staff(`${requests}/${request.id}/decide`, { body: { decision: 'refused', reasons: 'Late.' } }), 409, 'request_already_decided');
  });

  test('a refusal gives reasons; only court staff decide', async () => {
    const staff = staffOf(sandbox, 'PS');
    const decide = (as: Caller, body: unknown) => as(`${requests}/exr_ps_001/decide`, { body });
    const missing = assertProblem(await decide(staff, { decision: 'refused' }), 400, 'validation_failed');
    assert.deepEqual(missing.issues?.map((i) => i.path), ['body.reasons']);
    assertProblem(await decide(person(sandbox, ALIMONY.creditor), { decision: 'granted' }), 403, 'court_staff_only');
    assertProblem(await decide(staffOf(sandbox, 'SA'), { decision: 'granted' }), 404, 'execution_file_not_found');
    const refused = parsed(ExecutionRequest, (await decide(staff, { decision: 'refused', reasons: 'No evidence of travel plans.' })).body);
    assert.deepEqual([refused.status, refused.reasons], ['refused', 'No evidence of travel plans.']);
    assertProblem(await staff(`${requests}/exr_nope/decide`, { body: { decision: 'granted' } }), 404, 'request_not_found');
  });

  test('each side files its own kinds; some need documents; one pending of a kind at a time; the court files none', async () => {
    const creditor = person(sandbox, ALIMONY.creditor);
    const debtor = person(sandbox, ALIMONY.debtor);
    assertProblem(await file(creditor, { kind: 'installment_plan', details: 'x' }), 422, 'request_not_for_party');
    assertProblem(await file(debtor, { kind: 'travel_ban', details: 'x' }), 422, 'request_not_for_party');
    assert.equal(assertProblem(await file(creditor, { kind: 'seize_assets', details: 'x' }), 422, 'documents_required').param, 'body.documents');
    assertProblem(await file(creditor, { kind: 'travel_ban', details: 'Again.' }), 409, 'request_pending');
    assertProblem(await file(staffOf(sandbox, 'PS'), { kind: 'travel_ban', details: 'x' }), 403, 'party_only');
    const bad = assertProblem(await file(creditor, { kind: 'arrest', details: '' }), 400, 'validation_failed');
    assert.deepEqual(bad.issues?.map((i) => i.path).sort(), ['body.details', 'body.kind']);
    const lift = parsed(ExecutionRequest, (await file(debtor, { kind: 'lift_detention', details: 'I paid November.', documents: [doc] })).body);
    assert.equal(lift.filedBy, 'debtor');
    const listed = parsed(listOf(ExecutionRequest), (await creditor(`${requests}?status=pending`)).body);
    assert.deepEqual(listed.data.map((r) => r.id), [lift.id, 'exr_ps_001']);
  });
});

/** A judicial act of the sandbox's cases with two individual parties, in or not in legal force now. */
function actWhere(inForce: boolean) {
  const now = sandbox.clock.now();
  for (const document of sandbox.store.caseDocuments.values()) {
    if (document.act === null) continue;
    const record = sandbox.store.cases.get(document.caseId)!;
    const people = record.parties.filter((p) => p.personId !== null);
    if (people.length >= 2 && toAct(document.act, record, now).inLegalForce === inForce) {
      return { record, document, creditor: people[0]!, debtor: people[1]! };
    }
  }
  throw new Error(`the seed has no act ${inForce ? 'in' : 'not in'} legal force between two people`);
}

describe('the electronic writ', () => {
  test('the creditor party opens a file from an act in legal force, without paper, once', async () => {
    // Past the appeal period of the judgments served in November.
    sandbox.clock.set('2027-01-20T08:00:00Z');
    const { record, document, creditor, debtor } = actWhere(true);
    const currency = sandbox.store.jurisdictions.get(record.jurisdiction)!.currency;
    const as = person(sandbox, creditor.personId!);
    const body = {
      caseId: record.id,
      documentId: document.id,
      kind: 'judgment_debt',
      creditorPartyId: creditor.id,
      debtorPartyId: debtor.id,
      principal: { amount: 100_001, currency },
      installments: { count: 4, firstDueDate: '2027-01-15' },
    };
    assertProblem(await as('/v1/execution/files', { body }), 400, 'idempotency_key_required');
    const opened = await as('/v1/execution/files', { body, idempotencyKey: 'writ-1' });
    assert.equal(opened.status, 201, JSON.stringify(opened.body));
    const created = parsed(ExecutionFile, opened.body);
    assert.equal(created.electronicWrit, true);
    assert.deepEqual([created.title.caseId, created.title.documentId, created.title.reference], [record.id, document.id, record.number]);
    assert.deepEqual(created.installments.map((i) => [i.dueDate, i.amount.amount]), [
      ['2027-01-15', 25_000],
      ['2027-02-15', 25_000],
      ['2027-03-15', 25_000],
      ['2027-04-15', 25_001],
    ]);
    assert.equal(created.outstanding.amount, 100_001);
    // The debtor sees it too.
    assert.equal((await person(sandbox, debtor.personId!)(`/v1/execution/files/${created.id}`)).status, 200);
    assertProblem(await as('/v1/execution/files', { body, idempotencyKey: 'writ-2' }), 409, 'execution_file_exists');
    assertProblem(await person(sandbox, debtor.personId!)('/v1/execution/files', { body: { ...body }, idempotencyKey: 'writ-3' }), 403, 'not_the_creditor');
    assertProblem(await as('/v1/execution/files', { body: { ...body, principal: { amount: 5, currency: currency === 'SAR' ? 'JOD' : 'SAR' } }, idempotencyKey: 'writ-4' }), 422, 'currency_not_accepted');
    const same = assertProblem(await as('/v1/execution/files', { body: { ...body, debtorPartyId: creditor.id }, idempotencyKey: 'writ-5' }), 400, 'validation_failed');
    assert.deepEqual(same.issues?.map((i) => [i.path, i.code]), [['body.debtorPartyId', 'same_party']]);
  });

  test('an act not yet in legal force, or a document that is no act, opens nothing', async () => {
    const { record, document, creditor, debtor } = actWhere(false);
    const currency = sandbox.store.jurisdictions.get(record.jurisdiction)!.currency;
    const staff = staffOf(sandbox, record.jurisdiction);
    const seeded = sandbox.store.execution.files.size;
    const body = { caseId: record.id, documentId: document.id, kind: 'alimony', creditorPartyId: creditor.id, debtorPartyId: debtor.id, principal: { amount: 1000, currency } };
    assertProblem(await staff('/v1/execution/files', { body, idempotencyKey: 'w-1' }), 422, 'act_not_in_legal_force');
    const minutes = [...sandbox.store.caseDocuments.values()].find((d) => d.act === null && sandbox.store.cases.get(d.caseId)!.jurisdiction === record.jurisdiction)!;
    const notAnAct = { ...body, caseId: minutes.caseId, documentId: minutes.id };
    assertProblem(await staff('/v1/execution/files', { body: notAnAct, idempotencyKey: 'w-2' }), 422, 'not_a_judicial_act');
    assertProblem(await staff('/v1/execution/files', { body: { ...body, documentId: 'doc_nope' }, idempotencyKey: 'w-3' }), 404, 'document_not_found');
    assertProblem(await staff('/v1/execution/files', { body: { ...body, caseId: 'cas_nope' }, idempotencyKey: 'w-4' }), 404, 'case_not_found');
    assertProblem(await call('/v1/execution/files', { key: sandbox.keys.partners[0]!.secretKey, body, idempotencyKey: 'w-5' }), 403, 'credential_not_allowed');
    assert.equal(sandbox.store.execution.files.size, seeded, 'nothing opened');
  });
});
