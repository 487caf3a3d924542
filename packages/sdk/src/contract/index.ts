/**
 * The contract of the judiciary API: zod schemas and endpoint tables, one module
 * per domain. The client, the sandbox and `openapi.json` are all built from here.
 * @module
 */
import { auctionsEndpoints } from './auctions.ts';
import { casesEndpoints } from './cases.ts';
import { executionEndpoints } from './execution.ts';
import { documentsEndpoints } from './documents.ts';
import { filingsEndpoints } from './filings.ts';
import { officesEndpoints } from './offices.ts';
import { eventsEndpoints } from './events.ts';
import { feesEndpoints } from './fees.ts';
import { forumEndpoints } from './forum.ts';
import { lawyerServicesEndpoints } from './lawyer-services.ts';
import { lawyersEndpoints } from './lawyers.ts';
import { notificationsEndpoints } from './notifications.ts';
import { webhookEndpointsEndpoints } from './webhook-endpoints.ts';
import { paymentsEndpoints } from './payments.ts';
import { policyEndpoints } from './policy.ts';
import { trafficFinesEndpoints } from './traffic-fines.ts';
import { widgetSessionsEndpoints } from './widget-sessions.ts';
import type { Endpoint, EndpointTable } from './common.ts';

export * from './auctions.ts';
export * from './cases.ts';
export * from './execution.ts';
export * from './execution-events.ts';
export * from './common.ts';
export * from './documents.ts';
export * from './filings.ts';
export * from './offices.ts';
export * from './events.ts';
export * from './fees.ts';
export * from './forum.ts';
export * from './lawyer-services.ts';
export * from './lawyers.ts';
export * from './notifications.ts';
export * from './webhook-endpoints.ts';
export * from './payments.ts';
export * from './policy.ts';
export * from './traffic-fines.ts';
export * from './widget-sessions.ts';

/** Every domain's endpoint table, by the name the client exposes it under. */
export const endpoints = {
  policy: policyEndpoints,
  cases: casesEndpoints,
  widgetSessions: widgetSessionsEndpoints,
  fees: feesEndpoints,
  payments: paymentsEndpoints,
  trafficFines: trafficFinesEndpoints,
  events: eventsEndpoints,
  forum: forumEndpoints,
  notifications: notificationsEndpoints,
  lawyers: lawyersEndpoints,
  lawyerServices: lawyerServicesEndpoints,
  webhookEndpoints: webhookEndpointsEndpoints,
  execution: executionEndpoints,
  auctions: auctionsEndpoints,
  filings: filingsEndpoints,
  documents: documentsEndpoints,
  offices: officesEndpoints,
} as const satisfies Record<string, EndpointTable>;
export type Domain = keyof typeof endpoints;

/** A flat view of every operation: `{ name: 'policy.getCourt', domain, operation, endpoint }`. */
export interface OperationEntry {
  name: string;
  domain: Domain;
  operation: string;
  endpoint: Endpoint;
}
export function listOperations(): OperationEntry[] {
  return (Object.keys(endpoints) as Domain[]).flatMap((domain) =>
    Object.entries(endpoints[domain] as EndpointTable).map(([operation, endpoint]) => ({
      name: `${domain}.${operation}`,
      domain,
      operation,
      endpoint,
    })),
  );
}
