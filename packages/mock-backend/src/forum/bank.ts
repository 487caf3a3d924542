/**
 * The decisions bank of one size: its corpus, its full-text index (built on the
 * first text query, and timed), and the last few searches' results, so walking the
 * pages of a search does not search again. Read-only, so shared by every sandbox
 * with a bank of that size.
 * @module
 */
import { corpusOf, type ForumCorpus } from './corpus.ts';
import { runSearch, fingerprintOf, type DecisionSearch, type SearchResult } from './search.ts';
import { DecisionIndex } from './search-index.ts';

/** How many searches' full results are kept (most recently used). */
const CACHED_SEARCHES = 16;

export class DecisionBank {
  readonly corpus: ForumCorpus;
  #index: DecisionIndex | undefined;
  readonly #results = new Map<string, SearchResult>();

  constructor(corpus: ForumCorpus) {
    this.corpus = corpus;
  }

  /** The full-text index, built now if it was not yet. */
  get index(): DecisionIndex {
    this.#index ??= new DecisionIndex(this.corpus.decisions);
    return this.#index;
  }

  /** Whether a text query has built the index yet. */
  get indexed(): boolean {
    return this.#index !== undefined;
  }

  /** Every hit of `search`, ordered, with its facets; answered from the cache for a search seen lately. */
  search(search: DecisionSearch): SearchResult {
    const key = fingerprintOf(search);
    let result = this.#results.get(key);
    if (result === undefined) {
      result = runSearch(this.corpus.decisions, this.corpus.decisionsById, () => this.index, search);
      if (this.#results.size >= CACHED_SEARCHES) this.#results.delete(this.#results.keys().next().value!);
    } else {
      this.#results.delete(key);
    }
    this.#results.set(key, result);
    return result;
  }
}

const banks = new Map<number, DecisionBank>();

/** The bank of `count` decisions, generated on first use. */
export function bankOf(count: number): DecisionBank {
  let bank = banks.get(count);
  if (bank === undefined) {
    bank = new DecisionBank(corpusOf(count));
    banks.set(count, bank);
  }
  return bank;
}
