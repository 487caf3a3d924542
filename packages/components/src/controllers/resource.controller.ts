/**
 * One asynchronous resource (a list, a classifier) and its state: idle, loading,
 * empty, error or ready. A newer load aborts the older one, so a slow answer for a
 * previous choice can never overwrite the answer for the current one.
 * @module
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export type ResourceStatus = 'idle' | 'loading' | 'empty' | 'error' | 'ready';

export interface ResourceControllerOptions<T> {
  /** When a loaded value counts as empty (default: an empty array). */
  isEmpty?: (value: T) => boolean;
}

const emptyArray = (value: unknown): boolean => Array.isArray(value) && value.length === 0;

export class ResourceController<T> implements ReactiveController {
  status: ResourceStatus = 'idle';
  /** The last loaded value; kept while a newer load runs, cleared by `clear()`. */
  value: T | undefined;
  /** The failure of the last load, as thrown: a typed `AdalatError` from the SDK. */
  error: unknown;

  readonly #host: ReactiveControllerHost;
  readonly #isEmpty: (value: T) => boolean;
  #abort: AbortController | undefined;

  constructor(host: ReactiveControllerHost, options: ResourceControllerOptions<T> = {}) {
    this.#host = host;
    this.#isEmpty = options.isEmpty ?? emptyArray;
    host.addController(this);
  }

  /**
   * Loads with `load`, aborting any load still running. Resolves when this load has
   * settled (or was superseded); never rejects: failures land in `error`.
   */
  async run(load: (signal: AbortSignal) => Promise<T>): Promise<void> {
    this.#abort?.abort();
    const abort = new AbortController();
    this.#abort = abort;
    this.status = 'loading';
    this.error = undefined;
    this.#host.requestUpdate();
    try {
      const value = await load(abort.signal);
      if (abort.signal.aborted) return;
      this.value = value;
      this.status = this.#isEmpty(value) ? 'empty' : 'ready';
    } catch (error) {
      if (abort.signal.aborted) return;
      this.error = error;
      this.status = 'error';
    } finally {
      if (this.#abort === abort) this.#abort = undefined;
    }
    this.#host.requestUpdate();
  }

  /** Aborts a running load and forgets the value: back to idle. */
  clear(): void {
    this.#abort?.abort();
    this.#abort = undefined;
    const changed = this.status !== 'idle' || this.value !== undefined;
    this.status = 'idle';
    this.value = undefined;
    this.error = undefined;
    if (changed) this.#host.requestUpdate();
  }

  hostConnected(): void {}

  /** A load cut short by disconnection leaves the resource idle, so it can be loaded again. */
  hostDisconnected(): void {
    if (this.#abort) {
      this.#abort.abort();
      this.#abort = undefined;
      if (this.status === 'loading') this.status = 'idle';
    }
  }
}
