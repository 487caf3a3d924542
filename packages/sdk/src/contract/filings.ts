/**
 * E-filing: a draft is built up (parties, court, category, claim amount, the act
 * appealed, documents), checked, priced and paid, then submitted; the court reviews it.
 * ```
 * draft ──submit──► received ──review──► accepted            (a case number, the branch it was referred to)
 *   ▲                                ├──► partially_accepted  (some connected documents refused, with reasons)
 *   │                                ├──► rejected            (reasons; final)
 *   └──────── update, resubmit ◄─────┴──► returned            (reasons; correct and submit again)
 * ```
 * - `check` is a dry run: every problem at once (missing lead document, an invalid
 *   national ID, a category the court does not hear, the fee unpaid, the appeal
 *   deadline passed, a complained-of decision already in legal force), nothing submitted. `submit` refuses with the same problems
 *   (422 `filing_has_problems`, each in `issues`).
 * - The fee: `quoteFee` prices the draft with the jurisdiction's schedule (see
 *   `fees`); the quote is paid with `payments.create({ payable: { kind: 'filing_fee', quoteId } })`.
 *   Nothing is registered before its fee is paid, except exempt kinds (a response to a
 *   claim, complaints, criminal-proceeding petitions, motions) and matters the
 *   schedule exempts (an exempt quote counts as paid).
 * - `submit` requires an `Idempotency-Key`. Review runs on the sandbox clock: it is
 *   due `reviewDueAt` (two hours after receipt) and happens on the first request after
 *   that, or at once through the sandbox's control route. It is announced on the event
 *   stream as `filing.reviewed`.
 * - An e-services office files on behalf of a person: `officeId` names the office and
 *   only the partner that runs the office's desk may set it.
 *
 * Who may see and edit a filing: the partner whose server or widget created it (a
 * widget session: one that created it, or lists it in `subjects.filings`), or the
 * person or lawyer whose token created it.
 * @module
 */
import * as z from 'zod/mini';
import { defineEndpoints, Id, Instant, JurisdictionCode, listOf, Money, PageQuery } from './common.ts';
import { PartyRole } from './cases.ts';
import { FilingDocument } from './documents.ts';
import { FilerType } from './fees.ts';

/**
 * What is filed: `claim`, `counterclaim`, `claim_response` (a response to a claim),
 * `appeal`, `cassation` (a cassation petition), `private_complaint`,
 * `administrative_complaint_action` (against an authority's actions),
 * `administrative_complaint_decision` (against a decision not yet in legal force; it names
 * the decision in `appealOf` as an appeal does),
 * `criminal_petition` (a petition in criminal proceedings), `motion`.
 * (Fee schedules price a narrower set, `FilingKind` of `fees`.)
 */
export const FilingType = z.enum([
  'claim',
  'counterclaim',
  'claim_response',
  'appeal',
  'cassation',
  'private_complaint',
  'administrative_complaint_action',
  'administrative_complaint_decision',
  'criminal_petition',
  'motion',
]);
export type FilingType = z.infer<typeof FilingType>;

export const FilingStatus = z.enum(['draft', 'received', 'accepted', 'partially_accepted', 'rejected', 'returned']);
export type FilingStatus = z.infer<typeof FilingStatus>;

/** A party as the filer gives it; the national ID is checked by the jurisdiction's check digit. */
export const FilingParty = z.object({
  /** As in cases: `claimant`, `defendant`, `appellant`, `respondent`, `third_party`, `complainant`, `accused`. */
  role: PartyRole,
  type: FilerType,
  name: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
  /** A person's national ID (or a legal entity's registration number where it has the same rule, as Kazakhstan's BIN). */
  nationalId: z.optional(z.string().check(z.minLength(1), z.maxLength(32))),
});
export type FilingParty = z.infer<typeof FilingParty>;

/**
 * The judicial act a filing is against: an appeal's, a cassation petition's, or an
 * administrative complaint's against a decision not yet in legal force (see
 * {@link targetsAct}).
 */
export const AppealTarget = z.object({
  caseId: Id,
  /** The document holding the act (`kind: 'judicial_act'`). */
  documentId: Id,
});
export type AppealTarget = z.infer<typeof AppealTarget>;

/** The kinds that name the judicial act they are against in `appealOf`. */
export const ACT_TARGETING_KINDS: ReadonlySet<FilingType> = new Set<FilingType>(['appeal', 'cassation', 'administrative_complaint_decision']);

/** Whether a filing of this kind names a case and judicial act in `appealOf` (`check` requires it). */
export function targetsAct(kind: FilingType): boolean {
  return ACT_TARGETING_KINDS.has(kind);
}

/** Fields of a draft, all optional until `check`. */
const DraftFields = {
  courtId: z.optional(z.nullable(Id)),
  /** A code of the jurisdiction's classifier. */
  category: z.optional(z.nullable(z.string().check(z.maxLength(200), z.regex(/^[a-z_]+(\.[a-z_]+)*$/, 'a classifier code')))),
  /** In the jurisdiction's currency. */
  claimAmount: z.optional(z.nullable(Money)),
  filerType: z.optional(FilerType),
  parties: z.optional(z.array(FilingParty).check(z.maxLength(20))),
  /**
   * Appeals, cassation petitions and administrative complaints against a decision
   * (`administrative_complaint_decision`): the case and judicial act they are against.
   */
  appealOf: z.optional(z.nullable(AppealTarget)),
  /** A counterclaim, response or motion: the case it belongs to. */
  caseId: z.optional(z.nullable(Id)),
  /** Short text of the claim or petition. */
  summary: z.optional(z.string().check(z.maxLength(4000))),
};

export const CreateFilingBody = z.object({
  kind: FilingType,
  /** Needed unless `courtId` says it. */
  jurisdiction: z.optional(JurisdictionCode),
  /** The e-services office filing on the person's behalf. */
  officeId: z.optional(Id),
  ...DraftFields,
});
export type CreateFilingBody = z.infer<typeof CreateFilingBody>;

export const UpdateFilingBody = z.object(DraftFields);
export type UpdateFilingBody = z.infer<typeof UpdateFilingBody>;

/** One thing that stops a filing being submitted. */
export const FilingProblem = z.object({
  /**
   * `missing_field`, `missing_lead_document`, `invalid_national_id`, `unknown_category`,
   * `category_not_accepted`, `court_not_open`, `currency_not_accepted`, `fee_not_quoted`,
   * `fee_unpaid`, `fee_quote_stale`, `appeal_target_invalid`, `appeal_deadline_passed`,
   * `decision_in_legal_force` (a complaint against a decision that already is),
   * `case_not_found`, `court_not_found`.
   */
  code: z.string(),
  /** The field, as a path into the filing: `parties.1.nationalId`, `documents.lead`. */
  path: z.string(),
  message: z.string(),
});
export type FilingProblem = z.infer<typeof FilingProblem>;

export const FilingCheck = z.object({
  filingId: Id,
  /** No problem: `submit` would take it. */
  ready: z.boolean(),
  problems: z.array(FilingProblem),
  /** Worth fixing but not stopping submission: illegible pages (`illegible_low_resolution`, `illegible_blank_page`); the court may return the filing for them. */
  warnings: z.array(FilingProblem),
});
export type FilingCheck = z.infer<typeof FilingCheck>;

/** The fee side of a filing. */
export const FilingFee = z.object({
  /** `false` for exempt kinds. */
  required: z.boolean(),
  quoteId: z.nullable(Id),
  total: z.nullable(Money),
  /** Paid, or nothing to pay (an exempt kind or an exempt quote). */
  settled: z.boolean(),
  paymentId: z.nullable(Id),
});
export type FilingFee = z.infer<typeof FilingFee>;

export const ReviewOutcome = z.enum(['accepted', 'partially_accepted', 'rejected', 'returned']);
export type ReviewOutcome = z.infer<typeof ReviewOutcome>;

export const ReviewReason = z.object({
  /** `illegible_document`, `incomplete_documents`, `not_in_jurisdiction`, `other`. */
  code: z.string(),
  message: z.string(),
  /** The document concerned, if one. */
  documentId: z.nullable(Id),
});
export type ReviewReason = z.infer<typeof ReviewReason>;

export const FilingReview = z.object({
  outcome: ReviewOutcome,
  reviewedAt: Instant,
  /** With `accepted`, `partially_accepted`: the case registered. */
  caseNumber: z.nullable(z.string()),
  /** The branch of the court it was referred to. */
  branchId: z.nullable(Id),
  reasons: z.array(ReviewReason),
  /** With `partially_accepted`: the documents not taken. */
  refusedDocumentIds: z.array(Id),
});
export type FilingReview = z.infer<typeof FilingReview>;

export const Filing = z.object({
  id: Id,
  jurisdiction: JurisdictionCode,
  kind: FilingType,
  status: FilingStatus,
  officeId: z.nullable(Id),
  courtId: z.nullable(Id),
  category: z.nullable(z.string()),
  /** The classifier version the category was checked against. */
  classifierVersion: z.nullable(z.string()),
  claimAmount: z.nullable(Money),
  filerType: FilerType,
  parties: z.array(FilingParty),
  appealOf: z.nullable(AppealTarget),
  caseId: z.nullable(Id),
  summary: z.string(),
  documents: z.object({ lead: z.nullable(FilingDocument), connected: z.array(FilingDocument) }),
  fee: FilingFee,
  createdAt: Instant,
  updatedAt: Instant,
  /** When the court received it; `null` for a draft. */
  submittedAt: z.nullable(Instant),
  /** When the pending review is due on the sandbox clock; `null` unless `received`. */
  reviewDueAt: z.nullable(Instant),
  /** The last review; kept after a return until the next one. */
  review: z.nullable(FilingReview),
  /** How many times it was submitted (returned filings come back). */
  submissions: z.int(),
});
export type Filing = z.infer<typeof Filing>;

const FilingParams = z.object({ filingId: Id });
const filers = ['secret', 'widget', 'bearer'] as const;
const subject = { kind: 'filing', param: 'filingId' } as const;

export const filingsEndpoints = defineEndpoints({
  create: {
    method: 'POST',
    path: '/v1/filings',
    summary: 'Start a draft filing of a kind; every other field may come later.',
    description:
      'Give `courtId` or `jurisdiction`. 404 `court_not_found`, `office_not_found`; 403 `outside_jurisdiction`, ' +
      '`office_not_yours` (only the partner that runs an office’s desk files for it).',
    body: CreateFilingBody,
    status: 201,
    response: Filing,
    errors: [400, 403, 404],
    auth: filers,
    idempotency: 'optional',
  },
  get: {
    method: 'GET',
    path: '/v1/filings/:filingId',
    summary: 'A filing with its documents, fee and review.',
    params: FilingParams,
    status: 200,
    response: Filing,
    errors: [400, 404],
    auth: filers,
    subject,
  },
  list: {
    method: 'GET',
    path: '/v1/filings',
    summary: 'The filings the caller may see, newest first.',
    query: z.object({ ...PageQuery, status: z.optional(FilingStatus), officeId: z.optional(Id) }),
    status: 200,
    response: listOf(Filing),
    errors: [400],
    auth: filers,
    paginated: true,
  },
  update: {
    method: 'PATCH',
    path: '/v1/filings/:filingId',
    summary: 'Change a draft (or a filing returned for correction); fields left out stay as they are.',
    description:
      'A filing under review or decided is a 409 `filing_not_editable`. Changing what the fee depends on (court, category, ' +
      'claim amount, filer type) drops an unpaid quote; a paid one stays and `check` reports it stale if it no longer fits.',
    params: FilingParams,
    body: UpdateFilingBody,
    status: 200,
    response: Filing,
    errors: [400, 404, 409],
    auth: filers,
    subject,
  },
  delete: {
    method: 'DELETE',
    path: '/v1/filings/:filingId',
    summary: 'Delete a draft and its documents; a submitted filing is a 409 `filing_not_editable`.',
    params: FilingParams,
    status: 204,
    response: null,
    errors: [400, 404, 409],
    auth: filers,
    subject,
  },
  check: {
    method: 'GET',
    path: '/v1/filings/:filingId/check',
    summary: 'A dry run: every problem that stops the filing being submitted, all at once; nothing changes.',
    params: FilingParams,
    status: 200,
    response: FilingCheck,
    errors: [400, 404],
    auth: filers,
    subject,
  },
  quoteFee: {
    method: 'POST',
    path: '/v1/filings/:filingId/fee-quote',
    summary: 'Price the draft’s court fee; the quote is remembered on the filing and paid through `payments`.',
    description:
      'Exempt kinds are a 422 `fee_not_required`. The draft needs a court and a category (422 `missing_field`); the ' +
      'schedule’s refusals are those of `fees.quote`.',
    params: FilingParams,
    status: 201,
    response: Filing,
    errors: [400, 404, 409, 422],
    auth: filers,
    subject,
    idempotency: 'optional',
  },
  submit: {
    method: 'POST',
    path: '/v1/filings/:filingId/submit',
    summary: 'Submit a draft (or resubmit a returned filing): it becomes `received` and the court reviews it.',
    description:
      'Requires an `Idempotency-Key`. Problems are a 422 `filing_has_problems` listing each in `issues` (as `check` ' +
      'reports them); a filing not in `draft` or `returned` is a 409 `filing_not_submittable`.',
    params: FilingParams,
    status: 202,
    response: Filing,
    errors: [400, 404, 409, 422],
    auth: filers,
    subject,
    idempotency: 'required',
  },
});
