/**
 * The ids the sandbox hands out after its seed: a prefix and a six-digit serial per
 * kind of record (`fil_000001`), counted from zero again on every reset.
 * @module
 */

/** `prefix_000042`. */
export function sequentialId(prefix: string, serial: number): string {
  return `${prefix}_${String(serial).padStart(6, '0')}`;
}

/** One serial per kind of record, each kind with its own prefix. */
export class IdCounters<K extends string> {
  readonly #prefixes: Readonly<Record<K, string>>;
  #serials = new Map<K, number>();

  constructor(prefixes: Readonly<Record<K, string>>) {
    this.#prefixes = prefixes;
  }

  /** The next id of `kind`. */
  next(kind: K): string {
    const serial = (this.#serials.get(kind) ?? 0) + 1;
    this.#serials.set(kind, serial);
    return sequentialId(this.#prefixes[kind], serial);
  }

  /** Every kind counts from the start again. */
  reset(): void {
    this.#serials.clear();
  }
}
