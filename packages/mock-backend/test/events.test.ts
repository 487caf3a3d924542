/**
 * `/v1/events`: the wire format, who sees which events, what each action publishes,
 * resuming with `Last-Event-ID`, heartbeats, the touch control route and reset, over
 * msw in this process (`events-server.test.ts` runs the stream over a real socket).
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as delay } from 'node:timers/promises';
import { AdalatEvent, Case, WidgetSession, type JurisdictionCode } from '@adalat/sdk/contract';
import { openEventStreamCount } from '../src/events/bus.ts';
import { as, tokenFor } from './cases-helpers.ts';
import { assertProblem, call, parsed, partnerOf, useSandbox } from './helpers.ts';
import { frameFields, openStream, requestStream, type SseStream } from './sse-helpers.ts';

const HEARTBEAT_MS = 40;
const RETRY_MS = 250;
const sandbox = useSandbox({ eventStreams: { heartbeatMs: HEARTBEAT_MS, retryMs: RETRY_MS } });

const staffKey = () => tokenFor(sandbox, 'staff', 'stf_ps_001');
const touch = async (caseId: string, change: 'hearing' | 'minutes' = 'hearing') => {
  const result = await call(`/__sandbox/cases/${caseId}/touch`, { body: { change } });
  assert.equal(result.status, 200, JSON.stringify(result.body));
  return (result.body as { events: AdalatEvent[] }).events;
};
const isCaseUpdate = (caseId: string) => (event: AdalatEvent) => event.type === 'case.updated' && event.caseId === caseId;

/** A widget session of the jurisdiction's ministry; its stream credentials. */
async function widget(jurisdiction: JurisdictionCode, cases: string[], operations = ['events.stream']) {
  const ministry = partnerOf(sandbox, jurisdiction, 'ministry');
  const created = await call('/v1/widget-sessions', { key: ministry.secretKey, body: { subjects: { cases }, operations } });
  assert.equal(created.status, 201, JSON.stringify(created.body));
  const session = parsed(WidgetSession, created.body);
  return { key: ministry.publishableKey, clientSecret: session.clientSecret, session };
}

/** Runs `body` with an open stream and closes it whatever happens. */
async function withStream<T>(stream: SseStream, body: (stream: SseStream) => Promise<T>): Promise<T> {
  try {
    return await body(stream);
  } finally {
    stream.close();
  }
}

describe('the stream', () => {
  test('answers text/event-stream, uncached, starting with the retry hint; each event is id, event and JSON data', async () => {
    const stream = await openStream({ key: staffKey() });
    await withStream(stream, async () => {
      assert.match(stream.response.headers.get('Content-Type') ?? '', /^text\/event-stream/);
      assert.equal(stream.response.headers.get('Cache-Control'), 'no-store');
      assert.equal(stream.response.headers.get('ETag'), null);
      assert.match(stream.response.headers.get('Request-Id') ?? '', /^req_/);
      assert.equal(await stream.nextFrame(), `retry: ${RETRY_MS}\n: connected`);

      const [published] = await touch('cas_ps_001');
      let frame = await stream.nextFrame();
      while (frame === ': ping') frame = await stream.nextFrame();
      const lines = frame!.split('\n');
      assert.deepEqual(lines.slice(0, 2), [`id: ${published!.id}`, `event: ${published!.type}`]);
      assert.equal(lines.length, 3, 'the JSON data is one line');
      assert.deepEqual(parsed(AdalatEvent, JSON.parse(frameFields(frame!).data!)), published);
      assert.match(published!.id, /^evt_\d{6}$/);
    });
  });

  test('sends `: ping` comments between events as heartbeats', async () => {
    const stream = await openStream({ key: staffKey() });
    await withStream(stream, async () => {
      await stream.nextFrame(); // retry hint
      const started = Date.now();
      assert.equal(await stream.nextFrame(), ': ping');
      assert.equal(await stream.nextFrame(), ': ping');
      assert.ok(Date.now() - started >= HEARTBEAT_MS, 'pings are spaced by the heartbeat interval');
    });
  });

  test('ends when the client aborts: the sandbox forgets it', async () => {
    const stream = await openStream({ key: staffKey() });
    assert.equal(openEventStreamCount(sandbox.store), 1);
    stream.close();
    for (let i = 0; i < 50 && openEventStreamCount(sandbox.store) > 0; i += 1) await delay(10);
    assert.equal(openEventStreamCount(sandbox.store), 0);
  });

  test('reset clears the log and ends every open stream', async () => {
    const stream = await openStream({ key: staffKey() });
    await touch('cas_ps_001');
    assert.equal(sandbox.store.eventLog.length, 2);
    sandbox.reset();
    await stream.ended();
    assert.equal(sandbox.store.eventLog.length, 0);
    assert.equal(openEventStreamCount(sandbox.store), 0);
    const state = (await call('/__sandbox/state')).body as { counts: { events: number; eventStreams: number } };
    assert.deepEqual([state.counts.events, state.counts.eventStreams], [0, 0]);
  });

  test('a response dropped after commit leaves no stream open', async () => {
    sandbox.faults.dropNextAfterCommit({ path: '/v1/events' });
    await assert.rejects(requestStream({ key: staffKey() }), TypeError);
    assert.equal(openEventStreamCount(sandbox.store), 0);
  });
});

describe('who sees what', () => {
  test('a widget session sees only its own case’s events, and must list events.stream', async () => {
    const credentials = await widget('PS', ['cas_ps_006']);
    const stream = await openStream(credentials);
    await withStream(stream, async () => {
      await touch('cas_ps_001');
      await touch('cas_ps_006');
      const seen = await stream.eventsUntil(isCaseUpdate('cas_ps_006'));
      assert.deepEqual(seen.map((e) => [e.type, e.caseId]), [
        ['hearing.changed', 'cas_ps_006'],
        ['case.updated', 'cas_ps_006'],
      ]);
    });
    const without = await widget('PS', ['cas_ps_006'], ['cases.get']);
    const refused = await requestStream(without);
    assert.equal(refused.response.status, 403);
    assert.equal(((await refused.response.json()) as { error: { code: string } }).error.code, 'operation_not_in_scope');
  });

  test('a secret key sees its jurisdiction’s cases and none of another’s', async () => {
    const stream = await openStream({ key: partnerOf(sandbox, 'SA', 'bank').secretKey });
    await withStream(stream, async () => {
      await touch('cas_ps_001');
      await touch('cas_ps_006', 'minutes');
      await touch('cas_sa_001', 'minutes');
      const seen = await stream.eventsUntil(isCaseUpdate('cas_sa_001'));
      assert.deepEqual(seen.map((e) => e.caseId), ['cas_sa_001', 'cas_sa_001']);
    });
  });

  test('a person sees the cases they are a party to; court staff see every case', async () => {
    const person = await openStream({ key: tokenFor(sandbox, 'person', 'per_ps_002') }); // party to cas_ps_001, not cas_ps_006
    const staff = await openStream({ key: staffKey() });
    await withStream(person, () =>
      withStream(staff, async () => {
        await touch('cas_ps_006');
        await touch('cas_ps_001');
        assert.deepEqual((await person.eventsUntil(isCaseUpdate('cas_ps_001'))).map((e) => e.caseId), ['cas_ps_001', 'cas_ps_001']);
        assert.deepEqual(
          (await staff.eventsUntil(isCaseUpdate('cas_ps_001'))).map((e) => e.caseId),
          ['cas_ps_006', 'cas_ps_006', 'cas_ps_001', 'cas_ps_001'],
        );
      }),
    );
  });

  test('types and caseId narrow the stream; a caseId the caller may not read is refused', async () => {
    const stream = await openStream({ key: staffKey(), search: '?types=hearing.changed,document.added&caseId=cas_ps_006' });
    await withStream(stream, async () => {
      await touch('cas_ps_001');
      await touch('cas_ps_006');
      await touch('cas_ps_006', 'minutes');
      assert.deepEqual(
        (await stream.eventsUntil((e) => e.type === 'document.added')).map((e) => [e.type, e.caseId]),
        [
          ['hearing.changed', 'cas_ps_006'],
          ['document.added', 'cas_ps_006'],
        ],
      );
    });
    const person = tokenFor(sandbox, 'person', 'per_ps_002');
    const notTheirs = await requestStream({ key: person, search: '?caseId=cas_ps_006' });
    assert.equal(notTheirs.response.status, 403);
    const unknown = await requestStream({ key: person, search: '?caseId=cas_ps_999' });
    assert.equal(unknown.response.status, 404);
    const badType = await call('/v1/events?types=case.updated,case.deleted', { key: person });
    assert.equal(assertProblem(badType, 400, 'validation_failed').param, 'query.types');
  });

  test('publishable keys alone are refused', async () => {
    assertProblem(await call('/v1/events', { key: partnerOf(sandbox, 'PS', 'bank').publishableKey }), 403, 'credential_not_allowed');
  });

  test('a widget stream ends when its session expires, so the client renews it', async () => {
    const credentials = await widget('PS', ['cas_ps_006']);
    const stream = await openStream(credentials);
    sandbox.clock.set(new Date(Date.parse(credentials.session.expiresAt) + 1000));
    await stream.ended();
    assertProblem(await call('/v1/events', credentials), 401, 'widget_session_expired');
  });
});

describe('Last-Event-ID', () => {
  test('replays the caller’s events after the id, in order, then carries on live', async () => {
    const first = await touch('cas_ps_001');
    const second = await touch('cas_ps_006', 'minutes');
    const stream = await openStream({ key: tokenFor(sandbox, 'person', 'per_ps_002'), lastEventId: first[0]!.id });
    await withStream(stream, async () => {
      // per_ps_002 is party to cas_ps_001 only: of the four logged events, the one after the id is theirs.
      assert.deepEqual(await stream.nextEvent(), first[1]);
      await touch('cas_ps_001', 'minutes');
      const live = await stream.nextEvent();
      assert.equal(live.type, 'document.added');
      assert.ok(second.every((event) => event.caseId === 'cas_ps_006'));
    });
  });

  test('an id from before a reset replays the whole fresh log; a malformed id is a 400', async () => {
    const published = [...(await touch('cas_ps_001')), ...(await touch('cas_ps_001', 'minutes'))];
    const stream = await openStream({ key: staffKey(), lastEventId: 'evt_999999' });
    await withStream(stream, async () => {
      assert.deepEqual(await stream.eventsUntil((e) => e.id === published.at(-1)!.id), published);
    });
    const error = assertProblem(await call('/v1/events', { key: staffKey(), headers: { 'Last-Event-ID': 'yesterday' } }), 400, 'invalid_last_event_id');
    assert.equal(error.param, 'headers.last-event-id');
  });
});

describe('what the sandbox publishes', () => {
  const REASON = { reason: 'I am abroad for medical treatment until December.' };
  const changes = (events: AdalatEvent[]) =>
    events.map((e) => (e.type === 'case.updated' ? `${e.type}:${e.data.change}` : e.type === 'document.added' ? `${e.type}:${e.data.kind}` : e.type));

  test('a postponement request, then its grant: the hearing moves', async () => {
    const stream = await openStream({ key: staffKey() });
    await withStream(stream, async () => {
      const party = as(sandbox, 'person', 'per_ps_001');
      const asked = await party('/v1/cases/cas_ps_001/hearings/hrg_ps_001_3/postponement-requests', { body: REASON });
      assert.equal(asked.status, 201);
      const [requested] = await stream.eventsUntil(isCaseUpdate('cas_ps_001'));
      assert.equal(requested!.type === 'case.updated' && requested!.data.change, 'postponement');

      sandbox.clock.advance(60_000);
      const id = (asked.body as { id: string }).id;
      const decision = { decision: 'granted', newStartsAt: '2026-12-07T08:00:00Z' };
      assert.equal((await as(sandbox, 'staff', 'stf_ps_001')(`/v1/cases/cas_ps_001/postponement-requests/${id}/decision`, { body: decision })).status, 200);
      const granted = await stream.eventsUntil(isCaseUpdate('cas_ps_001'));
      assert.deepEqual(changes(granted), ['hearing.changed', 'case.updated:hearing']);
      assert.deepEqual(granted[0]!.data, { caseId: 'cas_ps_001', hearingId: 'hrg_ps_001_3', startsAt: decision.newStartsAt, postponed: true, outcome: null });
      const updated = granted[1]!;
      assert.ok(updated.type === 'case.updated');
      assert.deepEqual([updated.data.status, updated.data.stage, updated.data.updatedAt], ['in_progress', 'first_instance', '2026-11-23T07:01:00Z']);
      assert.equal(updated.createdAt, '2026-11-23T07:01:00Z');
      assert.equal(sandbox.store.timeline.get(updated.data.timelineEventId!)?.type, 'hearing_postponed');
    });
  });

  test('a refused postponement is a case.updated only', async () => {
    const stream = await openStream({ key: staffKey() });
    await withStream(stream, async () => {
      const asked = await as(sandbox, 'lawyer', 'law_ps_002')('/v1/cases/cas_ps_001/hearings/hrg_ps_001_3/postponement-requests', { body: REASON });
      await stream.eventsUntil(isCaseUpdate('cas_ps_001'));
      const id = (asked.body as { id: string }).id;
      await as(sandbox, 'staff', 'stf_ps_001')(`/v1/cases/cas_ps_001/postponement-requests/${id}/decision`, { body: { decision: 'refused' } });
      assert.deepEqual(changes(await stream.eventsUntil(isCaseUpdate('cas_ps_001'))), ['case.updated:postponement']);
    });
  });

  test('a memorandum with an inline attachment adds two documents', async () => {
    const stream = await openStream({ key: staffKey() });
    await withStream(stream, async () => {
      const memo = await as(sandbox, 'lawyer', 'law_ps_001')('/v1/cases/cas_ps_001/memoranda', {
        body: { title: 'Reply', text: 'The claim is proven.', inlineAttachment: { title: 'Receipt', text: 'Paid 100 JOD.' } },
      });
      assert.equal(memo.status, 201);
      const events = await stream.eventsUntil((e) => e.type === 'case.updated' && e.data.change === 'memorandum');
      assert.deepEqual(changes(events), ['document.added:attachment', 'case.updated:document', 'document.added:memorandum', 'case.updated:memorandum']);
      assert.equal(events[2]!.type === 'document.added' && events[2]!.data.documentId, (memo.body as { id: string }).id);
    });
  });

  test('a strike-off is a case.updated with the new status', async () => {
    const stream = await openStream({ key: staffKey() });
    await withStream(stream, async () => {
      sandbox.clock.set('2026-11-23T10:00:00Z'); // 12:00 in Hebron
      assert.equal((await as(sandbox, 'staff', 'stf_ps_001')('/v1/cases/cas_ps_010/strike-off', { body: { reason: 'Nobody appeared.' } })).status, 200);
      const [event] = await stream.eventsUntil(isCaseUpdate('cas_ps_010'));
      assert.ok(event!.type === 'case.updated');
      assert.deepEqual([event!.data.change, event!.data.status], ['status', 'struck_off']);
    });
  });

  test('an idempotent replay publishes nothing again', async () => {
    const options = { body: REASON, idempotencyKey: 'ask-once' };
    const party = as(sandbox, 'person', 'per_ps_001');
    await party('/v1/cases/cas_ps_001/hearings/hrg_ps_001_3/postponement-requests', options);
    const count = sandbox.store.eventLog.length;
    const replay = await party('/v1/cases/cas_ps_001/hearings/hrg_ps_001_3/postponement-requests', options);
    assert.equal(replay.headers.get('Idempotent-Replayed'), 'true');
    assert.equal(sandbox.store.eventLog.length, count);
  });
});

describe('POST /__sandbox/cases/:caseId/touch', () => {
  test('hearing: moves the next hearing a week later', async () => {
    const before = sandbox.store.hearings.get('hrg_ps_001_3')!.startsAt;
    const events = await touch('cas_ps_001');
    const moved = sandbox.store.hearings.get('hrg_ps_001_3')!;
    assert.equal(Date.parse(moved.startsAt) - Date.parse(before), 7 * 24 * 3600 * 1000);
    assert.deepEqual([moved.postponed, moved.originalStartsAt], [true, before]);
    assert.deepEqual(events.map((e) => e.type), ['hearing.changed', 'case.updated']);
    assert.deepEqual(events[0]!.data, { caseId: 'cas_ps_001', hearingId: moved.id, startsAt: moved.startsAt, postponed: true, outcome: null });
  });

  test('hearing: schedules one at 09:00 court time in 14 days when none is upcoming', async () => {
    const events = await touch('cas_ps_011');
    const hearing = sandbox.store.hearings.get('hrg_ps_011_1')!;
    assert.equal(hearing.startsAt, '2026-12-07T07:00:00Z'); // 09:00 in Hebron (UTC+2)
    assert.deepEqual([hearing.kind, hearing.outcome, hearing.postponed], ['pleading', null, false]);
    assert.deepEqual(events.map((e) => e.type), ['hearing.changed', 'case.updated']);
    const read = parsed(Case, (await as(sandbox, 'person', 'per_ps_005')('/v1/cases/cas_ps_011')).body);
    assert.deepEqual([read.nextHearing?.id, read.updatedAt], ['hrg_ps_011_1', '2026-11-23T07:00:00Z']);
  });

  test('minutes: adds the minutes of the latest hearing held', async () => {
    const events = await touch('cas_ps_001', 'minutes');
    assert.deepEqual(events.map((e) => e.type), ['document.added', 'case.updated']);
    const added = events[0]!;
    assert.ok(added.type === 'document.added');
    const document = sandbox.store.caseDocuments.get(added.data.documentId)!;
    assert.deepEqual([document.kind, document.hearingId, document.caseId], ['minutes', 'hrg_ps_001_2', 'cas_ps_001']);
  });

  test('refuses what cannot happen: unknown case 404, a closed case or one without a panel 409; nothing is published', async () => {
    assertProblem(await call('/__sandbox/cases/cas_ps_999/touch', { body: {} }), 404, 'case_not_found');
    assertProblem(await call('/__sandbox/cases/cas_ps_009/touch', { body: { change: 'hearing' } }), 409, 'case_not_active');
    assertProblem(await call('/__sandbox/cases/cas_ps_007/touch', { body: {} }), 409, 'case_not_referred');
    assertProblem(await call('/__sandbox/cases/cas_ps_001/touch', { body: { change: 'verdict' } }), 400, 'validation_failed');
    assert.equal(sandbox.store.eventLog.length, 0);
  });
});
