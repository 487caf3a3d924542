/**
 * E-filing: drafts, the dry-run check, the fee quote and submission; the court's
 * review runs on the sandbox clock (`filings/review.ts`). Every filings, documents
 * and offices request first applies the reviews that fell due.
 * @module
 */
import type { filingsEndpoints, JurisdictionCode } from '@adalat/sdk/contract';
import { toInstant } from '../clock.ts';
import { accessibleFiling, canAccessFiling } from '../filings/access.ts';
import { creatorOf } from '../router/creator.ts';
import { checkFiling } from '../filings/check.ts';
import { withCanonicalIds } from '../filings/party-ids.ts';
import { feeKindOf } from '../filings/fee.ts';
import type { FilingRecord } from '../filings/records.ts';
import { REVIEW_DELAY_MS, runDueReviews } from '../filings/review.ts';
import { toFiling } from '../filings/views.ts';
import { requireJurisdiction } from '../payments/caller.ts';
import { ApiProblem, businessRule, conflict, forbidden, notFound, validationFailed } from '../problem.ts';
import type { Caller, DomainHandlers } from '../router/context.ts';
import type { Store } from '../store/store.ts';
import { paginate } from '../store/paginate.ts';
import { recordQuote } from './fees.ts';

const EDITABLE = new Set(['draft', 'returned']);

export function requireEditable(record: FilingRecord): void {
  if (!EDITABLE.has(record.status)) {
    throw conflict('filing_not_editable', `The filing is ${record.status}; only a draft or a filing returned for correction can change.`);
  }
}

/** Applies reviews due on the sandbox clock before a filings request is answered. */
export function settleReviews(store: Store, now: Date): void {
  runDueReviews(store, now);
}

function jurisdictionOf(store: Store, body: { courtId?: string | null | undefined; jurisdiction?: JurisdictionCode | undefined }): JurisdictionCode {
  const court = body.courtId === undefined || body.courtId === null ? undefined : store.courts.get(body.courtId);
  if (body.courtId !== undefined && body.courtId !== null && court === undefined) throw notFound('court_not_found', 'No court has this id.', 'body.courtId');
  if (court !== undefined && body.jurisdiction !== undefined && court.jurisdiction !== body.jurisdiction) {
    throw validationFailed([{ path: 'body.courtId', code: 'court_not_in_jurisdiction', message: `The court is not in ${body.jurisdiction}.` }]);
  }
  const jurisdiction = court?.jurisdiction ?? body.jurisdiction;
  if (jurisdiction === undefined) throw validationFailed([{ path: 'body.jurisdiction', code: 'missing_field', message: 'Give `courtId` or `jurisdiction`.' }]);
  return jurisdiction;
}

function checkOffice(store: Store, caller: Caller, officeId: string, jurisdiction: JurisdictionCode): void {
  const office = store.filings.offices.get(officeId);
  if (office === undefined) throw notFound('office_not_found', 'No e-services office has this id.', 'body.officeId');
  if (caller.kind === 'bearer' || caller.partner.id !== office.partnerId || office.jurisdiction !== jurisdiction) {
    throw forbidden('office_not_yours', 'Only the desk of this office files on its behalf.', 'body.officeId');
  }
}

/** A court of the filing's jurisdiction, when the update names one. */
function checkCourtChange(store: Store, record: FilingRecord, courtId: string | null | undefined): void {
  if (courtId === undefined || courtId === null) return;
  const court = store.courts.get(courtId);
  if (court === undefined) throw notFound('court_not_found', 'No court has this id.', 'body.courtId');
  if (court.jurisdiction !== record.jurisdiction) {
    throw validationFailed([{ path: 'body.courtId', code: 'court_not_in_jurisdiction', message: `The court is not in ${record.jurisdiction}.` }]);
  }
}

const FEE_FIELDS = ['courtId', 'category', 'claimAmount', 'filerType'] as const;

export const filingsHandlers: DomainHandlers<typeof filingsEndpoints> = {
  create({ body, auth, store, clock }) {
    const now = clock.now();
    settleReviews(store, now);
    const jurisdiction = jurisdictionOf(store, body);
    requireJurisdiction(store, auth, jurisdiction, body.courtId ? 'body.courtId' : 'body.jurisdiction');
    if (body.officeId !== undefined) checkOffice(store, auth, body.officeId, jurisdiction);
    const classifier = store.classifiers.get(jurisdiction);
    const record: FilingRecord = {
      id: store.filings.nextId('filing'),
      jurisdiction,
      kind: body.kind,
      status: 'draft',
      officeId: body.officeId ?? null,
      courtId: body.courtId ?? null,
      category: body.category ?? null,
      classifierVersion: classifier?.version ?? null,
      claimAmount: body.claimAmount ?? null,
      filerType: body.filerType ?? 'individual',
      parties: withCanonicalIds(body.parties ?? [], jurisdiction),
      appealOf: body.appealOf ?? null,
      caseId: body.caseId ?? null,
      summary: body.summary ?? '',
      createdAt: toInstant(now),
      updatedAt: toInstant(now),
      submittedAt: null,
      reviewDueAt: null,
      submissions: 0,
      leadDocumentId: null,
      connectedDocumentIds: [],
      quoteId: null,
      createdBy: creatorOf(auth),
      reviews: [],
    };
    store.filings.filings.set(record.id, record);
    // The session that made the draft may keep working on it.
    if (auth.kind === 'widget') auth.session.subjects.filings = [...(auth.session.subjects.filings ?? []), record.id];
    return toFiling(store, record);
  },

  get({ params, auth, store, clock }) {
    settleReviews(store, clock.now());
    return toFiling(store, accessibleFiling(store, auth, params.filingId));
  },

  list({ query, auth, store, clock }) {
    settleReviews(store, clock.now());
    const all = [...store.filings.filings.values()]
      .filter((record) => canAccessFiling(auth, record))
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id));
    const matching = all
      .filter((record) => query.status === undefined || record.status === query.status)
      .filter((record) => query.officeId === undefined || record.officeId === query.officeId);
    const page = paginate(all, matching, query);
    return { data: page.data.map((record) => toFiling(store, record)), nextCursor: page.nextCursor };
  },

  update({ params, body, auth, store, clock }) {
    const now = clock.now();
    settleReviews(store, now);
    const record = accessibleFiling(store, auth, params.filingId);
    requireEditable(record);
    checkCourtChange(store, record, body.courtId);
    const feeInputsChange = FEE_FIELDS.some((field) => body[field] !== undefined && JSON.stringify(body[field]) !== JSON.stringify(record[field]));
    if (body.courtId !== undefined) record.courtId = body.courtId;
    if (body.category !== undefined) record.category = body.category;
    if (body.claimAmount !== undefined) record.claimAmount = body.claimAmount;
    if (body.filerType !== undefined) record.filerType = body.filerType;
    if (body.parties !== undefined) record.parties = withCanonicalIds(body.parties, record.jurisdiction);
    if (body.appealOf !== undefined) record.appealOf = body.appealOf;
    if (body.caseId !== undefined) record.caseId = body.caseId;
    if (body.summary !== undefined) record.summary = body.summary;
    // An unpaid quote priced the old inputs: drop it. A paid one stays; `check` says whether it still fits.
    const quote = record.quoteId === null ? undefined : store.feeQuotes.get(record.quoteId);
    if (feeInputsChange && quote !== undefined && quote.paymentId === null) record.quoteId = null;
    record.updatedAt = toInstant(now);
    return toFiling(store, record);
  },

  delete({ params, auth, store, clock }) {
    settleReviews(store, clock.now());
    const record = accessibleFiling(store, auth, params.filingId);
    if (record.status !== 'draft') throw conflict('filing_not_editable', 'Only a draft can be deleted.');
    for (const id of [record.leadDocumentId, ...record.connectedDocumentIds]) if (id !== null) store.filings.documents.delete(id);
    for (const [id, upload] of store.filings.uploads) if (upload.filingId === record.id) store.filings.uploads.delete(id);
    store.filings.filings.delete(record.id);
  },

  check({ params, auth, store, clock }) {
    const now = clock.now();
    settleReviews(store, now);
    return checkFiling(store, accessibleFiling(store, auth, params.filingId), now);
  },

  quoteFee({ params, auth, store, clock }) {
    const now = clock.now();
    settleReviews(store, now);
    const record = accessibleFiling(store, auth, params.filingId);
    requireEditable(record);
    const filingKind = feeKindOf(record);
    if (filingKind === null) throw businessRule('fee_not_required', `A ${record.kind.replaceAll('_', ' ')} is filed without a court fee.`);
    const current = record.quoteId === null ? undefined : store.feeQuotes.get(record.quoteId);
    if (current?.paymentId != null) throw conflict('fee_already_paid', 'The fee of this filing is paid; it cannot be quoted again.');
    if (record.courtId === null) throw businessRule('missing_field', 'Choose the court before quoting the fee.', 'courtId');
    if (record.category === null) throw businessRule('missing_field', 'Choose the category before quoting the fee.', 'category');
    const quote = recordQuote(
      store,
      now,
      record.jurisdiction,
      record.courtId,
      { filingKind, category: record.category, claimAmount: record.claimAmount, filerType: record.filerType, sheets: null },
      auth.kind === 'widget' ? auth.session.id : null,
    );
    record.quoteId = quote.id;
    record.updatedAt = toInstant(now);
    return toFiling(store, record);
  },

  submit({ params, auth, store, clock }) {
    const now = clock.now();
    settleReviews(store, now);
    const record = accessibleFiling(store, auth, params.filingId);
    if (!EDITABLE.has(record.status)) throw conflict('filing_not_submittable', `The filing is ${record.status}; only a draft or a returned filing can be submitted.`);
    const { problems } = checkFiling(store, record, now);
    if (problems.length > 0) {
      throw new ApiProblem(422, 'business_rule', 'filing_has_problems', `The filing has ${problems.length} problem${problems.length === 1 ? '' : 's'}; see \`issues\`.`, {
        param: problems[0]!.path,
        issues: problems.map((p) => ({ path: p.path, code: p.code, message: p.message })),
      });
    }
    record.status = 'received';
    record.submittedAt = toInstant(now);
    record.reviewDueAt = toInstant(new Date(now.getTime() + REVIEW_DELAY_MS));
    record.submissions += 1;
    record.updatedAt = toInstant(now);
    return toFiling(store, record);
  },
};
