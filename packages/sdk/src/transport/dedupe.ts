/**
 * In-flight de-duplication: callers that ask for the same thing while it is being
 * fetched share one fetch. Each caller keeps its own abort: leaving rejects only that
 * caller, and the shared fetch is aborted only when every caller with a signal has left
 * and no caller without one is waiting.
 * @module
 */

interface Flight<T> {
  promise: Promise<T>;
  controller: AbortController;
  /** Callers still waiting. */
  waiting: number;
}

export class InFlight<T> {
  readonly #flights = new Map<string, Flight<T>>();

  /** Joins the flight for `key`, or starts one with `start` (given the flight's own signal). */
  run(key: string, signal: AbortSignal | undefined, start: (signal: AbortSignal) => Promise<T>): Promise<T> {
    signal?.throwIfAborted();
    let flight = this.#flights.get(key);
    if (!flight) {
      const controller = new AbortController();
      const created: Flight<T> = { promise: start(controller.signal), controller, waiting: 0 };
      const land = () => this.#land(key, created);
      // Also keeps a flight everyone left from reporting an unhandled rejection.
      created.promise.then(land, land);
      this.#flights.set(key, created);
      flight = created;
    }
    return this.#join(key, flight, signal);
  }

  /** Fetches currently shared, for tests and diagnostics. */
  get size(): number {
    return this.#flights.size;
  }

  #land(key: string, flight: Flight<T>): void {
    if (this.#flights.get(key) === flight) this.#flights.delete(key);
  }

  #join(key: string, flight: Flight<T>, signal: AbortSignal | undefined): Promise<T> {
    flight.waiting++;
    if (!signal) return flight.promise;
    return new Promise<T>((resolve, reject) => {
      const leave = () => {
        reject(signal.reason);
        if (--flight.waiting === 0) {
          this.#land(key, flight);
          flight.controller.abort(signal.reason);
        }
      };
      signal.addEventListener('abort', leave, { once: true });
      flight.promise.then(
        (value) => {
          signal.removeEventListener('abort', leave);
          resolve(value);
        },
        (error: unknown) => {
          signal.removeEventListener('abort', leave);
          reject(error);
        },
      );
    });
  }
}
