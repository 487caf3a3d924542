/**
 * Unpredictable strings for secrets (client secrets, minted tokens), from the
 * platform's CSPRNG. Secrets are deliberately not part of the deterministic seed.
 * @module
 */

export const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** `length` characters of [0-9A-Za-z]; the slight modulo bias is irrelevant for sandbox secrets. */
export function randomBase62(length: number): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(length)), (byte) => BASE62[byte % BASE62.length]).join('');
}
