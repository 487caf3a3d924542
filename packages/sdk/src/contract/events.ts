/**
 * Live updates: one Server-Sent Events stream per client, `GET /v1/events`, carrying
 * what changes in the cases, payments (and, later, notifications) the caller may
 * read. Every event is one envelope `{ id, type, createdAt, caseId, data }`; the same
 * envelope is what partner servers will receive as signed webhooks.
 *
 * Who receives what: the stream carries only events about subjects the caller may
 * read, by the same rules as reading them — a widget session its cases, a person or
 * lawyer token the cases they are party or lawyer in, court staff every case, a
 * partner's secret key its jurisdiction's cases. Payment events go to whoever started
 * the payment (see `PaymentEventData`).
 * @module
 */
import * as z from 'zod/mini';
import { CaseStage, CaseStatus, DocumentKind, HearingOutcome } from './cases.ts';
import { defineEndpoints, Id, Instant, Money } from './common.ts';
import { PayableKind, PaymentFailureCode } from './payments.ts';
import { ExecutionEventChange } from './execution-events.ts';
import { ReviewOutcome } from './filings.ts';
import { NotificationKind, NotificationRecipient } from './notifications.ts';

/**
 * An event's id: increasing along the stream, so it can be sent back as
 * `Last-Event-ID` to resume. Events the SDK makes up while polling have ids of their own.
 */
export const EventId = z.string().check(z.minLength(1), z.maxLength(64));
export type EventId = z.infer<typeof EventId>;

/**
 * What moved in a case: its `status` (or stage), a `hearing` (scheduled, held, moved),
 * a `postponement` request (asked, refused), a `memorandum` or another `document`
 * filed, a `judicial_act` (issued, served), a `referral` to a panel; `other` when the
 * client only knows that the case changed (the SDK's polling fallback).
 */
export const CaseChange = z.enum(['status', 'hearing', 'postponement', 'memorandum', 'document', 'judicial_act', 'referral', 'other']);
export type CaseChange = z.infer<typeof CaseChange>;

/** The envelope every event shares; `data` says what happened. */
function eventOf<const T extends string, D extends z.ZodMiniObject>(type: T, data: D) {
  return z.object({
    id: EventId,
    type: z.literal(type),
    createdAt: Instant,
    /** The case the event concerns; `null` for events about no case (a payment, a notification). */
    caseId: z.nullable(Id),
    data,
  });
}

export const CaseUpdatedData = z.object({
  caseId: Id,
  status: CaseStatus,
  stage: CaseStage,
  /** The case's `updatedAt` after the change. */
  updatedAt: Instant,
  change: CaseChange,
  /** The timeline step behind the change; `null` when there is none (polling). */
  timelineEventId: z.nullable(Id),
});
export type CaseUpdatedData = z.infer<typeof CaseUpdatedData>;

export const HearingChangedData = z.object({
  caseId: Id,
  hearingId: Id,
  /** The hearing's (new) start, in UTC. */
  startsAt: Instant,
  postponed: z.boolean(),
  outcome: z.nullable(HearingOutcome),
});
export type HearingChangedData = z.infer<typeof HearingChangedData>;

export const DocumentAddedData = z.object({
  caseId: Id,
  documentId: Id,
  kind: DocumentKind,
});
export type DocumentAddedData = z.infer<typeof DocumentAddedData>;

/**
 * A payment reached a final outcome at its bank. Sent to the partner whose server or
 * widget created it, to the person who paid with their own token, and to a widget
 * session of that partner scoped to the person whose fines were paid; re-read the
 * payment (or its receipt) for the details.
 */
export const PaymentEventData = z.object({
  paymentId: Id,
  payableKind: PayableKind,
  total: Money,
  /** Set on `payment.succeeded`. */
  receiptNumber: z.nullable(z.string()),
  /** Set on `payment.failed`. */
  failureCode: z.nullable(PaymentFailureCode),
});
export type PaymentEventData = z.infer<typeof PaymentEventData>;

/**
 * The court reviewed a filing. Sent to whoever may see the filing: the partner that
 * filed it (its server and its widget sessions that created or list it) or the user
 * whose token filed it; re-read the filing for the reasons and documents.
 */
export const FilingReviewedData = z.object({
  filingId: Id,
  outcome: ReviewOutcome,
  /** With `accepted` and `partially_accepted`. */
  caseNumber: z.nullable(z.string()),
  branchId: z.nullable(Id),
  /** The e-services office that filed it, if one. */
  officeId: z.nullable(Id),
});
export type FilingReviewedData = z.infer<typeof FilingReviewedData>;

/** `case.updated`: the case moved (see `data.change`); re-read it for the details. */
export const CaseUpdatedEvent = eventOf('case.updated', CaseUpdatedData);
/** `hearing.changed`: a hearing was scheduled, moved or held. */
export const HearingChangedEvent = eventOf('hearing.changed', HearingChangedData);
/** `document.added`: a document (minutes, memorandum, attachment, judicial act) joined the case. */
export const DocumentAddedEvent = eventOf('document.added', DocumentAddedData);
/** `payment.succeeded`: the bank confirmed the payment; the payable is paid and the receipt exists. */
export const PaymentSucceededEvent = eventOf('payment.succeeded', PaymentEventData);
/** `payment.failed`: the bank confirmed a failure (`data.failureCode`); the payable is still due. */
export const PaymentFailedEvent = eventOf('payment.failed', PaymentEventData);

/** `filing.reviewed`: the court accepted, partly accepted, rejected or returned a filing. */
export const FilingReviewedEvent = eventOf('filing.reviewed', FilingReviewedData);

/** `execution.updated`: an execution file moved (see `data.change`); re-read it for the details. */
export const ExecutionUpdatedEvent = eventOf('execution.updated', ExecutionEventChange.updated);
/** `cheque.ready`: a cheque for the creditor is ready for collection at the court. */
export const ChequeReadyEvent = eventOf('cheque.ready', ExecutionEventChange.chequeReady);
/** `transfer.paid`: a transfer reached the creditor's bank account. */
export const TransferPaidEvent = eventOf('transfer.paid', ExecutionEventChange.transferPaid);
/** `auction.closed`: a lot closed; the highest bid (if any) won. */
export const AuctionClosedEvent = eventOf('auction.closed', ExecutionEventChange.auctionClosed);

/**
 * A notice reached its recipient's account (`notification.delivered`) or now counts as
 * served (`notification.served`: opened, or deemed served by the jurisdiction's rule).
 * Sent to the recipient, and for a lawyer to their bar association. Never the content.
 */
export const NotificationEventData = z.object({
  notificationId: Id,
  kind: NotificationKind,
  recipient: NotificationRecipient,
  deliveredAt: Instant,
  /** When it was or will be deemed served. */
  deemedServedAt: Instant,
  /** On `notification.served`: `opened` or `deemed`; `null` on delivery. */
  servedBy: z.nullable(z.enum(['opened', 'deemed'])),
});
export type NotificationEventData = z.infer<typeof NotificationEventData>;

/** A lawyer's standing under the 3-day rule changed; sent to the lawyer and their bar association. */
export const LawyerStandingData = z.object({
  lawyerId: Id,
  /** How many notices are pending now. */
  pendingCount: z.int().check(z.nonnegative()),
  /** On `lawyer.suspended`: when the suspension began; on `lawyer.reinstated`: when it lifted. */
  since: Instant,
});
export type LawyerStandingData = z.infer<typeof LawyerStandingData>;

/** `notification.delivered`: a notice is in the recipient's account (not yet served under every rule). */
export const NotificationDeliveredEvent = eventOf('notification.delivered', NotificationEventData);
/** `notification.served`: a notice counts as served. */
export const NotificationServedEvent = eventOf('notification.served', NotificationEventData);
/** `lawyer.suspended`: a notice stayed uncollected past its collect-by; case-system actions answer 422 `lawyer_suspended`. */
export const LawyerSuspendedEvent = eventOf('lawyer.suspended', LawyerStandingData);
/** `lawyer.reinstated`: every overdue notice was collected; the suspension lifted. */
export const LawyerReinstatedEvent = eventOf('lawyer.reinstated', LawyerStandingData);

/** Every event schema; a new kind of event is one more entry here. */
const EVENT_SCHEMAS = [CaseUpdatedEvent, HearingChangedEvent, DocumentAddedEvent, PaymentSucceededEvent, PaymentFailedEvent, ExecutionUpdatedEvent, ChequeReadyEvent, TransferPaidEvent, AuctionClosedEvent, FilingReviewedEvent,
  NotificationDeliveredEvent, NotificationServedEvent, LawyerSuspendedEvent, LawyerReinstatedEvent] as const;

/** One event of the stream (and, later, of a webhook), told apart by `type`. */
export const AdalatEvent = z.discriminatedUnion('type', EVENT_SCHEMAS);
export type AdalatEvent = z.infer<typeof AdalatEvent>;
export type AdalatEventType = AdalatEvent['type'];

/** Every event type the contract defines, in the order of `AdalatEvent`'s options. */
export const EVENT_TYPES: readonly AdalatEventType[] = EVENT_SCHEMAS.map((schema) => schema.shape.type._zod.def.values[0]!);

const escapeRegex = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const ONE_TYPE = `(?:${EVENT_TYPES.map(escapeRegex).join('|')})`;

/** A comma-separated list of event types: `case.updated,hearing.changed`. */
export const EventTypeList = z.string().check(
  z.maxLength(500),
  z.regex(new RegExp(`^${ONE_TYPE}(?:,${ONE_TYPE})*$`), `comma-separated event types: ${EVENT_TYPES.join(', ')}`),
);

/** How long, in milliseconds, the server asks a client to wait before reconnecting (the SSE `retry:` hint). */
export const EVENT_STREAM_RETRY_MS = 3000;

export const eventsEndpoints = defineEndpoints({
  stream: {
    method: 'GET',
    path: '/v1/events',
    summary: 'Live updates as Server-Sent Events: case.updated, hearing.changed, document.added, payment.succeeded, payment.failed, filing.reviewed, notification.delivered, notification.served, lawyer.suspended, lawyer.reinstated.',
    description:
      'Answers `text/event-stream`: each event as `id:`, `event:` (its type) and `data:` (the event envelope as JSON), ' +
      'a `retry:` hint, and `: ping` comments as heartbeats. Send `Last-Event-ID` to resume: events after it are replayed ' +
      'first. Only events about subjects the caller may read are sent (a widget session: its cases, and it must list ' +
      '`events.stream` in its operations). `types` and `caseId` narrow the stream; a `caseId` the caller may not read is ' +
      'a 403 `case_not_accessible`, an unknown one a 404 `case_not_found`.',
    query: z.object({
      types: z.optional(EventTypeList),
      caseId: z.optional(Id),
    }),
    status: 200,
    response: AdalatEvent,
    responseType: 'event-stream',
    errors: [400, 403, 404],
    auth: ['secret', 'widget', 'bearer'],
  },
});
