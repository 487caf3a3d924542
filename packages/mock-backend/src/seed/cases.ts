/**
 * Seeded cases: the twelve stories of `case-scenarios.ts` told once per
 * jurisdiction (then a jurisdiction's extra ones, numbered on), with parties drawn from the seeded people and lawyers, courts,
 * panels and categories drawn from a seeded stream, and hearings, documents,
 * timelines and a postponement request laid out around the reference instant.
 * Ids read as `cas_ps_001`, `hrg_ps_001_1`, `doc_ps_001_1`, `pty_ps_001_1`.
 * @module
 */
import type {
  CaseParty,
  CategoryNode,
  Classifier,
  Court,
  Jurisdiction,
  JurisdictionCode,
  TimelineEventType,
} from '@adalat/sdk/contract';
import { toInstant } from '../clock.ts';
import { addDays, localDateOf, zonedInstant } from '../rules/court-time.ts';
import type {
  CaseDocumentRecord,
  CaseRecord,
  HearingRecord,
  Lawyer,
  Person,
  PostponementRequestRecord,
  TimelineEventRecord,
} from '../store/types.ts';
import { CASE_SCENARIOS, DOCUMENT_TITLES, ENTITY_NAMES, EXTRA_SCENARIOS, SEED_REFERENCE_NOW, type CaseScenario, type PartyPlan } from './case-scenarios.ts';
import { createPrng, type Prng } from './prng.ts';

export interface CasesSeed {
  cases: CaseRecord[];
  hearings: HearingRecord[];
  caseDocuments: CaseDocumentRecord[];
  timeline: TimelineEventRecord[];
  postponementRequests: PostponementRequestRecord[];
}

export interface CasesSeedInput {
  jurisdictions: readonly Jurisdiction[];
  courts: readonly Court[];
  classifiers: readonly Classifier[];
  people: readonly Person[];
  lawyers: readonly Lawyer[];
}

const HOUR = 3_600_000;
const MINUTE = 60_000;
const HEARING_MINUTES = 90;
const REFERENCE = new Date(SEED_REFERENCE_NOW);

const seq = (n: number, width = 3): string => String(n).padStart(width, '0');

/** Every leaf category code at or below `top`. */
function leavesUnder(nodes: readonly CategoryNode[], top: string): string[] {
  const all = (list: readonly CategoryNode[]): CategoryNode[] => list.flatMap((node) => [node, ...all(node.children)]);
  return all(nodes)
    .filter((node) => node.children.length === 0 && (node.code === top || node.code.startsWith(`${top}.`)))
    .map((node) => node.code);
}

function hears(court: Court, code: string): boolean {
  return court.acceptedCategories.some((accepted) => code === accepted || code.startsWith(`${accepted}.`));
}

const COURT_LEVELS: Record<CaseScenario['court'], readonly Court['level'][]> = {
  trial: ['magistrate', 'first_instance'],
  appeal: ['appeal'],
  supreme: ['supreme', 'cassation'],
};

/** A court of the scenario's kind that hears one of its categories, and a leaf category it hears. */
function pickCourtAndCategory(scenario: CaseScenario, courts: readonly Court[], classifier: Classifier, prng: Prng): { court: Court; category: string } {
  const leaves = scenario.categories.flatMap((top) => leavesUnder(classifier.categories, top));
  const candidates = courts.filter((court) => COURT_LEVELS[scenario.court].includes(court.level) && leaves.some((leaf) => hears(court, leaf)));
  if (candidates.length === 0) throw new Error(`no ${scenario.court} court in ${classifier.jurisdiction} hears ${scenario.categories.join('/')}`);
  const court = prng.pick(candidates);
  return { court, category: prng.pick(leaves.filter((leaf) => hears(court, leaf))) };
}

function caseNumber(code: JurisdictionCode, n: number, filedAt: Date, prng: Prng): string {
  const year = filedAt.getUTCFullYear();
  switch (code) {
    case 'PS':
      return `${prng.int(100, 2999)}/${year}`;
    case 'SA':
      // Najiz numbers start with the Hijri year (1448 from mid-2026).
      return `48${prng.digits(8)}`;
    case 'IR':
      // Iranian case numbers are 16 digits starting with the Solar Hijri year.
      return `1405${prng.digits(4)}${seq(n, 8)}`;
    case 'KZ':
      return `7594-${String(year).slice(2)}-00-2/${prng.int(100, 9999)}`;
  }
}

interface Ctx {
  jurisdiction: Jurisdiction;
  timeZone: Court['timeZone'];
  key: string;
  caseId: string;
  out: CasesSeed;
  events: Array<Omit<TimelineEventRecord, 'id' | 'caseId'>>;
}

/** The instant of `time` on the court-local date `day` days from the reference date. */
function onDay(ctx: Ctx, day: number, time: string): Date {
  return zonedInstant(addDays(localDateOf(REFERENCE, ctx.timeZone), day), time, ctx.timeZone);
}

function event(ctx: Ctx, at: Date, type: TimelineEventType, refs: Partial<Omit<TimelineEventRecord, 'id' | 'caseId' | 'at' | 'type'>> = {}): void {
  ctx.events.push({
    at: toInstant(at),
    type,
    hearingId: refs.hearingId ?? null,
    documentId: refs.documentId ?? null,
    partyId: refs.partyId ?? null,
    postponementRequestId: refs.postponementRequestId ?? null,
    note: refs.note ?? null,
  });
}

function buildParty(plan: PartyPlan, index: number, ctx: Ctx, people: readonly Person[], lawyers: readonly Lawyer[]): CaseParty {
  const lawyer = plan.lawyer === null ? undefined : lawyers[plan.lawyer - 1];
  if (plan.lawyer !== null && lawyer === undefined) throw new Error(`${ctx.caseId}: no lawyer #${plan.lawyer}`);
  const lawyersOf = lawyer === undefined ? [] : [{ id: lawyer.id, name: lawyer.name, barNumber: lawyer.barNumber }];
  const id = `pty_${ctx.key}_${index + 1}`;
  // Only a party residing abroad carries the flag; the others' reads stay as they were.
  const abroad = plan.abroad === true ? { residesAbroad: true } : {};
  if ('person' in plan) {
    const person = people[plan.person - 1];
    if (person === undefined) throw new Error(`${ctx.caseId}: no person #${plan.person}`);
    return { id, role: plan.role, kind: 'individual', name: person.name, personId: person.id, lawyers: lawyersOf, ...abroad };
  }
  return {
    id,
    role: plan.role,
    kind: plan.entity === 'company' ? 'legal_entity' : 'authority',
    name: ENTITY_NAMES[ctx.jurisdiction.code][plan.entity],
    personId: null,
    lawyers: lawyersOf,
    ...abroad,
  };
}

function addDocument(ctx: Ctx, fields: Omit<CaseDocumentRecord, 'id' | 'caseId' | 'attachmentIds' | 'text' | 'content'> & Partial<CaseDocumentRecord>): CaseDocumentRecord {
  const document: CaseDocumentRecord = {
    id: `doc_${ctx.key}_${ctx.out.caseDocuments.filter((d) => d.caseId === ctx.caseId).length + 1}`,
    caseId: ctx.caseId,
    attachmentIds: [],
    text: null,
    content: null,
    ...fields,
  };
  ctx.out.caseDocuments.push(document);
  return document;
}

function seedOneCase(scenario: CaseScenario, n: number, input: CasesSeedInput, jurisdiction: Jurisdiction, prng: Prng, out: CasesSeed): void {
  const code = jurisdiction.code;
  const key = `${code.toLowerCase()}_${seq(n)}`;
  const caseId = `cas_${key}`;
  const ctx: Ctx = { jurisdiction, timeZone: jurisdiction.timeZone, key, caseId, out, events: [] };
  const titles = DOCUMENT_TITLES[code];
  const classifier = input.classifiers.find((c) => c.jurisdiction === code)!;
  const { court, category } = pickCourtAndCategory(scenario, input.courts.filter((c) => c.jurisdiction === code), classifier, prng);
  const branch = prng.pick(court.branches);
  const panel = prng.pick(branch.panels);
  const people = input.people.filter((p) => p.jurisdiction === code);
  const lawyers = input.lawyers.filter((l) => l.jurisdiction === code);
  const parties = scenario.parties.map((plan, index) => buildParty(plan, index, ctx, people, lawyers));
  const [first, second] = parties as [CaseParty, CaseParty];

  const filedAt = onDay(ctx, scenario.filedDay, '10:15');
  event(ctx, filedAt, 'filed', { partyId: first.id });
  event(ctx, new Date(filedAt.getTime() + 2 * HOUR), 'registered');
  const referredAt = new Date(filedAt.getTime() + 24 * HOUR);
  if (scenario.referred) event(ctx, referredAt, 'referred_to_panel');

  for (let i = 0; i < scenario.attachments; i += 1) {
    const document = addDocument(ctx, {
      kind: 'attachment',
      title: `${titles.attachment} ${i + 1}`,
      hearingId: null,
      submittedByPartyId: first.id,
      createdAt: toInstant(new Date(filedAt.getTime() + 5 * MINUTE)),
      act: null,
    });
    event(ctx, new Date(filedAt.getTime() + 5 * MINUTE), 'document_added', { documentId: document.id, partyId: first.id });
  }

  let scheduledAt = new Date(referredAt.getTime() + HOUR);
  scenario.hearings.forEach((plan, index) => {
    const startsAt = 'day' in plan ? onDay(ctx, plan.day, plan.time) : new Date(REFERENCE.getTime() + plan.minutesFromNow * MINUTE);
    const endsAt = new Date(startsAt.getTime() + HEARING_MINUTES * MINUTE);
    const hearing: HearingRecord = {
      id: `hrg_${key}_${index + 1}`,
      caseId,
      startsAt: toInstant(startsAt),
      endsAt: toInstant(endsAt),
      timeZone: ctx.timeZone,
      courtId: court.id,
      panelId: panel.id,
      room: panel.room,
      kind: plan.kind,
      outcome: plan.outcome,
      postponed: false,
      postponementReason: null,
      originalStartsAt: null,
    };
    out.hearings.push(hearing);
    event(ctx, scheduledAt, 'hearing_scheduled', { hearingId: hearing.id });
    if (plan.outcome !== null && plan.outcome !== 'struck_off') {
      event(ctx, endsAt, 'hearing_held', { hearingId: hearing.id, note: plan.outcome });
      const minutesAt = new Date(endsAt.getTime() + 30 * MINUTE);
      const minutes = addDocument(ctx, {
        kind: 'minutes',
        title: titles.minutes,
        hearingId: hearing.id,
        submittedByPartyId: null,
        createdAt: toInstant(minutesAt),
        act: null,
      });
      event(ctx, minutesAt, 'document_added', { hearingId: hearing.id, documentId: minutes.id });
      scheduledAt = endsAt;
    }
  });

  for (const act of scenario.acts) {
    // An act given at a hearing is issued as the hearing ends; others at 13:00 court time.
    const day = localDateOf(onDay(ctx, act.issuedDay, '13:00'), ctx.timeZone);
    const hearing = out.hearings.find(
      (h) => h.caseId === caseId && h.outcome === 'judgment_issued' && localDateOf(new Date(h.startsAt), ctx.timeZone) === day,
    );
    const issuedAt = hearing === undefined ? onDay(ctx, act.issuedDay, '13:00') : new Date(hearing.endsAt);
    const servedAt = act.servedDay === null ? null : onDay(ctx, act.servedDay, '10:00');
    const document = addDocument(ctx, {
      kind: 'judicial_act',
      title: titles[act.type],
      hearingId: hearing?.id ?? null,
      submittedByPartyId: null,
      createdAt: toInstant(issuedAt),
      act: { type: act.type, issuedAt: toInstant(issuedAt), servedAt: servedAt === null ? null : toInstant(servedAt), appealed: act.appealed },
    });
    event(ctx, issuedAt, 'act_issued', { documentId: document.id, hearingId: document.hearingId });
    if (servedAt !== null) event(ctx, servedAt, 'act_served', { documentId: document.id });
  }

  if (scenario.memorandumDay !== undefined) {
    const at = onDay(ctx, scenario.memorandumDay, '16:20');
    const memorandum = addDocument(ctx, {
      kind: 'memorandum',
      title: titles.memorandum,
      hearingId: null,
      submittedByPartyId: second.id,
      createdAt: toInstant(at),
      text: titles.memorandumText,
      act: null,
    });
    event(ctx, at, 'memorandum_submitted', { documentId: memorandum.id, partyId: second.id });
  }

  if (scenario.pendingPostponement) {
    const hearing = out.hearings.find((h) => h.caseId === caseId && h.outcome === null && Date.parse(h.startsAt) > REFERENCE.getTime());
    if (hearing === undefined) throw new Error(`${caseId}: no upcoming hearing to ask a postponement of`);
    const at = onDay(ctx, -1, '14:00');
    const request: PostponementRequestRecord = {
      id: `ppr_${key}_1`,
      caseId,
      hearingId: hearing.id,
      partyId: first.id,
      lawyerId: first.lawyers[0]?.id ?? null,
      reason: 'Counsel is appearing before another court at the same time.',
      status: 'pending',
      createdAt: toInstant(at),
      decidedAt: null,
      decisionNote: null,
      newStartsAt: null,
    };
    out.postponementRequests.push(request);
    event(ctx, at, 'postponement_requested', { hearingId: hearing.id, partyId: first.id, postponementRequestId: request.id, note: request.reason });
  }

  if (scenario.struckOffDay !== undefined) {
    const hearing = out.hearings.find((h) => h.caseId === caseId && h.outcome === 'struck_off');
    event(ctx, onDay(ctx, scenario.struckOffDay, '12:40'), 'struck_off', { hearingId: hearing?.id ?? null, note: 'No party appeared.' });
  }

  // Stable sort: events at the same instant keep the order they happened in.
  const events = ctx.events
    .map((e, index) => ({ e, index }))
    .sort((a, b) => Date.parse(a.e.at) - Date.parse(b.e.at) || a.index - b.index)
    .map(({ e }, index): TimelineEventRecord => ({ id: `tle_${key}_${seq(index + 1, 2)}`, caseId, ...e }));
  out.timeline.push(...events);

  out.cases.push({
    id: caseId,
    number: caseNumber(code, n, filedAt, prng),
    jurisdiction: code,
    courtId: court.id,
    branchId: branch.id,
    panelId: scenario.referred ? panel.id : null,
    category,
    stage: scenario.stage,
    status: scenario.status,
    timeZone: ctx.timeZone,
    filedAt: toInstant(filedAt),
    updatedAt: events.at(-1)!.at,
    parties,
  });
}

export function seedCases(input: CasesSeedInput): CasesSeed {
  const out: CasesSeed = { cases: [], hearings: [], caseDocuments: [], timeline: [], postponementRequests: [] };
  for (const jurisdiction of input.jurisdictions) {
    const prng = createPrng(`cases:${jurisdiction.code}`);
    CASE_SCENARIOS.forEach((scenario, index) => seedOneCase(scenario, index + 1, input, jurisdiction, prng, out));
    // After the twelve, on the same stream: appended, nothing before them moves.
    (EXTRA_SCENARIOS[jurisdiction.code] ?? []).forEach((scenario, index) =>
      seedOneCase(scenario, CASE_SCENARIOS.length + index + 1, input, jurisdiction, prng, out),
    );
  }
  return out;
}
