/**
 * The forum "Taldau": search and read the decisions bank, the supreme courts'
 * regulations and practice summaries, and forum threads; people and lawyers post
 * questions that court staff moderate. The bank and its index live in `forum/`.
 * @module
 */
import type {
  Decision,
  DecisionFacets,
  DecisionHit,
  FieldIssue,
  forumEndpoints,
  JurisdictionCode,
  LocalizedText,
  PostAuthor,
  PracticeSummary,
  Regulation,
  SearchDecisionsQuery,
} from '@adalat/sdk/contract';
import { toInstant } from '../clock.ts';
import { covers } from '../forum/context.ts';
import { highlight, snippet } from '../forum/highlight.ts';
import { encodeSearchCursor, pageStart, type DecisionSearch, type RankedHit } from '../forum/search.ts';
import { toThread, type PostedBy, type ThreadRecord } from '../forum/threads.ts';
import { conflict, forbidden, invalidRequest, notFound, validationFailed } from '../problem.ts';
import type { Caller, DomainHandlers } from '../router/context.ts';
import { DEFAULT_PAGE_SIZE, paginate } from '../store/paginate.ts';
import type { Store } from '../store/store.ts';

/** A one-or-many filter as a list, with the request path of each value. */
function valuesOf<T>(value: T | readonly T[] | undefined, field: string): Array<{ value: T; path: string }> {
  if (value === undefined) return [];
  if (!Array.isArray(value)) return [{ value: value as T, path: `query.${field}` }];
  return (value as readonly T[]).map((item, index) => ({ value: item, path: `query.${field}.${index}` }));
}

function categoryCodes(store: Store): Set<string> {
  const codes = new Set<string>();
  const walk = (nodes: ReadonlyArray<{ code: string; children: readonly unknown[] }>): void => {
    for (const node of nodes) {
      codes.add(node.code);
      walk(node.children as typeof nodes);
    }
  };
  for (const classifier of store.classifiers.values()) walk(classifier.categories);
  return codes;
}

/** The search the query asks for; a category or court that does not exist is a 400 naming the value. */
function searchOf(query: SearchDecisionsQuery, store: Store): DecisionSearch {
  const categories = valuesOf(query.category, 'category');
  const courts = valuesOf(query.courtId, 'courtId');
  const known = categoryCodes(store);
  const issues: FieldIssue[] = [
    ...categories
      .filter(({ value }) => !known.has(value))
      .map(({ path }) => ({ path, code: 'unknown_category', message: 'No classifier has this category.' })),
    ...courts
      .filter(({ value }) => !store.courts.has(value))
      .map(({ path }) => ({ path, code: 'unknown_court', message: 'No court has this id.' })),
  ];
  if (query.decidedFrom !== undefined && query.decidedTo !== undefined && query.decidedFrom > query.decidedTo) {
    issues.push({ path: 'query.decidedTo', code: 'invalid_date_range', message: 'decidedTo comes before decidedFrom.' });
  }
  if (issues.length > 0) throw validationFailed(issues);
  const list = <T>(value: T | readonly T[] | undefined, field: string): T[] => valuesOf(value, field).map((v) => v.value);
  return {
    q: query.q,
    category: list(query.category, 'category'),
    courtId: list(query.courtId, 'courtId'),
    courtLevel: list(query.courtLevel, 'courtLevel'),
    jurisdiction: list(query.jurisdiction, 'jurisdiction'),
    language: list(query.language, 'language'),
    decidedFrom: query.decidedFrom,
    decidedTo: query.decidedTo,
    sort: query.sort ?? (query.q?.trim() ? 'relevance' : 'date'),
  };
}

/** A hit as the API shows it: the decision without its text, the title and a snippet highlighted. */
function toHit({ decision, score, terms }: RankedHit): DecisionHit {
  const { text, citedBy: _, ...summary } = decision;
  const matched = new Set(terms);
  return {
    decision: { ...summary, keywords: [...summary.keywords] },
    score,
    highlights: {
      title: highlight(decision.title, matched),
      snippet: snippet(decision.summary, matched, true) ?? snippet(text, matched, true) ?? snippet(decision.summary, matched)!,
    },
  };
}

/**
 * The facets with names where the values are codes a reader cannot read: top-level
 * categories (their names from every jurisdiction's classifier, so all five
 * languages), courts and jurisdictions.
 */
function labelled(facets: DecisionFacets, store: Store): DecisionFacets {
  const categories = new Map<string, LocalizedText>();
  for (const classifier of store.classifiers.values()) {
    for (const node of classifier.categories) categories.set(node.code, { ...categories.get(node.code), ...node.name });
  }
  const names: Partial<Record<keyof DecisionFacets, (value: string) => LocalizedText | undefined>> = {
    category: (code) => categories.get(code),
    courtId: (id) => store.courts.get(id)?.name,
    jurisdiction: (code) => store.jurisdictions.get(code as JurisdictionCode)?.name,
  };
  const out = structuredClone(facets);
  for (const [facet, name] of Object.entries(names) as Array<[keyof DecisionFacets, (value: string) => LocalizedText | undefined]>) {
    for (const count of out[facet]) {
      const label = name(count.value);
      if (label !== undefined) count.label = structuredClone(label);
    }
  }
  return out;
}

/** Regulations and summaries on `category`: on it, under it, or above it. */
const concerns = (publication: Regulation | PracticeSummary, category: string): boolean =>
  publication.categories.some((code) => covers(category, code) || covers(code, category));

function newestFirst<T extends { id: string }>(items: readonly T[], day: (item: T) => string): T[] {
  return [...items].sort((a, b) => (day(a) !== day(b) ? (day(a) < day(b) ? 1 : -1) : a.id < b.id ? -1 : 1));
}

/** The person or lawyer calling, if a person or lawyer token is the credential. */
function userOf(caller: Caller): PostedBy | undefined {
  if (caller.kind !== 'bearer') return undefined;
  const { subject, id } = caller.user;
  return subject === 'person' || subject === 'lawyer' ? { kind: subject, id } : undefined;
}

/** The court-staff member calling, if any. */
function staffOf(caller: Caller, store: Store) {
  return caller.kind === 'bearer' && caller.user.subject === 'staff' ? store.staff.get(caller.user.id) : undefined;
}

const postedBy = (thread: ThreadRecord, user: PostedBy | undefined): boolean =>
  user !== undefined && thread.postedBy.kind === user.kind && thread.postedBy.id === user.id;

/** Published threads are public; others only to their author and to staff of their jurisdiction. */
function canSee(thread: ThreadRecord, caller: Caller, store: Store): boolean {
  return thread.status === 'published' || postedBy(thread, userOf(caller)) || staffOf(caller, store)?.jurisdiction === thread.jurisdiction;
}

/** A thread the caller may see; any other id is a 404, so a pending thread's existence does not leak. */
function visibleThread(store: Store, caller: Caller, threadId: string): ThreadRecord {
  const thread = store.forum.threads.get(threadId);
  if (thread === undefined || !canSee(thread, caller, store)) throw notFound('thread_not_found', 'No thread has this id.', 'params.threadId');
  return thread;
}

function authorOf(store: Store, user: PostedBy): PostAuthor {
  if (user.kind === 'person') return { kind: 'person', name: null };
  const lawyer = store.lawyers.get(user.id);
  return { kind: 'lawyer', name: lawyer === undefined ? null : structuredClone(lawyer.name) };
}

export const forumHandlers: DomainHandlers<typeof forumEndpoints> = {
  searchDecisions({ query, store }) {
    const result = store.forum.bank.search(searchOf(query, store));
    const start = pageStart(result, query.cursor);
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const page = result.hits.slice(start, start + limit);
    const more = start + limit < result.hits.length;
    return {
      data: page.map(toHit),
      nextCursor: more ? encodeSearchCursor(result, page.at(-1)!) : null,
      total: result.hits.length,
      facets: labelled(result.facets, store),
    };
  },

  getDecision({ params, store }): Decision {
    const decision = store.forum.bank.corpus.decisionsById.get(params.decisionId);
    if (decision === undefined) throw notFound('decision_not_found', 'No decision has this id.', 'params.decisionId');
    return structuredClone(decision);
  },

  listRegulations({ query, store }) {
    const all = newestFirst(store.forum.bank.corpus.regulations, (r) => r.adoptedOn);
    const matching = all.filter(
      (r) =>
        (query.jurisdiction === undefined || r.jurisdiction === query.jurisdiction) &&
        (query.language === undefined || r.language === query.language) &&
        (query.status === undefined || r.status === query.status) &&
        (query.category === undefined || concerns(r, query.category)),
    );
    return structuredClone(paginate(all, matching, query));
  },

  getRegulation({ params, store }) {
    const regulation = store.forum.bank.corpus.regulations.find((r) => r.id === params.regulationId);
    if (regulation === undefined) throw notFound('regulation_not_found', 'No regulation has this id.', 'params.regulationId');
    return structuredClone(regulation);
  },

  listPracticeSummaries({ query, store }) {
    const all = newestFirst(store.forum.bank.corpus.practiceSummaries, (s) => s.publishedOn);
    const matching = all.filter(
      (s) =>
        (query.jurisdiction === undefined || s.jurisdiction === query.jurisdiction) &&
        (query.language === undefined || s.language === query.language) &&
        (query.category === undefined || concerns(s, query.category)),
    );
    return structuredClone(paginate(all, matching, query));
  },

  getPracticeSummary({ params, store }) {
    const summary = store.forum.bank.corpus.practiceSummaries.find((s) => s.id === params.summaryId);
    if (summary === undefined) throw notFound('practice_summary_not_found', 'No practice summary has this id.', 'params.summaryId');
    return structuredClone(summary);
  },

  listThreads({ query, auth, store }) {
    const user = userOf(auth);
    if (query.author === 'me' && user === undefined) {
      throw invalidRequest('author_needs_user_token', 'Listing your own threads needs a person or lawyer token.', 'query.author');
    }
    // Without `author=me` or a status, the forum shows what is published.
    const status = query.status ?? (query.author === 'me' ? undefined : 'published');
    const all = [...store.forum.threads.values()]
      .map((record) => ({ record, thread: toThread(record, store.forum.repliesOf(record.id)) }))
      .sort((a, b) =>
        a.thread.lastActivityAt !== b.thread.lastActivityAt ? (a.thread.lastActivityAt < b.thread.lastActivityAt ? 1 : -1) : a.record.id < b.record.id ? -1 : 1,
      );
    const matching = all.filter(
      ({ record }) =>
        canSee(record, auth, store) &&
        (query.author === undefined || postedBy(record, user)) &&
        (status === undefined || record.status === status) &&
        (query.jurisdiction === undefined || record.jurisdiction === query.jurisdiction) &&
        (query.category === undefined || covers(query.category, record.category)),
    );
    const page = paginate(
      all.map((entry) => ({ ...entry, id: entry.record.id })),
      matching.map((entry) => ({ ...entry, id: entry.record.id })),
      query,
    );
    return { data: page.data.map((entry) => entry.thread), nextCursor: page.nextCursor };
  },

  getThread({ params, auth, store }) {
    const thread = visibleThread(store, auth, params.threadId);
    return toThread(thread, store.forum.repliesOf(thread.id));
  },

  listReplies({ params, query, auth, store }) {
    const thread = visibleThread(store, auth, params.threadId);
    const replies = store.forum.repliesOf(thread.id);
    return structuredClone(paginate(replies, replies, query));
  },

  postQuestion({ body, auth, store, clock }) {
    const user = userOf(auth);
    if (user === undefined) throw forbidden('people_and_lawyers_only', 'Only a person or a lawyer may ask a question on the forum.');
    const jurisdiction = store.jurisdictions.get(body.jurisdiction)!;
    const classifier = store.classifiers.get(body.jurisdiction);
    const language = body.language ?? jurisdiction.languages[0]!;
    const issues: FieldIssue[] = [];
    const inClassifier = (nodes: ReadonlyArray<{ code: string; children: readonly unknown[] }>): boolean =>
      nodes.some((node) => node.code === body.category || inClassifier(node.children as typeof nodes));
    if (!inClassifier(classifier?.categories ?? [])) {
      issues.push({ path: 'body.category', code: 'unknown_category', message: 'The jurisdiction’s classifier has no such category.' });
    }
    if (!jurisdiction.languages.includes(language)) {
      issues.push({ path: 'body.language', code: 'language_not_of_jurisdiction', message: `Use one of ${jurisdiction.languages.join(', ')}.` });
    }
    const related = body.relatedDecisionIds ?? [];
    related.forEach((id, index) => {
      if (!store.forum.bank.corpus.decisionsById.has(id)) {
        issues.push({ path: `body.relatedDecisionIds.${index}`, code: 'unknown_decision', message: 'No decision has this id.' });
      }
    });
    if (issues.length > 0) throw validationFailed(issues);

    const record: ThreadRecord = {
      id: store.forum.nextThreadId(),
      jurisdiction: body.jurisdiction,
      category: body.category,
      language,
      title: body.title,
      body: body.body,
      status: 'pending_moderation',
      author: authorOf(store, user),
      postedBy: user,
      createdAt: toInstant(clock.now()),
      publishedAt: null,
      relatedDecisionIds: [...new Set(related)],
      moderationNote: null,
    };
    store.forum.threads.set(record.id, record);
    return toThread(record, []);
  },

  moderateThread({ params, body, auth, store, clock }) {
    const staff = staffOf(auth, store);
    if (staff === undefined) throw forbidden('court_staff_only', 'Only a court-staff token may moderate the forum.');
    const thread = store.forum.threads.get(params.threadId);
    if (thread === undefined) throw notFound('thread_not_found', 'No thread has this id.', 'params.threadId');
    if (thread.jurisdiction !== staff.jurisdiction) {
      throw forbidden('thread_outside_jurisdiction', 'Court staff moderate only their own jurisdiction’s threads.');
    }
    if (thread.status !== 'pending_moderation') throw conflict('thread_already_moderated', `The thread is already ${thread.status}.`);
    if (body.decision === 'publish') {
      thread.status = 'published';
      thread.publishedAt = toInstant(clock.now());
    } else {
      thread.status = 'rejected';
      thread.moderationNote = body.note || null;
    }
    return toThread(thread, store.forum.repliesOf(thread.id));
  },
};
