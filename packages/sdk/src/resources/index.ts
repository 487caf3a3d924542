/** Resources, one per domain, each one line over `createResource` and its endpoint table. @module */
export { callEndpoint, createResource } from './create-resource.ts';
export type { EndpointArgs, EndpointMethod, EndpointResult, Resource } from './create-resource.ts';
export { casesResource, type CasesResource } from './cases.ts';
export { policyResource, type PolicyResource } from './policy.ts';
export { widgetSessionsResource, type WidgetSessionsResource } from './widget-sessions.ts';
