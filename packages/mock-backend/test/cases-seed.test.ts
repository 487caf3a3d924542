/** The seeded cases: deterministic, consistent with the rest of the seed, and covering what clients need to show. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Case, CaseDocument, Hearing, PostponementRequest, TimelineEvent, type CategoryNode } from '@adalat/sdk/contract';
import { DEFAULT_NOW, SEED } from '../src/index.ts';
import { buildSeed } from '../src/seed/index.ts';
import { SEED_REFERENCE_NOW } from '../src/seed/case-scenarios.ts';
import { localDateOf } from '../src/rules/court-time.ts';

const codes = (nodes: readonly CategoryNode[]): string[] => nodes.flatMap((n) => [n.code, ...codes(n.children)]);

test('the seed is the same on every build and counts from the sandbox’s default clock', () => {
  assert.deepEqual(buildSeed().cases, SEED.cases);
  assert.deepEqual(buildSeed().timeline, SEED.timeline);
  assert.equal(SEED_REFERENCE_NOW, DEFAULT_NOW);
});

test('twelve cases per jurisdiction (and Iran’s thirteenth, appended), every record valid against the contract', () => {
  for (const code of ['PS', 'SA', 'KZ']) assert.equal(SEED.cases.filter((c) => c.jurisdiction === code).length, 12, code);
  assert.deepEqual(SEED.cases.filter((c) => c.jurisdiction === 'IR').map((c) => c.id).at(-1), 'cas_ir_013');
  assert.equal(SEED.cases.filter((c) => c.jurisdiction === 'IR').length, 13);
  for (const c of SEED.cases) assert.ok(Case.safeParse({ ...c, nextHearing: null }).success, c.id);
  for (const h of SEED.hearings) assert.ok(Hearing.safeParse(h).success, h.id);
  for (const e of SEED.timeline) assert.ok(TimelineEvent.safeParse(e).success, e.id);
  for (const r of SEED.postponementRequests) assert.ok(PostponementRequest.safeParse(r).success, r.id);
  for (const { content: _c, act, ...d } of SEED.caseDocuments) {
    const shaped = { ...d, sizeBytes: 1, act: act && { ...act, appealDeadline: null, inLegalForce: false } };
    assert.ok(CaseDocument.safeParse(shaped).success, d.id);
  }
  const ids = [...SEED.cases, ...SEED.hearings, ...SEED.caseDocuments, ...SEED.timeline].map((r) => r.id);
  assert.equal(new Set(ids).size, ids.length, 'ids are unique');
});

test('parties, courts, panels and categories are the seed’s own', () => {
  const people = new Map(SEED.people.map((p) => [p.id, p]));
  const lawyers = new Map(SEED.lawyers.map((l) => [l.id, l]));
  for (const c of SEED.cases) {
    const court = SEED.courts.find((k) => k.id === c.courtId)!;
    assert.equal(court.jurisdiction, c.jurisdiction);
    assert.equal(c.timeZone, court.timeZone);
    const branch = court.branches.find((b) => b.id === c.branchId)!;
    assert.ok(branch, c.id);
    if (c.panelId !== null) assert.ok(branch.panels.some((p) => p.id === c.panelId), c.id);
    const classifier = SEED.classifiers.find((k) => k.jurisdiction === c.jurisdiction)!;
    assert.ok(codes(classifier.categories).includes(c.category), `${c.id}: ${c.category}`);
    assert.ok(court.acceptedCategories.some((a) => c.category === a || c.category.startsWith(`${a}.`)), c.id);
    for (const party of c.parties) {
      if (party.personId !== null) {
        assert.equal(people.get(party.personId)?.jurisdiction, c.jurisdiction);
        assert.deepEqual(party.name, people.get(party.personId)!.name);
      }
      for (const lawyer of party.lawyers) assert.equal(lawyers.get(lawyer.id)?.jurisdiction, c.jurisdiction);
    }
  }
});

test('hearings before the reference instant have an outcome; upcoming ones fall on Monday to Thursday', () => {
  const now = Date.parse(SEED_REFERENCE_NOW);
  for (const h of SEED.hearings) {
    if (Date.parse(h.endsAt) <= now) assert.notEqual(h.outcome, null, h.id);
    else assert.equal(h.outcome, null, h.id);
    const weekday = new Date(`${localDateOf(new Date(h.startsAt), h.timeZone)}T00:00:00Z`).getUTCDay();
    assert.ok(weekday >= 1 && weekday <= 4, `${h.id} on weekday ${weekday}`);
  }
});

test('timelines are in order and nothing in them is after the reference instant', () => {
  const now = Date.parse(SEED_REFERENCE_NOW);
  for (const c of SEED.cases) {
    const events = SEED.timeline.filter((e) => e.caseId === c.id);
    const at = events.map((e) => Date.parse(e.at));
    assert.deepEqual(at, [...at].sort((a, b) => a - b), c.id);
    assert.ok(at.every((t) => t <= now), c.id);
    assert.equal(c.updatedAt, events.at(-1)!.at, c.id);
  }
});
