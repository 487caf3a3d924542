/**
 * `createSandbox`: one stateful, deterministic judiciary API in memory, with the
 * msw handlers that serve it, its clock, fault injection and credentials.
 * @module
 */
import { getResponse, type HttpHandler } from 'msw';
import { SandboxClock, type Clock } from './clock.ts';
import { buildControlHandlers } from './control/routes.ts';
import { FaultInjector, type Faults } from './faults.ts';
import { DOMAINS } from './handlers/index.ts';
import { keysOf, type SandboxKeys } from './keys.ts';
import { nextRequestId } from './router/context.ts';
import { routeNotFound } from './router/respond.ts';
import { buildApiHandlers, buildNotFoundHandlers } from './router/router.ts';
import { SEED } from './seed/index.ts';
import { createStore, fillStore, type Store } from './store/store.ts';
import { mintToken, type MintTokenOptions } from './tokens.ts';

/** The sandbox clock's default start: a Monday morning, before the noon rule bites in Hebron (09:00). */
export const DEFAULT_NOW = '2026-11-23T07:00:00Z';

export interface SandboxOptions {
  /** ISO instant the clock starts at (and returns to on reset). */
  now?: string;
  /** Delay before every `/v1` answer, in ms. */
  latencyMs?: number;
}

export interface Sandbox {
  /** msw handlers for `*\/v1/…` and `*\/__sandbox/…` on any origin. */
  readonly handlers: HttpHandler[];
  readonly clock: Clock;
  readonly faults: Faults;
  /** The live in-memory state, for tests to inspect. */
  readonly store: Store;
  readonly keys: SandboxKeys;
  /** Back to the seed and the starting clock; faults cleared. */
  reset(): void;
  /** A bearer token for a seeded person, lawyer or court staff member. */
  mintToken(options: MintTokenOptions): string;
  /** Answers one request with the handlers; unmatched requests get a 404 envelope. */
  handle(request: Request): Promise<Response>;
}

export function createSandbox(options: SandboxOptions = {}): Sandbox {
  const start = options.now ?? DEFAULT_NOW;
  const clock = new SandboxClock(start);
  const faults = new FaultInjector(options.latencyMs ?? 0);
  const store = createStore();
  fillStore(store, SEED, clock.now());
  const keys = keysOf(SEED);

  const reset = (): void => {
    clock.set(start);
    faults.clear();
    fillStore(store, SEED, clock.now());
  };
  const runtime = { store, clock, faults };
  const handlers = [
    ...buildControlHandlers({ ...runtime, keys, reset }),
    ...buildApiHandlers(runtime, DOMAINS),
    ...buildNotFoundHandlers(runtime),
  ];

  return {
    handlers,
    clock,
    faults,
    store,
    keys,
    reset,
    mintToken: (mint) => mintToken(store, clock, mint).token,
    async handle(request) {
      const response = await getResponse(handlers, request);
      return response ?? routeNotFound(nextRequestId(store), request.method, new URL(request.url).pathname);
    },
  };
}
