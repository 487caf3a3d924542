/**
 * Fault injection, so clients can be tested against realistic failure: the next
 * responses fail with a 5xx or 429, a response is lost after its change committed,
 * or every answer comes late. Faults touch `/v1` only, never the control routes.
 * @module
 */

export type FaultStatus = 500 | 502 | 503 | 429;
export const FAULT_STATUSES: readonly FaultStatus[] = [500, 502, 503, 429];

export interface FailNextOptions {
  /** How many matching requests fail; 1 by default. */
  count?: number;
  status: FaultStatus;
  /** Seconds, sent as `Retry-After`. */
  retryAfter?: number;
  /** Only requests whose path starts with this, e.g. `/v1/widget-sessions`. */
  path?: string;
}

export interface DropNextOptions {
  count?: number;
  path?: string;
}

/** What `failNext` and `dropNextAfterCommit` still have queued. */
export interface PendingFaults {
  failNext: Array<{ count: number; status: FaultStatus; retryAfter: number | null; path: string }>;
  dropNextAfterCommit: Array<{ count: number; path: string }>;
  latencyMs: number;
}

/** The part of fault injection tests and the control API drive. */
export interface Faults {
  failNext(options: FailNextOptions): void;
  /** The handler runs and its change commits; the client then sees a network error. */
  dropNextAfterCommit(options?: DropNextOptions): void;
  setLatency(ms: number): void;
  /** Forgets queued failures and drops; latency goes back to the sandbox's option. */
  clear(): void;
  pending(): PendingFaults;
}

interface Queued {
  remaining: number;
  path: string;
}
interface QueuedFailure extends Queued {
  status: FaultStatus;
  retryAfter: number | null;
}

function positiveInt(name: string, value: number): number {
  if (!Number.isInteger(value) || value < 1) throw new RangeError(`${name} must be a positive integer, got ${value}`);
  return value;
}

function pathPrefix(path: string | undefined): string {
  const prefix = path ?? '/v1';
  if (!prefix.startsWith('/')) throw new RangeError(`path must start with "/", got ${prefix}`);
  return prefix;
}

/** Takes one use of the first queued fault whose prefix matches, dropping it when used up. */
function take<T extends Queued>(queue: T[], pathname: string): T | undefined {
  const index = queue.findIndex((fault) => pathname.startsWith(fault.path));
  const fault = queue[index];
  if (fault === undefined) return undefined;
  fault.remaining -= 1;
  if (fault.remaining === 0) queue.splice(index, 1);
  return fault;
}

export class FaultInjector implements Faults {
  readonly #defaultLatencyMs: number;
  #latencyMs: number;
  #failures: QueuedFailure[] = [];
  #drops: Queued[] = [];

  constructor(latencyMs = 0) {
    this.#defaultLatencyMs = FaultInjector.#checkLatency(latencyMs);
    this.#latencyMs = this.#defaultLatencyMs;
  }

  static #checkLatency(ms: number): number {
    if (!Number.isFinite(ms) || ms < 0) throw new RangeError(`latency must be a finite, non-negative number of ms, got ${ms}`);
    return ms;
  }

  failNext(options: FailNextOptions): void {
    if (!FAULT_STATUSES.includes(options.status)) {
      throw new RangeError(`status must be one of ${FAULT_STATUSES.join(', ')}, got ${options.status}`);
    }
    const retryAfter = options.retryAfter ?? null;
    if (retryAfter !== null && (!Number.isInteger(retryAfter) || retryAfter < 0)) {
      throw new RangeError(`retryAfter must be a non-negative integer of seconds, got ${retryAfter}`);
    }
    this.#failures.push({
      remaining: positiveInt('count', options.count ?? 1),
      status: options.status,
      retryAfter,
      path: pathPrefix(options.path),
    });
  }

  dropNextAfterCommit(options: DropNextOptions = {}): void {
    this.#drops.push({ remaining: positiveInt('count', options.count ?? 1), path: pathPrefix(options.path) });
  }

  setLatency(ms: number): void {
    this.#latencyMs = FaultInjector.#checkLatency(ms);
  }

  clear(): void {
    this.#failures = [];
    this.#drops = [];
    this.#latencyMs = this.#defaultLatencyMs;
  }

  pending(): PendingFaults {
    return {
      failNext: this.#failures.map(({ remaining, status, retryAfter, path }) => ({ count: remaining, status, retryAfter, path })),
      dropNextAfterCommit: this.#drops.map(({ remaining, path }) => ({ count: remaining, path })),
      latencyMs: this.#latencyMs,
    };
  }

  /** Router side: waits out the injected latency. */
  async delay(): Promise<void> {
    if (this.#latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, this.#latencyMs));
  }

  /** Router side: the failure this request should get, if one is queued for its path. */
  takeFailure(pathname: string): { status: FaultStatus; retryAfter: number | null } | undefined {
    return take(this.#failures, pathname);
  }

  /** Router side: whether this request's response, already committed, is to be lost. */
  takeDrop(pathname: string): boolean {
    return take(this.#drops, pathname) !== undefined;
  }
}
