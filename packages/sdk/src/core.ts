/**
 * `AdalatCore`: the request layer alone — auth, retries, idempotency, ETags,
 * de-duplication, typed errors — with no domain attached. It ships without zod:
 * schemas arrive with the endpoint tables a caller imports, so a widget pays only
 * for the domains it uses. `AdalatClient` is this core with every resource on it.
 * @module
 */
import type { Endpoint, EndpointTable } from './contract/common.ts';
import { createAuthenticator, type AdalatAuth } from './auth.ts';
import { ConfigurationError } from './errors.ts';
import { callEndpoint, createResource, type EndpointArgs, type EndpointResult, type Resource } from './resources/create-resource.ts';
import { createTransport, type Transport } from './transport/request.ts';
import { retryPolicy, type RetryOptions } from './transport/retry.ts';

export interface AdalatClientOptions {
  /** The API's origin, e.g. `https://sandbox.adalat.test`; contract paths already start with `/v1`. */
  baseUrl: string;
  auth: AdalatAuth;
  /** A fetch to use instead of the global one (tests, instrumentation, SSR frameworks). */
  fetch?: typeof globalThis.fetch;
  /** Retries of failed attempts, or `false` for none. Defaults: 2 retries, 300 ms base, 8000 ms cap. */
  retry?: RetryOptions | false;
  /** Milliseconds per attempt, body included; 30000 by default. */
  timeout?: number;
  /** Check every response against the contract; `true` by default. */
  validateResponses?: boolean;
}

/** ky and setTimeout cannot wait longer than this. */
const MAX_TIMEOUT = 2_147_483_647;

export class AdalatCore {
  protected readonly transport: Transport;
  readonly #resources = new WeakMap<EndpointTable, unknown>();

  /** @throws ConfigurationError on a missing or malformed option, or a secret key in a browser. */
  constructor(options: AdalatClientOptions) {
    if (options === null || typeof options !== 'object') throw new ConfigurationError('Options are required.', 'missing_options');
    this.transport = createTransport({
      baseUrl: checkBaseUrl(options.baseUrl),
      auth: createAuthenticator(options.auth),
      fetch: checkFetch(options.fetch),
      retry: retryPolicy(options.retry),
      timeout: checkTimeout(options.timeout ?? 30_000),
      validateResponses: options.validateResponses !== false,
    });
  }

  /**
   * Calls any endpoint of the contract:
   * `core.request(policyEndpoints.getCourt, { courtId }, { signal })`.
   */
  request<E extends Endpoint>(endpoint: E, ...[input, options]: EndpointArgs<E>): EndpointResult<E> {
    return callEndpoint(this.transport, endpoint, input, options);
  }

  /**
   * One domain's resource over this core, made once per table:
   * `core.resource('policy', policyEndpoints).listCourts({ jurisdiction: 'PS' })`.
   * Components use this so a bundle carries only the schemas of the domains it calls.
   */
  resource<const T extends EndpointTable>(domain: string, table: T): Resource<T> {
    let resource = this.#resources.get(table) as Resource<T> | undefined;
    if (!resource) {
      resource = createResource(domain, table, this.transport);
      this.#resources.set(table, resource);
    }
    return resource;
  }
}

function checkBaseUrl(baseUrl: unknown): string {
  let url: URL | undefined;
  try {
    url = typeof baseUrl === 'string' ? new URL(baseUrl, globalThis.location?.href) : undefined;
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:') || url.search || url.hash || url.username) {
    throw new ConfigurationError('`baseUrl` must be an http(s) URL such as "https://sandbox.adalat.test".', 'invalid_base_url');
  }
  return url.href.replace(/\/+$/, '');
}

function checkFetch(fetch: unknown): typeof globalThis.fetch | undefined {
  if (fetch !== undefined && typeof fetch !== 'function') throw new ConfigurationError('`fetch` must be a function.', 'invalid_fetch');
  return fetch as typeof globalThis.fetch | undefined;
}

function checkTimeout(timeout: unknown): number {
  if (typeof timeout !== 'number' || !Number.isInteger(timeout) || timeout < 1 || timeout > MAX_TIMEOUT) {
    throw new ConfigurationError(`\`timeout\` must be a whole number of milliseconds from 1 to ${MAX_TIMEOUT}.`, 'invalid_timeout');
  }
  return timeout;
}
