/**
 * The `adalat-error` event every element fires when something it did failed, and the
 * rule for a load failure: report each new error once, not on every render.
 * @module
 */

/** Fires `adalat-error` on `host` with `{ action, error }`; it bubbles and crosses shadow roots. */
export function dispatchAdalatError<A extends string>(host: EventTarget, action: A, error: unknown): void {
  host.dispatchEvent(new CustomEvent<{ action: A; error: unknown }>('adalat-error', { detail: { action, error }, bubbles: true, composed: true }));
}

/**
 * Remembers the load failure last reported, so `adalat-error` (action `load`) fires
 * once per failure however often the element renders it. Call `report` from `updated`.
 */
export class LoadErrorReporter {
  #reported: unknown;

  /** Fires `adalat-error` when `error` is a failure not reported yet; `undefined` means none now. */
  report(host: EventTarget, error: unknown): void {
    if (error !== undefined && error !== this.#reported) dispatchAdalatError(host, 'load', error);
    this.#reported = error;
  }
}
