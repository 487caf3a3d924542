/**
 * The forum "Taldau" (Kazakhstan's Supreme Court model): the bank of judicial
 * decisions with full-text search, the Supreme Court's normative regulations, the
 * generalizations of judicial practice, and forum threads where people and lawyers
 * ask questions that are published once moderated.
 *
 * Reference reads are public (`publishable` among the credentials): a widget may
 * search the bank with its publishable key alone. Posting a question needs a person's
 * or lawyer's token; moderating one needs a court-staff token.
 *
 * Search answers carry highlighted text as segments (`[{ text, match }]`), never
 * HTML, so a page renders them as text and marks the matches itself.
 * @module
 */
import * as z from 'zod/mini';
import {
  defineEndpoints,
  Id,
  Instant,
  JurisdictionCode,
  LanguageCode,
  listOf,
  LocalDate,
  LocalizedText,
  PageQuery,
} from './common.ts';
import { CourtLevel } from './policy.ts';

/** A code of the classifier of case categories: `civil`, `civil.contract.sale`. */
export const CategoryCode = z.string().check(z.maxLength(200), z.regex(/^[a-z_]+(\.[a-z_]+)*$/, 'a classifier code such as "civil.contract"'));

/** At most this many values per multi-valued filter. */
export const MAX_FILTER_VALUES = 20;

/** A filter that takes one value or several (`?courtId=a&courtId=b`); several values are ORed. */
function oneOrMany<T extends z.ZodMiniType>(item: T) {
  return z.optional(z.union([item, z.array(item).check(z.minLength(1), z.maxLength(MAX_FILTER_VALUES))]));
}

/** A run of text, `match: true` where it matched the query. Render as text, marking matches. */
export const TextSegment = z.object({ text: z.string(), match: z.boolean() });
export type TextSegment = z.infer<typeof TextSegment>;

/** A text cut into segments; joined, the segments give back the text (or the snippet). */
export const Highlighted = z.array(TextSegment);
export type Highlighted = z.infer<typeof Highlighted>;

/** What a decision did with the claim or appeal before the court. */
export const DecisionOutcome = z.enum(['granted', 'partly_granted', 'dismissed', 'remanded', 'discontinued']);
export type DecisionOutcome = z.infer<typeof DecisionOutcome>;

/** A published judicial decision as search results list it: everything but the full text. */
export const DecisionSummary = z.object({
  id: Id,
  /** The court's number of the act, as published: `2481/2024`. */
  number: z.string(),
  jurisdiction: JurisdictionCode,
  courtId: Id,
  /** The court's name, so a result list needs no second request. */
  courtName: LocalizedText,
  courtLevel: CourtLevel,
  /** A leaf code of the jurisdiction's classifier. */
  category: z.string(),
  /** The category's name in the classifier. */
  categoryName: LocalizedText,
  /** The language the decision is published in. */
  language: LanguageCode,
  decidedOn: LocalDate,
  title: z.string(),
  /** The headnote: what was decided and why, in a few sentences. */
  summary: z.string(),
  keywords: z.array(z.string()),
  outcome: DecisionOutcome,
});
export type DecisionSummary = z.infer<typeof DecisionSummary>;

/** A decision with its full text and what cites it. */
export const Decision = z.object({
  ...DecisionSummary.shape,
  text: z.string(),
  /** Normative regulations and practice summaries that cite this decision. */
  citedBy: z.object({ regulationIds: z.array(Id), practiceSummaryIds: z.array(Id) }),
});
export type Decision = z.infer<typeof Decision>;

/** How results are ordered: by relevance to `q` (newest first without `q`), or newest first. */
export const DecisionSort = z.enum(['relevance', 'date']);
export type DecisionSort = z.infer<typeof DecisionSort>;

export const DecisionHit = z.object({
  decision: DecisionSummary,
  /** Relevance to `q`; `null` without a text query. */
  score: z.nullable(z.number()),
  highlights: z.object({
    title: Highlighted,
    /** A passage of the summary or the text around the first match (the summary's start without `q`); cut ends read `…`. */
    snippet: Highlighted,
  }),
});
export type DecisionHit = z.infer<typeof DecisionHit>;

/** One value of a facet and how many decisions have it; categories, courts and jurisdictions come with their names. */
export const FacetCount = z.object({
  value: z.string(),
  count: z.int().check(z.nonnegative()),
  label: z.optional(LocalizedText),
});
export type FacetCount = z.infer<typeof FacetCount>;

/**
 * Counts per filter value, most frequent first. A facet is counted with every other
 * filter applied but not its own, so its other values stay choosable: with its own
 * filter unset, a facet's counts sum to `total`; with it set, the counts of the
 * chosen values do. `category` counts top-level classifier nodes. `year` (from
 * `decidedOn`) counts the results themselves, so it always sums to `total`.
 */
export const DecisionFacets = z.object({
  category: z.array(FacetCount),
  courtId: z.array(FacetCount),
  courtLevel: z.array(FacetCount),
  jurisdiction: z.array(FacetCount),
  language: z.array(FacetCount),
  year: z.array(FacetCount),
});
export type DecisionFacets = z.infer<typeof DecisionFacets>;
export type DecisionFacetName = keyof DecisionFacets;

/** A page of search results, with the total and the facets of the whole result set. */
export const DecisionSearchPage = z.object({
  ...listOf(DecisionHit).shape,
  total: z.int().check(z.nonnegative()),
  facets: DecisionFacets,
});
export type DecisionSearchPage = z.infer<typeof DecisionSearchPage>;

export const MAX_QUERY_LENGTH = 200;

export const SearchDecisionsQuery = z.object({
  ...PageQuery,
  /**
   * Words to find in the title, headnote, text, keywords and number; every word must
   * occur, the last one may be a prefix (search as you type). Arabic and Persian
   * spelling variants match each other (alef and hamza forms, Arabic and Persian yeh
   * and kaf, teh marbuta, diacritics, tatweel, Arabic-Indic digits); Cyrillic `ё` matches `е`.
   */
  q: z.optional(z.string().check(z.maxLength(MAX_QUERY_LENGTH))),
  /** Classifier nodes; each covers its whole subtree. */
  category: oneOrMany(CategoryCode),
  courtId: oneOrMany(Id),
  courtLevel: oneOrMany(CourtLevel),
  jurisdiction: oneOrMany(JurisdictionCode),
  language: oneOrMany(LanguageCode),
  /** Decided on or after this day. */
  decidedFrom: z.optional(LocalDate),
  /** Decided on or before this day. */
  decidedTo: z.optional(LocalDate),
  sort: z.optional(DecisionSort),
});
export type SearchDecisionsQuery = z.infer<typeof SearchDecisionsQuery>;

/** The status of a normative regulation. */
export const RegulationStatus = z.enum(['in_force', 'amended', 'repealed']);
export type RegulationStatus = z.infer<typeof RegulationStatus>;

/** What regulations and practice summaries share: a court text on categories, citing decisions. */
const Publication = {
  id: Id,
  jurisdiction: JurisdictionCode,
  /** The (supreme) court that adopted or published it. */
  courtId: Id,
  number: z.string(),
  language: LanguageCode,
  title: z.string(),
  /** Classifier nodes it concerns. */
  categories: z.array(z.string()),
  summary: z.string(),
  text: z.string(),
  /** Decisions of the bank it cites, in the order cited. */
  citedDecisionIds: z.array(Id),
};

/** A normative regulation (resolution of the plenary Supreme Court): binding guidance on applying the law. */
export const Regulation = z.object({
  ...Publication,
  adoptedOn: LocalDate,
  status: RegulationStatus,
});
export type Regulation = z.infer<typeof Regulation>;

/** A generalization of judicial practice: the Supreme Court's review of how courts decide a kind of case. */
export const PracticeSummary = z.object({
  ...Publication,
  publishedOn: LocalDate,
  /** Regulations the summary relies on. */
  regulationIds: z.array(Id),
});
export type PracticeSummary = z.infer<typeof PracticeSummary>;

const PublicationQuery = {
  ...PageQuery,
  jurisdiction: z.optional(JurisdictionCode),
  /** A classifier node: publications on it, on a node in its subtree or on a node above it. */
  category: z.optional(CategoryCode),
  language: z.optional(LanguageCode),
};

/** `pending_moderation` until court staff publish or reject it; only its author and staff see it before. */
export const ThreadStatus = z.enum(['pending_moderation', 'published', 'rejected']);
export type ThreadStatus = z.infer<typeof ThreadStatus>;

/** Who wrote a post. A person is never named; a lawyer or a court is. */
export const PostAuthor = z.object({
  kind: z.enum(['person', 'lawyer', 'court']),
  name: z.nullable(LocalizedText),
});
export type PostAuthor = z.infer<typeof PostAuthor>;

export const ForumThread = z.object({
  id: Id,
  jurisdiction: JurisdictionCode,
  category: z.string(),
  language: LanguageCode,
  title: z.string(),
  body: z.string(),
  status: ThreadStatus,
  author: PostAuthor,
  createdAt: Instant,
  /** The last reply, or the publication; threads are listed most recently active first. */
  lastActivityAt: Instant,
  replyCount: z.int().check(z.nonnegative()),
  /** Decisions of the bank the question is about. */
  relatedDecisionIds: z.array(Id),
  /** Why a moderator rejected it; `null` otherwise. */
  moderationNote: z.nullable(z.string()),
});
export type ForumThread = z.infer<typeof ForumThread>;

export const ForumReply = z.object({
  id: Id,
  threadId: Id,
  author: PostAuthor,
  body: z.string(),
  createdAt: Instant,
  citedDecisionIds: z.array(Id),
});
export type ForumReply = z.infer<typeof ForumReply>;

export const PostQuestionBody = z.object({
  jurisdiction: JurisdictionCode,
  /** A node of the jurisdiction's classifier. */
  category: CategoryCode,
  /** One of the jurisdiction's languages; its first language by default. */
  language: z.optional(LanguageCode),
  title: z.string().check(z.trim(), z.minLength(5), z.maxLength(200)),
  body: z.string().check(z.trim(), z.minLength(10), z.maxLength(5000)),
  relatedDecisionIds: z.optional(z.array(Id).check(z.maxLength(10))),
});
export type PostQuestionBody = z.infer<typeof PostQuestionBody>;

export const ModerateThreadBody = z.object({
  decision: z.enum(['publish', 'reject']),
  /** Shown to the author when rejecting. */
  note: z.optional(z.string().check(z.trim(), z.maxLength(500))),
});
export type ModerateThreadBody = z.infer<typeof ModerateThreadBody>;

/** Anyone may read reference data: partners, widgets, people, lawyers. */
const reference = ['secret', 'publishable', 'widget', 'bearer'] as const;

export const forumEndpoints = defineEndpoints({
  searchDecisions: {
    method: 'GET',
    path: '/v1/forum/decisions',
    summary: 'Search the bank of judicial decisions: full text, filters, facet counts, highlighted snippets, cursor pages.',
    description:
      'Without `q`, lists every decision the filters allow, newest first. Filters taking several values match any of them. ' +
      'An unknown category or court is a 400 naming the value; a cursor from another search is a 400 `invalid_cursor`.',
    query: SearchDecisionsQuery,
    status: 200,
    response: DecisionSearchPage,
    errors: [400],
    auth: reference,
    paginated: true,
  },
  getDecision: {
    method: 'GET',
    path: '/v1/forum/decisions/:decisionId',
    summary: 'Get a decision with its full text and the regulations and practice summaries that cite it.',
    params: z.object({ decisionId: Id }),
    status: 200,
    response: Decision,
    errors: [400, 404],
    auth: reference,
  },
  listRegulations: {
    method: 'GET',
    path: '/v1/forum/regulations',
    summary: 'List the Supreme Courts’ normative regulations, newest first.',
    query: z.object({ ...PublicationQuery, status: z.optional(RegulationStatus) }),
    status: 200,
    response: listOf(Regulation),
    errors: [400],
    auth: reference,
    paginated: true,
  },
  getRegulation: {
    method: 'GET',
    path: '/v1/forum/regulations/:regulationId',
    summary: 'Get a normative regulation with the decisions it cites.',
    params: z.object({ regulationId: Id }),
    status: 200,
    response: Regulation,
    errors: [400, 404],
    auth: reference,
  },
  listPracticeSummaries: {
    method: 'GET',
    path: '/v1/forum/practice-summaries',
    summary: 'List the generalizations of judicial practice, newest first.',
    query: z.object(PublicationQuery),
    status: 200,
    response: listOf(PracticeSummary),
    errors: [400],
    auth: reference,
    paginated: true,
  },
  getPracticeSummary: {
    method: 'GET',
    path: '/v1/forum/practice-summaries/:summaryId',
    summary: 'Get a generalization of judicial practice with the decisions it cites.',
    params: z.object({ summaryId: Id }),
    status: 200,
    response: PracticeSummary,
    errors: [400, 404],
    auth: reference,
  },
  listThreads: {
    method: 'GET',
    path: '/v1/forum/threads',
    summary: 'List forum threads, most recently active first: published ones, and the caller’s own with `author=me`.',
    description:
      '`author=me` needs a person or lawyer token and lists the caller’s threads in every status. ' +
      'Court staff may filter by `status` to see their jurisdiction’s moderation queue; anyone else sees published threads only.',
    query: z.object({
      ...PageQuery,
      jurisdiction: z.optional(JurisdictionCode),
      /** A classifier node: matches it and its whole subtree. */
      category: z.optional(CategoryCode),
      author: z.optional(z.literal('me')),
      status: z.optional(ThreadStatus),
    }),
    status: 200,
    response: listOf(ForumThread),
    errors: [400],
    auth: reference,
    paginated: true,
  },
  getThread: {
    method: 'GET',
    path: '/v1/forum/threads/:threadId',
    summary: 'Get a thread. One awaiting moderation is visible to its author and court staff only (404 to anyone else).',
    params: z.object({ threadId: Id }),
    status: 200,
    response: ForumThread,
    errors: [400, 404],
    auth: reference,
  },
  listReplies: {
    method: 'GET',
    path: '/v1/forum/threads/:threadId/replies',
    summary: 'List the replies of a thread, oldest first.',
    params: z.object({ threadId: Id }),
    query: z.object({ ...PageQuery }),
    status: 200,
    response: listOf(ForumReply),
    errors: [400, 404],
    auth: reference,
    paginated: true,
  },
  postQuestion: {
    method: 'POST',
    path: '/v1/forum/threads',
    summary: 'A person or lawyer asks a question; it waits in `pending_moderation` and is public only once published.',
    description:
      'Needs a person or lawyer token (court staff get a 403). The category must be a node of the jurisdiction’s classifier ' +
      'and the language one of its languages; related decisions must exist.',
    body: PostQuestionBody,
    status: 201,
    response: ForumThread,
    errors: [400, 403],
    auth: ['bearer'],
    idempotency: 'optional',
  },
  moderateThread: {
    method: 'POST',
    path: '/v1/forum/threads/:threadId/moderation',
    summary: 'Court staff of the thread’s jurisdiction publish or reject a question awaiting moderation.',
    params: z.object({ threadId: Id }),
    body: ModerateThreadBody,
    status: 200,
    response: ForumThread,
    errors: [400, 403, 404, 409],
    auth: ['bearer'],
  },
});
