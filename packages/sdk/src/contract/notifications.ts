/**
 * Judicial notifications (تبليغات) as electronic service of process.
 *
 * A notice is delivered to a person's or a lawyer's electronic account. When it
 * counts as *served* depends on the jurisdiction (`serviceRule`):
 * - `on_delivery` (Iran): served the moment it reaches the account, opened or not;
 * - `on_open_or_after_days` (elsewhere): served when the recipient opens it, or
 *   automatically `deemedServiceDays` days after delivery if never opened (10 by default).
 * Every notice shows `deemedServedAt`: when it was, or will be, deemed served.
 *
 * **Listing never counts as receipt.** Only `open` returns a notice's content, and
 * `open` records receipt: it has legal effect (it may start an appeal deadline). Its
 * name, its endpoint's `legalEffect` and these docs say so; call it only when the
 * recipient themself asks to read the notice.
 *
 * Palestinian lawyers must collect (open) their notices within 3 days of delivery
 * (`collectBy`); see `contract/lawyers.ts` for the backlog rule.
 * @module
 */
import * as z from 'zod/mini';
import { defineEndpoints, Id, Instant, JurisdictionCode, listOf, LocalizedText, PageQuery } from './common.ts';

/** What a notice is about. */
export const NotificationKind = z.enum([
  'hearing_summons',
  'judicial_act_issued',
  'filing_reviewed',
  'memorandum_served',
  'appeal_deadline_notice',
  'execution_update',
]);
export type NotificationKind = z.infer<typeof NotificationKind>;

/** Who a notice is addressed to. */
export const NotificationRecipient = z.object({ kind: z.enum(['person', 'lawyer']), id: Id });
export type NotificationRecipient = z.infer<typeof NotificationRecipient>;

/** When a notice counts as served, per jurisdiction: see the module docs. */
export const ServiceRule = z.enum(['on_delivery', 'on_open_or_after_days']);
export type ServiceRule = z.infer<typeof ServiceRule>;

/** `delivered`: in the account, not opened; `opened`: the recipient opened it (receipt recorded). */
export const NotificationStatus = z.enum(['delivered', 'opened']);
export type NotificationStatus = z.infer<typeof NotificationStatus>;

/** A notice as lists show it: what and when, never its content. Reading this records nothing. */
export const JudicialNotification = z.object({
  id: Id,
  jurisdiction: JurisdictionCode,
  kind: NotificationKind,
  recipient: NotificationRecipient,
  /** The case it concerns, if any. */
  caseId: z.nullable(Id),
  /** The case number as the court writes it, if any. */
  caseNumber: z.nullable(z.string()),
  courtId: Id,
  /** A short subject line, safe to show in a list; the content comes with `open` only. */
  title: LocalizedText,
  status: NotificationStatus,
  deliveredAt: Instant,
  /** When the recipient opened it (receipt); `null` until then. */
  openedAt: z.nullable(Instant),
  serviceRule: ServiceRule,
  /** When it was, or will be, deemed served; compare with the clock to tell which. */
  deemedServedAt: Instant,
  /** Whether `deemedServedAt` has passed. */
  served: z.boolean(),
  /** For a Palestinian lawyer: the last moment to collect it before the 3-day rule suspends them; otherwise `null`. */
  collectBy: z.nullable(Instant),
  /** Whether a PDF comes with the notice (a judicial act); download it after `open`. */
  hasAttachment: z.boolean(),
});
export type JudicialNotification = z.infer<typeof JudicialNotification>;

/** A notice opened: its content, and the receipt that opening it recorded. */
export const OpenedNotification = z.object({
  ...JudicialNotification.shape,
  /** The content of the notice. Server text: render as text. */
  body: LocalizedText,
  /** The document of the judicial act, when the notice carries one. */
  documentId: z.nullable(Id),
  /** Proof of receipt: when it was first opened and when it counts as served. */
  receipt: z.object({ openedAt: Instant, servedAt: Instant }),
});
export type OpenedNotification = z.infer<typeof OpenedNotification>;

/** How a person receives electronic service. */
export const ServiceChannel = z.enum(['app', 'email', 'sms']);
export type ServiceChannel = z.infer<typeof ServiceChannel>;

export const RegisterElectronicServiceBody = z.object({
  channel: ServiceChannel,
  /** Where to alert them that a notice arrived: an e-mail address or a phone number; not needed for `app`. */
  address: z.optional(z.string().check(z.trim(), z.minLength(3), z.maxLength(200))),
  /** The person consents to electronic service; it must be `true`. */
  consent: z.literal(true),
});
export type RegisterElectronicServiceBody = z.infer<typeof RegisterElectronicServiceBody>;

/** A person's registration for electronic service. */
export const ElectronicServiceRegistration = z.object({
  personId: Id,
  channel: ServiceChannel,
  /** Masked: `a***@example.ps`, `*******4567`; `null` for `app`. */
  addressMasked: z.nullable(z.string()),
  consentedAt: Instant,
});
export type ElectronicServiceRegistration = z.infer<typeof ElectronicServiceRegistration>;

const ListQuery = z.object({ ...PageQuery, status: z.optional(NotificationStatus), kind: z.optional(NotificationKind) });
const NotificationParams = z.object({ notificationId: Id });
const readers = ['secret', 'widget', 'bearer'] as const;

/**
 * `open`'s legal effect, as the contract states it; the SDK's docs and the OpenAPI
 * document repeat it.
 */
export const OPEN_LEGAL_EFFECT =
  'Opening a notice records its receipt: where the jurisdiction serves on opening, the notice counts as served from ' +
  'this moment, which may start an appeal deadline. Call it only when the recipient asks to read the notice.';

export const notificationsEndpoints = defineEndpoints({
  listForPerson: {
    method: 'GET',
    path: '/v1/people/:personId/notifications',
    summary: 'A person’s notices, newest first, without their content. Listing never counts as receipt.',
    description:
      'Who may list: the person’s own token; a widget session scoped to the person; the jurisdiction’s partners with ' +
      'their secret key. Anyone else is a 403 `notifications_not_accessible`.',
    params: z.object({ personId: Id }),
    query: ListQuery,
    status: 200,
    response: listOf(JudicialNotification),
    errors: [400, 403, 404],
    auth: readers,
    subject: { kind: 'person', param: 'personId' },
    paginated: true,
  },
  listForLawyer: {
    method: 'GET',
    path: '/v1/lawyers/:lawyerId/notifications',
    summary: 'A lawyer’s notices, newest first, without their content. Listing never counts as receipt.',
    description:
      'Who may list: the lawyer’s own token; a widget session listing the lawyer; the lawyer’s bar association with its ' +
      'secret key. Anyone else is a 403 `notifications_not_accessible`.',
    params: z.object({ lawyerId: Id }),
    query: ListQuery,
    status: 200,
    response: listOf(JudicialNotification),
    errors: [400, 403, 404],
    auth: readers,
    subject: { kind: 'lawyer', param: 'lawyerId' },
    paginated: true,
  },
  open: {
    method: 'POST',
    path: '/v1/notifications/:notificationId/open',
    summary: 'LEGAL EFFECT: open a notice — returns its content and records receipt (it may count as service from now).',
    description:
      `${OPEN_LEGAL_EFFECT} Only the recipient may open: their own token, or a widget session scoped to them (the ` +
      'session must list `notifications.open`). A partner’s secret key cannot open on anyone’s behalf (403 ' +
      '`recipient_only`). Opening again returns the same receipt.',
    params: NotificationParams,
    status: 200,
    response: OpenedNotification,
    errors: [400, 403, 404],
    auth: ['widget', 'bearer'],
    idempotency: 'optional',
    legalEffect: OPEN_LEGAL_EFFECT,
  },
  downloadAttachment: {
    method: 'GET',
    path: '/v1/notifications/:notificationId/attachment',
    summary: 'The PDF a notice carries (a judicial act), once the notice was opened.',
    description:
      'Answers the PDF bytes. Downloading never records receipt, so an unopened notice answers 409 ' +
      '`notification_not_opened`; one without a PDF 404 `attachment_not_found`.',
    params: NotificationParams,
    status: 200,
    response: null,
    responseType: 'binary',
    binaryMediaType: 'application/pdf',
    errors: [400, 403, 404, 409],
    auth: ['widget', 'bearer'],
  },
  getElectronicService: {
    method: 'GET',
    path: '/v1/people/:personId/electronic-service',
    summary: 'A person’s registration for electronic service; 404 `not_registered` when there is none.',
    params: z.object({ personId: Id }),
    status: 200,
    response: ElectronicServiceRegistration,
    errors: [400, 403, 404],
    auth: ['widget', 'bearer'],
    subject: { kind: 'person', param: 'personId' },
  },
  registerElectronicService: {
    method: 'PUT',
    path: '/v1/people/:personId/electronic-service',
    summary: 'Register (or change) a person’s channel for electronic service, with their consent.',
    description: 'Only the person (their token, or a widget session scoped to them). `email` and `sms` need an `address`.',
    params: z.object({ personId: Id }),
    body: RegisterElectronicServiceBody,
    status: 200,
    response: ElectronicServiceRegistration,
    errors: [400, 403, 404],
    auth: ['widget', 'bearer'],
    subject: { kind: 'person', param: 'personId' },
  },
});
