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
