/**
 * Bodies of the `/__sandbox/*` control routes. They are not part of the judiciary
 * API's contract; they drive the sandbox itself.
 * @module
 */
import * as z from 'zod/mini';

const Count = z.optional(z.int().check(z.gte(1), z.lte(1000)));
const PathPrefix = z.optional(z.string().check(z.regex(/^\//, 'a path starting with "/"'), z.maxLength(200)));

export const ClockBody = z.object({
  /** Jump to this instant. */
  now: z.optional(z.iso.datetime({ offset: true })),
  /** Or move forward by this many milliseconds. */
  advanceMs: z.optional(z.int().check(z.gte(0))),
});

export const FaultsBody = z.object({
  /** Forget queued faults and restore latency first. */
  clear: z.optional(z.boolean()),
  failNext: z.optional(
    z.object({
      count: Count,
      status: z.union([z.literal(500), z.literal(502), z.literal(503), z.literal(429)]),
      retryAfter: z.optional(z.int().check(z.gte(0), z.lte(86400))),
      path: PathPrefix,
    }),
  ),
  dropNextAfterCommit: z.optional(z.object({ count: Count, path: PathPrefix })),
  latencyMs: z.optional(z.int().check(z.gte(0), z.lte(60000))),
});

export const TokenBody = z.object({
  kind: z.enum(['person', 'lawyer', 'staff']),
  id: z.string().check(z.minLength(1), z.maxLength(64)),
  ttlSeconds: z.optional(z.int().check(z.gte(1), z.lte(30 * 24 * 3600))),
});

/** A court delivers a judicial notice now (`notification.delivered` is published). */
export const DeliverNoticeBody = z.object({
  recipient: z.object({ kind: z.enum(['person', 'lawyer']), id: z.string().check(z.minLength(1), z.maxLength(64)) }),
  kind: z.enum(['hearing_summons', 'judicial_act_issued', 'filing_reviewed', 'memorandum_served', 'appeal_deadline_notice', 'execution_update']),
  caseId: z.optional(z.string().check(z.minLength(1), z.maxLength(64))),
});

export const TouchCaseBody = z.object({
  /** `hearing` (move or schedule the next hearing, the default) or `minutes` (add hearing minutes). */
  change: z.optional(z.enum(['hearing', 'minutes'])),
});

export const ReviewFilingsBody = z.object({
  /** Review this received filing now; without it, every review due on the clock runs. */
  filingId: z.optional(z.string().check(z.minLength(1), z.maxLength(64))),
  /** Force an outcome (with `filingId`); otherwise the automatic reviewer decides. */
  outcome: z.optional(z.enum(['accepted', 'partially_accepted', 'rejected', 'returned'])),
  reasons: z.optional(
    z.array(z.object({ code: z.string().check(z.minLength(1), z.maxLength(64)), message: z.string().check(z.minLength(1), z.maxLength(500)) })).check(z.maxLength(20)),
  ),
});
