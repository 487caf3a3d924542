/**
 * Shared by the core tests: an msw server per test file, scripted handlers that
 * record what the server saw, a client with fast retries, and contract-valid fixtures.
 */
import { after, afterEach, before } from 'node:test';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { AdalatClient, type AdalatClientOptions } from '../../src/index.ts';

export const BASE = 'https://api.adalat.test';
export const SECRET_KEY = 'sk_test_4f9c2a7e1b3d';
export const server = setupServer();

/** Starts the msw server for this file; any request no handler expects fails the test. */
export function useServer(): void {
  before(() => server.listen({ onUnhandledFrame: 'error' }));
  afterEach(() => server.resetHandlers());
  after(() => server.close());
}

/** What the server received, one entry per request. */
export interface Seen {
  method: string;
  url: URL;
  headers: Headers;
  body: unknown;
}

type Reply = (request: Request, seen: Seen) => Response | Promise<Response>;

/**
 * Serves `replies` in order (the last one repeats) for `method path` on any origin,
 * and returns the list of requests it saw.
 */
export function script(method: 'get' | 'post', path: string, replies: Reply[]): Seen[] {
  const seen: Seen[] = [];
  server.use(
    http[method](`*${path}`, async ({ request }) => {
      const text = method === 'post' ? await request.clone().text() : '';
      const entry: Seen = { method: request.method, url: new URL(request.url), headers: request.headers, body: text ? JSON.parse(text) : undefined };
      seen.push(entry);
      const reply = replies[Math.min(seen.length - 1, replies.length - 1)]!;
      return reply(request, entry);
    }),
  );
  return seen;
}

export const ok = (body: unknown, headers: Record<string, string> = {}, status = 200): Reply => () =>
  HttpResponse.json(body as Record<string, unknown>, { status, headers: { 'Request-Id': 'req_ok', ...headers } });

/** An error response in the API's envelope. */
export const fail = (status: number, code: string, headers: Record<string, string> = {}, message = 'Something went wrong.'): Reply => () =>
  HttpResponse.json(
    { error: { type: TYPE_BY_STATUS[status] ?? 'server', code, message, requestId: `req_${status}_${code}` } },
    { status, headers: { 'Request-Id': `req_${status}_${code}`, ...headers } },
  );

export const networkError: Reply = () => HttpResponse.error();

const TYPE_BY_STATUS: Record<number, string> = {
  400: 'invalid_request',
  401: 'authentication',
  403: 'permission',
  404: 'not_found',
  409: 'conflict',
  422: 'business_rule',
  429: 'rate_limit',
};

/** A client with fast retries (1 ms base) so tests wait only where they mean to. */
export function makeClient(options: Partial<AdalatClientOptions> = {}): AdalatClient {
  return new AdalatClient({
    baseUrl: BASE,
    auth: { secretKey: SECRET_KEY },
    retry: { limit: 2, baseDelayMs: 1, maxDelayMs: 5000 },
    ...options,
  });
}

export function court(id = 'crt_ps_ramallah_magistrate') {
  return {
    id,
    jurisdiction: 'PS',
    name: { ar: 'محكمة صلح رام الله', en: 'Ramallah Magistrate Court' },
    level: 'magistrate',
    city: { ar: 'رام الله', en: 'Ramallah' },
    timeZone: 'Asia/Hebron',
    branches: [{ id: 'br_1', name: { ar: 'الشعبة الأولى' }, panels: [{ id: 'pnl_1', name: { ar: 'الهيئة' }, room: null }] }],
    acceptedCategories: ['civil'],
    maxFileBytes: null,
    eFilingOpen: true,
  };
}

export function sessionInfo(id = 'ws_1') {
  return {
    id,
    subjects: { cases: ['cas_1'] },
    operations: ['policy.getCourt'],
    createdAt: '2026-11-23T07:00:00Z',
    expiresAt: '2026-11-23T07:15:00Z',
    revoked: false,
    reference: null,
  };
}

export const widgetSession = (id = 'ws_1') => ({ ...sessionInfo(id), clientSecret: 'wss_secret_0123456789abcdef' });

export const sessionInput = { subjects: { cases: ['cas_1'] }, operations: ['policy.getCourt'] };

/** Resolves to the rejection of `promise`, failing when it resolves instead. */
export async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the promise to reject');
}
