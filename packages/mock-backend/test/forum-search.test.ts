/**
 * Searching the decisions bank over HTTP (msw): spelling variants find each other,
 * facets add up, category filters cover subtrees, every hit comes exactly once
 * across pages, highlights are data, and bad input is a 400 naming the field.
 * Expectations are computed from the sandbox's own corpus, never hard-coded.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { DecisionSearchPage, type Decision, type DecisionFacets, type DecisionHit } from '@adalat/sdk/contract';
import { normalizeText, tokenize } from '../src/forum/normalize.ts';
import { assertProblem, call, parsed, partnerOf, useSandbox } from './helpers.ts';

const sandbox = useSandbox();
const key = (): string => partnerOf(sandbox, 'KZ', 'bar_association').publishableKey;
const corpus = () => sandbox.store.forum.bank.corpus;

type Query = Record<string, string | number | ReadonlyArray<string>>;

function toSearch(query: Query): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    for (const item of Array.isArray(value) ? value : [value]) params.append(name, String(item));
  }
  return params.toString();
}

async function search(query: Query): Promise<DecisionSearchPage> {
  const result = await call(`/v1/forum/decisions?${toSearch(query)}`, { key: key() });
  assert.equal(result.status, 200, JSON.stringify(result.body));
  return parsed(DecisionSearchPage, result.body);
}

/** Every hit of a search, following nextCursor; checks each page's size and the total on the way. */
async function allHits(query: Query, limit = 100): Promise<{ hits: DecisionHit[]; pages: number; total: number }> {
  const hits: DecisionHit[] = [];
  let cursor: string | null = null;
  let pages = 0;
  let total = -1;
  do {
    const page = await search({ ...query, limit, ...(cursor === null ? {} : { cursor }) });
    assert.ok(page.data.length <= limit);
    if (total === -1) total = page.total;
    assert.equal(page.total, total, 'the total does not change from page to page');
    hits.push(...page.data);
    cursor = page.nextCursor;
    pages += 1;
  } while (cursor !== null);
  return { hits, pages, total };
}

const ids = (hits: readonly DecisionHit[]): string[] => hits.map((hit) => hit.decision.id);
const FIELDS = ['title', 'summary', 'text', 'number'] as const;
const wordsOf = (decision: Decision): string[] =>
  [...FIELDS.map((field) => decision[field]), ...decision.keywords].flatMap((text) => tokenize(text).map((t) => t.text));

let wordIndex: Array<{ id: string; words: Set<string>; terms: Set<string> }> | undefined;
/** Each decision's words as written and as normalized, worked out once for the file. */
function wordsByDecision() {
  wordIndex ??= corpus().decisions.map((d) => {
    const words = new Set(wordsOf(d));
    return { id: d.id, words, terms: new Set([...words].map(normalizeText)) };
  });
  return wordIndex;
}

/** Decisions having a word that normalizes to something starting with `prefix` (the last query word is a prefix). */
function containing(prefix: string): Set<string> {
  return new Set(wordsByDecision().filter((d) => [...d.terms].some((t) => t.startsWith(prefix))).map((d) => d.id));
}

/** Decisions with `spelling` exactly as written. */
const writtenAs = (spelling: string): Set<string> => new Set(wordsByDecision().filter((d) => d.words.has(spelling)).map((d) => d.id));

/**
 * Spelling variants the bank's clerks write: a pair (a, b) of one word as written in two
 * decisions, recognized by how b is made from a.
 */
const VARIANTS: Record<string, (a: string, b: string) => boolean> = {
  'hamza on alef': (a, b) => /[أإآ]/.test(a) && b === a.replace(/[أإآ]/g, 'ا'),
  diacritics: (a, b) => /[\u064B-\u0652]/.test(a) && b === a.replace(/[\u064B-\u0652]/g, ''),
  tatweel: (a, b) => a.includes('ـ') && b === a.replaceAll('ـ', ''),
  'teh marbuta': (a, b) => a.endsWith('ة') && b === `${a.slice(0, -1)}ه`,
  'alef maksura': (a, b) => a.endsWith('ي') && b === `${a.slice(0, -1)}ى`,
  'Persian yeh and kaf': (a, b) => /[یک]/.test(a) && b === a.replaceAll('ی', 'ي').replaceAll('ک', 'ك'),
  ZWNJ: (a, b) => a.includes('\u200C') && b === a.replaceAll('\u200C', ''),
  'ё and е': (a, b) => a.includes('ё') && b === a.replaceAll('ё', 'е'),
  'Arabic-Indic digits': (a, b) => /^[٠-٩]+$/.test(a) && b === a.replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x660)),
  'Persian digits': (a, b) => /^[۰-۹]+$/.test(a) && b === a.replace(/[۰-۹]/g, (d) => String(d.charCodeAt(0) - 0x6f0)),
};

/**
 * For each kind of variant, a pair of spellings each found in decisions the other is
 * not in, choosing the word in the fewest decisions (so the walk stays short).
 */
function variantPairs(): Map<string, { a: string; b: string; docs: number }> {
  const spellings = new Map<string, Map<string, Set<string>>>();
  for (const { id, words } of wordsByDecision()) {
    for (const word of words) {
      const form = normalizeText(word);
      const forms = spellings.get(form) ?? new Map<string, Set<string>>();
      forms.set(word, (forms.get(word) ?? new Set()).add(id));
      spellings.set(form, forms);
    }
  }
  const apart = (a: Set<string>, b: Set<string>) => [...a].some((id) => !b.has(id)) && [...b].some((id) => !a.has(id));
  const best = new Map<string, { a: string; b: string; docs: number }>();
  for (const forms of spellings.values()) {
    if (forms.size < 2) continue;
    const docs = new Set([...forms.values()].flatMap((ids) => [...ids])).size;
    for (const [a, inA] of forms) {
      for (const [b, inB] of forms) {
        for (const [kind, isVariant] of Object.entries(VARIANTS)) {
          if (docs < (best.get(kind)?.docs ?? Infinity) && isVariant(a, b) && apart(inA, inB)) best.set(kind, { a, b, docs });
        }
      }
    }
  }
  return best;
}

describe('normalization: a word spelled one way finds it spelled the other ways', () => {
  const pairs = variantPairs();

  test('the generated bank writes every kind of variant', () => {
    assert.deepEqual([...pairs.keys()].sort(), Object.keys(VARIANTS).sort());
  });

  for (const kind of Object.keys(VARIANTS)) {
    test(`${kind}: both spellings find the same decisions, those with either spelling`, async () => {
      const { a, b } = pairs.get(kind)!;
      const expected = containing(normalizeText(a));
      for (const spelling of [a, b]) {
        const { hits, total } = await allHits({ q: spelling });
        assert.equal(total, expected.size, `q=${spelling}`);
        assert.deepEqual(new Set(ids(hits)), expected, `q=${spelling} finds exactly the decisions with the word in any spelling`);
      }
      // The point: each spelling finds decisions that only have the other one.
      for (const [spelling, other] of [[a, b], [b, a]] as const) {
        const onlyOther = [...writtenAs(other)].filter((id) => !writtenAs(spelling).has(id));
        assert.ok(onlyOther.length > 0 && onlyOther.every((id) => expected.has(id)), `q=${spelling} finds ${other}`);
      }
    });
  }

  test('several words must all occur; the last may be a prefix', async () => {
    const decision = corpus().decisions.find((d) => d.language === 'ru')!;
    const [first, second] = tokenize(decision.summary).filter((t) => t.text.length > 4);
    const stem = second!.text.slice(0, 4);
    const { hits } = await allHits({ q: `${first!.text} ${stem}` });
    assert.ok(ids(hits).includes(decision.id));
    const firstTerm = normalizeText(first!.text);
    const prefix = normalizeText(stem);
    for (const id of ids(hits)) {
      const terms = wordsOf(corpus().decisionsById.get(id)!).map(normalizeText);
      assert.ok(terms.includes(firstTerm) && terms.some((t) => t.startsWith(prefix)), `${id} lacks a word`);
    }
  });

  test('a query of punctuation only is no text query: everything, newest first', async () => {
    const page = await search({ q: ' …!? ', limit: 5 });
    assert.equal(page.total, corpus().decisions.length);
    assert.ok(page.data.every((hit) => hit.score === null));
  });
});

/** The facet's counts add up to the total, or the chosen values' counts do. */
function assertFacetsAddUp(facets: DecisionFacets, total: number, chosen: Partial<Record<keyof DecisionFacets, readonly string[]>>): void {
  for (const [name, counts] of Object.entries(facets) as Array<[keyof DecisionFacets, DecisionFacets[keyof DecisionFacets]]>) {
    const wanted = chosen[name];
    const counted = wanted === undefined ? counts : counts.filter((c) => wanted.includes(c.value));
    assert.equal(
      counted.reduce((sum, c) => sum + c.count, 0),
      total,
      `${name} facet: ${JSON.stringify(counts)} against total ${total}`,
    );
    assert.equal(new Set(counts.map((c) => c.value)).size, counts.length, `${name} lists a value twice`);
  }
}

describe('facets', () => {
  test('without filters every facet sums to the total (the whole bank)', async () => {
    const page = await search({ limit: 1 });
    assert.equal(page.total, corpus().decisions.length);
    assertFacetsAddUp(page.facets, page.total, {});
    assert.deepEqual(
      page.facets.category.map((c) => c.value).sort(),
      [...new Set(corpus().decisions.map((d) => d.category.split('.')[0]))].sort(),
      'category counts top-level nodes',
    );
  });

  test('with a text query and filters, unfiltered facets sum to the total and the chosen values of filtered ones do', async () => {
    const chosen = { jurisdiction: ['KZ', 'PS'], courtLevel: ['first_instance'], language: ['ru', 'ar', 'en'] };
    const page = await search({ q: 'суд', ...chosen, limit: 1 });
    assert.ok(page.total > 0);
    assertFacetsAddUp(page.facets, page.total, chosen);
  });

  test('a facet is counted without its own filter: the other values stay choosable, with true counts', async () => {
    const page = await search({ jurisdiction: 'IR', courtLevel: 'supreme', limit: 1 });
    const iranian = corpus().decisions.filter((d) => d.jurisdiction === 'IR');
    const byLevel = new Map<string, number>();
    for (const d of iranian) byLevel.set(d.courtLevel, (byLevel.get(d.courtLevel) ?? 0) + 1);
    assert.deepEqual(new Map(page.facets.courtLevel.map((c) => [c.value, c.count])), byLevel);
    assert.equal(page.total, byLevel.get('supreme'));
    // The year facet counts the results themselves.
    assert.equal(page.facets.year.reduce((sum, c) => sum + c.count, 0), page.total);
  });

  test('a chosen value with no decisions is still listed, with 0', async () => {
    const page = await search({ q: 'Almaty', jurisdiction: 'SA', limit: 1 });
    assert.equal(page.total, 0);
    const sa = page.facets.jurisdiction.find((c) => c.value === 'SA')!;
    assert.equal(sa.count, 0);
    assert.deepEqual(sa.label, sandbox.store.jurisdictions.get('SA')!.name);
  });

  test('categories, courts and jurisdictions come with their names; categories in all five languages', async () => {
    const page = await search({ limit: 1 });
    for (const count of page.facets.category) assert.deepEqual(Object.keys(count.label!).sort(), ['ar', 'en', 'fa', 'kk', 'ru']);
    for (const count of page.facets.courtId) assert.deepEqual(count.label, sandbox.store.courts.get(count.value)!.name);
    assert.ok(page.facets.language.every((count) => count.label === undefined), 'a language code is named by the reader’s Intl');
  });

  test('the year facet follows the date range', async () => {
    const page = await search({ decidedFrom: '2020-01-01', decidedTo: '2021-12-31', limit: 1 });
    assert.deepEqual(page.facets.year.map((c) => c.value).sort(), ['2020', '2021']);
    assertFacetsAddUp(page.facets, page.total, {});
    const expected = corpus().decisions.filter((d) => d.decidedOn >= '2020-01-01' && d.decidedOn <= '2021-12-31').length;
    assert.equal(page.total, expected);
  });
});

describe('filters', () => {
  const count = (predicate: (d: Decision) => boolean): number => corpus().decisions.filter(predicate).length;

  test('a category covers its whole subtree', async () => {
    const { hits, total } = await allHits({ category: 'civil.contract' });
    assert.equal(total, count((d) => d.category.startsWith('civil.contract.')));
    assert.ok(hits.every((hit) => hit.decision.category.startsWith('civil.contract.')));
    assert.ok(new Set(hits.map((hit) => hit.decision.category)).size > 1, 'several leaves under the node');
    const civil = await search({ category: 'civil', limit: 1 });
    assert.equal(civil.total, count((d) => d.category === 'civil' || d.category.startsWith('civil.')));
    assert.ok(civil.total > total);
    // A leaf matches itself only; "civil.contract" is not a prefix match of "civil.contractual".
    const leaf = await search({ category: 'civil.contract.sale', limit: 1 });
    assert.equal(leaf.total, count((d) => d.category === 'civil.contract.sale'));
  });

  test('several values of one filter are ORed, different filters are ANDed', async () => {
    const page = await search({ category: ['family', 'labour'], jurisdiction: 'SA', language: 'ar', limit: 1 });
    const expected = count(
      (d) => (d.category.startsWith('family.') || d.category.startsWith('labour.')) && d.jurisdiction === 'SA' && d.language === 'ar',
    );
    assert.equal(page.total, expected);
  });

  test('court, court level and date range', async () => {
    const courtId = corpus().decisions[0]!.courtId;
    const { hits } = await allHits({ courtId, decidedFrom: '2018-01-01', decidedTo: '2022-06-30' });
    assert.equal(hits.length, count((d) => d.courtId === courtId && d.decidedOn >= '2018-01-01' && d.decidedOn <= '2022-06-30'));
    assert.ok(hits.every((hit) => hit.decision.courtId === courtId));
    const appeal = await search({ courtLevel: 'appeal', limit: 1 });
    assert.equal(appeal.total, count((d) => d.courtLevel === 'appeal'));
  });
});

describe('order and pagination', () => {
  test('every hit exactly once across pages, whatever the page size, in one total order', async () => {
    for (const query of [{ q: 'المحكمة' }, { q: 'court', sort: 'date' }, { jurisdiction: 'KZ' }] as Query[]) {
      const big = await allHits(query, 100);
      const small = await allHits(query, 37);
      assert.equal(big.hits.length, big.total, `${JSON.stringify(query)}: as many hits as the total`);
      assert.equal(new Set(ids(big.hits)).size, big.total, `${JSON.stringify(query)}: no hit twice`);
      assert.deepEqual(ids(small.hits), ids(big.hits), `${JSON.stringify(query)}: the page size does not change the order`);
      assert.equal(small.pages, Math.ceil(small.total / 37));
    }
  });

  test('relevance: scores never rise; ties are newest first, then by id', async () => {
    const { hits } = await allHits({ q: 'سند' });
    assert.ok(hits.length > 1);
    for (let i = 1; i < hits.length; i += 1) {
      const [a, b] = [hits[i - 1]!, hits[i]!];
      assert.ok(a.score! >= b.score!, 'scores never rise');
      if (a.score === b.score) {
        const ordered = a.decision.decidedOn > b.decision.decidedOn || (a.decision.decidedOn === b.decision.decidedOn && a.decision.id < b.decision.id);
        assert.ok(ordered, `tie between ${a.decision.id} and ${b.decision.id}`);
      }
    }
  });

  test('date: newest first; without a query the score is null', async () => {
    const page = await search({ q: 'court', sort: 'date', limit: 50 });
    const days = page.data.map((hit) => hit.decision.decidedOn);
    assert.deepEqual(days, [...days].sort().reverse());
    const browse = await search({ limit: 3 });
    assert.ok(browse.data.every((hit) => hit.score === null));
    const newest = [...corpus().decisions].sort((a, b) => (a.decidedOn < b.decidedOn ? 1 : a.decidedOn > b.decidedOn ? -1 : a.id < b.id ? -1 : 1));
    assert.deepEqual(ids(browse.data), newest.slice(0, 3).map((d) => d.id));
  });

  test('the same search gives the same answer (deterministic corpus and index)', async () => {
    const first = await search({ q: 'решение', limit: 10 });
    sandbox.reset();
    const second = await search({ q: 'решение', limit: 10 });
    assert.deepEqual(second, first);
  });
});

describe('highlights are data', () => {
  test('the title segments give back the title; matches are words that matched; the snippet is a passage', async () => {
    const q = 'شركت';
    const prefix = normalizeText(q);
    const page = await search({ q, limit: 30 });
    assert.ok(page.data.length > 0);
    for (const { decision, highlights } of page.data) {
      assert.equal(highlights.title.map((s) => s.text).join(''), decision.title);
      const passage = highlights.snippet.map((s) => s.text).join('').replace(/^…|…$/g, '');
      const full = corpus().decisionsById.get(decision.id)!;
      assert.ok(full.summary.includes(passage) || full.text.includes(passage), `${decision.id}: snippet is not a passage`);
      const marked = [...highlights.title, ...highlights.snippet].filter((s) => s.match);
      assert.ok(marked.length > 0, `${decision.id}: nothing marked`);
      for (const segment of marked) assert.ok(normalizeText(segment.text).startsWith(prefix), `${segment.text} marked`);
      assert.equal('text' in decision, false, 'hits carry no full text');
    }
  });
});

describe('bad input is a 400 naming the field', () => {
  const bad = (query: string) => call(`/v1/forum/decisions?${query}`, { key: key() });

  test('a query over 200 characters', async () => {
    const error = assertProblem(await bad(`q=${'ا'.repeat(201)}`), 400, 'validation_failed');
    assert.equal(error.issues?.[0]?.path, 'query.q');
  });

  test('a cursor that is not one, and one from another search', async () => {
    let error = assertProblem(await bad('cursor=not-a-cursor'), 400, 'invalid_cursor');
    assert.equal(error.param, 'query.cursor');
    const page = await search({ q: 'court', limit: 5 });
    error = assertProblem(await bad(`q=judgment&limit=5&cursor=${page.nextCursor}`), 400, 'invalid_cursor');
    assert.equal(error.param, 'query.cursor');
  });

  test('an unknown filter, an unknown category or court, a bad level, limit or range', async () => {
    const cases: Array<[string, string[]]> = [
      ['judge=someone', ['query.judge']],
      ['category=civil.nonexistent', ['query.category']],
      ['courtId=crt_ps_ramallah_magistrate&courtId=crt_nowhere', ['query.courtId.1']],
      ['courtLevel=district', ['query.courtLevel']],
      ['limit=101', ['query.limit']],
      ['decidedFrom=2024-05-01&decidedTo=2024-04-01', ['query.decidedTo']],
      ['sort=alphabetical', ['query.sort']],
      ['category=Civil', ['query.category']],
    ];
    for (const [query, paths] of cases) {
      const error = assertProblem(await bad(query), 400, 'validation_failed');
      assert.deepEqual(error.issues?.map((issue) => issue.path), paths, query);
    }
  });

  test('needs a credential; a publishable key alone is enough', async () => {
    assertProblem(await call('/v1/forum/decisions'), 401, 'missing_credentials');
    assert.equal((await call('/v1/forum/decisions?limit=1', { key: key() })).status, 200);
  });
});

describe('decisions', () => {
  test('getDecision gives the full text and what cites it; an unknown id is a 404', async () => {
    const cited = corpus().regulations[0]!;
    const id = cited.citedDecisionIds[0]!;
    const result = await call(`/v1/forum/decisions/${id}`, { key: key() });
    assert.equal(result.status, 200);
    const decision = result.body as Decision;
    assert.deepEqual(decision, corpus().decisionsById.get(id));
    assert.ok(decision.citedBy.regulationIds.includes(cited.id));
    const error = assertProblem(await call('/v1/forum/decisions/dec_xx_99999', { key: key() }), 404, 'decision_not_found');
    assert.equal(error.param, 'params.decisionId');
  });
});
