/**
 * The last 200 body per URL and credential, with its ETag, so a GET can ask
 * `If-None-Match` and reuse the body on 304. Bounded, least recently used out first,
 * in memory only (never persisted: bodies may hold personal data).
 * @module
 */

export interface CachedBody {
  etag: string;
  /** The raw JSON text: each caller parses its own copy. */
  body: string;
}

export class EtagCache {
  readonly #entries = new Map<string, CachedBody>();
  readonly #limit: number;

  constructor(limit = 100) {
    this.#limit = limit;
  }

  get(key: string): CachedBody | undefined {
    const entry = this.#entries.get(key);
    if (entry) {
      // Re-insert: a Map iterates in insertion order, so the first key is the least recently used.
      this.#entries.delete(key);
      this.#entries.set(key, entry);
    }
    return entry;
  }

  set(key: string, entry: CachedBody): void {
    this.#entries.delete(key);
    this.#entries.set(key, entry);
    if (this.#entries.size > this.#limit) this.#entries.delete(this.#entries.keys().next().value!);
  }

  get size(): number {
    return this.#entries.size;
  }
}
