/**
 * Recording what happens to a case: one timeline event, the case's `updatedAt`
 * moved to the sandbox clock, and the live events of the step published to the
 * readers of the case (`/v1/events`).
 * @module
 */
import type { TimelineEvent, TimelineEventType } from '@adalat/sdk/contract';
import { toInstant } from '../clock.ts';
import { publishCaseStep } from '../events/case-events.ts';
import { nextId, type Store } from '../store/store.ts';
import type { CaseRecord } from '../store/types.ts';

export type EventRefs = Partial<Pick<TimelineEvent, 'hearingId' | 'documentId' | 'partyId' | 'postponementRequestId' | 'note'>>;

export function recordEvent(store: Store, record: CaseRecord, now: Date, type: TimelineEventType, refs: EventRefs = {}): TimelineEvent {
  const event: TimelineEvent = {
    id: nextId(store, 'timelineEvent', 'tle'),
    caseId: record.id,
    at: toInstant(now),
    type,
    hearingId: refs.hearingId ?? null,
    documentId: refs.documentId ?? null,
    partyId: refs.partyId ?? null,
    postponementRequestId: refs.postponementRequestId ?? null,
    note: refs.note ?? null,
  };
  store.timeline.set(event.id, event);
  record.updatedAt = event.at;
  publishCaseStep(store, record, event, now);
  return event;
}
