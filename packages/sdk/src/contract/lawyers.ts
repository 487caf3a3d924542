/**
 * The lawyer backlog rule (Palestine): a lawyer must collect (open) each judicial
 * notice within 3 days of its delivery. A lawyer with a notice pending longer is
 * suspended: every case-system action they take (filing, memoranda, postponement
 * requests, deposit refunds, appointments: any write outside `notifications`)
 * answers 422 `lawyer_suspended` until every overdue notice is collected; then the
 * suspension lifts by itself. Reading stays open, and so does `notifications.open`,
 * which is how a lawyer collects.
 *
 * A bar association reads the summaries of its lawyers; a page with hundreds of
 * badges reads them in one `batchNotificationSummaries` call (up to 500 lawyers).
 * @module
 */
import * as z from 'zod/mini';
import { defineEndpoints, Id, Instant, JurisdictionCode } from './common.ts';


/** One lawyer's notice backlog. */
export const LawyerNotificationSummary = z.object({
  lawyerId: Id,
  jurisdiction: JurisdictionCode,
  /** Notices delivered and not yet opened. */
  pendingCount: z.int().check(z.nonnegative()),
  /** Pending notices per case (notices about no case are left out); largest first. */
  byCase: z.array(z.object({ caseId: Id, caseNumber: z.string(), count: z.int().check(z.positive()) })),
  /** Delivery of the oldest pending notice; `null` with none pending. */
  oldestPendingAt: z.nullable(Instant),
  /** When the oldest pending notice must be collected (3 days after delivery), where the rule applies; else `null`. */
  collectBy: z.nullable(Instant),
  /** Whether the 3-day rule applies in the lawyer's jurisdiction. */
  backlogRuleApplies: z.boolean(),
  suspended: z.boolean(),
  /** When the current suspension began (the oldest overdue notice fell due); `null` when not suspended. */
  suspendedSince: z.nullable(Instant),
});
export type LawyerNotificationSummary = z.infer<typeof LawyerNotificationSummary>;

/** The most lawyers one batch read takes. */
export const NOTIFICATION_SUMMARY_BATCH_LIMIT = 500;

export const BatchNotificationSummariesBody = z.object({
  /** Up to 500 lawyer ids; duplicates count once. */
  lawyerIds: z.array(Id).check(z.minLength(1), z.maxLength(NOTIFICATION_SUMMARY_BATCH_LIMIT)),
});
export type BatchNotificationSummariesBody = z.infer<typeof BatchNotificationSummariesBody>;

export const BatchNotificationSummaries = z.object({
  /** One summary per known lawyer, in the order asked. */
  data: z.array(LawyerNotificationSummary),
  /** Ids asked for that name no lawyer. */
  notFound: z.array(Id),
});
export type BatchNotificationSummaries = z.infer<typeof BatchNotificationSummaries>;

export const lawyersEndpoints = defineEndpoints({
  getNotificationSummary: {
    method: 'GET',
    path: '/v1/lawyers/:lawyerId/notification-summary',
    summary: 'A lawyer’s pending notices: count, per case, oldest, collect-by, suspension.',
    description:
      'Who may read: the lawyer’s token; a widget session listing the lawyer; the lawyer’s bar association with its ' +
      'secret key (403 `lawyer_not_accessible` for anyone else). Reading records no receipt.',
    params: z.object({ lawyerId: Id }),
    status: 200,
    response: LawyerNotificationSummary,
    errors: [400, 403, 404],
    auth: ['secret', 'widget', 'bearer'],
    subject: { kind: 'lawyer', param: 'lawyerId' },
  },
  batchNotificationSummaries: {
    method: 'POST',
    path: '/v1/lawyers/notification-summaries/batch',
    summary: 'Summaries for up to 500 lawyers in one request (a read: changes nothing).',
    description:
      'A widget session must list every lawyer asked for (403 `subject_not_in_scope` naming the first that is not); a ' +
      'secret key reads the lawyers of its own bar association (403 `lawyer_not_accessible`). Unknown ids are listed in ' +
      '`notFound`.',
    body: BatchNotificationSummariesBody,
    status: 200,
    response: BatchNotificationSummaries,
    errors: [400, 403],
    auth: ['secret', 'widget'],
  },
});
