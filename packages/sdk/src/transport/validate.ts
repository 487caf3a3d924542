/**
 * The contract checks on both sides of a call: a flat input is split into path
 * params, query and body and validated before anything is sent; a response is parsed
 * and validated before anyone sees it.
 * @module
 */
import type { Endpoint, FieldIssue } from '../contract/common.ts';
import { fieldIssues, fillPath, pathParamNames } from '../contract/http.ts';
import { InvalidRequestError, ResponseValidationError } from '../errors.ts';

/** A call's input, split and validated: what goes on the wire. */
export interface PreparedInput {
  /** The filled path, parameters URI-encoded: `/v1/courts/crt_ps_1`. */
  path: string;
  /** `?a=1&b=2`, or `''`. */
  search: string;
  body: Record<string, unknown> | undefined;
}

type Part = 'params' | 'query' | 'body';
const PARTS: readonly Part[] = ['params', 'query', 'body'];

export function prepareInput(endpoint: Endpoint, input: unknown): PreparedInput {
  const issues: FieldIssue[] = [];
  if (input !== undefined && (input === null || typeof input !== 'object' || Array.isArray(input))) {
    throw invalidInput([{ path: 'input', code: 'invalid_type', message: 'the input must be an object' }]);
  }
  const fields = (input ?? {}) as Record<string, unknown>;
  const split: Record<Part, Record<string, unknown>> = { params: {}, query: {}, body: {} };
  const owner = new Map<string, Part>();
  for (const name of pathParamNames(endpoint.path)) owner.set(name, 'params');
  for (const part of PARTS) {
    for (const name of Object.keys(endpoint[part]?.shape ?? {})) if (!owner.has(name)) owner.set(name, part);
  }
  for (const [name, value] of Object.entries(fields)) {
    const part = owner.get(name);
    if (part) split[part][name] = value;
    else issues.push({ path: `input.${name}`, code: 'unrecognized_key', message: `"${name}" is not an input of this operation` });
  }

  const parsed: Record<Part, Record<string, unknown>> = { params: {}, query: {}, body: {} };
  for (const part of PARTS) {
    const schema = endpoint[part];
    if (!schema) {
      parsed[part] = split[part];
      continue;
    }
    const result = schema.safeParse(split[part]);
    if (result.success) parsed[part] = result.data as Record<string, unknown>;
    else issues.push(...fieldIssues(result.error.issues, part));
  }
  for (const name of pathParamNames(endpoint.path)) {
    const value = parsed.params[name];
    if (value === undefined || value === null || value === '') {
      if (!issues.some((issue) => issue.path === `params.${name}`)) {
        issues.push({ path: `params.${name}`, code: 'invalid_type', message: 'required' });
      }
    }
  }
  if (issues.length > 0) throw invalidInput(issues);

  return {
    path: fillPath(endpoint.path, parsed.params),
    search: toSearch(parsed.query),
    body: endpoint.body ? parsed.body : undefined,
  };
}

function toSearch(query: Record<string, unknown>): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    for (const item of Array.isArray(value) ? value : [value]) {
      if (item !== undefined && item !== null) search.append(name, String(item));
    }
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

function invalidInput(issues: FieldIssue[]): InvalidRequestError {
  const first = issues[0]!;
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
  return new InvalidRequestError({
    status: 400,
    code: 'invalid_input',
    message: `Invalid input, nothing was sent: ${first.path}: ${first.message}${more}.`,
    param: first.path,
    issues,
  });
}

export interface SuccessResponse {
  status: number;
  body: string;
  requestId: string | null;
  /** A binary success's bytes and media type. */
  bytes?: ArrayBuffer | undefined;
  /** An event-stream success's unread body. */
  stream?: ReadableStream<Uint8Array> | undefined;
  contentType?: string | null;
}

/**
 * The response body as the contract promises it, or a `ResponseValidationError` saying where it is not.
 * A binary endpoint's body is a `Blob` of the bytes, typed by the response's `Content-Type`.
 */
export function parseResponse(endpoint: Endpoint, response: SuccessResponse, validate: boolean): unknown {
  if (endpoint.responseType === 'binary' && response.status !== 204) {
    return new Blob([response.bytes ?? new ArrayBuffer(0)], { type: response.contentType ?? endpoint.binaryMediaType ?? '' });
  }
  const fail = (issues: FieldIssue[]) =>
    new ResponseValidationError({
      status: response.status,
      code: 'invalid_response',
      requestId: response.requestId,
      message: `The server's answer does not match the contract: ${issues[0]!.path}: ${issues[0]!.message}.`,
      issues,
    });
  if (endpoint.responseType === 'event-stream') return eventStream(response, fail);
  if (endpoint.response === null || response.status === 204) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(response.body);
  } catch {
    throw fail([{ path: 'response', code: 'invalid_json', message: 'the body is not JSON' }]);
  }
  if (!validate) return json;
  const result = endpoint.response.safeParse(json);
  if (!result.success) throw fail(fieldIssues(result.error.issues, 'response'));
  return result.data;
}

/**
 * An event stream's body, once its media type says it is one; anything else (a proxy's
 * HTML page, a JSON answer) is cancelled and reported, so the caller can fall back.
 * Its events are checked one by one by whoever reads it.
 */
function eventStream(response: SuccessResponse, fail: (issues: FieldIssue[]) => Error): ReadableStream<Uint8Array> {
  const mediaType = (response.contentType ?? '').split(';')[0]!.trim().toLowerCase();
  if (response.stream && mediaType === 'text/event-stream') return response.stream;
  void response.stream?.cancel().catch(() => undefined);
  throw fail([{ path: 'response', code: 'unexpected_content_type', message: `expected text/event-stream, got ${mediaType || 'no content type'}` }]);
}
