/**
 * Cases as litigants, lawyers and the bench follow them: parties and their
 * lawyers, hearings, documents and judicial acts with their appeal deadlines, the
 * timeline ("dynamics of case consideration"), hearing postponement requests,
 * memoranda between parties, where a lawyer is appearing right now, and strike-off.
 *
 * Who reads what: a person or lawyer token reads the cases the person is a party
 * to or the lawyer represents a party in; court staff read every case; a partner's
 * secret key reads the cases of its jurisdiction; a widget session reads the cases
 * it is scoped to. Anything else is a 403.
 * @module
 */
import * as z from 'zod/mini';
import { CourtTimeZone, defineEndpoint, defineEndpoints, Id, Instant, JurisdictionCode, LocalDate, LocalizedText, listOf, PageQuery } from './common.ts';

/** Where in the court hierarchy the case is being heard now. */
export const CaseStage = z.enum(['first_instance', 'appeal', 'cassation']);
export type CaseStage = z.infer<typeof CaseStage>;

/**
 * `registered` (filed, no hearing held yet) → `in_progress` → `decided` (a final act
 * was issued) → `closed`; `suspended` pauses it; `struck_off` (شطب) ends it without a decision.
 */
export const CaseStatus = z.enum(['registered', 'in_progress', 'suspended', 'decided', 'struck_off', 'closed']);
export type CaseStatus = z.infer<typeof CaseStatus>;

const PARTY_ROLES = ['claimant', 'defendant', 'appellant', 'respondent', 'third_party', 'complainant', 'accused'] as const;
export const PartyRole = z.enum(PARTY_ROLES);
export type PartyRole = z.infer<typeof PartyRole>;

/**
 * A filter on the caller's own place in a case: a party role (for a lawyer, the role
 * of the party they represent), or `lawyer` for any case the caller represents a party in.
 */
export const MyCaseRole = z.enum([...PARTY_ROLES, 'lawyer']);
export type MyCaseRole = z.infer<typeof MyCaseRole>;

export const CaseLawyer = z.object({
  id: Id,
  name: LocalizedText,
  barNumber: z.string(),
});
export type CaseLawyer = z.infer<typeof CaseLawyer>;

export const CaseParty = z.object({
  id: Id,
  role: PartyRole,
  kind: z.enum(['individual', 'legal_entity', 'authority']),
  /** The name as the court registered it. National IDs are never part of a case read. */
  name: LocalizedText,
  /** The person behind an individual party (so a signed-in person can find themself); `null` otherwise. */
  personId: z.nullable(Id),
  lawyers: z.array(CaseLawyer),
  /**
   * `true` when the court registered the party as residing abroad, where the
   * jurisdiction gives such a party a longer appeal period (Iran: two months); the
   * case's acts then carry that longer `appealDeadline`. Absent otherwise.
   */
  residesAbroad: z.optional(z.boolean()),
});
export type CaseParty = z.infer<typeof CaseParty>;

export const HearingKind = z.enum(['preliminary', 'evidence', 'pleading', 'judgment', 'video']);
export type HearingKind = z.infer<typeof HearingKind>;

/** How a hearing ended; `null` while it is upcoming or under way. */
export const HearingOutcome = z.enum(['held', 'adjourned', 'judgment_reserved', 'judgment_issued', 'struck_off', 'cancelled']);
export type HearingOutcome = z.infer<typeof HearingOutcome>;

export const Hearing = z.object({
  id: Id,
  caseId: Id,
  /** The scheduled start, in UTC; show it in `timeZone`. */
  startsAt: Instant,
  /** The scheduled end, in UTC. */
  endsAt: Instant,
  timeZone: CourtTimeZone,
  courtId: Id,
  panelId: Id,
  room: z.nullable(z.string()),
  kind: HearingKind,
  outcome: z.nullable(HearingOutcome),
  /** The hearing was moved from its first date; `originalStartsAt` keeps that date. */
  postponed: z.boolean(),
  postponementReason: z.nullable(z.string()),
  originalStartsAt: z.nullable(Instant),
});
export type Hearing = z.infer<typeof Hearing>;

export const Case = z.object({
  id: Id,
  /** The court's own number for the case, in its jurisdiction's format. */
  number: z.string(),
  jurisdiction: JurisdictionCode,
  courtId: Id,
  branchId: Id,
  /** `null` until the case is referred to a panel. */
  panelId: z.nullable(Id),
  /** A code of the jurisdiction's classifier: `civil.contract.sale`. */
  category: z.string(),
  stage: CaseStage,
  status: CaseStatus,
  timeZone: CourtTimeZone,
  filedAt: Instant,
  updatedAt: Instant,
  parties: z.array(CaseParty),
  /** The hearing under way or the next one scheduled; `null` when none is. */
  nextHearing: z.nullable(Hearing),
});
export type Case = z.infer<typeof Case>;

export const DocumentKind = z.enum(['minutes', 'attachment', 'memorandum', 'judicial_act']);
export type DocumentKind = z.infer<typeof DocumentKind>;

export const JudicialActType = z.enum(['judgment', 'decision', 'order']);
export type JudicialActType = z.infer<typeof JudicialActType>;

/** What makes a judicial act one: when it was issued and served, and how long it can be appealed. */
export const JudicialAct = z.object({
  type: JudicialActType,
  issuedAt: Instant,
  /** When it was served on the parties; `null` until then. */
  servedAt: z.nullable(Instant),
  /**
   * The last court-local calendar day to appeal, computed from `servedAt` by the
   * jurisdiction's rule (see the sandbox's `rules/appeal-deadline.ts`); `null` until served.
   * The longer period for a party residing abroad applies when any party does.
   */
  appealDeadline: z.nullable(LocalDate),
  /** An appeal (or cassation petition) against it was filed. */
  appealed: z.boolean(),
  /** Served, and the appeal deadline passed without an appeal. */
  inLegalForce: z.boolean(),
});
export type JudicialAct = z.infer<typeof JudicialAct>;

export const CaseDocument = z.object({
  id: Id,
  caseId: Id,
  kind: DocumentKind,
  /** As filed or issued, in its own language. */
  title: z.string(),
  /** The hearing minutes or an act belong to, if any. */
  hearingId: z.nullable(Id),
  /** The party that submitted a memorandum or attachment; `null` for the court's own documents. */
  submittedByPartyId: z.nullable(Id),
  createdAt: Instant,
  /** Size of the PDF `downloadDocument` serves. */
  sizeBytes: z.int().check(z.positive()),
  /** A memorandum's text; `null` for other kinds. */
  text: z.nullable(z.string()),
  /** Documents attached to this one (a memorandum's attachments). */
  attachmentIds: z.array(Id),
  act: z.nullable(JudicialAct),
});
export type CaseDocument = z.infer<typeof CaseDocument>;

export const TimelineEventType = z.enum([
  'filed',
  'registered',
  'referred_to_panel',
  'hearing_scheduled',
  'hearing_held',
  'hearing_postponed',
  'postponement_requested',
  'postponement_refused',
  'document_added',
  'memorandum_submitted',
  'act_issued',
  'act_served',
  'struck_off',
]);
export type TimelineEventType = z.infer<typeof TimelineEventType>;

/** One step of the case; the ids say what it concerns. */
export const TimelineEvent = z.object({
  id: Id,
  caseId: Id,
  at: Instant,
  type: TimelineEventType,
  hearingId: z.nullable(Id),
  documentId: z.nullable(Id),
  partyId: z.nullable(Id),
  postponementRequestId: z.nullable(Id),
  /** A reason or remark, in the court's language, when the step has one. */
  note: z.nullable(z.string()),
});
export type TimelineEvent = z.infer<typeof TimelineEvent>;

export const PostponementStatus = z.enum(['pending', 'granted', 'refused']);
export type PostponementStatus = z.infer<typeof PostponementStatus>;

export const PostponementRequest = z.object({
  id: Id,
  caseId: Id,
  hearingId: Id,
  /** The party asking. */
  partyId: Id,
  /** The lawyer who asked on the party's behalf, if one did. */
  lawyerId: z.nullable(Id),
  reason: z.string(),
  status: PostponementStatus,
  createdAt: Instant,
  decidedAt: z.nullable(Instant),
  decisionNote: z.nullable(z.string()),
  /** Where a granted request moved the hearing to. */
  newStartsAt: z.nullable(Instant),
});
export type PostponementRequest = z.infer<typeof PostponementRequest>;

/** Where a lawyer is appearing now: the hearing under way in which they represent a party. */
export const LawyerAppearance = z.object({
  lawyerId: Id,
  /** The sandbox clock's time of the answer. */
  checkedAt: Instant,
  appearing: z.nullable(
    z.object({
      courtId: Id,
      panelId: Id,
      room: z.nullable(z.string()),
      caseId: Id,
      caseNumber: z.string(),
      hearingId: Id,
      /** When the hearing started. */
      since: Instant,
    }),
  ),
});
export type LawyerAppearance = z.infer<typeof LawyerAppearance>;

const CaseParams = z.object({ caseId: Id });
const Reason = z.string().check(z.trim(), z.minLength(3), z.maxLength(1000));
/** The party a lawyer or a widget session acts for; needed when the caller could act for more than one. */
const OnBehalfOf = z.optional(Id);

export const RequestPostponementBody = z.object({
  reason: Reason,
  partyId: OnBehalfOf,
});
export type RequestPostponementBody = z.infer<typeof RequestPostponementBody>;

export const DecidePostponementBody = z.object({
  decision: z.enum(['granted', 'refused']),
  /** Required when granting: the hearing's new start, after its current one. */
  newStartsAt: z.optional(Instant),
  note: z.optional(z.string().check(z.maxLength(1000))),
});
export type DecidePostponementBody = z.infer<typeof DecidePostponementBody>;

export const SubmitMemorandumBody = z.object({
  title: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
  text: z.string().check(z.trim(), z.minLength(1), z.maxLength(20_000)),
  partyId: OnBehalfOf,
  /** Documents of this case to attach (e.g. attachments filed before). */
  attachedDocumentIds: z.optional(z.array(Id).check(z.maxLength(10))),
  /** A small text document filed with the memorandum, kept as a PDF attachment of the case. */
  inlineAttachment: z.optional(
    z.object({
      title: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
      text: z.string().check(z.minLength(1), z.maxLength(20_000)),
    }),
  ),
});
export type SubmitMemorandumBody = z.infer<typeof SubmitMemorandumBody>;

export const StrikeOffBody = z.object({
  reason: Reason,
});
export type StrikeOffBody = z.infer<typeof StrikeOffBody>;

const caseSubject = { kind: 'case', param: 'caseId' } as const;
const readers = ['secret', 'widget', 'bearer'] as const;

/** `cases.get`, declared apart so live events' polling fallback takes it without the whole table. */
export const getCaseEndpoint = defineEndpoint({
  method: 'GET',
  path: '/v1/cases/:caseId',
  summary: 'Get a case: number, court, panel, category, stage, status, parties with their lawyers, next hearing.',
  params: CaseParams,
  status: 200,
  response: Case,
  errors: [400, 403, 404],
  auth: readers,
  subject: caseSubject,
});

export const casesEndpoints = defineEndpoints({
  list: {
    method: 'GET',
    path: '/v1/cases',
    summary: 'List the cases the caller may read, filtered by the caller’s role, status, court, category or last change.',
    description:
      'A person or lawyer token lists their own cases; court staff list every case; a secret key lists its jurisdiction’s; ' +
      'a widget session lists the cases it is scoped to. `role` needs a person or lawyer token.',
    query: z.object({
      ...PageQuery,
      role: z.optional(MyCaseRole),
      status: z.optional(CaseStatus),
      stage: z.optional(CaseStage),
      jurisdiction: z.optional(JurisdictionCode),
      courtId: z.optional(Id),
      /** A classifier node: matches it and its whole subtree. */
      category: z.optional(z.string().check(z.maxLength(200))),
      /** Cases changed at or after this instant (for polling). */
      updatedSince: z.optional(Instant),
    }),
    status: 200,
    response: listOf(Case),
    errors: [400],
    auth: readers,
    paginated: true,
  },
  get: getCaseEndpoint,
  listHearings: {
    method: 'GET',
    path: '/v1/cases/:caseId/hearings',
    summary: 'List the hearings of a case, earliest first, past and upcoming.',
    params: CaseParams,
    query: z.object({ ...PageQuery }),
    status: 200,
    response: listOf(Hearing),
    errors: [400, 403, 404],
    auth: readers,
    subject: caseSubject,
    paginated: true,
  },
  listDocuments: {
    method: 'GET',
    path: '/v1/cases/:caseId/documents',
    summary: 'List the documents of a case: hearing minutes, attachments, memoranda and judicial acts, oldest first.',
    params: CaseParams,
    query: z.object({ ...PageQuery, kind: z.optional(DocumentKind) }),
    status: 200,
    response: listOf(CaseDocument),
    errors: [400, 403, 404],
    auth: readers,
    subject: caseSubject,
    paginated: true,
  },
  downloadDocument: {
    method: 'GET',
    path: '/v1/cases/:caseId/documents/:documentId/pdf',
    summary: 'Download a document of a case as PDF.',
    description: 'Answers with the PDF bytes (`application/pdf`); the client resolves with a `Blob`.',
    params: z.object({ caseId: Id, documentId: Id }),
    status: 200,
    response: null,
    responseType: 'binary',
    binaryMediaType: 'application/pdf',
    errors: [400, 403, 404],
    auth: readers,
    subject: caseSubject,
  },
  getTimeline: {
    method: 'GET',
    path: '/v1/cases/:caseId/timeline',
    summary: 'Every step of the case from filing to the final act, in the order they happened.',
    params: CaseParams,
    query: z.object({ ...PageQuery }),
    status: 200,
    response: listOf(TimelineEvent),
    errors: [400, 403, 404],
    auth: readers,
    subject: caseSubject,
    paginated: true,
  },
  listPostponementRequests: {
    method: 'GET',
    path: '/v1/cases/:caseId/postponement-requests',
    summary: 'List the hearing postponement requests of a case, oldest first.',
    params: CaseParams,
    query: z.object({ ...PageQuery, status: z.optional(PostponementStatus) }),
    status: 200,
    response: listOf(PostponementRequest),
    errors: [400, 403, 404],
    auth: readers,
    subject: caseSubject,
    paginated: true,
  },
  requestPostponement: {
    method: 'POST',
    path: '/v1/cases/:caseId/hearings/:hearingId/postponement-requests',
    summary: 'A party (or its lawyer) asks for an upcoming hearing to be postponed, with a reason.',
    description:
      'Takes a person or lawyer token of a party, or a widget session scoped to the case and this operation. ' +
      'One request per hearing may be pending (409 `postponement_already_pending`); the hearing must be upcoming ' +
      '(422 `hearing_not_upcoming`) and the case active (422 `case_not_active`).',
    params: z.object({ caseId: Id, hearingId: Id }),
    body: RequestPostponementBody,
    status: 201,
    response: PostponementRequest,
    errors: [400, 403, 404, 409, 422],
    auth: ['widget', 'bearer'],
    subject: caseSubject,
    idempotency: 'optional',
  },
  decidePostponement: {
    method: 'POST',
    path: '/v1/cases/:caseId/postponement-requests/:requestId/decision',
    summary: 'Court staff grant a pending postponement request (the hearing moves to `newStartsAt`) or refuse it.',
    params: z.object({ caseId: Id, requestId: Id }),
    body: DecidePostponementBody,
    status: 200,
    response: PostponementRequest,
    errors: [400, 403, 404, 409, 422],
    auth: ['bearer'],
  },
  submitMemorandum: {
    method: 'POST',
    path: '/v1/cases/:caseId/memoranda',
    summary: 'A party submits a memorandum (مذكرة) with its documents; every party sees it among the case’s documents.',
    params: CaseParams,
    body: SubmitMemorandumBody,
    status: 201,
    response: CaseDocument,
    errors: [400, 403, 404, 422],
    auth: ['widget', 'bearer'],
    subject: caseSubject,
    idempotency: 'optional',
  },
  strikeOff: {
    method: 'POST',
    path: '/v1/cases/:caseId/strike-off',
    summary: 'Court staff strike a case off the roll (شطب).',
    description:
      'Only court staff of the case’s jurisdiction. Where the jurisdiction sets `rules.strikeOffNotBefore` ' +
      '(Palestine: 12:00), earlier court-local time is a 422 `strike_off_before_noon`.',
    params: CaseParams,
    body: StrikeOffBody,
    status: 200,
    response: Case,
    errors: [400, 403, 404, 409, 422],
    auth: ['bearer'],
    idempotency: 'optional',
  },
  getLawyerAppearance: {
    method: 'GET',
    path: '/v1/lawyers/:lawyerId/appearance',
    summary: 'Where a lawyer is appearing right now (court, panel, case, since), for the bench; court staff only.',
    params: z.object({ lawyerId: Id }),
    status: 200,
    response: LawyerAppearance,
    errors: [400, 403, 404],
    auth: ['bearer'],
  },
});
