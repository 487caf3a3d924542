/**
 * The court's review of a received filing. It is due `REVIEW_DELAY_MS` after receipt
 * on the sandbox clock and happens on the first filings request after that (or when
 * the clock control route moves time, or at once through `/__sandbox/filings/review`).
 *
 * The automatic reviewer decides from the documents: an illegible lead document
 * returns the filing for correction; illegible connected documents are refused and the
 * rest accepted (`partially_accepted`); otherwise `accepted`. An accepted filing gets a
 * case number and is referred to a branch of its court, in turn. A test may force any
 * outcome with its reasons through the control route.
 * @module
 */
import type { Court, FilingReview, JurisdictionCode, ReviewOutcome, ReviewReason } from '@adalat/sdk/contract';
import { toInstant } from '../clock.ts';
import { publishEvent, type EventAudience } from '../events/bus.ts';
import type { Store } from '../store/store.ts';
import type { DocumentRecord, FilingRecord } from './records.ts';

/** Two hours from receipt to review. */
export const REVIEW_DELAY_MS = 2 * 60 * 60 * 1000;

export interface ReviewInput {
  jurisdiction: JurisdictionCode;
  court: Court | undefined;
  lead: DocumentRecord | null;
  connected: readonly DocumentRecord[];
  /** Serial of the case number, should the filing be registered. */
  serial: number;
  now: Date;
}

export interface ForcedReview {
  outcome: ReviewOutcome;
  reasons?: ReviewReason[];
}

/** `F-<jurisdiction>-<year>-<serial>`: the number a case registered from an e-filing gets. */
export function caseNumberOf(jurisdiction: JurisdictionCode, serial: number, now: Date): string {
  return `F-${jurisdiction}-${now.getUTCFullYear()}-${String(serial).padStart(6, '0')}`;
}

function illegibleReason(document: DocumentRecord): ReviewReason {
  const pages = document.pages.filter((p) => !p.legible).map((p) => p.page);
  return {
    code: 'illegible_document',
    message: `"${document.filename}" cannot be read on page${pages.length === 1 ? '' : 's'} ${pages.join(', ')}; scan it again.`,
    documentId: document.id,
  };
}

/** What the reviewer decides; pure, so the seed's past filings are reviewed the same way. */
export function decideReview(input: ReviewInput, forced?: ForcedReview): FilingReview {
  const refused = input.connected.filter((d) => !d.legible);
  let outcome: ReviewOutcome;
  let reasons: ReviewReason[];
  if (forced !== undefined) {
    outcome = forced.outcome;
    reasons = forced.reasons ?? (outcome === 'accepted' ? [] : [{ code: 'other', message: 'Decided by the court.', documentId: null }]);
  } else if (input.lead !== null && !input.lead.legible) {
    outcome = 'returned';
    reasons = [illegibleReason(input.lead)];
  } else if (refused.length > 0) {
    outcome = 'partially_accepted';
    reasons = refused.map(illegibleReason);
  } else {
    outcome = 'accepted';
    reasons = [];
  }
  const registered = outcome === 'accepted' || outcome === 'partially_accepted';
  const branches = input.court?.branches ?? [];
  return {
    outcome,
    reviewedAt: toInstant(input.now),
    caseNumber: registered ? caseNumberOf(input.jurisdiction, input.serial, input.now) : null,
    branchId: registered && branches.length > 0 ? branches[(input.serial - 1) % branches.length]!.id : null,
    reasons,
    refusedDocumentIds: outcome === 'partially_accepted' && forced === undefined ? refused.map((d) => d.id) : [],
  };
}

/** Who hears about a filing: its creator, and widget sessions listing it. */
export function filingAudience(record: FilingRecord): EventAudience {
  const { createdBy } = record;
  const audience: EventAudience = { filingId: record.id };
  if (createdBy.partnerId !== null) audience.partnerId = createdBy.partnerId;
  if (createdBy.user?.subject === 'person') audience.personId = createdBy.user.id;
  if (createdBy.user?.subject === 'lawyer') audience.lawyerId = createdBy.user.id;
  return audience;
}

/** Reviews a received filing now, records it and announces `filing.reviewed`. */
export function applyReview(store: Store, record: FilingRecord, now: Date, forced?: ForcedReview): FilingReview {
  const state = store.filings;
  const lead = record.leadDocumentId === null ? null : (state.documents.get(record.leadDocumentId) ?? null);
  const connected = record.connectedDocumentIds.flatMap((id) => state.documents.get(id) ?? []);
  const willRegister = forced === undefined ? !(lead !== null && !lead.legible) : forced.outcome === 'accepted' || forced.outcome === 'partially_accepted';
  const serial = willRegister ? state.nextCaseSerial() : 0;
  const review = decideReview({ jurisdiction: record.jurisdiction, court: record.courtId === null ? undefined : store.courts.get(record.courtId), lead, connected, serial, now }, forced);
  record.reviews.push({
    review,
    documentCount: (lead === null ? 0 : 1) + connected.length,
    illegibleCount: review.reasons.filter((r) => r.code === 'illegible_document').length,
  });
  record.status = review.outcome;
  record.reviewDueAt = null;
  record.updatedAt = toInstant(now);
  publishEvent(
    store,
    now,
    {
      type: 'filing.reviewed',
      caseId: null,
      data: { filingId: record.id, outcome: review.outcome, caseNumber: review.caseNumber, branchId: review.branchId, officeId: record.officeId },
    },
    filingAudience(record),
  );
  return review;
}

/** Reviews every received filing whose review is due at `now`; returns how many. */
export function runDueReviews(store: Store, now: Date): number {
  let count = 0;
  for (const record of store.filings.filings.values()) {
    if (record.status === 'received' && record.reviewDueAt !== null && Date.parse(record.reviewDueAt) <= now.getTime()) {
      applyReview(store, record, now);
      count += 1;
    }
  }
  return count;
}
