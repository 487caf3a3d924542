/**
 * Execution files: money (principal, paid, outstanding, creditor balance), who sees
 * them, installments paid through payments, cheques, and widget-session subjects.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ExecutionCheque, ExecutionFile, listOf, Payment } from '@adalat/sdk/contract';
import { mayReceive } from '../src/events/audience.ts';
import type { Caller as RouterCaller } from '../src/router/context.ts';
import { assertProblem, call, parsed, useSandbox } from './helpers.ts';
import { ALIMONY, fileAs, person, staffOf } from './execution-helpers.ts';
import { bankOf, confirm, createPayment, ministryOf, startPayment, widget, withKey } from './payments-helpers.ts';

const sandbox = useSandbox();
const payer = { name: 'Yousef Al-Sharif' };
const installment = (installmentNumber: number, executionFileId: string = ALIMONY.id) => ({
  payable: { kind: 'execution_installment', executionFileId, installmentNumber },
  payer,
});
const eventsOf = (type: string) => sandbox.store.eventLog.filter((entry) => entry.event.type === type).map((entry) => entry.event);

describe('execution files', () => {
  test('the creditor reads principal, paid, outstanding, the balance held for her and the installment schedule', async () => {
    const file = await fileAs(person(sandbox, ALIMONY.creditor), ALIMONY.id);
    assert.equal(file.kind, 'alimony');
    assert.equal(file.creditor.personId, ALIMONY.creditor);
    assert.deepEqual(file.principal, { amount: 1_800_000, currency: 'JOD' });
    assert.deepEqual(file.paid, { amount: 750_000, currency: 'JOD' });
    assert.deepEqual(file.outstanding, { amount: 1_050_000, currency: 'JOD' });
    // 750 paid in, less a 300 cheque collected, a 150 cheque ready and a 150 transfer.
    assert.deepEqual(file.creditorBalance, { amount: 150_000, currency: 'JOD' });
    assert.deepEqual(
      file.installments.slice(0, 8).map((i) => [i.number, i.dueDate, i.status]),
      [
        [1, '2026-06-01', 'paid'],
        [2, '2026-07-01', 'paid'],
        [3, '2026-08-01', 'paid'],
        [4, '2026-09-01', 'paid'],
        [5, '2026-10-01', 'paid'],
        [6, '2026-11-01', 'overdue'],
        [7, '2026-12-01', 'due'],
        [8, '2027-01-01', 'due'],
      ],
    );
    assert.equal(file.nextInstallment?.number, 6);
    assert.equal(file.status, 'open');
    assert.ok(!JSON.stringify(file).includes(sandbox.store.people.get(ALIMONY.creditor)!.nationalId), 'no national ID in a file');
  });

  test('installment statuses follow the sandbox clock in the court’s time zone', async () => {
    sandbox.clock.set('2026-12-01T22:00:00Z'); // already 2 December in Ramallah
    const file = await fileAs(person(sandbox, ALIMONY.creditor), ALIMONY.id);
    assert.equal(file.installments[6]!.status, 'overdue');
    assert.equal(file.installments[7]!.status, 'due');
  });

  test('who sees a file: its parties, court staff and partners of its jurisdiction, widgets scoped to it', async () => {
    await fileAs(person(sandbox, ALIMONY.debtor), ALIMONY.id);
    await fileAs(staffOf(sandbox, 'PS'), ALIMONY.id);
    await fileAs(withKey(ministryOf(sandbox, 'PS').secretKey), ALIMONY.id);
    assertProblem(await person(sandbox, 'per_ps_001')(`/v1/execution/files/${ALIMONY.id}`), 404, 'execution_file_not_found');
    assertProblem(await staffOf(sandbox, 'SA')(`/v1/execution/files/${ALIMONY.id}`), 404, 'execution_file_not_found');
    assertProblem(await withKey(bankOf(sandbox, 'SA').secretKey)(`/v1/execution/files/${ALIMONY.id}`), 404, 'execution_file_not_found');
    const lawyer = sandbox.mintToken({ kind: 'lawyer', id: [...sandbox.store.lawyers.values()].find((l) => l.jurisdiction === 'PS')!.id });
    assertProblem(await call(`/v1/execution/files/${ALIMONY.id}`, { key: lawyer }), 404, 'execution_file_not_found');

    const scoped = await widget(bankOf(sandbox, 'PS'), { executionFiles: [ALIMONY.id] }, ['execution.get']);
    await fileAs(scoped, ALIMONY.id);
    assertProblem(await scoped('/v1/execution/files/exf_ps_002'), 403, 'subject_not_in_scope');
    assertProblem(await call('/v1/execution/files/exf_nope', { key: staffOfKey() }), 404, 'execution_file_not_found');
    assertProblem(await call('/v1/execution/files/bad%20id', { key: staffOfKey() }), 400, 'validation_failed');
  });

  test('list: a person’s own files as creditor or debtor, newest first; a partner’s whole jurisdiction', async () => {
    const creditorList = parsed(listOf(ExecutionFile), (await person(sandbox, ALIMONY.creditor)('/v1/execution/files')).body);
    assert.deepEqual(creditorList.data.map((f) => f.id), [ALIMONY.id]);
    const ministry = parsed(listOf(ExecutionFile), (await withKey(ministryOf(sandbox, 'PS').secretKey)('/v1/execution/files')).body);
    assert.deepEqual(ministry.data.map((f) => f.id), ['exf_ps_002', 'exf_ps_001']);
    const open = parsed(listOf(ExecutionFile), (await withKey(ministryOf(sandbox, 'PS').secretKey)('/v1/execution/files?status=settled')).body);
    assert.deepEqual(open.data, []);
    assertProblem(await person(sandbox, ALIMONY.creditor)('/v1/execution/files?status=closed'), 400, 'validation_failed');
  });

  test('commercial paper of every contract kind is seeded: a cheque, a promissory note and a bill of exchange', async () => {
    const saudi = parsed(listOf(ExecutionFile), (await withKey(ministryOf(sandbox, 'SA').secretKey)('/v1/execution/files')).body).data;
    const papers = saudi.filter((f) => f.kind === 'commercial_paper').map((f) => [f.id, f.title.kind, f.title.paperType, f.title.reference, f.title.description.en]);
    assert.deepEqual(papers.sort(), [
      ['exf_sa_001', 'instrument', 'cheque', 'CHQ 00418822', 'Cheque returned unpaid'],
      ['exf_sa_002', 'instrument', 'promissory_note', 'PN 2026/0719', 'Promissory note unpaid at maturity'],
      ['exf_sa_003', 'instrument', 'bill', 'BOE 88-3154', 'Bill of exchange protested for non-payment'],
    ]);
    const note = await fileAs(person(sandbox, 'per_sa_004'), 'exf_sa_002');
    assert.deepEqual([note.title.paperType, note.debtor.personId, note.outstanding], ['promissory_note', 'per_sa_005', { amount: 2_400_000, currency: 'SAR' }]);
  });

  test('widget sessions name execution files of the partner’s jurisdiction only', async () => {
    const bank = bankOf(sandbox, 'PS');
    const unknown = await call('/v1/widget-sessions', { key: bank.secretKey, body: { subjects: { executionFiles: ['exf_nope', 'exf_sa_001'] }, operations: ['execution.get'] } });
    const error = assertProblem(unknown, 400, 'validation_failed');
    assert.deepEqual(error.issues?.map((i) => [i.path, i.code]), [
      ['body.subjects.executionFiles.0', 'unknown_subject'],
      ['body.subjects.executionFiles.1', 'unknown_subject'],
    ]);
  });
});

/** Pays installment `n` of the alimony file with the debtor's token, confirmed by the bank. */
async function payInstallment(n: number): Promise<Payment> {
  const payment = await startPayment(person(sandbox, ALIMONY.debtor), installment(n));
  const confirmed = await confirm(sandbox, payment);
  assert.equal(confirmed.status, 200, JSON.stringify(confirmed.body));
  return parsed(Payment, confirmed.body);
}

function staffOfKey(): string {
  const staff = [...sandbox.store.staff.values()].find((s) => s.jurisdiction === 'PS')!;
  return sandbox.mintToken({ kind: 'staff', id: staff.id });
}

describe('installments paid through payments', () => {
  test('the debtor pays an installment into the court account: the file shows it paid and the money held for the creditor', async () => {
    const payment = await payInstallment(6);
    assert.equal(payment.status, 'succeeded');
    assert.deepEqual(payment.total, { amount: 150_000, currency: 'JOD' });
    assert.equal(payment.lines[0]!.reference, 'EXE-PS-2026-000114/6');
    const file = await fileAs(person(sandbox, ALIMONY.creditor), ALIMONY.id);
    assert.equal(file.installments[5]!.status, 'paid');
    assert.equal(file.installments[5]!.paymentId, payment.id);
    assert.deepEqual(file.paid.amount, 900_000);
    assert.deepEqual(file.outstanding.amount, 900_000);
    assert.deepEqual(file.creditorBalance.amount, 300_000);
    assert.equal(file.nextInstallment?.number, 7);
    const [updated] = eventsOf('execution.updated');
    assert.deepEqual(updated?.data, { executionFileId: ALIMONY.id, change: 'installment_paid', outstanding: { amount: 900_000, currency: 'JOD' }, updatedAt: file.updatedAt });
  });

  test('refusals: paid twice, out of order, no such installment, someone else’s debt, another jurisdiction, no such file', async () => {
    await payInstallment(6);
    const debtor = person(sandbox, ALIMONY.debtor);
    assertProblem(await createPayment(debtor, installment(6)), 409, 'payable_already_paid');
    const later = assertProblem(await createPayment(debtor, installment(8)), 422, 'earlier_installment_unpaid');
    assert.equal(later.param, 'body.payable.installmentNumber');
    assertProblem(await createPayment(debtor, installment(13)), 404, 'installment_not_found');
    assertProblem(await createPayment(person(sandbox, ALIMONY.creditor), installment(7)), 403, 'execution_file_not_accessible');
    assertProblem(await createPayment(withKey(bankOf(sandbox, 'SA').secretKey), installment(7)), 403, 'outside_jurisdiction');
    assertProblem(await createPayment(debtor, installment(1, 'exf_nope')), 404, 'execution_file_not_found');
    // A payment waiting for its bank blocks another of the same installment.
    await startPayment(debtor, installment(7));
    assertProblem(await createPayment(withKey(bankOf(sandbox, 'PS').secretKey), installment(7)), 409, 'payment_in_progress');
    assert.equal((await fileAs(debtor, ALIMONY.id)).installments[6]!.status, 'due');
  });

  test('a widget session pays installments of files in its scope only', async () => {
    const ops = ['payments.create', 'payments.get'];
    const outside = await widget(bankOf(sandbox, 'PS'), { executionFiles: ['exf_ps_002'] }, ops);
    assertProblem(await createPayment(outside, installment(6)), 403, 'subject_not_in_scope');
    const scoped = await widget(bankOf(sandbox, 'PS'), { executionFiles: [ALIMONY.id] }, ops);
    const payment = await startPayment(scoped, installment(6));
    assert.equal(payment.nextAction?.type, 'bank_handoff');
  });
});

describe('cheques for the creditor', () => {
  test('cheques ready and collected; staff draw the balance as a cheque (`cheque.ready`) and hand it over', async () => {
    const creditor = person(sandbox, ALIMONY.creditor);
    const listed = parsed(listOf(ExecutionCheque), (await creditor(`/v1/execution/files/${ALIMONY.id}/cheques`)).body);
    assert.deepEqual(listed.data.map((c) => [c.id, c.status]), [['chq_ps_002', 'ready'], ['chq_ps_001', 'collected']]);
    const ready = parsed(listOf(ExecutionCheque), (await creditor(`/v1/execution/files/${ALIMONY.id}/cheques?status=ready`)).body);
    assert.deepEqual(ready.data.map((c) => c.id), ['chq_ps_002']);

    const staff = staffOf(sandbox, 'PS');
    assertProblem(await creditor(`/v1/execution/files/${ALIMONY.id}/cheques`, { method: 'POST', idempotencyKey: 'c-1' }), 403, 'court_staff_only');
    assertProblem(await staff(`/v1/execution/files/${ALIMONY.id}/cheques`, { method: 'POST' }), 400, 'idempotency_key_required');
    const issued = await staff(`/v1/execution/files/${ALIMONY.id}/cheques`, { method: 'POST', idempotencyKey: 'c-2' });
    assert.equal(issued.status, 201, JSON.stringify(issued.body));
    const cheque = parsed(ExecutionCheque, issued.body);
    assert.deepEqual([cheque.status, cheque.amount.amount], ['ready', 150_000]);
    assert.deepEqual(eventsOf('cheque.ready').map((e) => e.data), [{ executionFileId: ALIMONY.id, chequeId: cheque.id, amount: { amount: 150_000, currency: 'JOD' } }]);
    assert.equal((await fileAs(creditor, ALIMONY.id)).creditorBalance.amount, 0);
    assertProblem(await staff(`/v1/execution/files/${ALIMONY.id}/cheques`, { method: 'POST', idempotencyKey: 'c-3' }), 422, 'nothing_to_pay_out');

    const collect = (id: string) => staff(`/v1/execution/files/${ALIMONY.id}/cheques/${id}/collect`, { method: 'POST' });
    const collected = parsed(ExecutionCheque, (await collect(cheque.id)).body);
    assert.equal(collected.status, 'collected');
    assert.deepEqual(parsed(ExecutionCheque, (await collect(cheque.id)).body), collected);
    assertProblem(await collect('chq_sa_001'), 404, 'cheque_not_found');
  });
});

describe('who hears about a file', () => {
  test('execution events reach the creditor, the debtor and widgets scoped to the file; nobody else', async () => {
    await payInstallment(6);
    const entry = sandbox.store.eventLog.find((e) => e.event.type === 'execution.updated')!;
    const person = (id: string): RouterCaller => ({ kind: 'bearer', user: { subject: 'person', id } });
    assert.equal(mayReceive(sandbox.store, person(ALIMONY.creditor), entry.audience), true);
    assert.equal(mayReceive(sandbox.store, person(ALIMONY.debtor), entry.audience), true);
    assert.equal(mayReceive(sandbox.store, person('per_ps_001'), entry.audience), false);
    await widget(bankOf(sandbox, 'PS'), { executionFiles: [ALIMONY.id] }, ['events.stream']);
    await widget(bankOf(sandbox, 'PS'), { executionFiles: ['exf_ps_002'] }, ['events.stream']);
    const [scoped, other] = [...sandbox.store.widgetSessions.values()];
    const partner = sandbox.store.partners.get(scoped!.partnerId)!;
    assert.equal(mayReceive(sandbox.store, { kind: 'widget', partner, session: scoped! }, entry.audience), true);
    assert.equal(mayReceive(sandbox.store, { kind: 'widget', partner, session: other! }, entry.audience), false);
    const saudi = sandbox.store.partners.get('ptn_sa_bank')!;
    assert.equal(mayReceive(sandbox.store, { kind: 'secret', partner: saudi }, entry.audience), false);
  });
});
