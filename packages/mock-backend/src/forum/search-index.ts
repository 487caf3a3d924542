/**
 * The full-text index of the decisions bank, on MiniSearch (BM25+ over an inverted
 * index), with the bank's own tokenizer and normalization for documents and
 * queries alike. Built on the first text query, not when the sandbox starts.
 * @module
 */
import MiniSearch from 'minisearch';
import type { Decision } from '@adalat/sdk/contract';
import { normalizeText, words } from './normalize.ts';

/** One decision matching a query: its relevance and the (normalized) words of it that matched. */
export interface TextMatch {
  id: string;
  score: number;
  terms: readonly string[];
}

const FIELDS = ['title', 'summary', 'text', 'keywords', 'number'] as const;

const term = (word: string): string | null => normalizeText(word) || null;

export class DecisionIndex {
  /** Milliseconds it took to build. */
  readonly buildMs: number;
  readonly #index: MiniSearch<Decision>;

  constructor(decisions: readonly Decision[]) {
    const started = performance.now();
    // A bank repeats its words a great deal: normalize each distinct word once while indexing.
    const known = new Map<string, string | null>();
    const indexTerm = (word: string): string | null => {
      let normalized = known.get(word);
      if (normalized === undefined) {
        normalized = term(word);
        known.set(word, normalized);
      }
      return normalized;
    };
    this.#index = new MiniSearch<Decision>({
      fields: [...FIELDS],
      storeFields: [],
      tokenize: words,
      processTerm: indexTerm,
      extractField: (decision, field) => {
        const value = decision[field as keyof Decision];
        return Array.isArray(value) ? value.join(' ') : String(value);
      },
      searchOptions: {
        processTerm: term,
        boost: { title: 3, keywords: 2, summary: 1.5, number: 2 },
        combineWith: 'AND',
        // Search as you type: the last word may be the start of a longer one.
        prefix: (_term, index, terms) => index === terms.length - 1,
        fuzzy: false,
      },
    });
    this.#index.addAll(decisions as Decision[]);
    this.buildMs = performance.now() - started;
  }

  /** Decisions containing every word of `query` (the last as a prefix), best first; `[]` when it has no words. */
  match(query: string): TextMatch[] {
    return this.#index.search(query).map((result) => ({ id: String(result.id), score: result.score, terms: result.terms }));
  }

  /** Whether `query` has any searchable word (a query of punctuation only has none). */
  static hasTerms(query: string): boolean {
    return words(query).some((word) => term(word) !== null);
  }
}
