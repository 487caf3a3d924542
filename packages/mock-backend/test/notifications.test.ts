/** Notices as service of process: listing is not receipt, opening is, and service runs on the sandbox clock. */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ElectronicServiceRegistration, listOf, JudicialNotification, OpenedNotification } from '@adalat/sdk/contract';
import { createSandbox } from '../src/index.ts';
import { as } from './cases-helpers.ts';
import { assertProblem, call, parsed, partnerOf, useSandbox } from './helpers.ts';
import { widget } from './payments-helpers.ts';

const sandbox = useSandbox();
const DAY = 86_400_000;

const list = async (caller: ReturnType<typeof as>, path: string): Promise<JudicialNotification[]> => {
  const result = await caller(path);
  assert.equal(result.status, 200, JSON.stringify(result.body));
  return parsed(listOf(JudicialNotification), result.body).data;
};

describe('listing', () => {
  test('a person lists their notices, newest first, without content, and nothing is recorded', async () => {
    const person = as(sandbox, 'person', 'per_ps_001');
    const before = structuredClone([...sandbox.store.notices.notifications.values()]);
    const notices = await list(person, '/v1/people/per_ps_001/notifications');
    assert.equal(notices.length, 3);
    assert.deepEqual(
      notices.map((n) => n.deliveredAt),
      [...notices.map((n) => n.deliveredAt)].sort().reverse(),
    );
    for (const notice of notices) assert.equal('body' in notice, false);
    assert.deepEqual([...sandbox.store.notices.notifications.values()], before, 'listing changed no notice');
    assert.equal(sandbox.store.eventLog.length, 0);
    // Filters.
    assert.deepEqual((await list(person, '/v1/people/per_ps_001/notifications?status=opened')).map((n) => n.status), ['opened']);
  });

  test('each notice says when it was or will be deemed served, by its jurisdiction’s rule', async () => {
    const [summons, , act] = await list(as(sandbox, 'person', 'per_ps_001'), '/v1/people/per_ps_001/notifications');
    // Palestine: opened or 10 days after delivery. The act was delivered 12 days ago: served, never opened.
    assert.equal(act!.serviceRule, 'on_open_or_after_days');
    assert.deepEqual([act!.status, act!.served], ['delivered', true]);
    assert.equal(Date.parse(act!.deemedServedAt) - Date.parse(act!.deliveredAt), 10 * DAY);
    assert.deepEqual([summons!.served, summons!.deemedServedAt], [false, new Date(Date.parse(summons!.deliveredAt) + 10 * DAY).toISOString().replace('.000Z', 'Z')]);
    // Iran: served on delivery.
    const iran = await list(as(sandbox, 'person', 'per_ir_001'), '/v1/people/per_ir_001/notifications');
    for (const notice of iran) assert.deepEqual([notice.serviceRule, notice.served, notice.deemedServedAt], ['on_delivery', true, notice.deliveredAt]);
  });

  test('who may list: not another person, not another jurisdiction’s partner; 404 for nobody', async () => {
    assertProblem(await as(sandbox, 'person', 'per_ps_002')('/v1/people/per_ps_001/notifications'), 403, 'notifications_not_accessible');
    assertProblem(await call('/v1/people/per_ps_001/notifications', { key: partnerOf(sandbox, 'SA', 'bank').secretKey }), 403, 'notifications_not_accessible');
    assert.equal((await call('/v1/people/per_ps_001/notifications', { key: partnerOf(sandbox, 'PS', 'ministry').secretKey })).status, 200);
    assertProblem(await call('/v1/people/per_ps_404/notifications', { key: partnerOf(sandbox, 'PS', 'ministry').secretKey }), 404, 'person_not_found');
    // A lawyer's notices: their bar association, not another.
    assert.equal((await call('/v1/lawyers/law_ps_011/notifications', { key: partnerOf(sandbox, 'PS', 'bar_association').secretKey })).status, 200);
    assertProblem(await call('/v1/lawyers/law_ps_011/notifications', { key: partnerOf(sandbox, 'SA', 'bar_association').secretKey }), 403, 'notifications_not_accessible');
    const bad = assertProblem(await as(sandbox, 'person', 'per_ps_001')('/v1/people/per_ps_001/notifications?limit=0'), 400, 'validation_failed');
    assert.equal(bad.param, 'query.limit');
  });
});

describe('opening records receipt', () => {
  test('open returns the content, records receipt once, and serves a notice served on opening', async () => {
    sandbox.clock.set('2026-11-23T09:00:00Z');
    const person = as(sandbox, 'person', 'per_ps_001');
    const [summons] = await list(person, '/v1/people/per_ps_001/notifications?status=delivered&kind=hearing_summons');
    const opened = await person(`/v1/notifications/${summons!.id}/open`, { method: 'POST' });
    assert.equal(opened.status, 200, JSON.stringify(opened.body));
    const notice = parsed(OpenedNotification, opened.body);
    assert.deepEqual([notice.status, notice.openedAt, notice.receipt.openedAt, notice.receipt.servedAt, notice.served], ['opened', '2026-11-23T09:00:00Z', '2026-11-23T09:00:00Z', '2026-11-23T09:00:00Z', true]);
    assert.ok(notice.body.en !== undefined && notice.body.en.length > 0);
    const served = sandbox.store.eventLog.map((e) => e.event).filter((e) => e.type === 'notification.served');
    assert.equal(served.length, 1);
    assert.deepEqual(served[0]!.data, { ...served[0]!.data, notificationId: summons!.id, servedBy: 'opened' });

    sandbox.clock.set('2026-11-24T09:00:00Z');
    const again = parsed(OpenedNotification, (await person(`/v1/notifications/${summons!.id}/open`, { method: 'POST' })).body);
    assert.equal(again.receipt.openedAt, '2026-11-23T09:00:00Z', 'the first opening stays the receipt');
    assert.equal(sandbox.store.eventLog.filter((e) => e.event.type === 'notification.served').length, 1);
  });

  test('only the recipient opens: not a partner’s server, not another person', async () => {
    const [notice] = await list(as(sandbox, 'person', 'per_ps_001'), '/v1/people/per_ps_001/notifications');
    assertProblem(await call(`/v1/notifications/${notice!.id}/open`, { method: 'POST', key: partnerOf(sandbox, 'PS', 'ministry').secretKey }), 403, 'credential_not_allowed');
    assertProblem(await as(sandbox, 'person', 'per_ps_002')(`/v1/notifications/${notice!.id}/open`, { method: 'POST' }), 403, 'recipient_only');
    assertProblem(await as(sandbox, 'person', 'per_ps_002')('/v1/notifications/ntf_nope/open', { method: 'POST' }), 404, 'notification_not_found');
    assert.equal(sandbox.store.notices.notifications.get(notice!.id)!.openedAt, null);
  });

  test('a widget session scoped to the person opens only with notifications.open listed', async () => {
    const ministry = partnerOf(sandbox, 'PS', 'ministry');
    const [notice] = await list(as(sandbox, 'person', 'per_ps_001'), '/v1/people/per_ps_001/notifications?status=delivered');
    const listOnly = await widget(ministry, { person: 'per_ps_001' }, ['notifications.listForPerson']);
    assert.equal((await listOnly('/v1/people/per_ps_001/notifications')).status, 200);
    assertProblem(await listOnly(`/v1/notifications/${notice!.id}/open`, { method: 'POST' }), 403, 'operation_not_in_scope');
    assertProblem(await listOnly('/v1/people/per_ps_002/notifications'), 403, 'subject_not_in_scope');
    const opener = await widget(ministry, { person: 'per_ps_001' }, ['notifications.open']);
    assert.equal((await opener(`/v1/notifications/${notice!.id}/open`, { method: 'POST' })).status, 200);
  });

  test('a lawyer’s notices are for their bar association’s pages only, whatever another partner’s session lists', async () => {
    const [notice] = await list(as(sandbox, 'lawyer', 'law_ps_011'), '/v1/lawyers/law_ps_011/notifications?status=delivered');
    const ministry = await widget(partnerOf(sandbox, 'PS', 'ministry'), { lawyers: ['law_ps_011'] }, ['notifications.listForLawyer', 'notifications.open']);
    assertProblem(await ministry('/v1/lawyers/law_ps_011/notifications'), 403, 'notifications_not_accessible');
    assertProblem(await ministry(`/v1/notifications/${notice!.id}/open`, { method: 'POST' }), 403, 'recipient_only');
    const bar = await widget(partnerOf(sandbox, 'PS', 'bar_association'), { lawyers: ['law_ps_011'] }, ['notifications.listForLawyer', 'notifications.open']);
    assert.equal((await bar('/v1/lawyers/law_ps_011/notifications')).status, 200);
    assert.equal((await bar(`/v1/notifications/${notice!.id}/open`, { method: 'POST' })).status, 200);
  });

  test('the attachment is served only after opening, so downloading never records receipt', async () => {
    const person = as(sandbox, 'person', 'per_ps_001');
    const [act] = await list(person, '/v1/people/per_ps_001/notifications?kind=judicial_act_issued');
    assert.equal(act!.hasAttachment, true);
    assertProblem(await person(`/v1/notifications/${act!.id}/attachment`), 409, 'notification_not_opened');
    assert.equal(sandbox.store.notices.notifications.get(act!.id)!.openedAt, null);
    await person(`/v1/notifications/${act!.id}/open`, { method: 'POST' });
    const token = sandbox.mintToken({ kind: 'person', id: 'per_ps_001' });
    const pdf = await fetch(`https://sandbox.adalat.test/v1/notifications/${act!.id}/attachment`, { headers: { Authorization: `Bearer ${token}` } });
    assert.equal(pdf.status, 200);
    assert.equal(pdf.headers.get('Content-Type'), 'application/pdf');
    assert.equal(new TextDecoder().decode((await pdf.arrayBuffer()).slice(0, 5)), '%PDF-');
    const [summons] = await list(person, '/v1/people/per_ps_001/notifications?kind=hearing_summons');
    await person(`/v1/notifications/${summons!.id}/open`, { method: 'POST' });
    assertProblem(await person(`/v1/notifications/${summons!.id}/attachment`), 404, 'attachment_not_found');
  });
});

describe('delivery and deemed service on the clock', () => {
  test('a delivered notice is announced, then deemed served N days later when never opened', async () => {
    sandbox.clock.set('2026-11-23T08:00:00Z');
    const notice = sandbox.deliverNotification({ recipient: { kind: 'person', id: 'per_sa_001' }, kind: 'hearing_summons', caseId: 'cas_sa_001' });
    assert.deepEqual([notice.served, notice.deemedServedAt], [false, '2026-12-03T08:00:00Z']);
    // Only this notice's events: moving the clock also serves and suspends seeded ones.
    const types = (): string[] =>
      sandbox.store.eventLog.map((e) => e.event).filter((e) => 'notificationId' in e.data && e.data.notificationId === notice.id).map((e) => e.type);
    assert.deepEqual(types(), ['notification.delivered']);
    sandbox.clock.set('2026-12-03T07:59:59Z');
    assert.deepEqual(types(), ['notification.delivered']);
    sandbox.clock.set('2026-12-03T08:00:00Z');
    assert.deepEqual(types(), ['notification.delivered', 'notification.served']);
    const served = sandbox.store.eventLog.at(-1)!.event;
    assert.equal(served.type === 'notification.served' && served.data.servedBy, 'deemed');
    sandbox.clock.set('2026-12-10T08:00:00Z');
    assert.equal(types().length, 2, 'announced once');
  });

  test('Iran: delivered and served at once', () => {
    const notice = sandbox.deliverNotification({ recipient: { kind: 'person', id: 'per_ir_001' }, kind: 'judicial_act_issued', caseId: 'cas_ir_001' });
    assert.deepEqual(
      sandbox.store.eventLog.filter((e) => 'notificationId' in e.event.data && e.event.data.notificationId === notice.id).map((e) => e.event.type),
      ['notification.delivered', 'notification.served'],
    );
  });
});

test('deemed service days are configurable per sandbox: 7 instead of 10', () => {
  const seven = createSandbox({ deemedServiceDays: 7, now: '2026-11-23T08:00:00Z' });
  const notice = seven.deliverNotification({ recipient: { kind: 'person', id: 'per_kz_001' }, kind: 'hearing_summons' });
  assert.equal(notice.deemedServedAt, '2026-11-30T08:00:00Z');
  assert.throws(() => createSandbox({ deemedServiceDays: 0 }), RangeError);
});

describe('registration for electronic service', () => {
  test('the person registers a channel with consent; the address is shown masked', async () => {
    const person = as(sandbox, 'person', 'per_ps_001');
    assertProblem(await person('/v1/people/per_ps_001/electronic-service'), 404, 'not_registered');
    const put = await person('/v1/people/per_ps_001/electronic-service', { method: 'PUT', body: { channel: 'email', address: 'amal@example.ps', consent: true } });
    assert.equal(put.status, 200, JSON.stringify(put.body));
    assert.deepEqual(parsed(ElectronicServiceRegistration, put.body), {
      personId: 'per_ps_001',
      channel: 'email',
      addressMasked: 'a***@example.ps',
      consentedAt: '2026-11-23T07:00:00Z',
    });
    assert.equal(parsed(ElectronicServiceRegistration, (await person('/v1/people/per_ps_001/electronic-service')).body).channel, 'email');
  });

  test('bad input is a 400 naming the field; nobody else registers a person', async () => {
    const person = as(sandbox, 'person', 'per_ps_001');
    const path = '/v1/people/per_ps_001/electronic-service';
    assert.equal(assertProblem(await person(path, { method: 'PUT', body: { channel: 'sms', consent: true } }), 400, 'validation_failed').param, 'body.address');
    assert.equal(assertProblem(await person(path, { method: 'PUT', body: { channel: 'app', consent: false } }), 400, 'validation_failed').param, 'body.consent');
    assert.equal(assertProblem(await person(path, { method: 'PUT', body: { channel: 'email', address: 'nope', consent: true } }), 400, 'validation_failed').param, 'body.address');
    assertProblem(await as(sandbox, 'person', 'per_ps_002')(path, { method: 'PUT', body: { channel: 'app', consent: true } }), 403, 'person_only');
    assert.equal(sandbox.store.notices.electronicService.size, 0);
  });
});

describe('control route', () => {
  test('POST /__sandbox/notifications delivers a notice now; an unknown recipient is a 404', async () => {
    const result = await call('/__sandbox/notifications', { body: { recipient: { kind: 'lawyer', id: 'law_ps_011' }, kind: 'judicial_act_issued', caseId: 'cas_ps_001' } });
    assert.equal(result.status, 200, JSON.stringify(result.body));
    const notice = parsed(JudicialNotification, result.body);
    assert.deepEqual([notice.recipient.id, notice.caseId, notice.hasAttachment, notice.collectBy], ['law_ps_011', 'cas_ps_001', true, '2026-11-26T07:00:00Z']);
    assert.equal(sandbox.store.eventLog.at(-1)!.event.type, 'notification.delivered');
    assertProblem(await call('/__sandbox/notifications', { body: { recipient: { kind: 'lawyer', id: 'law_ps_999' }, kind: 'hearing_summons' } }), 404, 'lawyer_not_found');
    assertProblem(await call('/__sandbox/notifications', { body: { recipient: { kind: 'lawyer', id: 'law_ps_011' }, kind: 'gossip' } }), 400, 'validation_failed');
  });
});
