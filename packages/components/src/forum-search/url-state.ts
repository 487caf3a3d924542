/**
 * The search in the page's address, so a search can be bookmarked and shared:
 * `?q=…&category=civil&jurisdiction=KZ&level=appeal&language=ru&court=…&from=…&to=…&sort=date`
 * (a filter with several values repeats its name). Values that cannot be a filter's
 * are dropped on reading, so a hand-edited address never breaks the search. The
 * page's other parameters are kept.
 * @module
 */
import type { CourtLevel, JurisdictionCode, LanguageCode } from '@adalat/sdk/contract';
import { EMPTY_QUERY, type ForumSearchFilterName, type ForumSearchQuery } from './forum-search.controller.ts';

const LEVELS: readonly CourtLevel[] = ['magistrate', 'first_instance', 'appeal', 'cassation', 'supreme', 'administrative', 'execution'];
const JURISDICTIONS: readonly JurisdictionCode[] = ['PS', 'SA', 'IR', 'KZ'];
const LANGUAGES: readonly LanguageCode[] = ['ar', 'fa', 'kk', 'ru', 'en'];
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** URL parameter → filter, and what a value must look like. */
const FILTER_PARAMS: ReadonlyArray<[string, ForumSearchFilterName, (value: string) => boolean]> = [
  ['category', 'category', (v) => /^[a-z_]+(\.[a-z_]+)*$/.test(v) && v.length <= 200],
  ['court', 'courtId', (v) => /^[A-Za-z0-9_-]{1,64}$/.test(v)],
  ['level', 'courtLevel', (v) => (LEVELS as readonly string[]).includes(v)],
  ['jurisdiction', 'jurisdiction', (v) => (JURISDICTIONS as readonly string[]).includes(v)],
  ['language', 'language', (v) => (LANGUAGES as readonly string[]).includes(v)],
];
const OWN_PARAMS = ['q', 'from', 'to', 'sort', ...FILTER_PARAMS.map(([param]) => param)];

/** The search a query string describes; parameters it does not name are left out. */
export function readUrlQuery(search: string): Partial<ForumSearchQuery> {
  const params = new URLSearchParams(search);
  const query: Partial<Record<keyof ForumSearchQuery, unknown>> = {};
  const q = params.get('q');
  if (q !== null) query.q = q.slice(0, 200);
  for (const [param, filter, valid] of FILTER_PARAMS) {
    const values = params.getAll(param).filter(valid);
    if (values.length > 0) query[filter] = [...new Set(values)].slice(0, 20);
  }
  const from = params.get('from');
  const to = params.get('to');
  if (from !== null && DAY.test(from)) query.decidedFrom = from;
  if (to !== null && DAY.test(to)) query.decidedTo = to;
  const sort = params.get('sort');
  if (sort === 'relevance' || sort === 'date') query.sort = sort;
  return query as Partial<ForumSearchQuery>;
}

/** `url` with the search written in; empty parts are left out, the page's own parameters kept. */
export function writeUrlQuery(url: URL, query: ForumSearchQuery): URL {
  const next = new URL(url);
  for (const param of OWN_PARAMS) next.searchParams.delete(param);
  if (query.q.trim()) next.searchParams.set('q', query.q);
  for (const [param, filter] of FILTER_PARAMS) for (const value of query[filter]) next.searchParams.append(param, value);
  if (query.decidedFrom) next.searchParams.set('from', query.decidedFrom);
  if (query.decidedTo) next.searchParams.set('to', query.decidedTo);
  if (query.sort !== EMPTY_QUERY.sort) next.searchParams.set('sort', query.sort);
  return next;
}
