/**
 * The in-memory state of one sandbox. Maps keep insertion order, which is the
 * order lists are served in. `fillStore` empties it and loads the seed again, in
 * place, so references tests hold stay valid across `reset()`.
 * @module
 */
import { toInstant } from '../clock.ts';
import type { Classifier, Court, Jurisdiction, JurisdictionCode } from '@adalat/sdk/contract';
import type {
  CourtStaff,
  IdempotencyRecord,
  Lawyer,
  Partner,
  Person,
  SeedData,
  TokenRecord,
  WidgetSessionRecord,
} from './types.ts';

/** Sample tokens from the seed stay valid this long after the sandbox clock's start. */
export const SEED_TOKEN_LIFETIME_MS = 365 * 24 * 60 * 60 * 1000;

export interface Store {
  jurisdictions: Map<JurisdictionCode, Jurisdiction>;
  courts: Map<string, Court>;
  classifiers: Map<JurisdictionCode, Classifier>;
  partners: Map<string, Partner>;
  people: Map<string, Person>;
  lawyers: Map<string, Lawyer>;
  staff: Map<string, CourtStaff>;
  widgetSessions: Map<string, WidgetSessionRecord>;
  /** User tokens by token string. */
  tokens: Map<string, TokenRecord>;
  /** By credential and key: `secret:ptn_ps_bank␀key`. */
  idempotency: Map<string, IdempotencyRecord>;
  /** Sequence numbers for ids the sandbox hands out. */
  counters: { request: number; widgetSession: number };
}

export function createStore(): Store {
  return {
    jurisdictions: new Map(),
    courts: new Map(),
    classifiers: new Map(),
    partners: new Map(),
    people: new Map(),
    lawyers: new Map(),
    staff: new Map(),
    widgetSessions: new Map(),
    tokens: new Map(),
    idempotency: new Map(),
    counters: { request: 0, widgetSession: 0 },
  };
}

function load<K, V>(map: Map<K, V>, items: readonly V[], key: (item: V) => K): void {
  map.clear();
  for (const item of items) map.set(key(item), structuredClone(item));
}

/** Empties the store and loads the seed; `now` is the clock's start, for token expiry. */
export function fillStore(store: Store, seed: SeedData, now: Date): void {
  load(store.jurisdictions, seed.jurisdictions, (j) => j.code);
  load(store.courts, seed.courts, (c) => c.id);
  load(store.classifiers, seed.classifiers, (c) => c.jurisdiction);
  load(store.partners, seed.partners, (p) => p.id);
  load(store.people, seed.people, (p) => p.id);
  load(store.lawyers, seed.lawyers, (l) => l.id);
  load(store.staff, seed.staff, (s) => s.id);
  const expiresAt = toInstant(new Date(now.getTime() + SEED_TOKEN_LIFETIME_MS));
  load(
    store.tokens,
    seed.tokens.map((t) => ({ ...t, expiresAt })),
    (t) => t.token,
  );
  store.widgetSessions.clear();
  store.idempotency.clear();
  store.counters.request = 0;
  store.counters.widgetSession = 0;
}
