/**
 * Records the sandbox keeps that the contract does not (yet) expose: partners and
 * their keys, people, lawyers, court staff, widget sessions with their secrets,
 * user tokens and idempotency records.
 * @module
 */
import type {
  AdalatEvent,
  Money,
  NotificationKind,
  NotificationRecipient,
  ServiceChannel,
  Case,
  CaseDocument,
  Classifier,
  Court,
  FeeQuote,
  Jurisdiction,
  JurisdictionCode,
  LocalDate,
  Hearing,
  JudicialActType,
  LocalizedText,
  Payment,
  PostponementRequest,
  TimelineEvent,
  TrafficFine,
  WidgetSubjects,
} from '@adalat/sdk/contract';
import type { ExecutionSeed } from '../execution/records.ts';
import type { RecordCreator } from '../router/creator.ts';

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

/** A fee quote as stored, with the widget session it was made through (that session may pay it). */
export interface FeeQuoteRecord extends FeeQuote {
  createdBySessionId: string | null;
}

/** A traffic fine as stored: with its offender, whom no answer names. */
export interface TrafficFineRecord extends TrafficFine {
  personId: string;
  /** The offender's national ID, for search; never served. */
  nationalId: string;
}

/** Who created a payment: the partner (by any of its credentials) and its widget session, or a user. */
export type PaymentCreator = RecordCreator;

/** A payment as stored; the answer masks the payer's national ID and derives `nextAction`. */
export interface PaymentRecord extends Omit<Payment, 'payer' | 'nextAction'> {
  payer: { name: string; nationalId: string | null };
  /** What it pays, one key per payable item (`fine:tfn_ps_001`, `quote:fq_000001`, `deposit:cas_ps_001`), to find overlaps. */
  payableKeys: string[];
  createdBy: PaymentCreator;
  /** The hand-off chosen at creation; shown while the payment `requires_action`. */
  handoff: { type: 'redirect'; url: string } | { type: 'bank_handoff' };
  bankReference: string;
}

/** A judicial notice as stored: with its content, served only by `notifications.open`. */
export interface NotificationRecord {
  id: string;
  jurisdiction: JurisdictionCode;
  kind: NotificationKind;
  recipient: NotificationRecipient;
  caseId: string | null;
  caseNumber: string | null;
  courtId: string;
  /** `null`: the standard text for its kind, in the court's languages (`seed/notice-texts.ts`). */
  title: LocalizedText | null;
  body: LocalizedText | null;
  documentId: string | null;
  hasAttachment: boolean;
  deliveredAt: string;
  openedAt: string | null;
  /** Whether `notification.served` was published for it (so it is published once). */
  servedAnnounced: boolean;
}

/** A person's registration for electronic service. */
export interface ElectronicServiceRecord {
  personId: string;
  channel: ServiceChannel;
  address: string | null;
  consentedAt: string;
}

/** A lawyer's standing as last announced (`lawyer.suspended` / `lawyer.reinstated`). */
export interface LawyerStandingRecord {
  suspended: boolean;
  since: string | null;
}

export interface DepositRefundRecord {
  id: string;
  caseId: string;
  lawyerId: string;
  amount: Money;
  iban: string;
  reason: string | null;
  createdAt: string;
}

export interface AppointmentRecord {
  id: string;
  slotId: string;
  courtId: string;
  startsAt: string;
  endsAt: string;
  holder: { subject: UserKind; id: string };
  purpose: string | null;
  status: 'booked' | 'cancelled';
  createdAt: string;
}

export interface WebhookEndpointRecord {
  id: string;
  partnerId: string;
  url: string;
  eventTypes: string[];
  description: string | null;
  secret: string;
  createdAt: string;
}

export interface WebhookDeliveryRecord {
  /** The idempotency id, sent as `Adalat-Webhook-Id` on every attempt. */
  id: string;
  endpointId: string;
  event: AdalatEvent;
  status: 'pending' | 'succeeded' | 'failed';
  attempts: Array<{ at: string; responseStatus: number | null }>;
  firstAttemptAt: string;
  nextAttemptAt: string | null;
}

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
  trafficFines: TrafficFineRecord[];
  /** Execution files, cheques, transfers, requests, auction lots and bids, bank accounts. */
  execution: ExecutionSeed;
}
