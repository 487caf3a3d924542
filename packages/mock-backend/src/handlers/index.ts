/**
 * Every domain's implementation beside its endpoint table. The type below fails to
 * compile when the contract gains a domain or an operation the sandbox lacks.
 * @module
 */
import { endpoints, type Domain } from '@adalat/sdk/contract';
import { domainRoutes, type DomainHandlers, type DomainRoutes } from '../router/context.ts';
import { casesHandlers } from './cases.ts';
import { policyHandlers } from './policy.ts';
import { widgetSessionsHandlers } from './widget-sessions.ts';

const implementations: { [D in Domain]: DomainHandlers<(typeof endpoints)[D]> } = {
  policy: policyHandlers,
  cases: casesHandlers,
  widgetSessions: widgetSessionsHandlers,
};

export const DOMAINS: readonly DomainRoutes[] = (Object.keys(endpoints) as Domain[]).map((domain) =>
  domainRoutes(domain, endpoints[domain], implementations[domain] as DomainHandlers<(typeof endpoints)[typeof domain]>),
);
