/**
 * One logical submission at a time, with one idempotency key per logical submission:
 * a second call while the first runs joins it (a double click sends one request), and
 * trying the same thing again after an answer that may never have arrived (network
 * failure, 5xx) reuses the key, so the server replays its first answer instead of
 * acting twice.
 * @module
 */

/** The failure left it unknown whether the server acted: nothing came back, or a 5xx did. */
function outcomeUnknown(error: unknown): boolean {
  const type = (error as { type?: unknown } | null)?.type;
  return type === 'connection' || type === 'server';
}

export class SubmitOnce<T> {
  #running: Promise<T> | undefined;
  /** The key of the last submission whose outcome is unknown, and what it sent. */
  #pending: { fingerprint: string; key: string } | undefined;

  /** True while a submission runs. */
  get running(): boolean {
    return this.#running !== undefined;
  }

  /**
   * Runs `act` with an idempotency key, unless a submission is running: then returns
   * that one. `fingerprint` names what is sent; the key is reused only for the same one.
   */
  run(fingerprint: string, act: (idempotencyKey: string) => Promise<T>): Promise<T> {
    if (this.#running) return this.#running;
    if (this.#pending?.fingerprint !== fingerprint) this.#pending = { fingerprint, key: globalThis.crypto.randomUUID() };
    const { key } = this.#pending;
    const running = act(key).then(
      (value) => {
        this.#pending = undefined;
        return value;
      },
      (error: unknown) => {
        if (!outcomeUnknown(error)) this.#pending = undefined;
        throw error;
      },
    );
    this.#running = running;
    const done = (): void => {
      if (this.#running === running) this.#running = undefined;
    };
    running.then(done, done);
    return running;
  }
}
