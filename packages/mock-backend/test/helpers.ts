/**
 * Shared test plumbing: one sandbox behind msw's `setupServer`, reset before each
 * test, and a `call` that uses plain `fetch` and returns status, headers and JSON.
 */
import { after, before, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { setupServer } from 'msw/node';
import type * as z from 'zod/mini';
import { ErrorEnvelope, type ErrorBody, type JurisdictionCode } from '@adalat/sdk/contract';
import { createSandbox, type PartnerKeys, type Sandbox, type SandboxOptions } from '../src/index.ts';

export const ORIGIN = 'https://sandbox.adalat.test';

export interface CallOptions {
  method?: string;
  /** Sent as `Authorization: Bearer <key>`. */
  key?: string;
  clientSecret?: string;
  idempotencyKey?: string;
  /** Serialized as JSON. */
  body?: unknown;
  /** Sent as is, instead of `body`. */
  rawBody?: string;
  headers?: Record<string, string>;
}

export interface ApiResult {
  status: number;
  headers: Headers;
  /** Parsed JSON, or `null` for an empty body. */
  body: unknown;
}

export async function call(path: string, options: CallOptions = {}, origin = ORIGIN): Promise<ApiResult> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.key !== undefined) headers.Authorization = `Bearer ${options.key}`;
  if (options.clientSecret !== undefined) headers['Adalat-Client-Secret'] = options.clientSecret;
  if (options.idempotencyKey !== undefined) headers['Idempotency-Key'] = options.idempotencyKey;
  let body: string | undefined = options.rawBody;
  if (options.body !== undefined) {
    body = JSON.stringify(options.body);
    headers['Content-Type'] = 'application/json';
  }
  const response = await fetch(`${origin}${path}`, { method: options.method ?? (body === undefined ? 'GET' : 'POST'), headers, body });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text === '' ? null : (JSON.parse(text) as unknown) };
}

/** Registers hooks for one sandbox served by msw for the whole file; reset before each test. */
export function useSandbox(options: SandboxOptions = {}): Sandbox {
  const sandbox = createSandbox(options);
  const server = setupServer(...sandbox.handlers);
  before(() => server.listen({ onUnhandledFrame: 'error' }));
  beforeEach(() => sandbox.reset());
  after(() => server.close());
  return sandbox;
}

export function partnerOf(sandbox: Sandbox, jurisdiction: JurisdictionCode, kind: PartnerKeys['kind']): PartnerKeys {
  const partner = sandbox.keys.partners.find((p) => p.jurisdiction === jurisdiction && p.kind === kind);
  assert.ok(partner, `no ${kind} partner in ${jurisdiction}`);
  return partner;
}

/** Asserts the body matches the contract schema and returns it typed. */
export function parsed<S extends z.ZodMiniType>(schema: S, body: unknown): z.output<S> {
  const result = schema.safeParse(body);
  assert.ok(result.success, `response does not match the contract: ${JSON.stringify(result.error?.issues)}`);
  return result.data;
}

/** Asserts an error answer: status, envelope shape, type/code, and the Request-Id echoed in the body. */
export function assertProblem(result: ApiResult, status: number, code: string): ErrorBody {
  assert.equal(result.status, status, `expected ${status} ${code}, got ${result.status} ${JSON.stringify(result.body)}`);
  const { error } = parsed(ErrorEnvelope, result.body);
  assert.equal(error.code, code);
  assert.equal(error.requestId, result.headers.get('Request-Id'));
  return error;
}

export const SAMPLE_OPERATIONS = ['policy.getCourt', 'policy.listCourts'];
