/**
 * Builds a resource from a domain's endpoint table: one method per operation, each
 * typed from the contract and each one line over the transport. Adding a domain is
 * adding its table and a one-line resource file.
 * @module
 */
import type { Endpoint, EndpointInput, EndpointItem, EndpointOutput, EndpointTable, Page } from '../contract/common.ts';
import { paginate, type PagePromise } from '../pagination.ts';
import type { RequestOptions, Transport } from '../transport/request.ts';

/** A paginated endpoint answers with a `PagePromise` of its items, any other with a Promise of its output. */
export type EndpointResult<E extends Endpoint> = E['paginated'] extends true
  ? PagePromise<EndpointItem<E>, EndpointOutput<E> & Page<EndpointItem<E>>>
  : Promise<EndpointOutput<E>>;

/** A call's arguments: the input may be left out when none of its fields is required. */
export type EndpointArgs<E extends Endpoint> = {} extends EndpointInput<E>
  ? [input?: EndpointInput<E>, options?: RequestOptions]
  : [input: EndpointInput<E>, options?: RequestOptions];

export type EndpointMethod<E extends Endpoint> = (...args: EndpointArgs<E>) => EndpointResult<E>;

/** One method per operation of the table. */
export type Resource<T extends EndpointTable> = { readonly [K in keyof T]: EndpointMethod<T[K]> };

/** Calls one endpoint; a paginated one comes back as a `PagePromise` that follows `nextCursor`. */
export function callEndpoint<E extends Endpoint>(
  transport: Transport,
  endpoint: E,
  input?: unknown,
  options?: RequestOptions,
  label?: string,
): EndpointResult<E> {
  const page = (fields: unknown) => transport.call(endpoint, fields, options, label);
  if (!endpoint.paginated) return page(input) as EndpointResult<E>;
  const first = page(input) as Promise<Page<unknown>>;
  const next = (cursor: string) => page({ ...(input as object), cursor }) as Promise<Page<unknown>>;
  return paginate<unknown>(first, next, options?.signal) as EndpointResult<E>;
}

export function createResource<const T extends EndpointTable>(domain: string, table: T, transport: Transport): Resource<T> {
  const resource: Record<string, unknown> = {};
  for (const [operation, endpoint] of Object.entries(table)) {
    resource[operation] = (input?: unknown, options?: RequestOptions) =>
      callEndpoint(transport, endpoint, input, options, `${domain}.${operation}`);
  }
  return Object.freeze(resource) as Resource<T>;
}
