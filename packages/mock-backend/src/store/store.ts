/**
 * The in-memory state of one sandbox. Maps keep insertion order, which is the
 * order lists are served in. `fillStore` empties it and loads the seed again, in
 * place, so references tests hold stay valid across `reset()`.
 * @module
 */
import { toInstant } from '../clock.ts';
import type { Classifier, Court, Jurisdiction, JurisdictionCode } from '@adalat/sdk/contract';
import type {
  CaseDocumentRecord,
  CaseRecord,
  CourtStaff,
  HearingRecord,
  IdempotencyRecord,
  Lawyer,
  Partner,
  Person,
  PostponementRequestRecord,
  SeedData,
  TimelineEventRecord,
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
  cases: Map<string, CaseRecord>;
  hearings: Map<string, HearingRecord>;
  caseDocuments: Map<string, CaseDocumentRecord>;
  /** Every case's timeline events; served per case, in order of `at`. */
  timeline: Map<string, TimelineEventRecord>;
  postponementRequests: Map<string, PostponementRequestRecord>;
  /** Sequence numbers for ids the sandbox hands out. */
  counters: Counters;
}

export interface Counters {
  request: number;
  widgetSession: number;
  caseDocument: number;
  timelineEvent: number;
  postponementRequest: number;
}

const freshCounters = (): Counters => ({ request: 0, widgetSession: 0, caseDocument: 0, timelineEvent: 0, postponementRequest: 0 });

/** The next id of a kind the sandbox hands out: `doc_000001`. */
export function nextId(store: Store, counter: Exclude<keyof Counters, 'request'>, prefix: string): string {
  store.counters[counter] += 1;
  return `${prefix}_${String(store.counters[counter]).padStart(6, '0')}`;
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
    cases: new Map(),
    hearings: new Map(),
    caseDocuments: new Map(),
    timeline: new Map(),
    postponementRequests: new Map(),
    counters: freshCounters(),
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
  load(store.cases, seed.cases, (c) => c.id);
  load(store.hearings, seed.hearings, (h) => h.id);
  load(store.caseDocuments, seed.caseDocuments, (d) => d.id);
  load(store.timeline, seed.timeline, (e) => e.id);
  load(store.postponementRequests, seed.postponementRequests, (r) => r.id);
  store.widgetSessions.clear();
  store.idempotency.clear();
  Object.assign(store.counters, freshCounters());
}
