/**
 * `client.notifications`, `client.lawyers`, `client.lawyerServices` and
 * `client.webhookEndpoints` against the sandbox: listing is not receipt, `open` is;
 * many lawyers' summaries in one batch request; 422 `lawyer_suspended` typed; one slot,
 * one holder; a sandbox webhook verifies with `webhooks.verify`.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  AdalatClient,
  BusinessRuleError,
  ConflictError,
  InvalidRequestError,
  lawyerSummaryLoader,
  LawyerNotFoundError,
  webhooks,
  type AdalatAuth,
  type JudicialNotification,
} from '../src/index.ts';
import { SANDBOX_BASE as BASE, mswSandbox } from './sandbox-setup.ts';

const posted: Array<{ body: string; signature: string | null }> = [];
const sandbox = mswSandbox(
  {
    webhooks: {
      fetch: async (_input, init) => {
        posted.push({ body: String(init?.body), signature: new Headers(init?.headers).get('Adalat-Signature') });
        return new Response(null, { status: 204 });
      },
    },
  },
  () => {
    requests.length = 0;
    posted.length = 0;
  },
);

const requests: string[] = [];
const recordingFetch: typeof fetch = async (input, init) => {
  const request = new Request(input, init);
  requests.push(`${request.method} ${new URL(request.url).pathname}`);
  return globalThis.fetch(request);
};
const clientWith = (auth: AdalatAuth) => new AdalatClient({ baseUrl: BASE, auth, fetch: recordingFetch, retry: false });
const userClient = (kind: 'person' | 'lawyer', id: string) => {
  const token = sandbox.mintToken({ kind, id, ttlSeconds: 30 * 86_400 });
  return clientWith({ token: () => token });
};
const barKey = () => sandbox.keys.partners.find((p) => p.jurisdiction === 'PS' && p.kind === 'bar_association')!;

describe('client.notifications', () => {
  it('lists without recording receipt; open returns the content and records it', async () => {
    const client = userClient('person', 'per_ps_001');
    const all: JudicialNotification[] = [];
    for await (const notice of client.notifications.listForPerson({ personId: 'per_ps_001', limit: 1 })) all.push(notice);
    assert.equal(all.length, 3);
    assert.ok(all.every((n) => sandbox.store.notices.notifications.get(n.id)!.openedAt === (n.openedAt ?? null)));
    const pending = all.find((n) => n.status === 'delivered' && !n.served)!;
    const opened = await client.notifications.open({ notificationId: pending.id });
    assert.equal(opened.receipt.openedAt, '2026-11-23T07:00:00Z');
    assert.equal(typeof opened.body.ar, 'string');
    assert.equal(sandbox.store.notices.notifications.get(pending.id)!.openedAt, '2026-11-23T07:00:00Z');
  });

  it('the endpoint says it has legal effect', async () => {
    const { notificationsEndpoints } = await import('../src/contract/notifications.ts');
    assert.match(notificationsEndpoints.open.legalEffect, /records its receipt/);
    assert.match(notificationsEndpoints.open.summary, /^LEGAL EFFECT/);
  });
});

describe('lawyers’ summaries in batches', () => {
  it('300 badges’ loads on one client make one batch request; 600 make two', async () => {
    const { publishableKey, secretKey } = barKey();
    const ids = Array.from({ length: 600 }, (_, i) => `law_ps_${String(i + 1).padStart(3, '0')}`).map((id, i) => (i < 500 ? id : `law_ps_${i + 1}`));
    const session = await clientWith({ secretKey }).widgetSessions.create({ subjects: { lawyers: ids.slice(0, 500) }, operations: ['lawyers.batchNotificationSummaries'] });
    const widget = clientWith({ publishableKey, clientSecret: () => session.clientSecret });
    requests.length = 0;
    const loader = lawyerSummaryLoader(widget);
    const summaries = await Promise.all(ids.slice(0, 300).map((id) => loader.load(id)));
    assert.deepEqual(requests, ['POST /v1/lawyers/notification-summaries/batch']);
    assert.deepEqual(summaries.map((s) => s.lawyerId), ids.slice(0, 300));
    assert.equal(lawyerSummaryLoader(widget), loader, 'one loader per client');

    requests.length = 0;
    const owner = clientWith({ secretKey });
    const ownerLoader = lawyerSummaryLoader(owner);
    const results = await Promise.allSettled(ids.map((id) => ownerLoader.load(id)));
    assert.equal(requests.length, 2);
    assert.equal(results.filter((r) => r.status === 'fulfilled').length, 500);
    const missing = results.filter((r) => r.status === 'rejected').map((r) => (r as PromiseRejectedResult).reason);
    assert.equal(missing.length, 100);
    assert.ok(missing.every((e) => e instanceof LawyerNotFoundError));
  });

  it('a bad batch is a typed 400 naming the field', async () => {
    const client = clientWith({ secretKey: barKey().secretKey });
    await assert.rejects(client.lawyers.batchNotificationSummaries({ lawyerIds: [] }), (error: unknown) => error instanceof InvalidRequestError && error.param === 'body.lawyerIds');
  });
});

describe('the 3-day rule through the SDK', () => {
  it('a suspended lawyer’s action is a BusinessRuleError lawyer_suspended; collecting lifts it', async () => {
    const lawyer = userClient('lawyer', 'law_ps_002');
    const notice = sandbox.deliverNotification({ recipient: { kind: 'lawyer', id: 'law_ps_002' }, kind: 'hearing_summons', caseId: 'cas_ps_001' });
    sandbox.clock.advance(3 * 86_400_000 + 1);
    const summary = await lawyer.lawyers.getNotificationSummary({ lawyerId: 'law_ps_002' });
    assert.equal(summary.suspended, true);
    const [slot] = (await lawyer.lawyerServices.listAppointmentSlots({ courtId: 'crt_ps_ramallah_magistrate', date: '2026-11-30' })).data;
    await assert.rejects(lawyer.lawyerServices.bookAppointment({ slotId: slot!.id }), (error: unknown) => error instanceof BusinessRuleError && error.code === 'lawyer_suspended');
    await lawyer.notifications.open({ notificationId: notice.id });
    assert.equal((await lawyer.lawyerServices.bookAppointment({ slotId: slot!.id })).status, 'booked');
  });
});

describe('appointments through the SDK', () => {
  it('two clients book one slot at the same instant: one appointment, one ConflictError slot_taken', async () => {
    const a = userClient('lawyer', 'law_ps_001');
    const b = userClient('person', 'per_ps_005');
    const [slot] = (await a.lawyerServices.listAppointmentSlots({ courtId: 'crt_ps_ramallah_magistrate', date: '2026-11-24' })).data;
    const results = await Promise.allSettled([a.lawyerServices.bookAppointment({ slotId: slot!.id }), b.lawyerServices.bookAppointment({ slotId: slot!.id })]);
    assert.equal(results.filter((r) => r.status === 'fulfilled').length, 1);
    const refused = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    assert.ok(refused.reason instanceof ConflictError && refused.reason.code === 'slot_taken');
  });
});

describe('webhooks end to end', () => {
  it('an endpoint registered with the SDK receives a delivery that webhooks.verify accepts', async () => {
    const client = clientWith({ secretKey: barKey().secretKey });
    const endpoint = await client.webhookEndpoints.create({ url: 'https://bar.example.ps/hook', eventTypes: ['notification.delivered'] });
    sandbox.deliverNotification({ recipient: { kind: 'lawyer', id: 'law_ps_020' }, kind: 'judicial_act_issued' });
    await sandbox.webhooks.settled();
    assert.equal(posted.length, 1);
    const event = await webhooks.verify(posted[0]!.body, posted[0]!.signature, endpoint.secret);
    assert.equal(event.type, 'notification.delivered');
    const deliveries = await client.webhookEndpoints.listDeliveries({ endpointId: endpoint.id });
    assert.deepEqual(deliveries.data.map((d) => [d.eventId, d.status]), [[event.id, 'succeeded']]);
  });
});
