/**
 * Searching the decisions bank: the text match from the index, then the filters,
 * the facet counts, a total order, and keyset pages over it.
 *
 * Facets are disjunctive: each is counted over the decisions that pass every
 * filter but its own, so choosing one court still shows the counts of the others.
 * Every decision has exactly one value per facet, so a facet's counts sum to the
 * total when its own filter is unset, and the chosen values' counts sum to it when
 * set. `year` counts the results themselves.
 *
 * The order is total (score, then date, then id), so a cursor naming the last hit
 * served finds the next page by position in that order: every hit exactly once.
 * @module
 */
import type {
  CourtLevel,
  Decision,
  DecisionFacetName,
  DecisionFacets,
  DecisionSort,
  FacetCount,
  JurisdictionCode,
  LanguageCode,
} from '@adalat/sdk/contract';
import { hash53 } from '../router/etag.ts';
import { fromBase64Url, invalidCursor, toBase64Url } from '../store/paginate.ts';
import { covers } from './context.ts';
import { terms as termsOf } from './normalize.ts';
import type { DecisionIndex } from './search-index.ts';

/** A search with its filters as lists (one value or several, ORed). */
export interface DecisionSearch {
  q: string | undefined;
  category: readonly string[];
  courtId: readonly string[];
  courtLevel: readonly CourtLevel[];
  jurisdiction: readonly JurisdictionCode[];
  language: readonly LanguageCode[];
  decidedFrom: string | undefined;
  decidedTo: string | undefined;
  sort: DecisionSort;
}

export interface RankedHit {
  decision: Decision;
  /** `null` without a text query. */
  score: number | null;
  /** The normalized words of the decision that matched the query. */
  terms: readonly string[];
}

export interface SearchResult {
  /** Every hit, in order. */
  hits: readonly RankedHit[];
  facets: DecisionFacets;
  /** Names the search a cursor belongs to. */
  fingerprint: string;
  /** The order of `hits`. */
  compare: (a: RankedHit, b: RankedHit) => number;
}

type ListFilter = Exclude<DecisionFacetName, 'year'>;
const LIST_FILTERS: readonly ListFilter[] = ['category', 'courtId', 'courtLevel', 'jurisdiction', 'language'];
/** Bit of each filter in a decision's "fails" mask; `decided` is the date range. */
const BIT: Readonly<Record<ListFilter | 'decided', number>> = { category: 1, courtId: 2, courtLevel: 4, jurisdiction: 8, language: 16, decided: 32 };

const topOf = (category: string): string => category.split('.', 1)[0]!;

/** The value a decision has for a facet. */
function facetValue(decision: Decision, facet: DecisionFacetName): string {
  switch (facet) {
    case 'category':
      return topOf(decision.category);
    case 'year':
      return decision.decidedOn.slice(0, 4);
    default:
      return decision[facet];
  }
}

/** Which filters the decision fails, as a bit mask (0: it passes them all). */
function failures(decision: Decision, search: DecisionSearch): number {
  let mask = 0;
  if (search.category.length > 0 && !search.category.some((node) => covers(node, decision.category))) mask |= BIT.category;
  for (const filter of LIST_FILTERS.slice(1) as Array<Exclude<ListFilter, 'category'>>) {
    const wanted = search[filter] as readonly string[];
    if (wanted.length > 0 && !wanted.includes(decision[filter])) mask |= BIT[filter];
  }
  const day = decision.decidedOn;
  if ((search.decidedFrom !== undefined && day < search.decidedFrom) || (search.decidedTo !== undefined && day > search.decidedTo)) {
    mask |= BIT.decided;
  }
  return mask;
}

function countsOf(counts: Map<string, number>, chosen: readonly string[]): FacetCount[] {
  // A chosen value stays listed (with 0) so a page can show it checked.
  for (const value of chosen) if (!counts.has(value)) counts.set(value, 0);
  return [...counts]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
}

/** Newest first, then by id: the tiebreak that makes the order total. */
function byDate(a: RankedHit, b: RankedHit): number {
  if (a.decision.decidedOn !== b.decision.decidedOn) return a.decision.decidedOn < b.decision.decidedOn ? 1 : -1;
  return a.decision.id < b.decision.id ? -1 : a.decision.id > b.decision.id ? 1 : 0;
}

function comparator(sort: DecisionSort, scored: boolean): (a: RankedHit, b: RankedHit) => number {
  if (sort === 'date' || !scored) return byDate;
  return (a, b) => b.score! - a.score! || byDate(a, b);
}

/** A key naming a search: its words as normalized, its filters as sets, its order. */
export function fingerprintOf(search: DecisionSearch): string {
  const set = (values: readonly string[]) => [...new Set(values)].sort();
  return hash53(
    JSON.stringify([
      termsOf(search.q ?? ''),
      LIST_FILTERS.map((filter) => set(search[filter])),
      search.decidedFrom ?? null,
      search.decidedTo ?? null,
      search.sort,
    ]),
  );
}

/** Every hit of `search` over `decisions`, ordered, with its facets. `index` is built only for a text query. */
export function runSearch(decisions: readonly Decision[], byId: ReadonlyMap<string, Decision>, index: () => DecisionIndex, search: DecisionSearch): SearchResult {
  const text = search.q !== undefined && termsOf(search.q).length > 0 ? search.q : undefined;
  const candidates: RankedHit[] =
    text === undefined
      ? decisions.map((decision) => ({ decision, score: null, terms: [] }))
      : index()
          .match(text)
          .map((match) => ({ decision: byId.get(match.id)!, score: match.score, terms: match.terms }));

  const counts = new Map<DecisionFacetName, Map<string, number>>(
    [...LIST_FILTERS, 'year' as const].map((facet) => [facet, new Map<string, number>()]),
  );
  const bump = (facet: DecisionFacetName, decision: Decision): void => {
    const values = counts.get(facet)!;
    const value = facetValue(decision, facet);
    values.set(value, (values.get(value) ?? 0) + 1);
  };
  const hits: RankedHit[] = [];
  for (const hit of candidates) {
    const mask = failures(hit.decision, search);
    if (mask === 0) {
      hits.push(hit);
      for (const facet of counts.keys()) bump(facet, hit.decision);
      continue;
    }
    // Failing exactly one list filter: the decision counts in that filter's facet only.
    const only = LIST_FILTERS.find((filter) => mask === BIT[filter]);
    if (only !== undefined) bump(only, hit.decision);
  }
  const compare = comparator(search.sort, text !== undefined);
  hits.sort(compare);
  const facets = Object.fromEntries(
    [...counts].map(([facet, values]) => [facet, countsOf(values, facet === 'year' ? [] : search[facet])]),
  ) as unknown as DecisionFacets;
  return { hits, facets, fingerprint: fingerprintOf(search), compare };
}

interface CursorKey {
  v: 1;
  /** The search's fingerprint. */
  f: string;
  /** The last hit served: score, date, id. */
  s: number | null;
  d: string;
  i: string;
}

export function encodeSearchCursor(result: SearchResult, last: RankedHit): string {
  const key: CursorKey = { v: 1, f: result.fingerprint, s: last.score, d: last.decision.decidedOn, i: last.decision.id };
  return toBase64Url(JSON.stringify(key));
}

function decodeKey(cursor: string): CursorKey {
  const json = fromBase64Url(cursor);
  try {
    const key = JSON.parse(json ?? '') as Partial<CursorKey>;
    const scoreOk = key.s === null || (typeof key.s === 'number' && Number.isFinite(key.s));
    if (key.v === 1 && typeof key.f === 'string' && scoreOk && typeof key.d === 'string' && typeof key.i === 'string') return key as CursorKey;
  } catch {
    // falls through to the typed error
  }
  throw invalidCursor();
}

/** Where the page after `cursor` starts in the result's order; a cursor of another search is a 400. */
export function pageStart(result: SearchResult, cursor: string | undefined): number {
  if (cursor === undefined) return 0;
  const key = decodeKey(cursor);
  if (key.f !== result.fingerprint) throw invalidCursor();
  const { compare } = result;
  const probe = { decision: { decidedOn: key.d, id: key.i } as Decision, score: key.s, terms: [] };
  // The first hit ordered after the key (binary search: the hits are sorted by `compare`).
  let low = 0;
  let high = result.hits.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (compare(result.hits[mid]!, probe) <= 0) low = mid + 1;
    else high = mid;
  }
  return low;
}
