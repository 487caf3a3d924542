/**
 * The one way a handler or the router says "this request failed": an `ApiProblem`
 * carries everything the contract's `ErrorEnvelope` needs except the request id,
 * which the router adds when it answers.
 * @module
 */
import type { ErrorType, FieldIssue } from '@adalat/sdk/contract';

export interface ApiProblemOptions {
  /** The field the error is about, as a request path: `params.courtId`, `body.operations.2`. */
  param?: string;
  issues?: FieldIssue[];
  /** Extra response headers, e.g. `Retry-After`. */
  headers?: Record<string, string>;
}

export class ApiProblem extends Error {
  readonly status: number;
  readonly type: ErrorType;
  readonly code: string;
  readonly param: string | undefined;
  readonly issues: FieldIssue[] | undefined;
  readonly headers: Record<string, string>;

  constructor(status: number, type: ErrorType, code: string, message: string, options: ApiProblemOptions = {}) {
    super(message);
    this.name = 'ApiProblem';
    this.status = status;
    this.type = type;
    this.code = code;
    this.param = options.param;
    this.issues = options.issues;
    this.headers = options.headers ?? {};
  }
}

/** A 400 listing every invalid field; `param` names the first. */
export function validationFailed(issues: FieldIssue[]): ApiProblem {
  const count = issues.length;
  return new ApiProblem(
    400,
    'invalid_request',
    'validation_failed',
    `The request has ${count} invalid field${count === 1 ? '' : 's'}.`,
    { param: issues[0]?.path, issues },
  );
}

export function invalidRequest(code: string, message: string, param?: string): ApiProblem {
  return new ApiProblem(400, 'invalid_request', code, message, param === undefined ? {} : { param });
}

export function unauthenticated(code: string, message: string): ApiProblem {
  return new ApiProblem(401, 'authentication', code, message);
}

export function forbidden(code: string, message: string, param?: string): ApiProblem {
  return new ApiProblem(403, 'permission', code, message, param === undefined ? {} : { param });
}

export function notFound(code: string, message: string, param?: string): ApiProblem {
  return new ApiProblem(404, 'not_found', code, message, param === undefined ? {} : { param });
}

export function conflict(code: string, message: string): ApiProblem {
  return new ApiProblem(409, 'conflict', code, message);
}

/** A 422: the request is well-formed but a rule forbids it (`quote_expired`, `strike_off_before_noon`). */
export function businessRule(code: string, message: string, param?: string): ApiProblem {
  return new ApiProblem(422, 'business_rule', code, message, param === undefined ? {} : { param });
}
