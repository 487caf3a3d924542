/**
 * Who may pay what: people and their own fines and cases, lawyers, a court's counter
 * under the jurisdiction's rule, and widget sessions held to their scope.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { listOf, Payment } from '@adalat/sdk/contract';
import { assertProblem, parsed, useSandbox } from './helpers.ts';
import { tokenFor } from './cases-helpers.ts';
import { bankOf, confirm, createPayment, ministryOf, PS_CLAIM, quote, startPayment, widget, withKey } from './payments-helpers.ts';

const sandbox = useSandbox();
const payer = { name: 'Omar Nasser' };
const as = (kind: 'person' | 'lawyer' | 'staff', id: string) => withKey(tokenFor(sandbox, kind, id));
const fines = (...fineIds: string[]) => ({ payable: { kind: 'traffic_fines', fineIds }, payer });
const deposit = (caseId: string, amount: number, currency = 'JOD') => ({ payable: { kind: 'court_deposit', caseId, amount: { amount, currency } }, payer });
const Payments = listOf(Payment);

/** A case the person is a party to, and one they are not. */
function casesOf(personId: string): { own: string; other: string } {
  const jurisdiction = sandbox.store.people.get(personId)!.jurisdiction;
  const local = [...sandbox.store.cases.values()].filter((c) => c.jurisdiction === jurisdiction);
  const own = local.find((c) => c.parties.some((p) => p.personId === personId));
  const other = local.find((c) => !c.parties.some((p) => p.personId === personId));
  assert.ok(own && other);
  return { own: own.id, other: other.id };
}

describe('a person token', () => {
  test('pays the person’s own fines by redirect, sees the payment, and not another’s fines', async () => {
    const me = as('person', 'per_ps_001');
    const payment = await startPayment(me, fines('tfn_ps_001'));
    assert.equal(payment.nextAction?.type, 'redirect');
    assert.deepEqual(parsed(Payments, (await me('/v1/payments')).body).data.map((p) => p.id), [payment.id]);
    assertProblem(await createPayment(me, fines('tfn_ps_004')), 403, 'fine_not_accessible');
    assertProblem(await as('person', 'per_ps_004')(`/v1/payments/${payment.id}`), 404, 'payment_not_found');
  });

  test('deposits in the person’s own cases, in JOD or ILS; not in others’, not in another currency', async () => {
    const { own, other } = casesOf('per_ps_001');
    const me = as('person', 'per_ps_001');
    const payment = await startPayment(me, deposit(own, 250_000));
    assert.equal(payment.lines[0]?.reference, sandbox.store.cases.get(own)!.number);
    assert.match(payment.lines[0]?.description.ar ?? '', /^أمانة في الدعوى /);
    assertProblem(await createPayment(me, deposit(own, 100_00, 'ILS')), 409, 'payment_in_progress');
    await confirm(sandbox, payment);
    // Deposits are not one-off: a second one, in shekels, once the first is done.
    assert.deepEqual((await startPayment(me, deposit(own, 100_00, 'ILS'))).total, { amount: 100_00, currency: 'ILS' });
    assertProblem(await createPayment(me, deposit(other, 1000)), 403, 'case_not_accessible');
    assertProblem(await createPayment(me, deposit(own, 1000, 'SAR')), 422, 'currency_not_accepted');
    assertProblem(await createPayment(me, deposit('cas_ps_999', 1000)), 404, 'case_not_found');
  });

  test('pays any quote of its jurisdiction, not another jurisdiction’s', async () => {
    const ps = await quote(ministryOf(sandbox, 'PS'), PS_CLAIM);
    const sa = await quote(ministryOf(sandbox, 'SA'), { jurisdiction: 'SA', filingKind: 'appeal', category: 'civil', filerType: 'individual' });
    const me = as('person', 'per_ps_005');
    assert.equal((await startPayment(me, { payable: { kind: 'filing_fee', quoteId: ps.id }, payer })).total.amount, 50_000);
    assertProblem(await createPayment(me, { payable: { kind: 'filing_fee', quoteId: sa.id }, payer }), 403, 'outside_jurisdiction');
  });
});

describe('a court’s counter (court staff)', () => {
  test('in Palestine, any court takes any fine of the country', async () => {
    const hebronFine = [...sandbox.store.trafficFines.values()].find((f) => f.jurisdiction === 'PS' && f.city.en === 'Hebron')!;
    const clerk = as('staff', 'stf_ps_002');
    assert.notEqual(sandbox.store.courts.get(sandbox.store.staff.get('stf_ps_002')!.courtId)?.city.en, 'Hebron');
    const payment = await startPayment(clerk, fines(hebronFine.id));
    assert.equal(payment.bankId, 'ptn_ps_bank');
  });

  test('elsewhere, a court takes only fines recorded in its own city', async () => {
    const clerk = as('staff', 'stf_sa_002');
    const city = sandbox.store.courts.get(sandbox.store.staff.get('stf_sa_002')!.courtId)!.city.en;
    const local = [...sandbox.store.trafficFines.values()].find((f) => f.jurisdiction === 'SA' && f.status === 'unpaid' && f.city.en === city)!;
    const away = [...sandbox.store.trafficFines.values()].find((f) => f.jurisdiction === 'SA' && f.status === 'unpaid' && f.city.en !== city)!;
    const refused = assertProblem(await createPayment(clerk, fines(local.id, away.id)), 422, 'fine_not_payable_here');
    assert.equal(refused.param, 'body.payable.fineIds.1');
    await startPayment(clerk, fines(local.id));
    // A partner bank is not a court: it takes the fine from the other city.
    await startPayment(withKey(bankOf(sandbox, 'SA').secretKey), fines(away.id));
  });
});

describe('a lawyer token', () => {
  test('pays quotes and deposits in the cases they act in, but no fines', async () => {
    const lawyerId = 'law_ps_001';
    const acting = [...sandbox.store.cases.values()].find((c) => c.parties.some((p) => p.lawyers.some((l) => l.id === lawyerId)))!;
    const lawyer = as('lawyer', lawyerId);
    await startPayment(lawyer, deposit(acting.id, 5_000));
    assertProblem(await createPayment(lawyer, fines('tfn_ps_001')), 403, 'fine_not_accessible');
  });
});

describe('a widget session', () => {
  const ops = ['payments.create', 'payments.get', 'payments.list', 'payments.cancel', 'payments.getReceipt'];

  test('on a bank’s page pays the fines it is scoped to, by bank hand-off; others are out of scope', async () => {
    const page = await widget(bankOf(sandbox, 'PS'), { trafficFines: ['tfn_ps_001', 'tfn_ps_002'] }, ops);
    const payment = await startPayment(page, fines('tfn_ps_001', 'tfn_ps_002'));
    assert.equal(payment.nextAction?.type, 'bank_handoff');
    const out = assertProblem(await createPayment(page, fines('tfn_ps_004')), 403, 'subject_not_in_scope');
    assert.equal(out.param, 'body.payable.fineIds.0');
  });

  test('scoped to a person, it pays that person’s fines', async () => {
    const page = await widget(ministryOf(sandbox, 'PS'), { person: 'per_ps_002' }, ops);
    const payment = await startPayment(page, fines('tfn_ps_004'));
    assert.equal(payment.nextAction?.type, 'redirect');
    assertProblem(await createPayment(page, fines('tfn_ps_001')), 403, 'subject_not_in_scope');
  });

  test('pays a quote it made itself or one listed in feeQuotes, not any other', async () => {
    const ministry = ministryOf(sandbox, 'PS');
    const page = await widget(ministry, { person: 'per_ps_001' }, ops);
    const own = await page('/v1/fees/quotes', { body: PS_CLAIM });
    assert.equal(own.status, 201);
    await startPayment(page, { payable: { kind: 'filing_fee', quoteId: (own.body as { id: string }).id }, payer });
    const serverQuote = await quote(ministry, { ...PS_CLAIM, filingKind: 'appeal' });
    assertProblem(await createPayment(page, { payable: { kind: 'filing_fee', quoteId: serverQuote.id }, payer }), 403, 'subject_not_in_scope');
    const listed = await widget(ministry, { feeQuotes: [serverQuote.id] }, ops);
    await startPayment(listed, { payable: { kind: 'filing_fee', quoteId: serverQuote.id }, payer });
  });

  test('court deposits need the case in scope; execution installments their file', async () => {
    const { own } = casesOf('per_ps_001');
    const page = await widget(ministryOf(sandbox, 'PS'), { cases: [own] }, ops);
    await startPayment(page, deposit(own, 1_000));
    const { other } = casesOf('per_ps_001');
    assertProblem(await createPayment(page, deposit(other, 1_000)), 403, 'subject_not_in_scope');
    const installment = { payable: { kind: 'execution_installment', executionFileId: 'exf_ps_001', installmentNumber: 6 }, payer };
    assertProblem(await createPayment(page, installment), 403, 'subject_not_in_scope');
    const scoped = await widget(ministryOf(sandbox, 'PS'), { executionFiles: ['exf_ps_001'] }, ops);
    await startPayment(scoped, installment);
  });

  test('a page reloaded with a new session of the same scope finds and resumes its payment; another partner’s session does not', async () => {
    const bank = bankOf(sandbox, 'PS');
    const first = await widget(bank, { trafficFines: ['tfn_ps_001'] }, ops);
    const payment = await startPayment(first, fines('tfn_ps_001'));
    const reloaded = await widget(bank, { trafficFines: ['tfn_ps_001'] }, ops);
    assertProblem(await createPayment(reloaded, fines('tfn_ps_001')), 409, 'payment_in_progress');
    const waiting = parsed(Payments, (await reloaded('/v1/payments?status=requires_action')).body).data;
    assert.deepEqual(waiting.map((p) => p.id), [payment.id]);
    const unrelated = await widget(bank, { trafficFines: ['tfn_ps_002'] }, ops);
    assertProblem(await unrelated(`/v1/payments/${payment.id}`), 404, 'payment_not_found');
    const ministryPage = await widget(ministryOf(sandbox, 'PS'), { trafficFines: ['tfn_ps_001'] }, ops);
    assertProblem(await ministryPage(`/v1/payments/${payment.id}`), 404, 'payment_not_found');
    await confirm(sandbox, payment);
    assert.equal((await reloaded(`/v1/payments/${payment.id}/receipt`)).status, 200);
  });

  test('needs the operation in its session', async () => {
    const page = await widget(bankOf(sandbox, 'PS'), { trafficFines: ['tfn_ps_001'] }, ['payments.get']);
    assertProblem(await createPayment(page, fines('tfn_ps_001')), 403, 'operation_not_in_scope');
  });
});
