/**
 * The HTTP vocabulary of the API that needs no schema: header names and path
 * templates. Kept free of zod so the transport core stays small.
 * @module
 */

import type { FieldIssue } from './common.ts';

/** Header names of the API, in one place for the client, the sandbox and the docs. */
export const HEADER = {
  authorization: 'Authorization',
  /** The widget session's client secret, sent beside a publishable key. */
  clientSecret: 'Adalat-Client-Secret',
  idempotencyKey: 'Idempotency-Key',
  /** Set on a response replayed from the idempotency store. */
  idempotentReplayed: 'Idempotent-Replayed',
  requestId: 'Request-Id',
  etag: 'ETag',
  ifNoneMatch: 'If-None-Match',
  retryAfter: 'Retry-After',
  /** The last event id a client of the event stream saw; the stream resumes after it. */
  lastEventId: 'Last-Event-ID',
} as const;

/** Path parameter names of a path template, in order. */
export function pathParamNames(path: string): string[] {
  return [...path.matchAll(/:([A-Za-z][A-Za-z0-9]*)/g)].map((m) => m[1]!);
}

/** Fills a path template; values are URI-encoded so a hostile id cannot change the path. */
export function fillPath(path: string, params: Record<string, unknown>): string {
  return path.replace(/:([A-Za-z][A-Za-z0-9]*)/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined || value === null || value === '') {
      throw new TypeError(`missing path parameter "${name}" for ${path}`);
    }
    // "." and ".." survive encodeURIComponent and would be resolved away by URL parsing.
    return encodeURIComponent(String(value)).replace(/^\.{1,2}$/, (dots) => '%2E'.repeat(dots.length));
  });
}

/**
 * A schema's issues as the API's field issues, each path prefixed by where in the
 * request or response it is: `body.operations.0`, `query.limit`, `response.data.3.id`.
 * The client and the sandbox report problems in this one form.
 */
export function fieldIssues(
  issues: ReadonlyArray<{ path: readonly PropertyKey[]; code: string; message: string }>,
  prefix: string,
): FieldIssue[] {
  return issues.map((issue) => ({
    path: [prefix, ...issue.path.map(String)].join('.'),
    code: issue.code,
    message: issue.message,
  }));
}
