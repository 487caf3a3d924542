/**
 * Stored records as the contract shows them, worked out on the sandbox clock:
 * a case's next hearing, an act's appeal deadline and legal force, a document's
 * PDF and its size. Lists are in the order things happen.
 * @module
 */
import type { Case, CaseDocument, Hearing, JudicialAct, TimelineEvent } from '@adalat/sdk/contract';
import { renderPdf, type PdfContent } from '../pdf/minimal-pdf.ts';
import type { Store } from '../store/store.ts';
import { actAppealDeadline, actInLegalForce } from './act-deadline.ts';
import type { CaseDocumentRecord, CaseRecord, JudicialActRecord } from '../store/types.ts';

const byStart = (a: Hearing, b: Hearing): number => Date.parse(a.startsAt) - Date.parse(b.startsAt);

export function hearingsOf(store: Store, caseId: string): Hearing[] {
  return [...store.hearings.values()].filter((h) => h.caseId === caseId).sort(byStart);
}

/** The hearing under way or the next one scheduled, not yet concluded. */
export function nextHearingOf(store: Store, caseId: string, now: Date): Hearing | null {
  return hearingsOf(store, caseId).find((h) => h.outcome === null && Date.parse(h.endsAt) > now.getTime()) ?? null;
}

export function toCase(store: Store, record: CaseRecord, now: Date): Case {
  return { ...structuredClone(record), nextHearing: structuredClone(nextHearingOf(store, record.id, now)) };
}

export function toAct(act: JudicialActRecord, record: CaseRecord, now: Date): JudicialAct {
  return {
    type: act.type,
    issuedAt: act.issuedAt,
    servedAt: act.servedAt,
    appealDeadline: actAppealDeadline(act, record),
    appealed: act.appealed,
    inLegalForce: actInLegalForce(act, record, now),
  };
}

const KIND_LABEL: Record<CaseDocument['kind'], string> = {
  minutes: 'Minutes of the hearing',
  attachment: 'Attachment',
  memorandum: 'Memorandum',
  judicial_act: 'Judicial act',
};
const ACT_LABEL: Record<JudicialActRecord['type'], string> = { judgment: 'Judgment', decision: 'Decision', order: 'Order' };

/** What the document's PDF says: English labels (the PDF fonts are Latin-only) and the document's own text. */
export function pdfContentOf(store: Store, document: CaseDocumentRecord, record: CaseRecord): PdfContent {
  const court = store.courts.get(record.courtId);
  const label = document.act === null ? KIND_LABEL[document.kind] : ACT_LABEL[document.act.type];
  const lines = [
    `Case ${record.number}`,
    `Court: ${court?.name.en ?? record.courtId}`,
    `Document ${document.id}, filed ${document.createdAt}`,
    ...(document.act === null
      ? []
      : [`Issued ${document.act.issuedAt}`, `Served ${document.act.servedAt ?? 'not yet'}`]),
    '',
    ...(document.text === null ? [] : [document.text]),
    ...(document.content === null ? [] : [document.content]),
    '',
    'Adalat sandbox document: made-up data, not a court record.',
  ];
  return { title: `${label} - ${record.number}`, lines };
}

export function documentPdf(store: Store, document: CaseDocumentRecord, record: CaseRecord): Uint8Array<ArrayBuffer> {
  return renderPdf(pdfContentOf(store, document, record));
}

export function toDocument(store: Store, document: CaseDocumentRecord, record: CaseRecord, now: Date): CaseDocument {
  const { content: _content, act, ...rest } = document;
  return {
    ...structuredClone(rest),
    sizeBytes: documentPdf(store, document, record).byteLength,
    act: act === null ? null : toAct(act, record, now),
  };
}

export function documentsOf(store: Store, caseId: string): CaseDocumentRecord[] {
  return [...store.caseDocuments.values()]
    .filter((d) => d.caseId === caseId)
    .sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt));
}

/** A case's timeline in order of `at`; events at the same instant in the order they were recorded. */
export function timelineOf(store: Store, caseId: string): TimelineEvent[] {
  return [...store.timeline.values()]
    .filter((e) => e.caseId === caseId)
    .sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
}
