/**
 * What the router hands an operation's implementation, and the shape of a
 * domain's implementations, typed from the contract's endpoint tables.
 * @module
 */
import type * as z from 'zod/mini';
import type { Endpoint, EndpointOutput, EndpointTable } from '@adalat/sdk/contract';
import type { Clock } from '../clock.ts';
import type { FaultInjector } from '../faults.ts';
import type { Store } from '../store/store.ts';
import type { Partner, UserKind, WidgetSessionRecord } from '../store/types.ts';

/** Who is calling, once the credential checked out. */
export type Caller =
  | { kind: 'secret'; partner: Partner }
  | { kind: 'publishable'; partner: Partner }
  | { kind: 'widget'; partner: Partner; session: WidgetSessionRecord }
  | { kind: 'bearer'; user: { subject: UserKind; id: string } };

type Parsed<S> = S extends z.ZodMiniType ? z.output<S> : Record<string, never>;

export interface HandlerContext<E extends Endpoint> {
  params: Parsed<E['params']>;
  query: Parsed<E['query']>;
  body: Parsed<E['body']>;
  auth: Caller;
  store: Store;
  clock: Clock;
  requestId: string;
  /** The request's headers, for the few operations that read one beyond the credential (`Last-Event-ID`). */
  headers: Headers;
  /** Aborts when the client goes away; a long-lived answer (the event stream) ends with it. */
  signal: AbortSignal;
}

/** Returns the response body, or throws an `ApiProblem`. */
export type OperationHandler<E extends Endpoint> = (context: HandlerContext<E>) => EndpointOutput<E>;

/** One implementation per operation of a table, under the same name. */
export type DomainHandlers<T extends EndpointTable> = { readonly [K in keyof T]: OperationHandler<T[K]> };

/** A domain as the router takes it: its name, its table, its implementations. */
export interface DomainRoutes {
  domain: string;
  table: EndpointTable;
  handlers: Readonly<Record<string, (context: HandlerContext<Endpoint>) => unknown>>;
}

/** Pairs a table with its implementations, checking at compile time that every operation has one. */
export function domainRoutes<T extends EndpointTable>(domain: string, table: T, handlers: DomainHandlers<T>): DomainRoutes {
  return { domain, table, handlers: handlers as unknown as DomainRoutes['handlers'] };
}

/** The sandbox internals the router works with. */
export interface Runtime {
  store: Store;
  clock: Clock;
  faults: FaultInjector;
}

/** `req_000001`, `req_000002`, … per sandbox, back to 1 on reset. */
export function nextRequestId(store: Store): string {
  store.counters.request += 1;
  return `req_${String(store.counters.request).padStart(6, '0')}`;
}
