/** The lawyer backlog rule: summaries, suspension on the sandbox clock, 422 lawyer_suspended, reinstatement, batch reads. */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { type AdalatEvent, BatchNotificationSummaries, LawyerNotificationSummary, listOf, JudicialNotification } from '@adalat/sdk/contract';
import { as } from './cases-helpers.ts';
import { assertProblem, call, parsed, partnerOf, useSandbox } from './helpers.ts';
import { widget } from './payments-helpers.ts';
import { openStream } from './sse-helpers.ts';

const sandbox = useSandbox();
const HOUR = 3_600_000;
const REASON = { reason: 'I am abroad for medical treatment until December.' };
const POSTPONE = '/v1/cases/cas_ps_001/hearings/hrg_ps_001_3/postponement-requests';

const summary = async (lawyerId: string): Promise<LawyerNotificationSummary> => {
  const result = await call(`/v1/lawyers/${lawyerId}/notification-summary`, { key: partnerOf(sandbox, 'PS', 'bar_association').secretKey });
  assert.equal(result.status, 200, JSON.stringify(result.body));
  return parsed(LawyerNotificationSummary, result.body);
};

type StandingEvent = Extract<AdalatEvent, { type: 'lawyer.suspended' | 'lawyer.reinstated' }>;
const standingEvents = (lawyerId: string): StandingEvent[] =>
  sandbox.store.eventLog
    .map((e) => e.event)
    .filter((e): e is StandingEvent => (e.type === 'lawyer.suspended' || e.type === 'lawyer.reinstated') && e.data.lawyerId === lawyerId);

describe('the 3-day rule on the sandbox clock', () => {
  test('a lawyer with a notice pending past 3 days is suspended: case actions answer 422 until they collect it', async () => {
    const lawyer = as(sandbox, 'lawyer', 'law_ps_002');
    sandbox.clock.set('2026-11-23T08:00:00Z');
    const notice = sandbox.deliverNotification({ recipient: { kind: 'lawyer', id: 'law_ps_002' }, kind: 'hearing_summons', caseId: 'cas_ps_001' });
    sandbox.deliverNotification({ recipient: { kind: 'lawyer', id: 'law_ps_002' }, kind: 'memorandum_served', caseId: 'cas_ps_001' });

    const fresh = await summary('law_ps_002');
    assert.deepEqual(
      [fresh.pendingCount, fresh.byCase.map((c) => [c.caseId, c.count]), fresh.oldestPendingAt, fresh.collectBy, fresh.suspended, fresh.backlogRuleApplies],
      [2, [['cas_ps_001', 2]], '2026-11-23T08:00:00Z', '2026-11-26T08:00:00Z', false, true],
    );

    // At the collect-by instant the lawyer is still on time.
    sandbox.clock.set('2026-11-26T08:00:00Z');
    assert.equal((await summary('law_ps_002')).suspended, false);
    assert.deepEqual(standingEvents('law_ps_002'), []);

    sandbox.clock.set('2026-11-26T08:00:01Z');
    const late = await summary('law_ps_002');
    assert.deepEqual([late.suspended, late.suspendedSince], [true, '2026-11-26T08:00:00Z']);
    assert.deepEqual(standingEvents('law_ps_002').map((e) => [e.type, e.data.since, e.data.pendingCount]), [['lawyer.suspended', '2026-11-26T08:00:00Z', 2]]);
    assert.equal(sandbox.store.lawyers.get('law_ps_002')!.status, 'suspended');

    const requestsBefore = sandbox.store.postponementRequests.size;
    const refused = assertProblem(await lawyer(POSTPONE, { body: REASON }), 422, 'lawyer_suspended');
    assert.match(refused.message, /2 notice/);
    assert.equal(sandbox.store.postponementRequests.size, requestsBefore, 'nothing was recorded');
    // Reading stays open.
    assert.equal((await lawyer('/v1/cases/cas_ps_001')).status, 200);

    // Collecting one notice is not enough while the other is overdue.
    const list = parsed(listOf(JudicialNotification), (await lawyer('/v1/lawyers/law_ps_002/notifications')).body).data;
    const other = list.find((n) => n.id !== notice.id)!;
    assert.equal((await lawyer(`/v1/notifications/${notice.id}/open`, { method: 'POST' })).status, 200);
    assertProblem(await lawyer(POSTPONE, { body: REASON }), 422, 'lawyer_suspended');
    assert.equal((await lawyer(`/v1/notifications/${other.id}/open`, { method: 'POST' })).status, 200);

    const back = await summary('law_ps_002');
    assert.deepEqual([back.suspended, back.pendingCount, back.collectBy], [false, 0, null]);
    assert.deepEqual(standingEvents('law_ps_002').map((e) => e.type), ['lawyer.suspended', 'lawyer.reinstated']);
    assert.equal((await lawyer(POSTPONE, { body: REASON })).status, 201);
  });

  test('a suspension keeps the moment it began after a partial collection', async () => {
    const lawyer = as(sandbox, 'lawyer', 'law_ps_002');
    sandbox.clock.set('2026-11-23T08:00:00Z');
    const first = sandbox.deliverNotification({ recipient: { kind: 'lawyer', id: 'law_ps_002' }, kind: 'hearing_summons', caseId: 'cas_ps_001' });
    sandbox.clock.set('2026-11-23T20:00:00Z');
    sandbox.deliverNotification({ recipient: { kind: 'lawyer', id: 'law_ps_002' }, kind: 'memorandum_served', caseId: 'cas_ps_001' });
    sandbox.clock.set('2026-11-26T21:00:00Z');
    const since = '2026-11-26T08:00:00Z';
    assert.deepEqual(standingEvents('law_ps_002').map((e) => [e.type, e.data.since]), [['lawyer.suspended', since]]);

    // Collecting the older notice leaves the later one overdue: still suspended, since the same moment.
    assert.equal((await lawyer(`/v1/notifications/${first.id}/open`, { method: 'POST' })).status, 200);
    const partial = await summary('law_ps_002');
    assert.deepEqual([partial.suspended, partial.pendingCount, partial.suspendedSince], [true, 1, since]);
    assert.match(assertProblem(await lawyer(POSTPONE, { body: REASON }), 422, 'lawyer_suspended').message, new RegExp(`since ${since}`));
    assert.deepEqual(standingEvents('law_ps_002').map((e) => e.type), ['lawyer.suspended'], 'no new announcement');
  });

  test('the rule is Palestinian: a Saudi lawyer with an old notice is never suspended', async () => {
    sandbox.deliverNotification({ recipient: { kind: 'lawyer', id: 'law_sa_001' }, kind: 'hearing_summons', caseId: 'cas_sa_001' });
    sandbox.clock.advance(30 * 24 * HOUR);
    const token = sandbox.mintToken({ kind: 'lawyer', id: 'law_sa_001', ttlSeconds: 3600 });
    const result = parsed(LawyerNotificationSummary, (await call('/v1/lawyers/law_sa_001/notification-summary', { key: token })).body);
    assert.deepEqual([result.pendingCount, result.backlogRuleApplies, result.suspended, result.collectBy], [1, false, false, null]);
  });

  test('the seed starts some bar-roll lawyers suspended, and events reach their bar association’s stream audience', async () => {
    const suspended = [...sandbox.store.lawyers.values()].filter((l) => l.status === 'suspended');
    assert.ok(suspended.length >= 10, `${suspended.length} suspended`);
    assert.ok(suspended.every((l) => Number(l.id.slice(-3)) > 8), 'case lawyers are never suspended by the seed');
    assert.equal(sandbox.store.eventLog.length, 0, 'the seed’s state is not announced');
    const first = await summary(suspended[0]!.id);
    assert.equal(first.suspended, true);
    assert.ok(Date.parse(first.suspendedSince!) <= Date.parse('2026-11-23T07:00:00Z'));
  });
});

describe('live events', () => {
  test('the lawyer’s stream and their bar association’s carry delivered, served, suspended and reinstated; another bar’s does not', async () => {
    const lawyerToken = sandbox.mintToken({ kind: 'lawyer', id: 'law_ps_003', ttlSeconds: 30 * 86_400 });
    const types = 'notification.delivered,notification.served,lawyer.suspended,lawyer.reinstated';
    const bar = await openStream({ key: partnerOf(sandbox, 'PS', 'bar_association').secretKey, search: `?types=${types}` });
    const own = await openStream({ key: lawyerToken, search: `?types=${types}` });
    const other = await openStream({ key: partnerOf(sandbox, 'SA', 'bar_association').secretKey, search: `?types=${types}` });
    try {
      const notice = sandbox.deliverNotification({ recipient: { kind: 'lawyer', id: 'law_ps_003' }, kind: 'hearing_summons' });
      const delivered = await own.nextEvent();
      assert.deepEqual([delivered.type, delivered.type === 'notification.delivered' && delivered.data.notificationId], ['notification.delivered', notice.id]);
      assert.equal((await bar.nextEvent()).type, 'notification.delivered');

      // Three days and a second later: suspended (other bar-roll lawyers fall due on the way; follow law_ps_003 only).
      sandbox.clock.set(new Date(Date.parse(notice.collectBy!) + 1000));
      const mine = async (stream: typeof own) => {
        for (;;) {
          const event = await stream.nextEvent();
          if ('lawyerId' in event.data && event.data.lawyerId === 'law_ps_003') return event;
        }
      };
      assert.equal((await mine(own)).type, 'lawyer.suspended');
      assert.equal((await mine(bar)).type, 'lawyer.suspended');

      const opened = await call(`/v1/notifications/${notice.id}/open`, { method: 'POST', key: lawyerToken });
      assert.equal(opened.status, 200);
      const served = await own.nextEvent();
      assert.deepEqual([served.type, served.type === 'notification.served' && served.data.servedBy], ['notification.served', 'opened']);
      assert.equal((await own.nextEvent()).type, 'lawyer.reinstated');
      await assert.rejects(other.nextEvent(), /no frame/);
    } finally {
      await Promise.all([bar.close(), own.close(), other.close()]);
    }
  });
});

describe('who may read summaries', () => {
  test('the lawyer, their bar association, a widget listing them; nobody else', async () => {
    assert.equal((await as(sandbox, 'lawyer', 'law_ps_011')('/v1/lawyers/law_ps_011/notification-summary')).status, 200);
    assertProblem(await as(sandbox, 'lawyer', 'law_ps_012')('/v1/lawyers/law_ps_011/notification-summary'), 403, 'lawyer_not_accessible');
    assertProblem(await call('/v1/lawyers/law_ps_011/notification-summary', { key: partnerOf(sandbox, 'SA', 'bar_association').secretKey }), 403, 'lawyer_not_accessible');
    assertProblem(await call('/v1/lawyers/law_ps_999/notification-summary', { key: partnerOf(sandbox, 'PS', 'bar_association').secretKey }), 404, 'lawyer_not_found');
    const page = await widget(partnerOf(sandbox, 'PS', 'bar_association'), { lawyers: ['law_ps_011'] }, ['lawyers.getNotificationSummary']);
    assert.equal((await page('/v1/lawyers/law_ps_011/notification-summary')).status, 200);
    assertProblem(await page('/v1/lawyers/law_ps_012/notification-summary'), 403, 'subject_not_in_scope');
    // A session of another partner may list the lawyer, but the backlog is the bar's business.
    const ministry = await widget(partnerOf(sandbox, 'PS', 'ministry'), { lawyers: ['law_ps_011'] }, ['lawyers.getNotificationSummary', 'lawyers.batchNotificationSummaries']);
    assertProblem(await ministry('/v1/lawyers/law_ps_011/notification-summary'), 403, 'lawyer_not_accessible');
    assertProblem(await ministry('/v1/lawyers/notification-summaries/batch', { body: { lawyerIds: ['law_ps_011'] } }), 403, 'lawyer_not_accessible');
  });
});

describe('batch read', () => {
  const ids = Array.from({ length: 500 }, (_, i) => `law_ps_${String(i + 1).padStart(3, '0')}`);

  test('500 lawyers in one request, in the order asked; unknown ids listed apart', async () => {
    const bar = partnerOf(sandbox, 'PS', 'bar_association');
    const result = await call('/v1/lawyers/notification-summaries/batch', { key: bar.secretKey, body: { lawyerIds: ids } });
    assert.equal(result.status, 200, JSON.stringify(result.body).slice(0, 300));
    const batch = parsed(BatchNotificationSummaries, result.body);
    assert.deepEqual(batch.data.map((s) => s.lawyerId), ids);
    assert.deepEqual(batch.notFound, []);
    // The same numbers as one-by-one reads.
    for (const id of ['law_ps_009', 'law_ps_250', 'law_ps_500']) assert.deepEqual(batch.data.find((s) => s.lawyerId === id), await summary(id));
    const some = await call('/v1/lawyers/notification-summaries/batch', { key: bar.secretKey, body: { lawyerIds: ['law_ps_010', 'law_ps_777', 'law_ps_010'] } });
    assert.deepEqual(parsed(BatchNotificationSummaries, some.body).notFound, ['law_ps_777']);
  });

  test('501 ids, none, or a malformed id is a 400 naming the field', async () => {
    const key = partnerOf(sandbox, 'PS', 'bar_association').secretKey;
    const path = '/v1/lawyers/notification-summaries/batch';
    assert.equal(assertProblem(await call(path, { key, body: { lawyerIds: [...ids, 'law_ps_501'] } }), 400, 'validation_failed').param, 'body.lawyerIds');
    assert.equal(assertProblem(await call(path, { key, body: { lawyerIds: [] } }), 400, 'validation_failed').param, 'body.lawyerIds');
    assert.equal(assertProblem(await call(path, { key, body: { lawyerIds: ['law ps'] } }), 400, 'validation_failed').param, 'body.lawyerIds.0');
  });

  test('a widget session reads only lawyers it lists; a secret key only its own bar’s', async () => {
    const bar = partnerOf(sandbox, 'PS', 'bar_association');
    const page = await widget(bar, { lawyers: ids.slice(0, 300) }, ['lawyers.batchNotificationSummaries']);
    const path = '/v1/lawyers/notification-summaries/batch';
    assert.equal(parsed(BatchNotificationSummaries, (await page(path, { body: { lawyerIds: ids.slice(0, 300) } })).body).data.length, 300);
    assert.equal(assertProblem(await page(path, { body: { lawyerIds: ['law_ps_001', 'law_ps_301'] } }), 403, 'subject_not_in_scope').param, 'body.lawyerIds.1');
    assertProblem(await call(path, { key: partnerOf(sandbox, 'PS', 'bar_association').secretKey, body: { lawyerIds: ['law_sa_001'] } }), 403, 'lawyer_not_accessible');
    assertProblem(await call(path, { key: partnerOf(sandbox, 'PS', 'bank').secretKey, body: { lawyerIds: ['law_ps_001'] } }), 403, 'lawyer_not_accessible');
  });
});
