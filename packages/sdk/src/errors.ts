/**
 * Every failure the SDK reports is an `AdalatError` subclass carrying `status`,
 * `code`, `type` and the server's `requestId`, mapped from the one error envelope
 * of the API. A caller's own abort is not wrapped: it rejects with the signal's reason.
 * @module
 */
import type { ErrorBody, ErrorType, FieldIssue } from './contract/common.ts';

/** The envelope's error types, plus failures that never reached (or never made sense of) a server answer. */
export type AdalatErrorType = ErrorType | 'connection' | 'invalid_response' | 'configuration';

export interface AdalatErrorInit {
  message: string;
  /** HTTP status; 0 when no response was received (network, timeout, configuration). */
  status: number;
  code: string;
  requestId?: string | null;
  /** Defaults to the class's own type. */
  type?: AdalatErrorType;
  /** The request field the server blamed, when it named one. */
  param?: string;
  issues?: FieldIssue[];
  /** Seconds to wait before trying again (429). */
  retryAfter?: number | null;
  timedOut?: boolean;
  cause?: unknown;
}

export class AdalatError extends Error {
  override name = 'AdalatError';
  readonly status: number;
  readonly code: string;
  /** The server's `Request-Id`, to quote to support; `null` when the request got no answer. */
  readonly requestId: string | null;
  readonly type: AdalatErrorType;
  readonly param: string | undefined;

  constructor(init: AdalatErrorInit, defaultType: AdalatErrorType = 'server') {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
    this.status = init.status;
    this.code = init.code;
    this.requestId = init.requestId ?? null;
    this.type = init.type ?? defaultType;
    this.param = init.param;
  }
}

/** 401: missing, wrong, expired or revoked credentials. */
export class AuthenticationError extends AdalatError {
  override name = 'AuthenticationError';
  constructor(init: AdalatErrorInit) {
    super(init, 'authentication');
  }
}

/** 403: the credential is valid but may not do this (scope, role, widget session subjects). */
export class PermissionError extends AdalatError {
  override name = 'PermissionError';
  constructor(init: AdalatErrorInit) {
    super(init, 'permission');
  }
}

/** 404. */
export class NotFoundError extends AdalatError {
  override name = 'NotFoundError';
  constructor(init: AdalatErrorInit) {
    super(init, 'not_found');
  }
}

/**
 * 400: the request is invalid. Also thrown locally, before anything is sent, when a
 * call's input breaks the contract: then `code` is `invalid_input` and `requestId` is `null`.
 */
export class InvalidRequestError extends AdalatError {
  override name = 'InvalidRequestError';
  /** One entry per problem, with paths such as `body.operations` or `query.limit`. */
  readonly issues: FieldIssue[];
  constructor(init: AdalatErrorInit) {
    super(init, 'invalid_request');
    this.issues = init.issues ?? [];
  }
}

/** 409: the request conflicts with the resource's current state. */
export class ConflictError extends AdalatError {
  override name = 'ConflictError';
  constructor(init: AdalatErrorInit) {
    super(init, 'conflict');
  }
}

/** 409 `idempotency_key_reused`: the same Idempotency-Key was sent with a different request. */
export class IdempotencyError extends ConflictError {
  override name = 'IdempotencyError';
}

/** 422: the request is well-formed but a rule of the jurisdiction forbids it (`strike_off_before_noon`). */
export class BusinessRuleError extends AdalatError {
  override name = 'BusinessRuleError';
  /** Each rule broken, when the server lists several (`filing_has_problems`); empty otherwise. */
  readonly issues: FieldIssue[];
  constructor(init: AdalatErrorInit) {
    super(init, 'business_rule');
    this.issues = init.issues ?? [];
  }
}

/** 429, after the SDK's own retries. */
export class RateLimitError extends AdalatError {
  override name = 'RateLimitError';
  /** Seconds the server asked to wait (`Retry-After`), or `null` when it did not say. */
  readonly retryAfter: number | null;
  constructor(init: AdalatErrorInit) {
    super(init, 'rate_limit');
    this.retryAfter = init.retryAfter ?? null;
  }
}

/** 5xx, after the SDK's own retries. */
export class ServerError extends AdalatError {
  override name = 'ServerError';
}

/** No response: the network failed or the attempt timed out (`timedOut`). `status` is 0. */
export class ConnectionError extends AdalatError {
  override name = 'ConnectionError';
  readonly timedOut: boolean;
  constructor(init: AdalatErrorInit) {
    super(init, 'connection');
    this.timedOut = init.timedOut ?? false;
  }
}

/** The server answered with something the contract does not allow; `issues` say where. */
export class ResponseValidationError extends AdalatError {
  override name = 'ResponseValidationError';
  /** Paths into the response: `response.data.0.timeZone`. */
  readonly issues: FieldIssue[];
  constructor(init: AdalatErrorInit) {
    super(init, 'invalid_response');
    this.issues = init.issues ?? [];
  }
}

/** The client was set up wrongly (for example a secret key in a browser). Thrown by the constructor. */
export class ConfigurationError extends AdalatError {
  override name = 'ConfigurationError';
  constructor(message: string, code: string) {
    super({ message, code, status: 0 }, 'configuration');
  }
}

/** Secret-looking substrings a server message must never carry into an error. */
const SECRET_PATTERN = /\b(?:sk_[A-Za-z0-9_]+|[A-Za-z0-9_]+_secret_[A-Za-z0-9]+|Bearer\s+\S+)/g;

/** Removes credentials from text that is about to become an error message. */
export function redact(text: string, secrets: Iterable<string> = []): string {
  let clean = text;
  for (const secret of secrets) if (secret) clean = clean.split(secret).join('[redacted]');
  return clean.replace(SECRET_PATTERN, '[redacted]');
}

const BY_STATUS: Readonly<Record<number, new (init: AdalatErrorInit) => AdalatError>> = {
  400: InvalidRequestError,
  401: AuthenticationError,
  403: PermissionError,
  404: NotFoundError,
  409: ConflictError,
  422: BusinessRuleError,
  429: RateLimitError,
};

export interface ErrorResponse {
  status: number;
  /** The raw response text; anything, including HTML from a proxy. */
  body: string;
  requestId: string | null;
  /** Seconds, from `Retry-After`. */
  retryAfter?: number | null;
  /** Credentials to scrub from the server's message. */
  secrets?: Iterable<string>;
}

/** Maps an error response to its class; a body without the envelope still maps by status, with code `unknown`. */
export function errorFromResponse(response: ErrorResponse): AdalatError {
  const { status } = response;
  const error = readErrorBody(parseJson(response.body));
  const init: AdalatErrorInit = {
    status,
    code: error?.code ?? 'unknown',
    message: redact(error?.message ?? `The server answered HTTP ${status}.`, response.secrets),
    requestId: response.requestId ?? (error?.requestId || null),
    param: error?.param,
    issues: error?.issues,
    retryAfter: response.retryAfter,
  };
  if (status === 409 && init.code === 'idempotency_key_reused') return new IdempotencyError(init);
  const ErrorClass = BY_STATUS[status] ?? (status >= 500 ? ServerError : AdalatError);
  if (ErrorClass === AdalatError) return new AdalatError({ ...init, type: error?.type ?? 'invalid_request' });
  return new ErrorClass(init);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

const isString = (value: unknown): value is string => typeof value === 'string';

/**
 * The envelope's `error`, checked by hand rather than with the contract's schema so
 * the transport core ships without zod; anything else is `undefined`.
 */
function readErrorBody(json: unknown): ErrorBody | undefined {
  const error = (json as { error?: Record<string, unknown> } | null)?.error;
  if (!error || typeof error !== 'object' || !isString(error.code) || !isString(error.message)) return undefined;
  const issues = Array.isArray(error.issues)
    ? error.issues.filter((issue): issue is FieldIssue =>
        issue !== null && typeof issue === 'object' && isString(issue.path) && isString(issue.code) && isString(issue.message),
      )
    : undefined;
  return {
    type: (isString(error.type) ? error.type : 'server') as ErrorType,
    code: error.code,
    message: error.message,
    param: isString(error.param) ? error.param : undefined,
    requestId: isString(error.requestId) ? error.requestId : '',
    issues,
  };
}
