/**
 * The in-memory state of one sandbox. Maps keep insertion order, which is the
 * order lists are served in. `fillStore` empties it and loads the seed again, in
 * place, so references tests hold stay valid across `reset()`.
 * @module
 */
import { toInstant } from '../clock.ts';
import type { Classifier, Court, Jurisdiction, JurisdictionCode } from '@adalat/sdk/contract';
import type { EventLogEntry } from '../events/bus.ts';
import { ForumState } from '../forum/state.ts';
import { ExecutionState } from '../execution/state.ts';
import { FilingsState } from '../filings/state.ts';
import { LawyerServicesState } from '../lawyer-services/state.ts';
import { NoticesState } from '../notifications/state.ts';
import { WebhooksState } from '../webhooks/state.ts';
import type {
  CaseDocumentRecord,
  CaseRecord,
  CourtStaff,
  FeeQuoteRecord,
  HearingRecord,
  IdempotencyRecord,
  Lawyer,
  Partner,
  PaymentRecord,
  Person,
  PostponementRequestRecord,
  SeedData,
  TimelineEventRecord,
  TokenRecord,
  TrafficFineRecord,
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
  feeQuotes: Map<string, FeeQuoteRecord>;
  trafficFines: Map<string, TrafficFineRecord>;
  payments: Map<string, PaymentRecord>;
  /** Live events published so far (the `/v1/events` replay log), oldest first; see `events/bus.ts`. */
  eventLog: EventLogEntry[];
  /** The forum: the decisions bank (generated on first use) and the threads people post; see `forum/state.ts`. */
  forum: ForumState;
  /** Execution files, cheques, transfers, requests, auctions and the bank-account register; see `execution/state.ts`. */
  execution: ExecutionState;
  /** E-filing: offices, filings, their documents and uploads; see `filings/state.ts`. */
  filings: FilingsState;
  /** Judicial notices, electronic-service registrations, lawyers' announced standing; see `notifications/state.ts`. */
  notices: NoticesState;
  /** Deposit refund requests and court appointments; see `lawyer-services/state.ts`. */
  lawyerServices: LawyerServicesState;
  /** Partner webhook endpoints and deliveries; see `webhooks/state.ts`. */
  webhooks: WebhooksState;
  /** Sequence numbers for ids the sandbox hands out. */
  counters: Counters;
}

export interface Counters {
  request: number;
  widgetSession: number;
  caseDocument: number;
  timelineEvent: number;
  postponementRequest: number;
  feeQuote: number;
  payment: number;
  receipt: number;
  event: number;
}

const freshCounters = (): Counters => ({ request: 0, widgetSession: 0, caseDocument: 0, timelineEvent: 0, postponementRequest: 0, feeQuote: 0, payment: 0, receipt: 0, event: 0 });

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
    feeQuotes: new Map(),
    trafficFines: new Map(),
    payments: new Map(),
    eventLog: [],
    forum: new ForumState(),
    execution: new ExecutionState(),
    filings: new FilingsState(),
    notices: new NoticesState(),
    lawyerServices: new LawyerServicesState(),
    webhooks: new WebhooksState(),
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
  load(store.trafficFines, seed.trafficFines, (f) => f.id);
  store.feeQuotes.clear();
  store.payments.clear();
  store.widgetSessions.clear();
  store.idempotency.clear();
  store.eventLog.length = 0;
  store.forum.reset();
  store.execution.load(seed.execution);
  store.filings.reset();
  store.notices.load(seed);
  store.lawyerServices.reset();
  store.webhooks.reset();
  Object.assign(store.counters, freshCounters());
}
