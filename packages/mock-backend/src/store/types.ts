/**
 * Records the sandbox keeps that the contract does not (yet) expose: partners and
 * their keys, people, lawyers, court staff, widget sessions with their secrets,
 * user tokens and idempotency records.
 * @module
 */
import type {
  Case,
  CaseDocument,
  Classifier,
  Court,
  Jurisdiction,
  JurisdictionCode,
  LocalDate,
  Hearing,
  JudicialActType,
  LocalizedText,
  PostponementRequest,
  TimelineEvent,
  WidgetSubjects,
} from '@adalat/sdk/contract';

export type PartnerKind = 'bank' | 'ministry' | 'bar_association';

/** An organisation that embeds Adalat, with its sandbox keys. */
export interface Partner {
  id: string;
  jurisdiction: JurisdictionCode;
  kind: PartnerKind;
  name: LocalizedText;
  /** `sk_test_…`: server side only. */
  secretKey: string;
  /** `pk_test_…`: safe in a browser. */
  publishableKey: string;
}

export interface Person {
  id: string;
  jurisdiction: JurisdictionCode;
  /** Valid under the jurisdiction's `nationalIdScheme`. */
  nationalId: string;
  name: LocalizedText;
  birthDate: LocalDate;
}

export interface Lawyer {
  id: string;
  jurisdiction: JurisdictionCode;
  nationalId: string;
  name: LocalizedText;
  barNumber: string;
  /** The bar association partner the lawyer is registered with. */
  barAssociationId: string;
  status: 'active' | 'suspended';
}

export type StaffRole = 'judge' | 'clerk';

export interface CourtStaff {
  id: string;
  jurisdiction: JurisdictionCode;
  courtId: string;
  role: StaffRole;
  name: LocalizedText;
}

/** Who a user token speaks for. */
export type UserKind = 'person' | 'lawyer' | 'staff';

export interface TokenRecord {
  token: string;
  subject: UserKind;
  id: string;
  expiresAt: string;
}

export interface WidgetSessionRecord {
  id: string;
  /** The partner that created it; only it may revoke it, only its publishable key may use it. */
  partnerId: string;
  clientSecret: string;
  subjects: WidgetSubjects;
  operations: string[];
  createdAt: string;
  expiresAt: string;
  revoked: boolean;
  reference: string | null;
}

/** The first answer given for an idempotency key, replayed for the same request. */
export interface IdempotencyRecord {
  /** Method, path and canonical body of the first request. */
  fingerprint: string;
  status: number;
  body: unknown;
  createdAtMs: number;
}

/** A case as stored; `nextHearing` is worked out from its hearings when it is read. */
export type CaseRecord = Omit<Case, 'nextHearing'>;

/** A stored judicial act; its appeal deadline and legal force are worked out on the sandbox clock when read. */
export interface JudicialActRecord {
  type: JudicialActType;
  issuedAt: string;
  servedAt: string | null;
  appealed: boolean;
}

/** A document as stored; its size is that of the PDF rendered when it is read. */
export interface CaseDocumentRecord extends Omit<CaseDocument, 'act' | 'sizeBytes'> {
  act: JudicialActRecord | null;
  /** The text of an inline attachment, printed into its PDF. */
  content: string | null;
}

export type HearingRecord = Hearing;
export type TimelineEventRecord = TimelineEvent;
export type PostponementRequestRecord = PostponementRequest;

/** The deterministic starting data of every sandbox. */
export interface SeedData {
  jurisdictions: Jurisdiction[];
  courts: Court[];
  classifiers: Classifier[];
  partners: Partner[];
  people: Person[];
  lawyers: Lawyer[];
  staff: CourtStaff[];
  /** Sample user tokens; their expiry is set relative to the sandbox clock when the store fills. */
  tokens: Array<{ subject: UserKind; id: string; token: string }>;
  cases: CaseRecord[];
  hearings: HearingRecord[];
  caseDocuments: CaseDocumentRecord[];
  timeline: TimelineEventRecord[];
  postponementRequests: PostponementRequestRecord[];
}
