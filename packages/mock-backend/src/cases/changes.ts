/**
 * Changes to a case's records that more than one path makes: adding a document,
 * moving a hearing. The caller records the timeline step (`recordEvent`), which
 * publishes the live events.
 * @module
 */
import { toInstant } from '../clock.ts';
import { nextId, type Store } from '../store/store.ts';
import type { CaseDocumentRecord, HearingRecord } from '../store/types.ts';

export function addDocument(store: Store, fields: Omit<CaseDocumentRecord, 'id'>): CaseDocumentRecord {
  const document: CaseDocumentRecord = { id: nextId(store, 'caseDocument', 'doc'), ...fields };
  store.caseDocuments.set(document.id, document);
  return document;
}

/** Moves a hearing to a later start, keeping its length and its first date. */
export function moveHearing(hearing: HearingRecord, newStartMs: number, reason: string): void {
  const duration = Date.parse(hearing.endsAt) - Date.parse(hearing.startsAt);
  hearing.originalStartsAt ??= hearing.startsAt;
  hearing.startsAt = toInstant(new Date(newStartMs));
  hearing.endsAt = toInstant(new Date(newStartMs + duration));
  hearing.postponed = true;
  hearing.postponementReason = reason;
}
