/**
 * Transfers from the court account to the creditor's bank account: the IBAN checked by
 * its digits, of the file's country and held in the creditor's name; requested once;
 * `requested` → `processing` → `paid` on the sandbox clock; a retry after a lost answer
 * transfers once.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ExecutionTransfer, listOf } from '@adalat/sdk/contract';
import { ibanWithCheckDigits } from '@adalat/sdk/ids';
import { assertProblem, parsed, useSandbox } from './helpers.ts';
import { ALIMONY, CREDITOR_IBAN, DEBTOR_IBAN, fileAs, person, staffOf } from './execution-helpers.ts';
import { bankOf, widget, withKey, type Caller } from './payments-helpers.ts';

const sandbox = useSandbox();
const path = `/v1/execution/files/${ALIMONY.id}/transfers`;
let seq = 0;
const request = (as: Caller, iban: string, idempotencyKey = `trf-${++seq}`) => as(path, { body: { iban }, idempotencyKey });

describe('transfers to the creditor’s account', () => {
  test('the creditor moves the balance to her IBAN (typed with spaces); the answer masks it', async () => {
    const creditor = person(sandbox, ALIMONY.creditor);
    const spaced = CREDITOR_IBAN.replace(/(.{4})/g, '$1 ').toLowerCase();
    const result = await request(creditor, spaced);
    assert.equal(result.status, 201, JSON.stringify(result.body));
    const transfer = parsed(ExecutionTransfer, result.body);
    assert.deepEqual(transfer.amount, { amount: 150_000, currency: 'JOD' });
    assert.equal(transfer.status, 'requested');
    assert.equal(transfer.ibanMasked, `${CREDITOR_IBAN.slice(0, 4)} **** ${CREDITOR_IBAN.slice(-4)}`);
    assert.equal(transfer.accountHolder, sandbox.store.people.get(ALIMONY.creditor)!.name.ar);
    assert.ok(!JSON.stringify(result.body).includes(CREDITOR_IBAN));
    assert.equal((await fileAs(creditor, ALIMONY.id)).creditorBalance.amount, 0);
  });

  test('status through to paid on the sandbox clock, with `transfer.paid`', async () => {
    const creditor = person(sandbox, ALIMONY.creditor);
    const transfer = parsed(ExecutionTransfer, (await request(creditor, CREDITOR_IBAN)).body);
    const read = async () => parsed(listOf(ExecutionTransfer), (await creditor(path)).body).data.find((t) => t.id === transfer.id)!;
    sandbox.clock.set('2026-11-23T07:59:59Z');
    assert.equal((await read()).status, 'requested');
    sandbox.clock.set('2026-11-23T08:00:00Z');
    assert.deepEqual([(await read()).status, (await read()).processingAt], ['processing', '2026-11-23T08:00:00Z']);
    assert.equal(sandbox.store.eventLog.filter((e) => e.event.type === 'transfer.paid').length, 0);
    sandbox.clock.set('2026-11-23T12:00:00Z');
    const paid = await read();
    assert.deepEqual([paid.status, paid.paidAt], ['paid', '2026-11-23T10:00:00Z']);
    const events = sandbox.store.eventLog.filter((e) => e.event.type === 'transfer.paid').map((e) => e.event);
    assert.deepEqual(events.map((e) => [e.createdAt, e.data]), [['2026-11-23T10:00:00Z', { executionFileId: ALIMONY.id, transferId: transfer.id, amount: { amount: 150_000, currency: 'JOD' } }]]);
    await read();
    assert.equal(sandbox.store.eventLog.filter((e) => e.event.type === 'transfer.paid').length, 1, 'paid once, announced once');
  });

  test('requested once: a second request while one is under way is a conflict, and with nothing held a rule', async () => {
    const creditor = person(sandbox, ALIMONY.creditor);
    await request(creditor, CREDITOR_IBAN);
    assertProblem(await request(creditor, CREDITOR_IBAN), 409, 'transfer_in_progress');
    sandbox.clock.set('2026-11-24T07:00:00Z');
    assertProblem(await request(creditor, CREDITOR_IBAN), 422, 'nothing_to_transfer');
    assert.equal(sandbox.store.execution.transfers.size, 2);
  });

  test('the same Idempotency-Key replays the first transfer; another body with it is refused', async () => {
    const creditor = person(sandbox, ALIMONY.creditor);
    const first = await request(creditor, CREDITOR_IBAN, 'same-key');
    const again = await request(creditor, CREDITOR_IBAN, 'same-key');
    assert.equal(again.status, 201);
    assert.equal(again.headers.get('Idempotent-Replayed'), 'true');
    assert.deepEqual(again.body, first.body);
    assertProblem(await request(creditor, DEBTOR_IBAN, 'same-key'), 409, 'idempotency_key_reused');
    assertProblem(await creditor(path, { body: { iban: CREDITOR_IBAN } }), 400, 'idempotency_key_required');
    assert.equal(sandbox.store.execution.transfers.size, 2, 'the seeded transfer and this one');
  });

  test('a transfer whose answer was lost is paid once when retried with its key', async () => {
    const creditor = person(sandbox, ALIMONY.creditor);
    sandbox.faults.dropNextAfterCommit({ path });
    await assert.rejects(request(creditor, CREDITOR_IBAN, 'lost'));
    const retried = await request(creditor, CREDITOR_IBAN, 'lost');
    assert.equal(retried.status, 201);
    assert.equal(retried.headers.get('Idempotent-Replayed'), 'true');
    sandbox.clock.set('2026-11-23T12:00:00Z');
    const transfers = parsed(listOf(ExecutionTransfer), (await creditor(path)).body).data;
    assert.deepEqual(transfers.map((t) => [t.status, t.amount.amount]), [['paid', 150_000], ['paid', 150_000]]);
    assert.equal(transfers[0]!.id, parsed(ExecutionTransfer, retried.body).id);
    assert.equal(sandbox.store.eventLog.filter((e) => e.event.type === 'transfer.paid').length, 1);
  });

  test('the IBAN: digits checked (400), of the file’s country (400), held in the creditor’s name (422)', async () => {
    const creditor = person(sandbox, ALIMONY.creditor);
    const broken = CREDITOR_IBAN.slice(0, -1) + (CREDITOR_IBAN.endsWith('1') ? '2' : '1');
    const digits = assertProblem(await request(creditor, broken), 400, 'validation_failed');
    assert.deepEqual(digits.issues?.map((i) => i.path), ['body.iban']);
    assert.ok(!JSON.stringify(digits).includes(broken), 'the IBAN is not echoed');
    const saudi = ibanWithCheckDigits('SA', '80000000608010167519');
    const country = assertProblem(await request(creditor, saudi), 400, 'validation_failed');
    assert.deepEqual(country.issues?.map((i) => [i.path, i.code]), [['body.iban', 'iban_wrong_country']]);
    assert.equal(assertProblem(await request(creditor, DEBTOR_IBAN), 422, 'iban_not_in_creditor_name').param, 'body.iban');
    const unknown = ibanWithCheckDigits('PS', 'PALS000000000400999999999');
    assertProblem(await request(creditor, unknown), 422, 'iban_not_in_creditor_name');
    assert.equal(sandbox.store.execution.transfers.size, 1, 'nothing changed');
  });

  test('only the creditor’s side moves her money; a widget scoped to the file may; another jurisdiction’s key never sees it', async () => {
    assertProblem(await request(person(sandbox, ALIMONY.debtor), CREDITOR_IBAN), 403, 'creditor_only');
    assertProblem(await request(staffOf(sandbox, 'PS'), CREDITOR_IBAN), 403, 'creditor_only');
    assertProblem(await request(withKey(bankOf(sandbox, 'SA').secretKey), CREDITOR_IBAN), 404, 'execution_file_not_found');
    const debtorPage = await widget(bankOf(sandbox, 'PS'), { executionFiles: [ALIMONY.id], person: ALIMONY.debtor }, ['execution.requestTransfer']);
    assertProblem(await request(debtorPage, CREDITOR_IBAN), 403, 'creditor_only');
    const noOperation = await widget(bankOf(sandbox, 'PS'), { executionFiles: [ALIMONY.id] }, ['execution.get']);
    assertProblem(await request(noOperation, CREDITOR_IBAN), 403, 'operation_not_in_scope');
    const creditorPage = await widget(bankOf(sandbox, 'PS'), { executionFiles: [ALIMONY.id], person: ALIMONY.creditor }, ['execution.requestTransfer']);
    assert.equal((await request(creditorPage, CREDITOR_IBAN)).status, 201);
  });
});
