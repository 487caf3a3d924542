/** A lawyer's services: deposit refunds (idempotent) and court appointments (one holder per slot). */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Appointment, AppointmentSlot, DepositRefund, listOf } from '@adalat/sdk/contract';
import { ibanWithCheckDigits } from '@adalat/sdk/ids';
import * as z from 'zod/mini';
import { as } from './cases-helpers.ts';
import { assertProblem, parsed, useSandbox } from './helpers.ts';
import { confirm, freshKey, startPayment, withKey } from './payments-helpers.ts';

const sandbox = useSandbox();
const IBAN = ibanWithCheckDigits('PS', 'PALS000000000400123456702');
const Slots = z.object({ data: z.array(AppointmentSlot) });

/** law_ps_001 acts in cas_ps_001; a deposit of `amount` fils is paid there. */
async function paidDeposit(amount: number): Promise<void> {
  const lawyer = withKey(sandbox.mintToken({ kind: 'lawyer', id: 'law_ps_001', ttlSeconds: 3600 }));
  const payment = await startPayment(lawyer, { payable: { kind: 'court_deposit', caseId: 'cas_ps_001', amount: { amount, currency: 'JOD' } }, payer: { name: 'Omar Nasser' } });
  assert.equal((await confirm(sandbox, payment)).status, 200);
}

describe('deposit refunds', () => {
  const body = (amount: number) => ({ caseId: 'cas_ps_001', amount: { amount, currency: 'JOD' }, iban: IBAN, reason: 'The case was settled.' });

  test('a lawyer asks for a refund of a paid deposit; the same key replays; the status moves on the clock', async () => {
    await paidDeposit(200_000);
    const lawyer = as(sandbox, 'lawyer', 'law_ps_001');
    const key = freshKey();
    const created = await lawyer('/v1/deposit-refunds', { body: body(150_000), idempotencyKey: key });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    const refund = parsed(DepositRefund, created.body);
    assert.deepEqual([refund.status, refund.amount, refund.ibanMasked.endsWith(IBAN.slice(-4)), refund.ibanMasked.includes(IBAN.slice(4, 12))], ['submitted', { amount: 150_000, currency: 'JOD' }, true, false]);

    const replay = await lawyer('/v1/deposit-refunds', { body: body(150_000), idempotencyKey: key });
    assert.deepEqual([replay.status, replay.headers.get('Idempotent-Replayed'), (replay.body as { id: string }).id], [201, 'true', refund.id]);
    assertProblem(await lawyer('/v1/deposit-refunds', { body: body(10_000), idempotencyKey: key }), 409, 'idempotency_key_reused');
    assert.equal(sandbox.store.lawyerServices.refunds.size, 1);

    // Only 50 JOD is left to refund.
    assert.equal(assertProblem(await lawyer('/v1/deposit-refunds', { body: body(60_000), idempotencyKey: freshKey() }), 422, 'refund_exceeds_deposits').param, 'body.amount.amount');

    sandbox.clock.advance(25 * 3_600_000);
    assert.equal(parsed(DepositRefund, (await lawyer(`/v1/deposit-refunds/${refund.id}`)).body).status, 'approved');
    sandbox.clock.advance(2 * 24 * 3_600_000);
    const list = parsed(listOf(DepositRefund), (await lawyer('/v1/deposit-refunds?status=paid')).body);
    assert.deepEqual(list.data.map((r) => r.id), [refund.id]);
  });

  test('refusals: no key, not a lawyer, not their case, bad IBAN — and nothing is stored', async () => {
    await paidDeposit(100_000);
    const lawyer = as(sandbox, 'lawyer', 'law_ps_001');
    assertProblem(await lawyer('/v1/deposit-refunds', { body: body(1000) }), 400, 'idempotency_key_required');
    assertProblem(await as(sandbox, 'person', 'per_ps_001')('/v1/deposit-refunds', { body: body(1000), idempotencyKey: freshKey() }), 403, 'lawyers_only');
    assertProblem(await as(sandbox, 'lawyer', 'law_ps_009')('/v1/deposit-refunds', { body: body(1000), idempotencyKey: freshKey() }), 403, 'case_not_accessible');
    assertProblem(await lawyer('/v1/deposit-refunds', { body: { ...body(1000), caseId: 'cas_ps_999' }, idempotencyKey: freshKey() }), 404, 'case_not_found');
    const bad = assertProblem(await lawyer('/v1/deposit-refunds', { body: { ...body(1000), iban: 'PS00 0000' }, idempotencyKey: freshKey() }), 400, 'validation_failed');
    assert.equal(bad.param, 'body.iban');
    assert.equal(sandbox.store.lawyerServices.refunds.size, 0);
    assertProblem(await as(sandbox, 'lawyer', 'law_ps_002')('/v1/deposit-refunds/dref_000001'), 404, 'refund_not_found');
  });
});

describe('appointments', () => {
  // Tuesday 24 November 2026, a working day in Palestine; Friday the 27th is not.
  const court = (): string => [...sandbox.store.courts.values()].find((c) => c.jurisdiction === 'PS')!.id;
  const slots = async (caller: ReturnType<typeof as>, date: string) => parsed(Slots, (await caller(`/v1/courts/${court()}/appointment-slots?date=${date}`)).body).data;

  test('free slots per court and date: 09:00 to 12:00 court time in 30 minutes, none on Friday', async () => {
    const lawyer = as(sandbox, 'lawyer', 'law_ps_001');
    const tuesday = await slots(lawyer, '2026-11-24');
    assert.equal(tuesday.length, 6);
    assert.deepEqual([tuesday[0]!.startsAt, tuesday.at(-1)!.endsAt], ['2026-11-24T07:00:00Z', '2026-11-24T10:00:00Z']);
    assert.ok(tuesday.every((s) => s.available));
    assert.deepEqual(await slots(lawyer, '2026-11-27'), []);
    assert.equal(assertProblem(await lawyer(`/v1/courts/${court()}/appointment-slots?date=24-11-2026`), 400, 'validation_failed').param, 'query.date');
  });

  test('two people booking the same slot at the same instant: exactly one holds it', async () => {
    const [slot] = await slots(as(sandbox, 'lawyer', 'law_ps_001'), '2026-11-24');
    const callers = [as(sandbox, 'lawyer', 'law_ps_001'), as(sandbox, 'person', 'per_ps_003'), as(sandbox, 'lawyer', 'law_ps_009'), as(sandbox, 'person', 'per_ps_004')];
    const results = await Promise.all(callers.map((caller) => caller('/v1/appointments', { body: { slotId: slot!.id, purpose: 'Collect a certified copy.' } })));
    const statuses = results.map((r) => r.status).sort();
    assert.deepEqual(statuses, [201, 409, 409, 409], JSON.stringify(results.map((r) => r.body)));
    for (const refused of results.filter((r) => r.status === 409)) assertProblem(refused, 409, 'slot_taken');
    assert.equal([...sandbox.store.lawyerServices.appointments.values()].filter((a) => a.slotId === slot!.id && a.status === 'booked').length, 1);
    assert.equal((await slots(callers[0]!, '2026-11-24'))[0]!.available, false);
  });

  test('cancelling frees the slot for someone else; the holder lists theirs', async () => {
    const first = as(sandbox, 'lawyer', 'law_ps_001');
    const [, slot] = await slots(first, '2026-11-24');
    const booked = parsed(Appointment, (await first('/v1/appointments', { body: { slotId: slot!.id } })).body);
    assert.deepEqual(parsed(listOf(Appointment), (await first('/v1/appointments')).body).data.map((a) => a.id), [booked.id]);
    assertProblem(await as(sandbox, 'person', 'per_ps_002')(`/v1/appointments/${booked.id}/cancel`, { method: 'POST' }), 404, 'appointment_not_found');
    const cancelled = parsed(Appointment, (await first(`/v1/appointments/${booked.id}/cancel`, { method: 'POST' })).body);
    assert.equal(cancelled.status, 'cancelled');
    assert.equal((await first(`/v1/appointments/${booked.id}/cancel`, { method: 'POST' })).status, 200, 'cancelling twice answers it as it is');
    assert.equal((await as(sandbox, 'person', 'per_ps_002')('/v1/appointments', { body: { slotId: slot!.id } })).status, 201);
  });

  test('refusals: unknown or past slot, court staff, a suspended lawyer', async () => {
    const lawyer = as(sandbox, 'lawyer', 'law_ps_001');
    assertProblem(await lawyer('/v1/appointments', { body: { slotId: `slt_${court()}_20261127_0900` } }), 404, 'slot_not_found');
    assertProblem(await lawyer('/v1/appointments', { body: { slotId: 'slt_nonsense' } }), 404, 'slot_not_found');
    const [slot] = await slots(lawyer, '2026-11-24');
    assertProblem(await as(sandbox, 'staff', 'stf_ps_001')('/v1/appointments', { body: { slotId: slot!.id } }), 403, 'people_and_lawyers_only');
    sandbox.clock.set('2026-11-24T08:00:00Z');
    assertProblem(await lawyer('/v1/appointments', { body: { slotId: slot!.id } }), 422, 'slot_in_past');
    const suspended = [...sandbox.store.lawyers.values()].find((l) => l.status === 'suspended')!;
    assertProblem(await as(sandbox, 'lawyer', suspended.id)('/v1/appointments', { body: { slotId: `slt_${court()}_20261125_0900` } }), 422, 'lawyer_suspended');
    assert.equal(sandbox.store.lawyerServices.appointments.size, 0);
  });
});
