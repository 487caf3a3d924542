/**
 * User tokens as the judiciary's sign-on would issue them, minted by the sandbox
 * for people, lawyers and court staff. Opaque, random, and kept in the store
 * with their expiry on the sandbox clock.
 * @module
 */
import { toInstant, type Clock } from './clock.ts';
import { randomBase62 } from './random.ts';
import { USER_TOKEN_PREFIX } from './seed/index.ts';
import type { Store } from './store/store.ts';
import type { TokenRecord, UserKind } from './store/types.ts';

export const DEFAULT_TOKEN_TTL_SECONDS = 3600;
export const MAX_TOKEN_TTL_SECONDS = 30 * 24 * 3600;
export const USER_KINDS: readonly UserKind[] = ['person', 'lawyer', 'staff'];

export interface MintTokenOptions {
  kind: UserKind;
  id: string;
  /** 1 second to 30 days; one hour by default. */
  ttlSeconds?: number;
}

export class UnknownUserError extends Error {
  constructor(kind: UserKind, id: string) {
    super(`no ${kind} has the id ${id}`);
    this.name = 'UnknownUserError';
  }
}

function exists(store: Store, kind: UserKind, id: string): boolean {
  switch (kind) {
    case 'person':
      return store.people.has(id);
    case 'lawyer':
      return store.lawyers.has(id);
    case 'staff':
      return store.staff.has(id);
  }
}

/** Throws `RangeError` for a bad kind or lifetime, `UnknownUserError` for an id the store lacks. */
export function mintToken(store: Store, clock: Clock, options: MintTokenOptions): TokenRecord {
  if (!USER_KINDS.includes(options.kind)) throw new RangeError(`kind must be one of ${USER_KINDS.join(', ')}`);
  const ttl = options.ttlSeconds ?? DEFAULT_TOKEN_TTL_SECONDS;
  if (!Number.isInteger(ttl) || ttl < 1 || ttl > MAX_TOKEN_TTL_SECONDS) {
    throw new RangeError(`ttlSeconds must be an integer from 1 to ${MAX_TOKEN_TTL_SECONDS}`);
  }
  if (!exists(store, options.kind, options.id)) throw new UnknownUserError(options.kind, options.id);
  const record: TokenRecord = {
    token: `${USER_TOKEN_PREFIX}${randomBase62(32)}`,
    subject: options.kind,
    id: options.id,
    expiresAt: toInstant(new Date(clock.now().getTime() + ttl * 1000)),
  };
  store.tokens.set(record.token, record);
  return record;
}
