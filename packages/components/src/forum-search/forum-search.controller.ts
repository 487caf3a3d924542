/**
 * The decisions search without its markup: the query and filters, a debounced
 * search that aborts the one before it, the hits of every page loaded so far with
 * the total and the facets, and the decision a reader opened. Use it with your own
 * template:
 *
 * ```ts
 * class MySearch extends LitElement {
 *   search = new ForumSearchController(this, { client: () => myClient });
 *   render() {
 *     return html`<input @input=${(e) => this.search.setText(e.target.value)}>
 *       ${this.search.hits.map((hit) => html`<p>${hit.decision.title}</p>`)}`;
 *   }
 * }
 * ```
 * @module
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { AdalatCore } from '@adalat/sdk/core';
import type {
  CourtLevel,
  Decision,
  DecisionFacets,
  DecisionHit,
  DecisionSearchPage,
  DecisionSort,
  JurisdictionCode,
  LanguageCode,
} from '@adalat/sdk/contract';
import { forumResource } from '@adalat/sdk/resources/forum';
import type { ElementStatus } from '../base/adalat-element.ts';
import { ResourceController } from '../controllers/resource.controller.ts';

/** The filters that take several values (ORed); every filter is ANDed with the others. */
export interface ForumSearchFilters {
  category: readonly string[];
  courtId: readonly string[];
  courtLevel: readonly CourtLevel[];
  jurisdiction: readonly JurisdictionCode[];
  language: readonly LanguageCode[];
}
export type ForumSearchFilterName = keyof ForumSearchFilters;

/** What is searched for. */
export interface ForumSearchQuery extends ForumSearchFilters {
  q: string;
  /** `YYYY-MM-DD` or `''`. */
  decidedFrom: string;
  decidedTo: string;
  sort: DecisionSort;
}

export const FILTER_NAMES: readonly ForumSearchFilterName[] = ['category', 'jurisdiction', 'courtLevel', 'language', 'courtId'];

export const EMPTY_QUERY: ForumSearchQuery = {
  q: '',
  category: [],
  courtId: [],
  courtLevel: [],
  jurisdiction: [],
  language: [],
  decidedFrom: '',
  decidedTo: '',
  sort: 'relevance',
};

export interface ForumSearchControllerOptions {
  /** The client to search with; read on every host update, and a new one searches again. */
  client: () => AdalatCore | undefined;
  /** How long typing must pause before a search starts, in ms (read on each keystroke). Default 300. */
  debounceMs?: () => number;
  /** Hits per request, 1 to 100. Default 50. */
  pageSize?: () => number;
  /** Called after every change of the query, typed or set (for URL sync, say). */
  onQueryChange?: (query: ForumSearchQuery) => void;
}

/** `idle` until a client is there; then the element statuses. */
export type ForumSearchStatus = 'idle' | ElementStatus;

const isEmptyPage = (page: DecisionSearchPage): boolean => page.data.length === 0;

export class ForumSearchController implements ReactiveController {
  /** The first page of the current search (with the total and the facets). */
  readonly results: ResourceController<DecisionSearchPage>;
  /** The page being added by `loadMore()`. */
  readonly more: ResourceController<DecisionSearchPage>;
  /** The decision opened with `open()`. */
  readonly decision: ResourceController<Decision>;

  readonly #host: ReactiveControllerHost;
  readonly #options: ForumSearchControllerOptions;
  #query: ForumSearchQuery = { ...EMPTY_QUERY };
  #hits: DecisionHit[] = [];
  #nextCursor: string | null = null;
  #searchedWith: AdalatCore | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;
  /** Bumped by every new search, so a late page of an older one is dropped. */
  #generation = 0;
  /** Changes before the host is connected wait for its first update to search. */
  #connected = false;

  constructor(host: ReactiveControllerHost, options: ForumSearchControllerOptions) {
    this.#host = host;
    this.#options = options;
    this.results = new ResourceController(host, { isEmpty: isEmptyPage });
    this.more = new ResourceController(host, { isEmpty: isEmptyPage });
    this.decision = new ResourceController(host, { isEmpty: () => false });
    host.addController(this);
  }

  hostConnected(): void {
    this.#connected = true;
    // The first search waits for the host's update, so attributes set before it count.
    this.#host.requestUpdate();
  }

  hostUpdate(): void {
    this.#sync();
  }

  hostDisconnected(): void {
    this.#connected = false;
    const pending = this.#timer !== undefined;
    clearTimeout(this.#timer);
    this.#timer = undefined;
    // A search cut short, or still to start, runs on reconnection; settled results stay.
    const settled = this.results.status === 'ready' || this.results.status === 'empty';
    if (pending || !settled) this.#searchedWith = undefined;
  }

  get query(): Readonly<ForumSearchQuery> {
    return this.#query;
  }

  /** Every hit loaded so far, in order. */
  get hits(): readonly DecisionHit[] {
    return this.#hits;
  }

  /** How many decisions the search found; `undefined` before the first answer. */
  get total(): number | undefined {
    return this.results.value?.total;
  }

  get facets(): DecisionFacets | undefined {
    return this.results.value?.facets;
  }

  /** More pages can be loaded. */
  get hasMore(): boolean {
    return this.#nextCursor !== null && this.results.status === 'ready';
  }

  get status(): ForumSearchStatus {
    if (!this.#searchedWith) return 'idle';
    if (this.results.status === 'idle') return 'loading';
    return this.results.status;
  }

  /** The failure of the search (or of the last page added), as the SDK threw it. */
  get error(): unknown {
    return this.results.status === 'error' ? this.results.error : this.more.status === 'error' ? this.more.error : undefined;
  }

  /** Sets the words searched for; the search starts once typing pauses. */
  setText(q: string): void {
    if (q === this.#query.q) return;
    this.#change({ q }, false);
  }

  /** Sets one filter's values; searches at once. */
  setFilter<K extends ForumSearchFilterName>(name: K, values: ForumSearchFilters[K]): void {
    this.#change({ [name]: [...new Set(values)] } as Partial<ForumSearchQuery>, true);
  }

  /** Adds or removes one value of a filter. */
  toggleFilter<K extends ForumSearchFilterName>(name: K, value: ForumSearchFilters[K][number], on: boolean): void {
    const current = this.#query[name] as readonly string[];
    const next = on ? [...current, value] : current.filter((v) => v !== value);
    this.setFilter(name, next as unknown as ForumSearchFilters[K]);
  }

  /** Sets the date range (`YYYY-MM-DD`, `''` for open); searches at once. */
  setDateRange(decidedFrom: string, decidedTo: string): void {
    this.#change({ decidedFrom, decidedTo }, true);
  }

  setSort(sort: DecisionSort): void {
    this.#change({ sort }, true);
  }

  /** Sets any part of the query (from attributes or the URL, say); searches at once. */
  setQuery(query: Partial<ForumSearchQuery>): void {
    this.#change(query, true);
  }

  /** Drops every filter and the date range, keeping the words. */
  clearFilters(): void {
    this.#change({ ...EMPTY_QUERY, q: this.#query.q, sort: this.#query.sort }, true);
  }

  /** Starts the pending (debounced) search now. */
  searchNow(): void {
    this.#search();
  }

  /** Searches again (after a failure, say); a failed page is simply loaded again. */
  reload(): void {
    if (this.results.status === 'error' || this.more.status !== 'error') this.#search();
    else void this.loadMore();
  }

  /** Loads the next page and adds its hits; does nothing while one loads or when there is none. */
  async loadMore(): Promise<void> {
    const client = this.#options.client();
    const cursor = this.#nextCursor;
    if (!client || cursor === null || this.results.status !== 'ready' || this.more.status === 'loading') return;
    const generation = this.#generation;
    await this.more.run((signal) => forumResource(client).searchDecisions({ ...this.#params(), cursor }, { signal }));
    const page = this.more.value;
    if (generation !== this.#generation || this.more.status === 'error' || page === undefined) return;
    this.#hits = [...this.#hits, ...page.data];
    this.#nextCursor = page.nextCursor;
    this.more.value = undefined;
    this.#host.requestUpdate();
  }

  /** Loads a decision with its full text into `decision`. */
  open(decisionId: string): Promise<void> {
    const client = this.#options.client();
    if (!client) return Promise.resolve();
    return this.decision.run((signal) => forumResource(client).getDecision({ decisionId }, { signal }));
  }

  /** Forgets the opened decision. */
  close(): void {
    this.decision.clear();
  }

  #change(patch: Partial<ForumSearchQuery>, immediate: boolean): void {
    this.#query = { ...this.#query, ...patch };
    this.#options.onQueryChange?.(this.#query);
    if (!this.#connected) return;
    if (immediate) {
      this.#search();
      return;
    }
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.#search(), this.#options.debounceMs?.() ?? 300);
    this.#host.requestUpdate();
  }

  /** The query as the API takes it: empty parts left out. */
  #params() {
    const q = this.#query;
    const some = <T>(values: readonly T[]) => (values.length > 0 ? [...values] : undefined);
    return {
      q: q.q.trim() || undefined,
      category: some(q.category),
      courtId: some(q.courtId),
      courtLevel: some(q.courtLevel),
      jurisdiction: some(q.jurisdiction),
      language: some(q.language),
      decidedFrom: q.decidedFrom || undefined,
      decidedTo: q.decidedTo || undefined,
      sort: q.sort,
      limit: Math.min(100, Math.max(1, this.#options.pageSize?.() ?? 50)),
    };
  }

  /** Starts a search for the current query; the one still running is aborted. */
  #search(): void {
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
    const client = this.#options.client();
    this.#searchedWith = client;
    this.#generation += 1;
    this.more.clear();
    if (!client) {
      this.results.clear();
      return;
    }
    const params = this.#params();
    void this.results
      .run((signal) => forumResource(client).searchDecisions(params, { signal }))
      .then(() => {
        const page = this.results.value;
        if (this.results.status === 'loading' || page === undefined) return;
        this.#hits = this.results.status === 'error' ? [] : [...page.data];
        this.#nextCursor = this.results.status === 'error' ? null : page.nextCursor;
        this.#host.requestUpdate();
      });
  }

  /** A new client (or the first one) searches again. */
  #sync(): void {
    const client = this.#options.client();
    if (this.#connected && client !== this.#searchedWith && this.#timer === undefined) this.#search();
  }
}
