/**
 * Every domain's implementation beside its endpoint table. The type below fails to
 * compile when the contract gains a domain or an operation the sandbox lacks.
 * @module
 */
import { endpoints, type Domain } from '@adalat/sdk/contract';
import { domainRoutes, type DomainHandlers, type DomainRoutes } from '../router/context.ts';
import { auctionsHandlers } from './auctions.ts';
import { casesHandlers } from './cases.ts';
import { executionHandlers } from './execution.ts';
import { feesHandlers } from './fees.ts';
import { documentsHandlers } from './documents.ts';
import { filingsHandlers } from './filings.ts';
import { officesHandlers } from './offices.ts';
import { paymentsHandlers } from './payments.ts';
import { eventsHandlers } from './events.ts';
import { forumHandlers } from './forum.ts';
import { lawyerServicesHandlers } from './lawyer-services.ts';
import { lawyersHandlers } from './lawyers.ts';
import { notificationsHandlers } from './notifications.ts';
import { webhookEndpointsHandlers } from './webhook-endpoints.ts';
import { policyHandlers } from './policy.ts';
import { trafficFinesHandlers } from './traffic-fines.ts';
import { widgetSessionsHandlers } from './widget-sessions.ts';

const implementations: { [D in Domain]: DomainHandlers<(typeof endpoints)[D]> } = {
  policy: policyHandlers,
  cases: casesHandlers,
  widgetSessions: widgetSessionsHandlers,
  fees: feesHandlers,
  payments: paymentsHandlers,
  trafficFines: trafficFinesHandlers,
  events: eventsHandlers,
  forum: forumHandlers,
  notifications: notificationsHandlers,
  lawyers: lawyersHandlers,
  lawyerServices: lawyerServicesHandlers,
  webhookEndpoints: webhookEndpointsHandlers,
  execution: executionHandlers,
  auctions: auctionsHandlers,
  filings: filingsHandlers,
  documents: documentsHandlers,
  offices: officesHandlers,
};

export const DOMAINS: readonly DomainRoutes[] = (Object.keys(endpoints) as Domain[]).map((domain) =>
  domainRoutes(domain, endpoints[domain], implementations[domain] as DomainHandlers<(typeof endpoints)[typeof domain]>),
);
