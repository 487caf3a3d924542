/** `payment.succeeded` and `payment.failed` on `/v1/events`, to whoever started the payment and no one else. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { WidgetSession } from '@adalat/sdk/contract';
import { call, parsed, useSandbox } from './helpers.ts';
import { tokenFor } from './cases-helpers.ts';
import { openStream } from './sse-helpers.ts';
import { bankOf, confirm, ministryOf, startPayment, withKey } from './payments-helpers.ts';

const sandbox = useSandbox({ eventStreams: { heartbeatMs: 60_000, retryMs: 1000 } });
const PAYMENT_TYPES = '?types=payment.succeeded,payment.failed';
const fines = (...fineIds: string[]) => ({ payable: { kind: 'traffic_fines', fineIds }, payer: { name: 'Nour Aziz' } });

test('the creating partner, the person whose fines were paid and that partner’s widget for the person are told; others are not', async () => {
  const ministry = ministryOf(sandbox, 'PS');
  const session = parsed(
    WidgetSession,
    (await call('/v1/widget-sessions', { key: ministry.secretKey, body: { subjects: { person: 'per_ps_001' }, operations: ['events.stream'] } })).body,
  );
  const streams = {
    partner: await openStream({ key: ministry.secretKey, search: PAYMENT_TYPES }),
    person: await openStream({ key: tokenFor(sandbox, 'person', 'per_ps_001'), search: PAYMENT_TYPES }),
    widget: await openStream({ key: ministry.publishableKey, clientSecret: session.clientSecret, search: PAYMENT_TYPES }),
    otherPartner: await openStream({ key: ministryOf(sandbox, 'SA').secretKey, search: PAYMENT_TYPES }),
  };
  try {
    const payment = await startPayment(withKey(ministry.secretKey), fines('tfn_ps_001', 'tfn_ps_002'));
    sandbox.clock.advance(2_000);
    await confirm(sandbox, payment, { outcome: 'succeeded' });
    const receiptNumber = sandbox.store.payments.get(payment.id)!.receiptNumber;
    for (const stream of [streams.partner, streams.person, streams.widget]) {
      const event = await stream.nextEvent();
      assert.equal(event.type, 'payment.succeeded');
      assert.equal(event.caseId, null);
      assert.equal(event.createdAt, '2026-11-23T07:00:02Z');
      assert.deepEqual(event.data, { paymentId: payment.id, payableKind: 'traffic_fines', total: payment.total, receiptNumber, failureCode: null });
    }
    // The other partner's first payment event is its own, not the one above.
    const own = await startPayment(withKey(ministryOf(sandbox, 'SA').secretKey), fines('tfn_sa_001'));
    await confirm(sandbox, own, { outcome: 'failed', failureCode: 'declined' });
    const seen = await streams.otherPartner.nextEvent();
    assert.equal(seen.type, 'payment.failed');
    assert.deepEqual([seen.data.paymentId, 'failureCode' in seen.data && seen.data.failureCode], [own.id, 'declined']);
  } finally {
    Object.values(streams).forEach((stream) => stream.close());
  }
});

test('a bank paying through its own channel is told of its own payments; repeating a confirmation publishes nothing new', async () => {
  const bank = bankOf(sandbox, 'KZ');
  const stream = await openStream({ key: bank.secretKey, search: PAYMENT_TYPES });
  try {
    const payment = await startPayment(withKey(bank.secretKey), fines('tfn_kz_001'));
    await confirm(sandbox, payment, { outcome: 'failed', failureCode: 'insufficient_funds' });
    await confirm(sandbox, payment, { outcome: 'failed', failureCode: 'insufficient_funds' });
    const event = await stream.nextEvent();
    assert.equal(event.type, 'payment.failed');
    assert.equal(sandbox.store.eventLog.filter((entry) => entry.event.type.startsWith('payment.')).length, 1);
  } finally {
    stream.close();
  }
});
