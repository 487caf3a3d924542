/** The timer that reads a payment waiting for its bank again: one wait at a time, stoppable. @module */

const DEFAULT_POLL_MS = 3000;

export class PaymentPoller {
  #timer: ReturnType<typeof setTimeout> | undefined;
  readonly #intervalMs: () => number | null | undefined;
  readonly #tick: () => void;

  /** `intervalMs`: read at each wait; 3000 by default, 10 at least. */
  constructor(intervalMs: () => number | null | undefined, tick: () => void) {
    this.#intervalMs = intervalMs;
    this.#tick = tick;
  }

  /** Starts the next wait, unless one is running already. */
  schedule(): void {
    if (this.#timer !== undefined) return;
    const interval = Math.max(10, this.#intervalMs() || DEFAULT_POLL_MS);
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      this.#tick();
    }, interval);
  }

  stop(): void {
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
  }
}
