/**
 * Remembers the payment under way in this browser tab, so a reload in the middle of a
 * payment finds it again instead of starting a second one. Only the payment's id is
 * kept (never a national ID, a name, an amount or a secret), in `sessionStorage`
 * (this tab only, gone when it closes), under a namespaced key.
 * @module
 */

/** Every key this widget writes starts with this. */
export const RESUME_KEY_PREFIX = 'adalat.fee-payment.v1:';

/** A payment id as the contract allows it; anything else found in storage is ignored. */
const PAYMENT_ID = /^[A-Za-z0-9_-]{1,64}$/;

/** The storage a page has, or `undefined` where reading it throws (a sandboxed iframe, storage disabled). */
export function sessionStorageOrNone(): Storage | undefined {
  try {
    return globalThis.sessionStorage ?? undefined;
  } catch {
    return undefined;
  }
}

/**
 * A short, stable name for a scope made of non-personal parts (a quote request's
 * category, kind and amount): FNV-1a, 32 bits, hex. Not a secret; it keeps keys short.
 */
export function scopeHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

export class ResumeStore {
  readonly #storage: () => Storage | null | undefined;

  constructor(storage: () => Storage | null | undefined) {
    this.#storage = storage;
  }

  /** The payment id remembered for `scope`, if any. */
  read(scope: string): string | undefined {
    try {
      const value = this.#storage()?.getItem(RESUME_KEY_PREFIX + scope) ?? undefined;
      return value !== undefined && PAYMENT_ID.test(value) ? value : undefined;
    } catch {
      return undefined;
    }
  }

  write(scope: string, paymentId: string): void {
    if (!PAYMENT_ID.test(paymentId)) return;
    try {
      this.#storage()?.setItem(RESUME_KEY_PREFIX + scope, paymentId);
    } catch {
      // Full or disabled storage: the payment goes on, a reload just cannot find it.
    }
  }

  clear(scope: string): void {
    try {
      this.#storage()?.removeItem(RESUME_KEY_PREFIX + scope);
    } catch {
      // Nothing to clear where storage cannot be used.
    }
  }
}
