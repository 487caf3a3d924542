/**
 * Payments against the sandbox: the hand-off, the bank's confirmation, the status
 * machine, idempotency, double-payment refusals, expiry and receipts.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { FeeQuote, listOf, Payment, Receipt, TrafficFine } from '@adalat/sdk/contract';
import { assertProblem, call, parsed, useSandbox } from './helpers.ts';
import { download } from './cases-helpers.ts';
import { bankOf, confirm, createPayment, finesOf, freshKey, ministryOf, nationalIdOf, PS_CLAIM, quote, startPayment, withKey } from './payments-helpers.ts';

const sandbox = useSandbox();
const bank = () => withKey(bankOf(sandbox, 'PS').secretKey);
const ministry = () => withKey(ministryOf(sandbox, 'PS').secretKey);
const payer = { name: 'Layla Haddad' };
const finesBody = (fineIds: string[]) => ({ payable: { kind: 'traffic_fines', fineIds }, payer });

describe('quote → pay → the bank confirms → receipt', () => {
  test('a ministry’s payment is handed to the acquiring bank by redirect; its confirmation pays the quote', async () => {
    const q = await quote(ministryOf(sandbox, 'PS'), { ...PS_CLAIM, claimAmount: { amount: 12_000_000, currency: 'JOD' } });
    const payment = await startPayment(ministry(), { payable: { kind: 'filing_fee', quoteId: q.id }, payer, returnUrl: 'https://ministry.example/paid?x=1' });
    assert.equal(payment.bankId, 'ptn_ps_bank');
    assert.deepEqual(payment.total, q.total);
    assert.deepEqual(payment.lines.map((l) => [l.reference, l.amount.amount]), [['PS-FEES art.3(1)', 120_000]]);
    assert.equal(payment.nextAction?.type, 'redirect');
    const url = new URL(payment.nextAction!.type === 'redirect' ? payment.nextAction.url : '');
    assert.equal(url.searchParams.get('return'), 'https://ministry.example/paid?x=1');
    assert.ok(url.pathname.endsWith(payment.nextAction!.bankReference));
    assert.equal(payment.expiresAt, '2026-11-23T07:30:00Z');

    sandbox.clock.advance(60_000);
    const confirmed = parsed(Payment, (await confirm(sandbox, payment, { outcome: 'succeeded', bankTransactionId: 'TX-9' })).body);
    assert.equal(confirmed.status, 'succeeded');
    assert.equal(confirmed.nextAction, null);
    assert.equal(confirmed.completedAt, '2026-11-23T07:01:00Z');
    assert.equal(confirmed.receiptNumber, 'RCT-PS-2026-000001');
    assert.equal(parsed(FeeQuote, (await ministry()(`/v1/fees/quotes/${q.id}`)).body).paymentId, payment.id);

    const receipt = parsed(Receipt, (await ministry()(`/v1/payments/${payment.id}/receipt`)).body);
    assert.deepEqual(
      [receipt.number, receipt.paidAt, receipt.total, receipt.bank.id, receipt.bankTransactionId, receipt.payer],
      ['RCT-PS-2026-000001', '2026-11-23T07:01:00Z', q.total, 'ptn_ps_bank', 'TX-9', { name: 'Layla Haddad', nationalIdMasked: null }],
    );
    const pdf = await download(`/v1/payments/${payment.id}/receipt/pdf`, ministryOf(sandbox, 'PS').secretKey);
    assert.equal(pdf.status, 200);
    assert.equal(pdf.headers.get('Content-Type'), 'application/pdf');
    const text = new TextDecoder('latin1').decode(pdf.bytes);
    assert.ok(text.startsWith('%PDF-'));
    for (const expected of ['Receipt RCT-PS-2026-000001', 'JOD 120.000', 'PS-FEES art.3\\(1\\)', 'TX-9']) assert.ok(text.includes(expected), expected);
  });

  test('a bank paying through its own channel gets a bank hand-off; fines it pays are marked paid', async () => {
    const nationalId = nationalIdOf(sandbox, 'per_ps_001');
    const unpaid = finesOf(sandbox, 'per_ps_001', 'unpaid');
    const payment = await startPayment(bank(), { ...finesBody(unpaid), payer: { name: 'Mohammad Saleh', nationalId } });
    assert.deepEqual(payment.nextAction, { type: 'bank_handoff', bankReference: payment.nextAction?.bankReference });
    assert.equal(payment.total.amount, unpaid.reduce((sum, id) => sum + sandbox.store.trafficFines.get(id)!.amount.amount, 0));
    assert.equal(payment.payer.nationalIdMasked, `${'*'.repeat(nationalId.length - 4)}${nationalId.slice(-4)}`);
    assert.ok(!JSON.stringify(payment).includes(nationalId));
    await confirm(sandbox, payment);
    for (const id of unpaid) {
      const fine = parsed(TrafficFine, (await bank()(`/v1/traffic-fines/${id}`)).body);
      assert.deepEqual([fine.status, fine.paymentId, fine.paidAt], ['paid', payment.id, '2026-11-23T07:00:00Z']);
    }
    const receipt = parsed(Receipt, (await bank()(`/v1/payments/${payment.id}/receipt`)).body);
    assert.ok(!JSON.stringify(receipt).includes(nationalId));
    assert.deepEqual(receipt.lines.map((l) => l.reference), unpaid.map((id) => sandbox.store.trafficFines.get(id)!.number));
  });
});

describe('money is never taken twice', () => {
  test('the same key and body replay the first 201 with Idempotent-Replayed, and create nothing', async () => {
    const key = freshKey();
    const first = await createPayment(bank(), finesBody(['tfn_ps_001']), key);
    const again = await createPayment(bank(), finesBody(['tfn_ps_001']), key);
    assert.equal(again.status, 201);
    assert.equal(again.headers.get('Idempotent-Replayed'), 'true');
    assert.deepEqual(again.body, first.body);
    assert.equal(sandbox.store.payments.size, 1);
  });

  test('the same key with another body is a 409 idempotency_key_reused; no key at all is a 400', async () => {
    const key = freshKey();
    await createPayment(bank(), finesBody(['tfn_ps_001']), key);
    assertProblem(await createPayment(bank(), finesBody(['tfn_ps_002']), key), 409, 'idempotency_key_reused');
    assertProblem(await bank()('/v1/payments', { body: finesBody(['tfn_ps_002']) }), 400, 'idempotency_key_required');
    assert.equal(sandbox.store.payments.size, 1);
  });

  test('a payable with a payment in flight is refused; once it is paid, it is refused as paid', async () => {
    const payment = await startPayment(bank(), finesBody(['tfn_ps_001', 'tfn_ps_002']));
    // Overlapping, not identical: one fine is already in the payment above.
    const overlapping = assertProblem(await createPayment(ministry(), finesBody(['tfn_ps_004', 'tfn_ps_002'])), 409, 'payment_in_progress');
    assert.equal(overlapping.param, 'body.payable');
    await confirm(sandbox, payment);
    const paid = assertProblem(await createPayment(bank(), finesBody(['tfn_ps_004', 'tfn_ps_002'])), 409, 'payable_already_paid');
    assert.equal(paid.param, 'body.payable.fineIds.1');
    assertProblem(await createPayment(bank(), finesBody(['tfn_ps_003'])), 409, 'payable_already_paid'); // seeded as paid
    assert.equal(sandbox.store.payments.size, 1);
  });

  test('a paid quote cannot be paid again', async () => {
    const q = await quote(ministryOf(sandbox, 'PS'), PS_CLAIM);
    await confirm(sandbox, await startPayment(bank(), { payable: { kind: 'filing_fee', quoteId: q.id }, payer }));
    assertProblem(await createPayment(bank(), { payable: { kind: 'filing_fee', quoteId: q.id }, payer }), 409, 'payable_already_paid');
  });

  test('after a cancel, a failure or expiry, the payable can be paid again', async () => {
    const cancelled = await startPayment(bank(), finesBody(['tfn_ps_001']));
    const afterCancel = parsed(Payment, (await bank()(`/v1/payments/${cancelled.id}/cancel`, { method: 'POST' })).body);
    assert.deepEqual([afterCancel.status, afterCancel.cancellationReason, afterCancel.nextAction], ['cancelled', 'requested', null]);

    const failed = await startPayment(bank(), finesBody(['tfn_ps_001']));
    const afterFailure = parsed(Payment, (await confirm(sandbox, failed, { outcome: 'failed', failureCode: 'insufficient_funds' })).body);
    assert.deepEqual([afterFailure.status, afterFailure.failureCode, afterFailure.receiptNumber], ['failed', 'insufficient_funds', null]);
    assert.equal(sandbox.store.trafficFines.get('tfn_ps_001')?.status, 'unpaid');

    const expiring = await startPayment(bank(), finesBody(['tfn_ps_001']));
    sandbox.clock.advance(30 * 60_000);
    const expired = parsed(Payment, (await bank()(`/v1/payments/${expiring.id}`)).body);
    assert.deepEqual([expired.status, expired.cancellationReason, expired.completedAt], ['cancelled', 'expired', expiring.expiresAt]);
    assertProblem(await confirm(sandbox, expiring), 409, 'payment_not_pending');

    await startPayment(bank(), finesBody(['tfn_ps_001']));
    assert.equal(sandbox.store.payments.size, 4);
  });
});

describe('the status machine', () => {
  test('only the payment’s bank confirms, with the payment’s reference', async () => {
    const payment = await startPayment(ministry(), finesBody(['tfn_ps_001']));
    const byCreator = await call(`/v1/payments/${payment.id}/confirm`, {
      key: ministryOf(sandbox, 'PS').secretKey,
      body: { outcome: 'succeeded', bankReference: payment.nextAction?.bankReference },
    });
    assertProblem(byCreator, 403, 'not_the_payment_bank');
    const byStranger = await call(`/v1/payments/${payment.id}/confirm`, {
      key: bankOf(sandbox, 'SA').secretKey,
      body: { outcome: 'succeeded', bankReference: payment.nextAction?.bankReference },
    });
    assertProblem(byStranger, 404, 'payment_not_found');
    const wrong = assertProblem(await confirm(sandbox, payment, { outcome: 'succeeded', bankReference: 'ADL-WRONG' }), 422, 'bank_reference_mismatch');
    assert.equal(wrong.param, 'body.bankReference');
    assert.equal(sandbox.store.payments.get(payment.id)?.status, 'requires_action');
  });

  test('a failure needs its code and a success takes none', async () => {
    const payment = await startPayment(bank(), finesBody(['tfn_ps_001']));
    const missing = assertProblem(await confirm(sandbox, payment, { outcome: 'failed' }), 400, 'validation_failed');
    assert.deepEqual(missing.issues?.map((i) => i.path), ['body.failureCode']);
    assertProblem(await confirm(sandbox, payment, { outcome: 'succeeded', failureCode: 'declined' }), 400, 'validation_failed');
    assert.equal(sandbox.store.payments.get(payment.id)?.status, 'requires_action');
  });

  test('a final payment moves no more: 409 payment_not_pending; the same outcome again answers it unchanged', async () => {
    const payment = await startPayment(bank(), finesBody(['tfn_ps_001']));
    const first = parsed(Payment, (await confirm(sandbox, payment)).body);
    sandbox.clock.advance(5_000);
    const repeat = await confirm(sandbox, payment);
    assert.equal(repeat.status, 200);
    assert.deepEqual(parsed(Payment, repeat.body), first);
    assert.equal(sandbox.store.counters.receipt, 1);
    assertProblem(await confirm(sandbox, payment, { outcome: 'failed', failureCode: 'declined' }), 409, 'payment_not_pending');
    assertProblem(await bank()(`/v1/payments/${payment.id}/cancel`, { method: 'POST' }), 409, 'payment_not_pending');

    const failed = await startPayment(bank(), finesBody(['tfn_ps_002']));
    await confirm(sandbox, failed, { outcome: 'failed', failureCode: 'declined' });
    assertProblem(await confirm(sandbox, failed), 409, 'payment_not_pending');
    const cancelled = await startPayment(bank(), finesBody(['tfn_ps_002']));
    await bank()(`/v1/payments/${cancelled.id}/cancel`, { method: 'POST' });
    assert.equal((await bank()(`/v1/payments/${cancelled.id}/cancel`, { method: 'POST' })).status, 200);
    assertProblem(await confirm(sandbox, cancelled), 409, 'payment_not_pending');
  });

  test('no receipt before success', async () => {
    const payment = await startPayment(bank(), finesBody(['tfn_ps_001']));
    assertProblem(await bank()(`/v1/payments/${payment.id}/receipt`), 409, 'payment_not_succeeded');
    const pdf = await download(`/v1/payments/${payment.id}/receipt/pdf`, bankOf(sandbox, 'PS').secretKey);
    assert.equal(pdf.status, 409);
  });
});

describe('refusals leave nothing behind', () => {
  test('unknown payables, foreign ones, stale or empty quotes', async () => {
    assertProblem(await createPayment(bank(), finesBody(['tfn_ps_404'])), 404, 'fine_not_found');
    assertProblem(await createPayment(bank(), finesBody(['tfn_sa_001'])), 403, 'outside_jurisdiction');
    assertProblem(await createPayment(bank(), { payable: { kind: 'filing_fee', quoteId: 'fq_404' }, payer }), 404, 'quote_not_found');
    const exempt = await quote(ministryOf(sandbox, 'SA'), { jurisdiction: 'SA', filingKind: 'claim', category: 'family.custody', filerType: 'individual' });
    const sa = withKey(bankOf(sandbox, 'SA').secretKey);
    assertProblem(await createPayment(sa, { payable: { kind: 'filing_fee', quoteId: exempt.id }, payer }), 422, 'nothing_to_pay');
    const q = await quote(ministryOf(sandbox, 'PS'), PS_CLAIM);
    sandbox.clock.advance(24 * 3600_000 + 1000);
    assertProblem(await createPayment(bank(), { payable: { kind: 'filing_fee', quoteId: q.id }, payer }), 422, 'quote_expired');
    assert.equal(sandbox.store.payments.size, 0);
  });

  test('a payer ID failing its check digit is a 400 that does not repeat it', async () => {
    const id = nationalIdOf(sandbox, 'per_ps_003');
    const wrong = id.slice(0, -1) + String((Number(id.at(-1)) + 1) % 10);
    const result = await createPayment(bank(), { ...finesBody(['tfn_ps_001']), payer: { name: 'X', nationalId: wrong } });
    const error = assertProblem(result, 400, 'validation_failed');
    assert.deepEqual(error.issues?.map((i) => [i.path, i.code]), [['body.payer.nationalId', 'invalid_national_id']]);
    assert.ok(!JSON.stringify(result.body).includes(wrong));
    assert.equal(sandbox.store.payments.size, 0);
  });

  test('unknown fields inside the payable are refused, whichever kind it is', async () => {
    const error = assertProblem(
      await createPayment(bank(), { payable: { kind: 'traffic_fines', fineIds: ['tfn_ps_001'], quoteId: 'fq_1' }, payer }),
      400,
      'validation_failed',
    );
    assert.deepEqual(error.issues?.map((i) => [i.path, i.code]), [['body.payable.quoteId', 'unrecognized_key']]);
  });

  test('an execution installment names an existing file (the rest is in execution.test.ts)', async () => {
    const error = assertProblem(
      await createPayment(bank(), { payable: { kind: 'execution_installment', executionFileId: 'exf_nope', installmentNumber: 1 }, payer }),
      404,
      'execution_file_not_found',
    );
    assert.equal(error.param, 'body.payable.executionFileId');
  });
});

describe('who sees a payment', () => {
  test('its creator and its bank; another partner gets a 404; lists are newest first and filter', async () => {
    const mine = await startPayment(ministry(), finesBody(['tfn_ps_001']));
    const banks = await startPayment(bank(), finesBody(['tfn_ps_002']));
    assertProblem(await withKey(ministryOf(sandbox, 'SA').secretKey)(`/v1/payments/${mine.id}`), 404, 'payment_not_found');
    assertProblem(await withKey(bankOf(sandbox, 'SA').secretKey)(`/v1/payments/${mine.id}`), 404, 'payment_not_found');
    const Payments = listOf(Payment);
    assert.deepEqual(parsed(Payments, (await bank()('/v1/payments')).body).data.map((p) => p.id), [banks.id, mine.id]);
    assert.deepEqual(parsed(Payments, (await ministry()('/v1/payments')).body).data.map((p) => p.id), [mine.id]);
    await confirm(sandbox, mine);
    assert.deepEqual(parsed(Payments, (await bank()('/v1/payments?status=succeeded')).body).data.map((p) => p.id), [mine.id]);
    assert.deepEqual(parsed(Payments, (await bank()('/v1/payments?kind=filing_fee')).body).data, []);
  });
});
