/**
 * Widget sessions: a partner server, holding its secret key, mints a short-lived
 * session scoped to subjects and operations; the browser gets only its client
 * secret, sent beside the publishable key. The server enforces the scope.
 * @module
 */
import * as z from 'zod/mini';
import { defineEndpoints, Id, Instant } from './common.ts';

/** A qualified operation name as the endpoint tables define it: `policy.getCourt`, `cases.get`. */
export const OperationRef = z.string().check(z.regex(/^[a-z][A-Za-z]*\.[a-z][A-Za-z]*$/, 'an operation such as "policy.getCourt"'));

/** What a session may read or act on. Lists are sets: order does not matter. */
export const WidgetSubjects = z.object({
  cases: z.optional(z.array(Id).check(z.maxLength(100))),
  person: z.optional(Id),
  /** A bar association's page may show hundreds of lawyers at once. */
  lawyers: z.optional(z.array(Id).check(z.maxLength(500))),
  executionFiles: z.optional(z.array(Id).check(z.maxLength(100))),
  filings: z.optional(z.array(Id).check(z.maxLength(100))),
  /**
   * Traffic fines the widget may show and pay: ids the partner's server found with
   * `trafficFines.search` for its signed-in customer. (With `person`, that person's
   * fines are in scope too.)
   */
  trafficFines: z.optional(z.array(Id).check(z.maxLength(100))),
  /** Fee quotes the widget may pay; a quote made through the session itself needs no listing. */
  feeQuotes: z.optional(z.array(Id).check(z.maxLength(100))),
});
export type WidgetSubjects = z.infer<typeof WidgetSubjects>;

export const CreateWidgetSessionBody = z.object({
  subjects: WidgetSubjects,
  operations: z.array(OperationRef).check(z.minLength(1), z.maxLength(100)),
  /** Lifetime in seconds, 60 to 3600; 900 by default. */
  ttlSeconds: z.optional(z.int().check(z.gte(60), z.lte(3600))),
  /** The partner's own reference, echoed back; never personal data. */
  reference: z.optional(z.string().check(z.maxLength(100))),
});
export type CreateWidgetSessionBody = z.infer<typeof CreateWidgetSessionBody>;

/** A session as its owner and the widget see it, without its secret. */
export const WidgetSessionInfo = z.object({
  id: Id,
  subjects: WidgetSubjects,
  operations: z.array(OperationRef),
  createdAt: Instant,
  expiresAt: Instant,
  revoked: z.boolean(),
  reference: z.nullable(z.string()),
});
export type WidgetSessionInfo = z.infer<typeof WidgetSessionInfo>;

/** The answer to `create`: hand `clientSecret` to the browser, keep nothing else there. */
export const WidgetSession = z.object({
  ...WidgetSessionInfo.shape,
  clientSecret: z.string().check(z.minLength(16)),
});
export type WidgetSession = z.infer<typeof WidgetSession>;

export const widgetSessionsEndpoints = defineEndpoints({
  create: {
    method: 'POST',
    path: '/v1/widget-sessions',
    summary: 'Create a widget session scoped to subjects and operations (server side, secret key).',
    description:
      'Every subject must exist: an unknown person or lawyer is a 400 `validation_failed` naming it; an unknown case ' +
      'is a 404 `case_not_found` and a case of another jurisdiction than the partner’s a 403 `case_outside_jurisdiction`, ' +
      'each with `param` naming the case (`body.subjects.cases.0`).',
    body: CreateWidgetSessionBody,
    status: 201,
    response: WidgetSession,
    errors: [400, 403, 404, 409],
    auth: ['secret'],
    idempotency: 'optional',
  },
  retrieveCurrent: {
    method: 'GET',
    path: '/v1/widget-sessions/current',
    summary: 'The session the calling widget holds: its scope and expiry.',
    status: 200,
    response: WidgetSessionInfo,
    errors: [],
    auth: ['widget'],
    sessionSelf: true,
  },
  revoke: {
    method: 'POST',
    path: '/v1/widget-sessions/:sessionId/revoke',
    summary: 'End a session before it expires; its client secret stops working at once.',
    params: z.object({ sessionId: Id }),
    status: 200,
    response: WidgetSessionInfo,
    errors: [400, 404],
    auth: ['secret'],
  },
});
