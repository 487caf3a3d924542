/** Resources, one per domain, each one line over `createResource` and its endpoint table. @module */
export { callEndpoint, createResource } from './create-resource.ts';
export type { EndpointArgs, EndpointMethod, EndpointResult, Resource } from './create-resource.ts';
export { auctionsResource, type AuctionsResource } from './auctions.ts';
export { casesResource, type CasesResource } from './cases.ts';
export { executionResource, type ExecutionResource } from './execution.ts';
export { feesResource, type FeesResource } from './fees.ts';
export { documentsResource, type DocumentsResource } from './documents.ts';
export { filingsResource, type FilingsResource } from './filings.ts';
export { officesResource, type OfficesResource } from './offices.ts';
export { forumResource, type ForumResource } from './forum.ts';
export { lawyerServicesResource, type LawyerServicesResource } from './lawyer-services.ts';
export { lawyersResource, type LawyersResource } from './lawyers.ts';
export { notificationsResource, type NotificationsResource } from './notifications.ts';
export { webhookEndpointsResource, type WebhookEndpointsResource } from './webhook-endpoints.ts';
export { paymentsResource, type PaymentsResource } from './payments.ts';
export { policyResource, type PolicyResource } from './policy.ts';
export { trafficFinesResource, type TrafficFinesResource } from './traffic-fines.ts';
export { widgetSessionsResource, type WidgetSessionsResource } from './widget-sessions.ts';
