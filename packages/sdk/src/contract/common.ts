/**
 * Shapes every domain of the judiciary API shares: identifiers, instants, time
 * zones, money, the list and error envelopes, and the type of an endpoint table.
 *
 * Schemas use `zod/mini` so a browser bundle pays about 7 kB for validation
 * instead of about 26 kB for classic zod.
 * @module
 */
import * as z from 'zod/mini';

export { HEADER, fieldIssues, fillPath, pathParamNames } from './http.ts';

/** An opaque resource identifier such as `crt_ps_ramallah_mag`. */
export const Id = z.string().check(
  z.minLength(1),
  z.maxLength(64),
  z.regex(/^[A-Za-z0-9_-]+$/, 'letters, digits, "_" and "-" only'),
);
export type Id = z.infer<typeof Id>;

/** An instant in UTC, ISO 8601 with a `Z` suffix: `2026-11-23T09:00:00Z`. */
export const Instant = z.iso.datetime({ offset: false });
export type Instant = z.infer<typeof Instant>;

/** A calendar date without time or zone: `2026-11-23`. */
export const LocalDate = z.iso.date();
export type LocalDate = z.infer<typeof LocalDate>;

/** The jurisdictions the API serves (ISO 3166-1 alpha-2). */
export const JurisdictionCode = z.enum(['PS', 'SA', 'IR', 'KZ']);
export type JurisdictionCode = z.infer<typeof JurisdictionCode>;

/** The IANA time zones courts sit in; local time matters for hearings, the noon rule and deadlines. */
export const CourtTimeZone = z.enum(['Asia/Hebron', 'Asia/Riyadh', 'Asia/Tehran', 'Asia/Almaty']);
export type CourtTimeZone = z.infer<typeof CourtTimeZone>;

/** The languages courts publish in. */
export const LanguageCode = z.enum(['ar', 'fa', 'kk', 'ru', 'en']);
export type LanguageCode = z.infer<typeof LanguageCode>;

/** ISO 4217 codes of the currencies fees, fines and execution amounts are paid in. */
export const Currency = z.enum(['JOD', 'ILS', 'SAR', 'IRR', 'KZT']);
export type Currency = z.infer<typeof Currency>;

/**
 * How many minor units make one major unit, per currency, as the API counts them.
 * IRR is counted in whole rials: rials have no minor unit in circulation.
 */
export const MINOR_UNITS: Readonly<Record<Currency, number>> = {
  JOD: 1000,
  ILS: 100,
  SAR: 100,
  IRR: 1,
  KZT: 100,
};

/**
 * An amount of money in integer minor units (fils, agorot, halalas, rials, tiyn).
 * Never a float: IRR amounts run to billions and must add up exactly.
 */
export const Money = z.object({
  amount: z.int().check(z.nonnegative()),
  currency: Currency,
});
export type Money = z.infer<typeof Money>;

/** A text in several languages; `en` is not guaranteed, the court's own language is. */
export const LocalizedText = z.partialRecord(LanguageCode, z.string().check(z.maxLength(500)));
export type LocalizedText = z.infer<typeof LocalizedText>;

/** An opaque pagination cursor; pass it back unchanged. */
export const Cursor = z.string().check(z.minLength(1), z.maxLength(512));

/** Query parameters every cursor-paginated list accepts. */
export const PageQuery = {
  cursor: z.optional(Cursor),
  limit: z.optional(z.coerce.number().check(z.int(), z.gte(1), z.lte(100))),
};

/** One page of a list: `{ data, nextCursor }`; `nextCursor` is `null` on the last page. */
export function listOf<T extends z.ZodMiniType>(item: T) {
  return z.object({ data: z.array(item), nextCursor: z.nullable(z.string()) });
}
export interface Page<T> {
  data: T[];
  nextCursor: string | null;
}

/** The families of error the API answers with; each maps to one HTTP status. */
export const ErrorType = z.enum([
  'invalid_request', // 400
  'authentication', // 401
  'permission', // 403
  'not_found', // 404
  'conflict', // 409, including idempotency-key reuse with another body
  'business_rule', // 422, e.g. strike_off_before_noon, lawyer_suspended
  'rate_limit', // 429, with Retry-After
  'server', // 5xx
]);
export type ErrorType = z.infer<typeof ErrorType>;

/** One problem with one field of a request, as a path into the request. */
export const FieldIssue = z.object({
  /** Where: `body.parties.0.nationalId`, `query.limit`, `params.courtId`. */
  path: z.string(),
  code: z.string(),
  message: z.string(),
});
export type FieldIssue = z.infer<typeof FieldIssue>;

/** The one error envelope every failed request answers with. */
export const ErrorEnvelope = z.object({
  error: z.object({
    type: ErrorType,
    code: z.string(),
    message: z.string(),
    param: z.optional(z.string()),
    requestId: z.string(),
    issues: z.optional(z.array(FieldIssue)),
  }),
});
export type ErrorEnvelope = z.infer<typeof ErrorEnvelope>;
export type ErrorBody = ErrorEnvelope['error'];

/** The status each error type is sent with (5xx varies; 500 is the default). */
export const ERROR_STATUS: Readonly<Record<ErrorType, number>> = {
  invalid_request: 400,
  authentication: 401,
  permission: 403,
  not_found: 404,
  conflict: 409,
  business_rule: 422,
  rate_limit: 429,
  server: 500,
};


/**
 * Who can call an endpoint:
 * - `secret`: a partner server with its secret key (`sk_…`);
 * - `publishable`: a publishable key (`pk_…`) alone, for public reference data;
 * - `widget`: a publishable key plus a widget session's client secret, held to the session's scope;
 * - `bearer`: a citizen's or lawyer's token from the judiciary's sign-on.
 */
export const Credential = z.enum(['secret', 'publishable', 'widget', 'bearer']);
export type Credential = z.infer<typeof Credential>;

export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
export type SuccessStatus = 200 | 201 | 202 | 204;
export type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 422 | 429;

/** The kinds of subject a widget session can be scoped to. */
export const SubjectKind = z.enum(['case', 'person', 'lawyer', 'executionFile', 'filing']);
export type SubjectKind = z.infer<typeof SubjectKind>;

/**
 * One operation of the API. Everything the client, the sandbox and the OpenAPI
 * document need is here, so the three cannot drift apart.
 */
export interface Endpoint {
  method: HttpMethod;
  /** Under `/v1`, with `:name` path parameters: `/v1/courts/:courtId`. */
  path: `/v1/${string}`;
  summary: string;
  description?: string;
  /** Path parameters; every `:name` in `path` has a key here. */
  params?: z.ZodMiniObject;
  query?: z.ZodMiniObject;
  /** The JSON body; always an object so a call's input can be one flat object. */
  body?: z.ZodMiniObject;
  /**
   * The success status and its body (`null` for 204, and for a binary response); for an
   * event stream, the schema of each event.
   */
  status: SuccessStatus;
  response: z.ZodMiniType | null;
  /**
   * `binary`: the success body is a file (a PDF, say), not JSON, and `response` is
   * `null`; the client resolves with a `Blob`.
   * `event-stream`: the success body is a Server-Sent Events stream (`text/event-stream`)
   * of `response` events; the client resolves, once the headers are in, with the body's
   * `ReadableStream` (parse it with `@adalat/sdk/events`). Neither is ETag-cached nor
   * de-duplicated. Errors still answer with the JSON envelope.
   */
  responseType?: 'json' | 'binary' | 'event-stream';
  /** The media type a binary response is sent with: `application/pdf`. */
  binaryMediaType?: string;
  /** Error statuses the endpoint documents beyond 401, 429 and 5xx, which any may send. */
  errors: readonly ErrorStatus[];
  /** Who may call it. */
  auth: readonly Credential[];
  /**
   * For a `widget` credential: the path parameter naming the subject the session
   * must be scoped to. The session must also list the operation itself.
   */
  subject?: { kind: SubjectKind; param: string };
  /**
   * The operation concerns the calling widget session itself, so every session may
   * call it without listing it in its `operations`.
   */
  sessionSelf?: boolean;
  /** `required`: the call creates or moves money, or must never happen twice. */
  idempotency?: 'required' | 'optional';
  /** The response is a cursor page; the client offers an async iterator over all items. */
  paginated?: boolean;
  /** Opening this has legal effect (e.g. counts as service of a notice). Said in docs and types. */
  legalEffect?: string;
}

/** A domain's operations by name: `{ listCourts: {...}, getCourt: {...} }`. */
export type EndpointTable = Readonly<Record<string, Endpoint>>;

/** Declares an endpoint table and keeps its literal types for the client and the sandbox. */
export function defineEndpoints<const T extends EndpointTable>(table: T): T {
  return table;
}

/**
 * Declares one endpoint on its own, typed as a table's entry is, for code that needs this
 * one operation and not its domain's whole table (a bundle then carries only it). It
 * still belongs in its table: `get: getCaseEndpoint`.
 */
export function defineEndpoint<const E extends Endpoint>(endpoint: E): E {
  return endpoint;
}

type Out<S> = S extends z.ZodMiniType ? z.output<S> : never;
type In<S> = S extends z.ZodMiniType ? z.input<S> : never;
type Flatten<T> = { [K in keyof T]: T[K] } & {};
type UnionToIntersection<U> = (U extends unknown ? (u: U) => void : never) extends (i: infer I) => void ? I : never;

/** What a caller passes: path params, query and body fields as one flat object. */
export type EndpointInput<E extends Endpoint> = Flatten<
  UnionToIntersection<
    | (E['params'] extends z.ZodMiniObject ? In<E['params']> : {})
    | (E['query'] extends z.ZodMiniObject ? In<E['query']> : {})
    | (E['body'] extends z.ZodMiniObject ? In<E['body']> : {})
  >
>;
/** What the server answers with on success: a `Blob` for a binary endpoint, the body's stream for an event stream. */
export type EndpointOutput<E extends Endpoint> = E['responseType'] extends 'binary'
  ? Blob
  : E['responseType'] extends 'event-stream'
    ? ReadableStream<Uint8Array>
    : E['response'] extends z.ZodMiniType
      ? Out<E['response']>
      : void;
/** The item type of a paginated endpoint. */
export type EndpointItem<E extends Endpoint> = EndpointOutput<E> extends Page<infer T> ? T : never;

/** The operation's qualified name as widget sessions list it: `policy.getCourt`. */
export type OperationName<D extends string, T extends EndpointTable> = `${D}.${Extract<keyof T, string>}`;
