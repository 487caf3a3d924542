/**
 * Cases as litigants, lawyers and the bench follow them: parties, hearings,
 * documents and judicial acts, the timeline ("dynamics of case consideration"),
 * postponement requests, memoranda, where a lawyer is appearing now, strike-off.
 * @module
 */
import * as z from 'zod/mini';
import {
  CourtTimeZone,
  defineEndpoints,
  Id,
  Instant,
  JurisdictionCode,
  LocalDate,
  LocalizedText,
  listOf,
  PageQuery,
} from './common.ts';

export const CaseStage = z.enum(['first_instance', 'appeal', 'cassation']);
export type CaseStage = z.infer<typeof CaseStage>;

export const CaseStatus = z.enum(['registered', 'in_progress', 'suspended', 'decided', 'struck_off', 'closed']);
export type CaseStatus = z.infer<typeof CaseStatus>;

export const PartyRole = z.enum(['claimant', 'defendant', 'appellant', 'respondent', 'third_party', 'complainant', 'accused']);
export type PartyRole = z.infer<typeof PartyRole>;

export const CaseParty = z.object({
  id: Id,
  role: PartyRole,
  /** A person's name as the court registered it; national IDs are never in case reads. */
  name: z.string(),
  kind: z.enum(['individual', 'legal_entity', 'authority']),
  lawyers: z.array(z.object({ id: Id, name: z.string() })),
});
export type CaseParty = z.infer<typeof CaseParty>;

export const HearingKind = z.enum(['preliminary', 'evidence', 'pleading', 'judgment', 'video']);
export type HearingKind = z.infer<typeof HearingKind>;

export const Hearing = z.object({
  id: Id,
  caseId: Id,
  /** The start in UTC; show it in `timeZone`. */
  startsAt: Instant,
  timeZone: CourtTimeZone,
  panelId: Id,
  room: z.nullable(z.string()),
  kind: HearingKind,
  outcome: z.nullable(z.enum(['held', 'adjourned', 'judgment_reserved', 'judgment_issued', 'struck_off'])),
  postponed: z.boolean(),
  postponementReason: z.nullable(z.string()),
});
export type Hearing = z.infer<typeof Hearing>;

export const CaseSummary = z.object({
  id: Id,
  number: z.string(),
  jurisdiction: JurisdictionCode,
  courtId: Id,
  branchId: Id,
  panelId: z.nullable(Id),
  category: z.string(),
  stage: CaseStage,
  status: CaseStatus,
  title: LocalizedText,
  filedAt: Instant,
  updatedAt: Instant,
  nextHearing: z.nullable(Hearing),
});
export type CaseSummary = z.infer<typeof CaseSummary>;

export const Case = z.object({
  ...CaseSummary.shape,
  parties: z.array(CaseParty),
  timeZone: CourtTimeZone,
});
export type Case = z.infer<typeof Case>;
