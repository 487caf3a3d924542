/**
 * The contract of the judiciary API: zod schemas and endpoint tables, one module
 * per domain. The client, the sandbox and `openapi.json` are all built from here.
 * @module
 */
import { casesEndpoints } from './cases.ts';
import { policyEndpoints } from './policy.ts';
import { widgetSessionsEndpoints } from './widget-sessions.ts';
import type { Endpoint, EndpointTable } from './common.ts';

export * from './cases.ts';
export * from './common.ts';
export * from './policy.ts';
export * from './widget-sessions.ts';

/** Every domain's endpoint table, by the name the client exposes it under. */
export const endpoints = {
  policy: policyEndpoints,
  cases: casesEndpoints,
  widgetSessions: widgetSessionsEndpoints,
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
