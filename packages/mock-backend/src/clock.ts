/**
 * The sandbox clock. It does not tick on its own: time moves only when a test or
 * the control API sets or advances it, so every run sees the same instants.
 * @module
 */

export interface Clock {
  now(): Date;
  /** Jumps to an instant (forwards or backwards). */
  set(instant: string | Date): void;
  /** Moves forward by `ms` milliseconds (0 or more). */
  advance(ms: number): void;
}

function toMillis(instant: string | Date): number {
  const ms = instant instanceof Date ? instant.getTime() : Date.parse(instant);
  if (!Number.isFinite(ms)) throw new TypeError(`not an instant: ${String(instant)}`);
  return ms;
}

export class SandboxClock implements Clock {
  #ms: number;
  readonly #listeners = new Set<(now: Date) => void>();

  constructor(start: string | Date) {
    this.#ms = toMillis(start);
  }

  now(): Date {
    return new Date(this.#ms);
  }

  set(instant: string | Date): void {
    this.#ms = toMillis(instant);
    this.#moved();
  }

  advance(ms: number): void {
    if (!Number.isFinite(ms) || ms < 0) throw new RangeError(`advance takes a finite, non-negative number of ms, got ${ms}`);
    this.#ms += ms;
    this.#moved();
  }

  /** Calls `listener` after every move of the clock (what falls due on the clock: deemed service, suspensions, webhook retries). */
  onChange(listener: (now: Date) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  #moved(): void {
    for (const listener of this.#listeners) listener(this.now());
  }
}

/** An instant as the contract writes it: UTC, `Z`, milliseconds only when there are any. */
export function toInstant(date: Date): string {
  return date.toISOString().replace('.000Z', 'Z');
}
