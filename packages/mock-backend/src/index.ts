/**
 * `@adalat/mock-backend`: the Adalat sandbox. Isomorphic: the same handlers run in
 * a browser service worker (`@adalat/mock-backend/browser`), in Node tests with
 * msw's `setupServer`, and as an HTTP server (`@adalat/mock-backend/node`).
 * @module
 */
export { createSandbox, DEFAULT_NOW } from './sandbox.ts';
export type { Sandbox, SandboxOptions } from './sandbox.ts';
export { SEED, SEED_NAME } from './seed/index.ts';
export type { Clock } from './clock.ts';
export type { EventStreamTiming } from './events/bus.ts';
export type { ClockDrivenOptions, SandboxWebhooks } from './clock-driven.ts';
export type { NoticeDraft } from './notifications/deliver.ts';
export type { WebhookDispatchOptions } from './webhooks/dispatcher.ts';
export { WEBHOOK_RETRY_SCHEDULE_S } from './webhooks/dispatcher.ts';
export { DEFAULT_DEEMED_SERVICE_DAYS } from './rules/deemed-service.ts';
export type { DropNextOptions, FailNextOptions, Faults, FaultStatus, PendingFaults } from './faults.ts';
export type { PartnerKeys, SampleToken, SandboxKeys } from './keys.ts';
export type { MintTokenOptions } from './tokens.ts';
export type { Store } from './store/store.ts';
export type {
  CourtStaff,
  Lawyer,
  Partner,
  PartnerKind,
  Person,
  SeedData,
  StaffRole,
  TokenRecord,
  UserKind,
  WidgetSessionRecord,
} from './store/types.ts';
export { ApiProblem } from './problem.ts';
export { SAMPLE_FILES, sampleDocx, sampleJpeg, samplePdf, samplePng, sampleTiff, sampleZip, sampleExecutable } from './documents/samples.ts';
export type { SamplePdfPage } from './documents/samples.ts';
export type { Caller, DomainHandlers, HandlerContext, OperationHandler } from './router/context.ts';
