/**
 * Widget sessions for browser tests, made the way a partner's server makes them: with
 * the jurisdiction's ministry secret key (allowed in the browser here only because the
 * "server" is the test), and a widget client that holds only the publishable key and
 * the session's client secret.
 * @module
 */
import { AdalatClient } from '@adalat/sdk';
import type { JurisdictionCode, WidgetSession } from '@adalat/sdk/contract';
import type { TestSandbox } from './sandbox.ts';

/** The reads `<adalat-case-status>` makes (the court comes from public reference data). */
export const CASE_READ_OPERATIONS = [
  'cases.get',
  'cases.listHearings',
  'cases.listDocuments',
  'cases.downloadDocument',
  'cases.getTimeline',
  'cases.listPostponementRequests',
  'events.stream',
] as const;

export function ministryOf(env: TestSandbox, jurisdiction: JurisdictionCode) {
  const partner = env.sandbox.keys.partners.find((p) => p.jurisdiction === jurisdiction && p.kind === 'ministry');
  if (!partner) throw new Error(`the sandbox seed has no ${jurisdiction} ministry`);
  return partner;
}

/** A client with the ministry's secret key, as its server would hold it. */
export function ministryServer(env: TestSandbox, jurisdiction: JurisdictionCode): AdalatClient {
  const { secretKey } = ministryOf(env, jurisdiction);
  return new AdalatClient({ baseUrl: location.origin, auth: { secretKey, allowInBrowser: true }, retry: false });
}

export interface SessionRequest {
  jurisdiction: JurisdictionCode;
  cases: string[];
  operations?: readonly string[];
  person?: string;
  ttlSeconds?: number;
}

export function createWidgetSession(env: TestSandbox, request: SessionRequest): Promise<WidgetSession> {
  return ministryServer(env, request.jurisdiction).widgetSessions.create({
    subjects: { cases: request.cases, ...(request.person === undefined ? {} : { person: request.person }) },
    operations: [...(request.operations ?? CASE_READ_OPERATIONS)],
    ...(request.ttlSeconds === undefined ? {} : { ttlSeconds: request.ttlSeconds }),
  });
}

/**
 * The page's client: the ministry's publishable key and a client-secret provider
 * (a fixed secret: asked again after expiry, it has nothing newer to give).
 */
export function widgetClient(
  env: TestSandbox,
  jurisdiction: JurisdictionCode,
  clientSecret: string | ((ctx: { expired: boolean }) => string | Promise<string>),
): AdalatClient {
  const { publishableKey } = ministryOf(env, jurisdiction);
  const provider = typeof clientSecret === 'string' ? () => clientSecret : clientSecret;
  return new AdalatClient({ baseUrl: location.origin, auth: { publishableKey, clientSecret: provider }, retry: false });
}

/** A session for `cases` and a widget client holding it, in one step. */
export async function widgetSessionClient(env: TestSandbox, request: SessionRequest): Promise<{ session: WidgetSession; client: AdalatClient }> {
  const session = await createWidgetSession(env, request);
  return { session, client: widgetClient(env, request.jurisdiction, session.clientSecret) };
}
