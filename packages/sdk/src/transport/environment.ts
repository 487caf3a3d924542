/**
 * What the SDK needs to know about where it runs, in one place so tests can
 * fake it by setting globals.
 * @module
 */

/** True in a page or a worker with a DOM-like global: anyone there can read what the code holds. */
export function isBrowser(): boolean {
  return globalThis.window !== undefined || globalThis.document !== undefined;
}

/** A random v4 UUID (Web Crypto; Node 19+, every current browser, secure contexts). */
export function randomId(): string {
  return globalThis.crypto.randomUUID();
}
