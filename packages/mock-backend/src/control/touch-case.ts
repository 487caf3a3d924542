/**
 * `POST /__sandbox/cases/:caseId/touch`: the court registry changes a case the way
 * it does on an ordinary day, so demos and tests can watch the live events arrive.
 * - `hearing` (the default): the next upcoming hearing moves a week later; with none
 *   upcoming, a pleading hearing is scheduled 14 days ahead at 09:00 court time.
 *   Publishes `hearing.changed` and `case.updated`.
 * - `minutes`: the minutes of the latest hearing held are added to the documents.
 *   Publishes `document.added` and `case.updated`.
 * Answers with the events published.
 * @module
 */
import type { AdalatEvent } from '@adalat/sdk/contract';
import { findCase } from '../cases/access.ts';
import { addDocument, moveHearing } from '../cases/changes.ts';
import { recordEvent } from '../cases/events.ts';
import { hearingsOf } from '../cases/views.ts';
import { toInstant } from '../clock.ts';
import { conflict } from '../problem.ts';
import { addDays, localDateOf, zonedInstant } from '../rules/court-time.ts';
import { DOCUMENT_TITLES } from '../seed/case-scenarios.ts';
import type { Store } from '../store/store.ts';
import type { CaseRecord, HearingRecord } from '../store/types.ts';

export type TouchChange = 'hearing' | 'minutes';

const WEEK_MS = 7 * 24 * 60 * 60 * 1000;
const HEARING_MS = 90 * 60 * 1000;
const ACTIVE = new Set<CaseRecord['status']>(['registered', 'in_progress', 'suspended']);

/** A hearing id in the seed's style, `hrg_ps_001_4`, not yet taken. */
function newHearingId(store: Store, record: CaseRecord): string {
  const key = record.id.replace(/^cas_/, '');
  let n = hearingsOf(store, record.id).length + 1;
  while (store.hearings.has(`hrg_${key}_${n}`)) n += 1;
  return `hrg_${key}_${n}`;
}

function moveOrSchedule(store: Store, record: CaseRecord, now: Date): void {
  if (!ACTIVE.has(record.status)) throw conflict('case_not_active', `The case is ${record.status.replace('_', ' ')}.`);
  const hearings = hearingsOf(store, record.id);
  const upcoming = hearings.find((h) => h.outcome === null && Date.parse(h.startsAt) > now.getTime());
  if (upcoming !== undefined) {
    const stored = store.hearings.get(upcoming.id)!;
    moveHearing(stored, Date.parse(stored.startsAt) + WEEK_MS, 'Moved by the court registry (sandbox).');
    recordEvent(store, record, now, 'hearing_postponed', { hearingId: stored.id, note: stored.postponementReason });
    return;
  }
  const template = hearings.at(-1);
  const panelId = template?.panelId ?? record.panelId;
  if (panelId === null) throw conflict('case_not_referred', 'The case has no panel yet, so no hearing can be scheduled.');
  const startsAt = zonedInstant(addDays(localDateOf(now, record.timeZone), 14), '09:00', record.timeZone);
  const hearing: HearingRecord = {
    id: newHearingId(store, record),
    caseId: record.id,
    startsAt: toInstant(startsAt),
    endsAt: toInstant(new Date(startsAt.getTime() + HEARING_MS)),
    timeZone: record.timeZone,
    courtId: template?.courtId ?? record.courtId,
    panelId,
    room: template?.room ?? null,
    kind: 'pleading',
    outcome: null,
    postponed: false,
    postponementReason: null,
    originalStartsAt: null,
  };
  store.hearings.set(hearing.id, hearing);
  recordEvent(store, record, now, 'hearing_scheduled', { hearingId: hearing.id });
}

function addMinutes(store: Store, record: CaseRecord, now: Date): void {
  const held = hearingsOf(store, record.id).filter((h) => h.outcome !== null && Date.parse(h.startsAt) <= now.getTime());
  const hearingId = held.at(-1)?.id ?? null;
  const minutes = addDocument(store, {
    caseId: record.id,
    kind: 'minutes',
    title: DOCUMENT_TITLES[record.jurisdiction].minutes,
    hearingId,
    submittedByPartyId: null,
    createdAt: toInstant(now),
    text: null,
    content: null,
    attachmentIds: [],
    act: null,
  });
  recordEvent(store, record, now, 'document_added', { hearingId, documentId: minutes.id });
}

/** Makes the change and returns the live events it published (404 for an unknown case, 409 when it cannot happen). */
export function touchCase(store: Store, caseId: string, change: TouchChange, now: Date): AdalatEvent[] {
  const record = findCase(store, caseId);
  const before = store.counters.event;
  if (change === 'hearing') moveOrSchedule(store, record, now);
  else addMinutes(store, record, now);
  return store.eventLog.filter((entry) => entry.seq > before).map((entry) => structuredClone(entry.event));
}
