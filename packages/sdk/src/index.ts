/**
 * `@adalat/sdk`: the typed client of the Adalat judiciary API.
 * Schemas and endpoint tables live in `@adalat/sdk/contract`; national-ID helpers in `@adalat/sdk/ids`.
 * @module
 */
export { AdalatClient } from './client.ts';
export { AdalatCore, type AdalatClientOptions } from './core.ts';
export type { AdalatAuth, PublishableKeyAuth, SecretKeyAuth, TokenAuth } from './auth.ts';
export type { RetryOptions } from './transport/retry.ts';
export type { RequestOptions } from './transport/request.ts';
export type { PagePromise } from './pagination.ts';
export type {
  EndpointArgs,
  EndpointMethod,
  EndpointResult,
  PolicyResource,
  Resource,
  WidgetSessionsResource,
} from './resources/index.ts';
export {
  AdalatError,
  AuthenticationError,
  BusinessRuleError,
  ConfigurationError,
  ConflictError,
  ConnectionError,
  IdempotencyError,
  InvalidRequestError,
  NotFoundError,
  PermissionError,
  RateLimitError,
  ResponseValidationError,
  ServerError,
  type AdalatErrorType,
} from './errors.ts';
export type {
  AcceptedMediaType,
  Branch,
  CalendarName,
  CategoryNode,
  Classifier,
  Court,
  CourtLevel,
  CourtTimeZone,
  CreateWidgetSessionBody,
  Credential,
  Currency,
  DocumentType,
  Endpoint,
  EndpointInput,
  EndpointItem,
  EndpointOutput,
  EndpointTable,
  ErrorBody,
  ErrorEnvelope,
  ErrorType,
  FieldIssue,
  FilePolicy,
  Id,
  Instant,
  Jurisdiction,
  JurisdictionCode,
  JurisdictionRules,
  LanguageCode,
  LocalDate,
  LocalizedText,
  Money,
  NationalIdScheme,
  Page,
  Panel,
  SubjectKind,
  WidgetSession,
  WidgetSessionInfo,
  WidgetSubjects,
} from './contract/index.ts';
