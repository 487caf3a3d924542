/**
 * `@adalat/sdk/core`: the request layer without any domain, for bundles that
 * should carry only the schemas they use (the components do this):
 * `policyResource(new AdalatCore(options)).listCourts()`.
 * @module
 */
export { AdalatCore, type AdalatClientOptions } from './core.ts';
export type { AdalatAuth, PublishableKeyAuth, SecretKeyAuth, TokenAuth } from './auth.ts';
export type { RetryOptions } from './transport/retry.ts';
export type { RequestOptions } from './transport/request.ts';
export type { PagePromise } from './pagination.ts';
export type { EndpointArgs, EndpointMethod, EndpointResult, Resource } from './resources/create-resource.ts';
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
