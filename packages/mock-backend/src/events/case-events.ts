/**
 * The live events one step of a case's timeline publishes: always `case.updated`
 * (saying what moved), preceded by `hearing.changed` when a hearing was scheduled,
 * moved or held, and by `document.added` when a document joined the case. Called by
 * `recordEvent`, so every change to a case publishes from one place.
 * @module
 */
import type { CaseChange, TimelineEvent, TimelineEventType } from '@adalat/sdk/contract';
import type { Store } from '../store/store.ts';
import type { CaseRecord } from '../store/types.ts';
import { publishEvent, type EventDraft } from './bus.ts';

const CHANGE: Record<TimelineEventType, CaseChange> = {
  filed: 'status',
  registered: 'status',
  referred_to_panel: 'referral',
  hearing_scheduled: 'hearing',
  hearing_held: 'hearing',
  hearing_postponed: 'hearing',
  postponement_requested: 'postponement',
  postponement_refused: 'postponement',
  document_added: 'document',
  memorandum_submitted: 'memorandum',
  act_issued: 'judicial_act',
  act_served: 'judicial_act',
  struck_off: 'status',
};

/** Steps that move a hearing itself (a postponement request or refusal does not). */
const HEARING_STEPS = new Set<TimelineEventType>(['hearing_scheduled', 'hearing_held', 'hearing_postponed']);
/** Steps that add a document to the case. */
const DOCUMENT_STEPS = new Set<TimelineEventType>(['document_added', 'memorandum_submitted', 'act_issued']);

/** The drafts of one step, in the order they are published. */
export function caseEventDrafts(store: Store, record: CaseRecord, step: TimelineEvent): EventDraft[] {
  const caseId = record.id;
  const drafts: EventDraft[] = [];
  const hearing = step.hearingId === null ? undefined : store.hearings.get(step.hearingId);
  if (HEARING_STEPS.has(step.type) && hearing !== undefined) {
    const { id: hearingId, startsAt, postponed, outcome } = hearing;
    drafts.push({ type: 'hearing.changed', caseId, data: { caseId, hearingId, startsAt, postponed, outcome } });
  }
  const document = step.documentId === null ? undefined : store.caseDocuments.get(step.documentId);
  if (DOCUMENT_STEPS.has(step.type) && document !== undefined) {
    drafts.push({ type: 'document.added', caseId, data: { caseId, documentId: document.id, kind: document.kind } });
  }
  const { status, stage, updatedAt } = record;
  drafts.push({
    type: 'case.updated',
    caseId,
    data: { caseId, status, stage, updatedAt, change: CHANGE[step.type], timelineEventId: step.id },
  });
  return drafts;
}

/** Publishes the step's events to the readers of the case. */
export function publishCaseStep(store: Store, record: CaseRecord, step: TimelineEvent, now: Date): void {
  for (const draft of caseEventDrafts(store, record, step)) publishEvent(store, now, draft);
}
