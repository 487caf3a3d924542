/** Reading cases: who sees which case, the list's filters and pages, hearings, documents, timeline, lawyer appearance. */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Case, CaseDocument, Hearing, LawyerAppearance, listOf, TimelineEvent, type JurisdictionCode } from '@adalat/sdk/contract';
import { as, asWidget, JURISDICTIONS, TIME_ZONES } from './cases-helpers.ts';
import { assertProblem, call, parsed, partnerOf, useSandbox } from './helpers.ts';

const sandbox = useSandbox();
const Cases = listOf(Case);

/** Every case a caller lists for `query`, following nextCursor; checks each page's size. */
async function listAll(get: (path: string) => Promise<{ status: number; body: unknown }>, query = '', limit = 5): Promise<Case[]> {
  const out: Case[] = [];
  let cursor: string | null = null;
  do {
    const params = new URLSearchParams(query);
    params.set('limit', String(limit));
    if (cursor !== null) params.set('cursor', cursor);
    const result = await get(`/v1/cases?${params}`);
    assert.equal(result.status, 200, JSON.stringify(result.body));
    const page = parsed(Cases, result.body);
    assert.ok(page.data.length <= limit);
    out.push(...page.data);
    cursor = page.nextCursor;
  } while (cursor !== null);
  return out;
}

const ids = (cases: readonly { id: string }[]): string[] => cases.map((c) => c.id);
const storeIds = (keep: (c: ReturnType<typeof sandbox.store.cases.get> & {}) => boolean): string[] =>
  [...sandbox.store.cases.values()].filter(keep).map((c) => c.id);

describe('list: each credential sees its own cases', () => {
  test('a person sees exactly the cases they are a party to, across pages', async () => {
    const listed = await listAll(as(sandbox, 'person', 'per_ps_001'));
    const expected = storeIds((c) => c.parties.some((p) => p.personId === 'per_ps_001'));
    assert.ok(expected.length >= 2);
    assert.deepEqual(ids(listed), expected);
  });

  test('a lawyer sees exactly the cases they represent a party in', async () => {
    const listed = await listAll(as(sandbox, 'lawyer', 'law_kz_001'));
    const expected = storeIds((c) => c.parties.some((p) => p.lawyers.some((l) => l.id === 'law_kz_001')));
    assert.ok(expected.length >= 2);
    assert.deepEqual(ids(listed), expected);
  });

  test('court staff see every case; a secret key sees its jurisdiction’s', async () => {
    const all = await listAll(as(sandbox, 'staff', 'stf_sa_001'), '', 20);
    assert.equal(all.length, sandbox.store.cases.size);
    for (const code of JURISDICTIONS) {
      const partner = partnerOf(sandbox, code, 'bank');
      const listed = await listAll((path) => call(path, { key: partner.secretKey }), '', 20);
      assert.deepEqual(ids(listed), storeIds((c) => c.jurisdiction === code), code);
    }
  });

  test('a widget session lists only the cases it is scoped to', async () => {
    const widget = await asWidget(sandbox, 'PS', ['cas_ps_003', 'cas_ps_001'], ['cases.list']);
    assert.deepEqual(ids(await listAll(widget)), ['cas_ps_001', 'cas_ps_003']);
  });

  test('a publishable key alone may not list cases', async () => {
    assertProblem(await call('/v1/cases', { key: partnerOf(sandbox, 'PS', 'bank').publishableKey }), 403, 'credential_not_allowed');
  });
});

describe('list: filters', () => {
  test('role: a person’s side of the case; a lawyer’s client’s side, or any case they represent', async () => {
    const person = as(sandbox, 'person', 'per_ps_001');
    const claimant = await listAll(person, 'role=claimant');
    const defendant = await listAll(person, 'role=defendant');
    assert.deepEqual(ids(claimant), storeIds((c) => c.parties.some((p) => p.personId === 'per_ps_001' && p.role === 'claimant')));
    assert.deepEqual(ids(defendant), storeIds((c) => c.parties.some((p) => p.personId === 'per_ps_001' && p.role === 'defendant')));
    assert.ok(claimant.length > 0 && defendant.length > 0);
    assert.deepEqual(await listAll(person, 'role=lawyer'), []);

    const lawyer = as(sandbox, 'lawyer', 'law_ps_001');
    const represented = storeIds((c) => c.parties.some((p) => p.lawyers.some((l) => l.id === 'law_ps_001')));
    assert.deepEqual(ids(await listAll(lawyer, 'role=lawyer')), represented);
    const forDefendants = await listAll(lawyer, 'role=defendant');
    for (const c of forDefendants) {
      assert.ok(c.parties.some((p) => p.role === 'defendant' && p.lawyers.some((l) => l.id === 'law_ps_001')), c.id);
    }
    assert.ok(forDefendants.length < represented.length);
  });

  test('role needs a person or lawyer token', async () => {
    const error = assertProblem(await as(sandbox, 'staff', 'stf_ps_001')('/v1/cases?role=claimant'), 400, 'role_needs_user_token');
    assert.equal(error.param, 'query.role');
    assertProblem(await call('/v1/cases?role=claimant', { key: partnerOf(sandbox, 'PS', 'bank').secretKey }), 400, 'role_needs_user_token');
    assertProblem(await as(sandbox, 'person', 'per_ps_001')('/v1/cases?role=judge'), 400, 'validation_failed');
  });

  test('status, stage, jurisdiction, court and category (a subtree) narrow the list', async () => {
    const staff = as(sandbox, 'staff', 'stf_ps_001');
    const decided = await listAll(staff, 'status=decided&jurisdiction=IR', 20);
    assert.deepEqual(ids(decided), storeIds((c) => c.status === 'decided' && c.jurisdiction === 'IR'));
    assert.ok(decided.length >= 3);

    const appeal = await listAll(staff, 'stage=appeal', 20);
    assert.ok(appeal.length >= 4 && appeal.every((c) => c.stage === 'appeal'));

    const courtId = sandbox.store.cases.get('cas_sa_001')!.courtId;
    const atCourt = await listAll(staff, `courtId=${courtId}`, 20);
    assert.deepEqual(ids(atCourt), storeIds((c) => c.courtId === courtId));

    const civil = await listAll(staff, 'category=civil', 20);
    assert.deepEqual(ids(civil), storeIds((c) => c.category === 'civil' || c.category.startsWith('civil.')));
    assert.ok(civil.length > 0 && civil.some((c) => c.category.split('.').length > 2));
    // A prefix that is not a whole node matches nothing extra: "civ" is no category.
    assert.deepEqual(await listAll(staff, 'category=civ', 20), []);
  });

  test('updatedSince gives the cases changed at or after an instant', async () => {
    const staff = as(sandbox, 'staff', 'stf_ps_001');
    const since = '2026-11-20T00:00:00Z';
    const changed = await listAll(staff, `updatedSince=${since}`, 20);
    assert.deepEqual(ids(changed), storeIds((c) => Date.parse(c.updatedAt) >= Date.parse(since)));
    assert.ok(changed.length > 0 && changed.length < sandbox.store.cases.size);
    assertProblem(await staff('/v1/cases?updatedSince=yesterday'), 400, 'validation_failed');
  });

  test('a cursor from another list position is still honoured; a forged one is a 400', async () => {
    const staff = as(sandbox, 'staff', 'stf_ps_001');
    const paged = await listAll(staff, 'jurisdiction=KZ', 3);
    const whole = await listAll(staff, 'jurisdiction=KZ', 100);
    assert.deepEqual(ids(paged), ids(whole));
    assert.equal(new Set(ids(paged)).size, paged.length);
    assertProblem(await staff('/v1/cases?cursor=bm9wZQ'), 400, 'invalid_cursor');
  });
});

describe('get', () => {
  test('answers with the contract’s case: court, panel, category, stage, parties with lawyers, next hearing', async () => {
    const c = parsed(Case, (await as(sandbox, 'person', 'per_ps_001')('/v1/cases/cas_ps_001')).body);
    const court = sandbox.store.courts.get(c.courtId)!;
    const branch = court.branches.find((b) => b.id === c.branchId);
    assert.ok(branch, 'the branch is one of the court’s');
    assert.ok(branch.panels.some((p) => p.id === c.panelId), 'the panel sits in the branch');
    assert.equal(c.timeZone, court.timeZone);
    assert.ok(court.acceptedCategories.some((code) => c.category === code || c.category.startsWith(`${code}.`)));
    assert.deepEqual(
      c.parties.map((p) => [p.role, p.personId, p.lawyers.map((l) => l.id)]),
      [
        ['claimant', 'per_ps_001', ['law_ps_001']],
        ['defendant', 'per_ps_002', ['law_ps_002']],
      ],
    );
    assert.equal(c.nextHearing?.id, 'hrg_ps_001_3');
    assert.ok(Date.parse(c.nextHearing!.startsAt) > sandbox.clock.now().getTime());
    assert.doesNotMatch(JSON.stringify(c), /nationalId/);
  });

  test('the next hearing is the one under way, then the next; none once all are past', async () => {
    const staff = as(sandbox, 'staff', 'stf_kz_001');
    assert.equal(parsed(Case, (await staff('/v1/cases/cas_kz_002')).body).nextHearing?.id, 'hrg_kz_002_2');
    sandbox.clock.advance(2 * 3600_000);
    assert.equal(parsed(Case, (await staff('/v1/cases/cas_kz_002')).body).nextHearing, null);
  });

  test('404 for an unknown case, 403 for a case of someone else', async () => {
    assertProblem(await as(sandbox, 'person', 'per_ps_001')('/v1/cases/cas_ps_999'), 404, 'case_not_found');
    assertProblem(await as(sandbox, 'person', 'per_ps_001')('/v1/cases/cas_ps_002'), 403, 'case_not_accessible');
    assertProblem(await as(sandbox, 'lawyer', 'law_ps_001')('/v1/cases/cas_ps_004'), 403, 'case_not_accessible');
    assertProblem(await call('/v1/cases/cas_sa_001', { key: partnerOf(sandbox, 'PS', 'bank').secretKey }), 403, 'case_not_accessible');
    assert.equal((await as(sandbox, 'lawyer', 'law_ps_002')('/v1/cases/cas_ps_003')).status, 200);
  });

  test('a widget session reads its case and nothing else, and only with the operation in scope', async () => {
    const widget = await asWidget(sandbox, 'PS', ['cas_ps_003'], ['cases.get', 'cases.listDocuments']);
    assert.equal(parsed(Case, (await widget('/v1/cases/cas_ps_003')).body).id, 'cas_ps_003');
    assertProblem(await widget('/v1/cases/cas_ps_001'), 403, 'subject_not_in_scope');
    assertProblem(await widget('/v1/cases/cas_ps_003/timeline'), 403, 'operation_not_in_scope');
    // A partner of another jurisdiction cannot even scope a session to the case.
    const foreign = { subjects: { cases: ['cas_ps_003'] }, operations: ['cases.get'] };
    assertProblem(await call('/v1/widget-sessions', { key: partnerOf(sandbox, 'SA', 'ministry').secretKey, body: foreign }), 403, 'case_outside_jurisdiction');
  });
});

describe('hearings', () => {
  test('earliest first, in the court’s time zone, with panel, room, kind and outcome', async () => {
    for (const code of JURISDICTIONS) {
      const caseId = `cas_${code.toLowerCase()}_001`;
      const result = await as(sandbox, 'staff', `stf_${code.toLowerCase()}_001`)(`/v1/cases/${caseId}/hearings`);
      const hearings = parsed(listOf(Hearing), result.body).data;
      assert.equal(hearings.length, 3, code);
      const starts = hearings.map((h) => Date.parse(h.startsAt));
      assert.deepEqual(starts, [...starts].sort((a, b) => a - b));
      const record = sandbox.store.cases.get(caseId)!;
      for (const h of hearings) {
        assert.equal(h.timeZone, TIME_ZONES[code as JurisdictionCode]);
        assert.equal(h.panelId, record.panelId);
        assert.ok(Date.parse(h.endsAt) > Date.parse(h.startsAt));
        assert.equal(h.postponed, false);
      }
      assert.deepEqual(hearings.map((h) => h.outcome), ['held', 'adjourned', null]);
    }
  });

  test('hearings are set in court-local working hours', async () => {
    const hearings = parsed(listOf(Hearing), (await as(sandbox, 'staff', 'stf_ir_001')('/v1/cases/cas_ir_001/hearings')).body).data;
    const local = hearings.map((h) =>
      new Intl.DateTimeFormat('en-GB', { timeZone: h.timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(h.startsAt)),
    );
    assert.deepEqual(local, ['09:30', '10:00', '10:30']);
  });
});

describe('documents', () => {
  const docsOf = async (code: string, n: string, query = '') => {
    const result = await as(sandbox, 'staff', `stf_${code}_001`)(`/v1/cases/cas_${code}_${n}/documents${query}`);
    return parsed(listOf(CaseDocument), result.body).data;
  };
  const judgment = (docs: CaseDocument[]) => docs.find((d) => d.act?.type === 'judgment')!.act!;

  test('every jurisdiction has a served judgment still open to appeal and one in legal force', async () => {
    for (const code of ['ps', 'sa', 'ir', 'kz']) {
      const today = new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONES[code.toUpperCase() as JurisdictionCode] }).format(sandbox.clock.now());
      const open = judgment(await docsOf(code, '003'));
      assert.ok(open.servedAt !== null && open.appealDeadline !== null && open.appealDeadline >= today, code);
      assert.equal(open.inLegalForce, false);
      const final = judgment(await docsOf(code, '004'));
      assert.ok(final.appealDeadline !== null && final.appealDeadline < today, code);
      assert.equal(final.inLegalForce, true);
      const unserved = judgment(await docsOf(code, '005'));
      assert.deepEqual([unserved.servedAt, unserved.appealDeadline, unserved.inLegalForce], [null, null, false]);
    }
  });

  test('the deadline follows the jurisdiction’s period from the served date', async () => {
    const open = judgment(await docsOf('ps', '003'));
    // Served Wednesday 18 November (Hebron); 30 days later is Friday 18 December, a rest day: Sunday 20th.
    assert.equal(open.servedAt, '2026-11-18T08:00:00Z');
    assert.equal(open.appealDeadline, '2026-12-20');
    const kz = judgment(await docsOf('kz', '003'));
    assert.equal(kz.appealDeadline, '2026-12-18');
  });

  test('an act comes into legal force when the clock passes its deadline; an appealed one never does', async () => {
    const before = judgment(await docsOf('ps', '003'));
    sandbox.clock.set('2026-12-20T21:59:00Z'); // 23:59 on the deadline in Hebron
    assert.equal(judgment(await docsOf('ps', '003')).inLegalForce, false);
    sandbox.clock.set('2026-12-20T22:00:00Z'); // midnight: the deadline day is over
    assert.equal(judgment(await docsOf('ps', '003')).inLegalForce, true);
    assert.equal(before.inLegalForce, false);
    const appealed = judgment(await docsOf('ps', '006'));
    assert.equal(appealed.appealed, true);
    assert.equal(appealed.inLegalForce, false);
  });

  test('a party residing abroad gives the case’s acts Iran’s two-month period instead of twenty days', async () => {
    const read = await as(sandbox, 'staff', 'stf_ir_001')('/v1/cases/cas_ir_013');
    assert.equal(read.status, 200, JSON.stringify(read.body));
    assert.deepEqual(parsed(Case, read.body).parties.map((p) => p.residesAbroad ?? false), [true, false]);
    const act = judgment(await docsOf('ir', '013'));
    // Served Saturday 24 October (Tehran): twenty days would end Friday 13 November, a rest day, so
    // Saturday 14th — long past; two months end Thursday 24 December.
    assert.equal(act.servedAt, '2026-10-24T06:30:00Z');
    assert.equal(act.appealDeadline, '2026-12-24');
    assert.equal(act.inLegalForce, false);
    sandbox.clock.set('2026-12-24T20:29:00Z'); // 23:59 on the deadline in Tehran
    assert.equal(judgment(await docsOf('ir', '013')).inLegalForce, false);
    sandbox.clock.set('2026-12-24T20:30:00Z');
    assert.equal(judgment(await docsOf('ir', '013')).inLegalForce, true);
  });

  test('minutes, attachments, memoranda and acts, oldest first, filtered by kind', async () => {
    const docs = await docsOf('sa', '002');
    assert.deepEqual([...new Set(docs.map((d) => d.kind))].sort(), ['attachment', 'memorandum', 'minutes']);
    const created = docs.map((d) => Date.parse(d.createdAt));
    assert.deepEqual(created, [...created].sort((a, b) => a - b));
    const minutes = await docsOf('sa', '002', '?kind=minutes');
    assert.ok(minutes.length > 0 && minutes.every((d) => d.kind === 'minutes' && d.hearingId !== null));
    const memorandum = docs.find((d) => d.kind === 'memorandum')!;
    assert.ok(memorandum.text && memorandum.submittedByPartyId === 'pty_sa_002_2');
  });

  test('a party reads the documents; a stranger gets 403', async () => {
    assert.equal((await as(sandbox, 'person', 'per_ir_001')('/v1/cases/cas_ir_003/documents')).status, 200);
    assertProblem(await as(sandbox, 'person', 'per_ir_002')('/v1/cases/cas_ir_003/documents'), 403, 'case_not_accessible');
  });
});

describe('timeline', () => {
  test('every step from filing to the final act, in order', async () => {
    for (const code of JURISDICTIONS) {
      const staff = as(sandbox, 'staff', `stf_${code.toLowerCase()}_001`);
      const events: TimelineEvent[] = [];
      let cursor: string | null = null;
      do {
        const result = await staff(`/v1/cases/cas_${code.toLowerCase()}_003/timeline?limit=4${cursor ? `&cursor=${cursor}` : ''}`);
        const page = parsed(listOf(TimelineEvent), result.body);
        events.push(...page.data);
        cursor = page.nextCursor;
      } while (cursor !== null);
      const at = events.map((e) => Date.parse(e.at));
      assert.deepEqual(at, [...at].sort((a, b) => a - b), code);
      assert.equal(events[0]!.type, 'filed');
      // The judgment comes after every hearing, and its service is the last step.
      const issued = events.findIndex((e) => e.type === 'act_issued');
      assert.ok(issued > events.findLastIndex((e) => e.type === 'hearing_held'), code);
      assert.equal(events.at(-1)!.type, 'act_served');
      const types = new Set(events.map((e) => e.type));
      for (const type of ['registered', 'referred_to_panel', 'hearing_scheduled', 'hearing_held', 'document_added'] as const) {
        assert.ok(types.has(type), `${code}: ${type}`);
      }
      // Each event names what it is about, and those exist in the case.
      for (const e of events) {
        if (e.hearingId !== null) assert.equal(sandbox.store.hearings.get(e.hearingId)?.caseId, e.caseId);
        if (e.documentId !== null) assert.equal(sandbox.store.caseDocuments.get(e.documentId)?.caseId, e.caseId);
      }
    }
  });

  test('a struck-off case ends with the strike-off', async () => {
    const events = parsed(listOf(TimelineEvent), (await as(sandbox, 'staff', 'stf_ps_001')('/v1/cases/cas_ps_009/timeline')).body).data;
    assert.equal(events.at(-1)!.type, 'struck_off');
  });
});

describe('lawyer appearance', () => {
  test('court staff see where a lawyer is appearing now, in each jurisdiction', async () => {
    for (const code of ['ps', 'sa', 'ir', 'kz']) {
      const result = await as(sandbox, 'staff', `stf_${code}_001`)(`/v1/lawyers/law_${code}_001/appearance`);
      const appearance = parsed(LawyerAppearance, result.body);
      const hearing = sandbox.store.hearings.get(`hrg_${code}_002_2`)!;
      assert.deepEqual(appearance.appearing, {
        courtId: hearing.courtId,
        panelId: hearing.panelId,
        room: hearing.room,
        caseId: `cas_${code}_002`,
        caseNumber: sandbox.store.cases.get(`cas_${code}_002`)!.number,
        hearingId: hearing.id,
        since: hearing.startsAt,
      });
      assert.equal(appearance.checkedAt, '2026-11-23T07:00:00Z');
    }
  });

  test('nowhere between hearings, or once the hearing is over', async () => {
    const staff = as(sandbox, 'staff', 'stf_ps_002');
    assert.equal(parsed(LawyerAppearance, (await staff('/v1/lawyers/law_ps_008/appearance')).body).appearing, null);
    sandbox.clock.advance(60 * 60_000);
    assert.equal(parsed(LawyerAppearance, (await staff('/v1/lawyers/law_ps_001/appearance')).body).appearing, null);
  });

  test('only court staff may ask: 403 for persons, lawyers, partners; 404 for an unknown lawyer', async () => {
    assertProblem(await as(sandbox, 'lawyer', 'law_ps_001')('/v1/lawyers/law_ps_001/appearance'), 403, 'court_staff_only');
    assertProblem(await as(sandbox, 'person', 'per_ps_001')('/v1/lawyers/law_ps_001/appearance'), 403, 'court_staff_only');
    assertProblem(await call('/v1/lawyers/law_ps_001/appearance', { key: partnerOf(sandbox, 'PS', 'bar_association').secretKey }), 403, 'credential_not_allowed');
    assertProblem(await as(sandbox, 'staff', 'stf_ps_001')('/v1/lawyers/law_ps_999/appearance'), 404, 'lawyer_not_found');
  });
});
