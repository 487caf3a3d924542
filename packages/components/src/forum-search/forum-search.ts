/**
 * `<adalat-forum-search>`: the bank of judicial decisions, searched as you type, with
 * facets, highlighted snippets, a windowed result list and a decision view. The
 * behaviour lives in `ForumSearchController`; this file is the default markup.
 * @module
 */
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import type { DecisionHit, DecisionSort, DecisionSummary, FacetCount, TextSegment } from '@adalat/sdk/contract';
import { AdalatElement, type ElementStatus } from '../base/adalat-element.ts';
import { VirtualListController } from '../controllers/virtual-list.controller.ts';
import { baseLocale, numberingFor } from '../format/conventions.ts';
import { formatInstant } from '../format/date.ts';
import { errorMessageKey } from '../i18n/error-message.ts';
import { pickText } from '../i18n/localized-text.ts';
import type { MessageKey } from '../i18n/msg.ts';
import {
  FILTER_NAMES,
  ForumSearchController,
  type ForumSearchFilterName,
  type ForumSearchFilters,
  type ForumSearchQuery,
} from './forum-search.controller.ts';
import { forumSearchStyles } from './forum-search.styles.ts';
import { readUrlQuery, writeUrlQuery } from './url-state.ts';

/** `adalat-decision-open` names the decision a reader chose; cancel it to show the decision your own way. */
export interface DecisionOpenDetail {
  decisionId: string;
  decision: DecisionSummary;
}

/** Courts listed in the court facet before the chosen ones (a jurisdiction may have dozens). */
const COURTS_SHOWN = 10;
/** Rows left below the window when the next page is fetched. */
const PREFETCH_ROWS = 10;

const list = (value: string | null | undefined): string[] => (value ?? '').split(/[\s,]+/).filter(Boolean);

/** Server text, highlighted: matches in `<mark>`, everything as text. */
function segments(parts: readonly TextSegment[]): Array<TemplateResult | string> {
  return parts.map((part) => (part.match ? html`<mark part="mark">${part.text}</mark>` : part.text));
}

/**
 * @summary Searches the bank of judicial decisions: full text in five languages, facets, highlighted snippets, a decision view.
 * @tagname adalat-forum-search
 *
 * @slot label - Replaces the search box label's text.
 * @slot empty - Replaces the text shown when nothing matches.
 * @slot detail-footer - Shown under an opened decision (a link to the partner's own page, say).
 *
 * @csspart base - The wrapper of everything.
 * @csspart search - The search form (`role=search`): the box and the order.
 * @csspart field - Each label and control pair; also `query-field`, `sort-field`, `from-field`, `to-field`.
 * @csspart label - Each label.
 * @csspart input - The search box.
 * @csspart sort - The order select.
 * @csspart layout - The filters beside the results.
 * @csspart filters - The filters column.
 * @csspart facet - Each facet's fieldset; also `facet-category`, `facet-jurisdiction`, `facet-courtLevel`, `facet-language`, `facet-courtId`, `facet-dates`.
 * @csspart facet-legend - Each facet's legend.
 * @csspart facet-option - Each value's label; `facet-checkbox`, `facet-label` and `facet-count` inside it.
 * @csspart date-input - The two date inputs.
 * @csspart years - The year buttons; each is a `year` part (`aria-pressed` when it is the range).
 * @csspart clear - The button that clears the filters.
 * @csspart main - The results column.
 * @csspart status - The polite live region (`role=status`): searching, how many found.
 * @csspart empty - The text shown when nothing matches.
 * @csspart error - The alert (`role=alert`) shown when the search failed; `error-message` and `retry` inside it.
 * @csspart results - The scrolling box of the result list.
 * @csspart spacer - The box as tall as the whole list, inside `results`.
 * @csspart list - The rows rendered now (`role=list`).
 * @csspart result - Each row (`role=listitem`); `result-title` (the button that opens it), `result-meta`, `snippet` inside.
 * @csspart mark - Each highlighted match.
 * @csspart detail - The opened decision; `back`, `detail-title`, `detail-meta`, `detail-text`, `detail-cited` inside.
 *
 * @cssprop [--adalat-forum-search-gap=var(--adalat-gap, 0.75rem)] - Space between the blocks.
 * @cssprop [--adalat-forum-search-filters-width=16rem] - Width of the filters column.
 * @cssprop [--adalat-forum-search-results-height=36rem] - Height of the result list's scrolling box.
 * @cssprop [--adalat-forum-search-row-height=8.5rem] - Height of every result row (the list is windowed on it).
 *
 * @cssstate loading - A search is under way (also `aria-busy`).
 * @cssstate empty - Nothing matches.
 * @cssstate error - The search failed, or no client was found.
 * @cssstate ready - Results are shown.
 *
 * @event {CustomEvent<DecisionOpenDetail>} adalat-decision-open - A result was chosen; bubbles, crosses shadow roots, cancelable (then no decision view opens).
 */
export class AdalatForumSearch extends AdalatElement {
  static override styles = forumSearchStyles;

  /** Pause after typing before a search starts, in ms. */
  @property({ type: Number }) debounce = 300;

  /** Results fetched per request (1–100); more are fetched as the list scrolls. */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 50;

  /** Reads the search from the page address on connection and writes it back (`history.replaceState`) on every change. */
  @property({ type: Boolean, attribute: 'sync-url' }) syncUrl = false;

  /** The behaviour: query, debounced search, pages, facets, the opened decision; usable with another template. */
  readonly controller: ForumSearchController = new ForumSearchController(this, {
    client: () => this.client,
    debounceMs: () => this.debounce,
    pageSize: () => this.pageSize,
    onQueryChange: (query) => this.#writeUrl(query),
  });

  /** The windowing of the result list. */
  readonly virtualList: VirtualListController = new VirtualListController(this, {
    viewport: () => this.renderRoot.querySelector<HTMLElement>('[part~="results"]'),
    count: () => this.controller.hits.length,
  });

  /** The row the arrow keys move from. */
  #active = 0;
  /** The row whose decision is open, to return focus to. */
  #opened: number | undefined;
  /** The first page last shown: a new one (a new search) starts the list at the top. */
  #shownPage: unknown;

  constructor() {
    super();
    this.setStatus('loading');
  }

  /** The words searched for; the attribute sets the first search. */
  @property()
  get q(): string {
    return this.controller.query.q;
  }
  set q(value: string | null) {
    this.controller.setQuery({ q: value ?? '' });
  }

  /** Category codes (space- or comma-separated in the attribute); each covers its subtree. */
  @property()
  get category(): string {
    return this.controller.query.category.join(' ');
  }
  set category(value: string | null) {
    this.controller.setQuery({ category: list(value) });
  }

  /** Jurisdiction codes (`PS SA IR KZ`), space- or comma-separated. */
  @property()
  get jurisdiction(): string {
    return this.controller.query.jurisdiction.join(' ');
  }
  set jurisdiction(value: string | null) {
    this.controller.setQuery({ jurisdiction: list(value) as ForumSearchFilters['jurisdiction'] });
  }

  /** Languages of the decisions (`ar fa kk ru en`), space- or comma-separated. */
  @property()
  get language(): string {
    return this.controller.query.language.join(' ');
  }
  set language(value: string | null) {
    this.controller.setQuery({ language: list(value) as ForumSearchFilters['language'] });
  }

  /** `relevance` (the default) or `date` (newest first). */
  @property()
  get sort(): DecisionSort {
    return this.controller.query.sort;
  }
  set sort(value: string | null) {
    this.controller.setQuery({ sort: value === 'date' ? 'date' : 'relevance' });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.syncUrl) this.controller.setQuery(readUrlQuery(location.search));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.setStatus(this.#status());
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const c = this.controller;
    if (c.results.value !== this.#shownPage) {
      this.#shownPage = c.results.value;
      this.#active = 0;
      const viewport = this.renderRoot.querySelector<HTMLElement>('[part~="results"]');
      if (viewport && viewport.scrollTop !== 0) viewport.scrollTop = 0;
    }
    // Fetch the next page before the reader reaches the end of what is loaded (after a failure, only "try again" does).
    if (c.hasMore && c.more.status !== 'error' && this.virtualList.last >= c.hits.length - PREFETCH_ROWS) void c.loadMore();
  }

  #status(): ElementStatus {
    if (this.clientError) return 'error';
    const status = this.controller.status;
    return status === 'idle' ? 'loading' : status;
  }

  #writeUrl(query: ForumSearchQuery): void {
    if (!this.syncUrl || !this.isConnected) return;
    history.replaceState(history.state, '', writeUrlQuery(new URL(location.href), query));
  }

  /** A number in the reader's digits; a year without grouping. */
  #number(n: number, useGrouping = true): string {
    return new Intl.NumberFormat(baseLocale(this.locale), { numberingSystem: numberingFor(this.locale), useGrouping }).format(n);
  }

  #day(day: string): string {
    // Noon UTC, shown in UTC: the same calendar day everywhere.
    return formatInstant(`${day}T12:00:00Z`, { locale: this.locale, timeZone: 'UTC' });
  }

  #languageName(code: string): string {
    try {
      return new Intl.DisplayNames([baseLocale(this.locale)], { type: 'language' }).of(code) ?? code;
    } catch {
      return code;
    }
  }

  /** How a facet value reads: the server's name, the catalog's, or the browser's for a language. */
  #facetLabel(name: ForumSearchFilterName, count: FacetCount): string {
    if (count.label) return pickText(count.label, this.locale);
    if (name === 'courtLevel') return this.msg(`forumSearch.level.${count.value}` as MessageKey);
    if (name === 'language') return this.#languageName(count.value);
    return count.value;
  }

  // ——— events ———

  #onInput = (event: Event): void => {
    this.controller.setText((event.target as HTMLInputElement).value);
  };

  #onSubmit = (event: Event): void => {
    event.preventDefault();
    this.controller.searchNow();
  };

  #onSearchKey = (event: KeyboardEvent): void => {
    if (event.key !== 'ArrowDown' || this.controller.hits.length === 0) return;
    event.preventDefault();
    void this.#focusRow(this.#active);
  };

  #onSort = (event: Event): void => {
    this.controller.setSort((event.target as HTMLSelectElement).value === 'date' ? 'date' : 'relevance');
  };

  #onFacet = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    const name = input.dataset.facet as ForumSearchFilterName;
    this.controller.toggleFilter(name, input.value as never, input.checked);
  };

  #onDate = (): void => {
    const value = (id: string) => this.renderRoot.querySelector<HTMLInputElement>(`#${id}`)?.value ?? '';
    this.controller.setDateRange(value('from'), value('to'));
  };

  #onYear(year: string, pressed: boolean): void {
    this.controller.setDateRange(pressed ? '' : `${year}-01-01`, pressed ? '' : `${year}-12-31`);
  }

  #onClear = (): void => this.controller.clearFilters();
  #onRetry = (): void => this.controller.reload();

  /** Arrow keys, Home, End, Page Up and Page Down move between results; Enter opens one. */
  #onListKey = (event: KeyboardEvent): void => {
    const count = this.controller.hits.length;
    if (count === 0) return;
    const page = this.virtualList.pageRows;
    const moves: Record<string, number> = {
      ArrowDown: this.#active + 1,
      ArrowUp: this.#active - 1,
      Home: 0,
      End: count - 1,
      PageDown: this.#active + page,
      PageUp: this.#active - page,
    };
    const next = moves[event.key];
    if (next === undefined) return;
    event.preventDefault();
    void this.#focusRow(Math.max(0, Math.min(count - 1, next)));
  };

  #onRowFocus = (event: FocusEvent): void => {
    const index = Number((event.target as HTMLElement).dataset.index);
    if (Number.isInteger(index)) this.#active = index;
  };

  /** Brings a row into view and focuses its title (roving tabindex). */
  async #focusRow(index: number): Promise<void> {
    this.#active = index;
    this.virtualList.scrollToIndex(index);
    this.requestUpdate();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLButtonElement>(`button[data-index="${index}"]`)?.focus();
  }

  async #open(hit: DecisionHit, index: number): Promise<void> {
    this.#active = index;
    const event = new CustomEvent<DecisionOpenDetail>('adalat-decision-open', {
      detail: { decisionId: hit.decision.id, decision: hit.decision },
      bubbles: true,
      composed: true,
      cancelable: true,
    });
    if (!this.dispatchEvent(event)) return;
    this.#opened = index;
    const opening = this.controller.open(hit.decision.id);
    this.requestUpdate();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[part~="detail-title"]')?.focus();
    await opening;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[part~="detail-title"]')?.focus();
  }

  #close = (): void => {
    this.controller.close();
    const index = this.#opened;
    this.#opened = undefined;
    if (index !== undefined) void this.#focusRow(index);
  };

  #onDetailKey = (event: KeyboardEvent): void => {
    if (event.key === 'Escape') {
      event.preventDefault();
      this.#close();
    }
  };

  // ——— rendering ———

  #statusText(): string {
    const c = this.controller;
    if (this.clientError || c.status === 'error') return '';
    if (c.status === 'loading' || c.status === 'idle') return this.msg('forumSearch.loading');
    if (c.status === 'empty') return this.msg('forumSearch.noResults');
    return this.msg('forumSearch.count', { count: c.total ?? 0 });
  }

  #field(name: string, label: MessageKey, control: TemplateResult): TemplateResult {
    return html`<div part="field ${name}-field">
      <label part="label" for=${name}>${this.msg(label)}</label>
      ${control}
    </div>`;
  }

  #facet(name: ForumSearchFilterName): TemplateResult | typeof nothing {
    const counts = this.controller.facets?.[name] ?? [];
    const chosen = this.controller.query[name] as readonly string[];
    const shown = name === 'courtId' ? counts.filter((c, i) => i < COURTS_SHOWN || chosen.includes(c.value)) : counts;
    if (shown.length === 0) return nothing;
    return html`<fieldset part="facet facet-${name}">
      <legend part="facet-legend">${this.msg(`forumSearch.facet.${name}` as MessageKey)}</legend>
      ${repeat(
        shown,
        (count) => count.value,
        (count) => html`<label part="facet-option">
          <input
            type="checkbox"
            part="facet-checkbox"
            data-facet=${name}
            .value=${count.value}
            .checked=${live(chosen.includes(count.value))}
            @change=${this.#onFacet}
          />
          <span part="facet-label">${this.#facetLabel(name, count)}</span>
          <span part="facet-count">${this.#number(count.count)}</span>
        </label>`,
      )}
    </fieldset>`;
  }

  #dates(): TemplateResult {
    const { decidedFrom, decidedTo } = this.controller.query;
    const years = [...(this.controller.facets?.year ?? [])].sort((a, b) => (a.value < b.value ? 1 : -1));
    const dateInput = (id: string, value: string) =>
      html`<input id=${id} type="date" part="date-input" .value=${live(value)} @change=${this.#onDate} />`;
    return html`<fieldset part="facet facet-dates">
      <legend part="facet-legend">${this.msg('forumSearch.dates')}</legend>
      ${this.#field('from', 'forumSearch.from', dateInput('from', decidedFrom))}
      ${this.#field('to', 'forumSearch.to', dateInput('to', decidedTo))}
      ${years.length === 0
        ? nothing
        : html`<div part="years" role="group" aria-label=${this.msg('forumSearch.facet.year')}>
            ${years.map((year) => {
              const pressed = decidedFrom === `${year.value}-01-01` && decidedTo === `${year.value}-12-31`;
              return html`<button type="button" part="year" aria-pressed=${pressed ? 'true' : 'false'} @click=${() => this.#onYear(year.value, pressed)}>
                ${this.#number(Number(year.value), false)} (${this.#number(year.count)})
              </button>`;
            })}
          </div>`}
    </fieldset>`;
  }

  #row(hit: DecisionHit, index: number, tabbable: number, total: number): TemplateResult {
    const d = hit.decision;
    const meta = [
      pickText(d.courtName, this.locale),
      this.msg('forumSearch.decidedOn', { date: this.#day(d.decidedOn) }),
      pickText(d.categoryName, this.locale),
      this.msg(`forumSearch.outcome.${d.outcome}` as MessageKey),
    ].join(' · ');
    return html`<div role="listitem" part="result" data-index=${index} aria-setsize=${total} aria-posinset=${index + 1}>
      <button
        type="button"
        part="result-title"
        data-index=${index}
        lang=${d.language}
        dir="auto"
        tabindex=${index === tabbable ? 0 : -1}
        @click=${() => this.#open(hit, index)}
      >${segments(hit.highlights.title)}</button>
      <span part="result-meta">${meta}</span>
      <p part="snippet" lang=${d.language} dir="auto">${segments(hit.highlights.snippet)}</p>
    </div>`;
  }

  #results(): TemplateResult {
    const c = this.controller;
    const v = this.virtualList;
    const hits = c.hits;
    const first = Math.min(v.first, hits.length);
    const last = Math.min(v.last, hits.length);
    // Roving tabindex: the active row, or the first rendered one when it scrolled away.
    const tabbable = this.#active >= first && this.#active < last ? this.#active : first;
    const total = c.total ?? hits.length;
    return html`<div part="results" ?hidden=${hits.length === 0}>
      <div part="spacer" style="height: ${v.totalHeight}px">
        <div
          part="list"
          role="list"
          aria-label=${this.msg('forumSearch.results')}
          style="transform: translateY(${v.offset}px)"
          @keydown=${this.#onListKey}
          @focusin=${this.#onRowFocus}
        >
          ${repeat(
            hits.slice(first, last),
            (hit) => hit.decision.id,
            (hit, i) => this.#row(hit, first + i, tabbable, total),
          )}
        </div>
      </div>
    </div>`;
  }

  #detail(): TemplateResult {
    const resource = this.controller.decision;
    const d = resource.value;
    const error = resource.status === 'error' ? resource.error : undefined;
    const cited = d ? d.citedBy.regulationIds.length + d.citedBy.practiceSummaryIds.length : 0;
    return html`<article part="detail" aria-labelledby="detail-title" aria-busy=${resource.status === 'loading' ? 'true' : 'false'} @keydown=${this.#onDetailKey}>
      <button type="button" part="back" @click=${this.#close}>${this.msg('forumSearch.back')}</button>
      ${d === undefined
        ? html`<h2 id="detail-title" part="detail-title" tabindex="-1">
              ${error === undefined ? this.msg('forumSearch.loadingDecision') : this.msg(errorMessageKey(error))}
            </h2>`
        : html`<h2 id="detail-title" part="detail-title" tabindex="-1" lang=${d.language} dir="auto">${d.title}</h2>
            <p part="detail-meta">
              ${[
                pickText(d.courtName, this.locale),
                this.msg('forumSearch.number', { number: d.number }),
                this.msg('forumSearch.decidedOn', { date: this.#day(d.decidedOn) }),
                pickText(d.categoryName, this.locale),
                this.msg(`forumSearch.outcome.${d.outcome}` as MessageKey),
              ].join(' · ')}
            </p>
            <p part="detail-text" lang=${d.language} dir="auto">${d.text}</p>
            ${cited === 0 ? nothing : html`<p part="detail-cited">${this.msg('forumSearch.citedBy', { count: cited })}</p>`}`}
      <slot name="detail-footer"></slot>
    </article>`;
  }

  protected override render() {
    const c = this.controller;
    const query = c.query;
    const error = this.clientError ?? c.error;
    const opened = c.decision.status !== 'idle';
    const filtered = FILTER_NAMES.some((name) => query[name].length > 0) || Boolean(query.decidedFrom || query.decidedTo);
    return html`<div part="base">
      <form part="search" role="search" aria-label=${this.msg('forumSearch.region')} @submit=${this.#onSubmit}>
        <div part="field query-field">
          <label part="label" for="q"><slot name="label">${this.msg('forumSearch.searchLabel')}</slot></label>
          <input
            id="q"
            part="input"
            type="search"
            autocomplete="off"
            maxlength="200"
            placeholder=${this.msg('forumSearch.placeholder')}
            .value=${live(query.q)}
            @input=${this.#onInput}
            @keydown=${this.#onSearchKey}
          />
        </div>
        ${this.#field(
          'sort',
          'forumSearch.sort',
          html`<select id="sort" part="sort" @change=${this.#onSort}>
            <option value="relevance" .selected=${live(query.sort === 'relevance')}>${this.msg('forumSearch.sort.relevance')}</option>
            <option value="date" .selected=${live(query.sort === 'date')}>${this.msg('forumSearch.sort.date')}</option>
          </select>`,
        )}
      </form>
      <div part="layout">
        <section part="filters" aria-label=${this.msg('forumSearch.filters')}>
          ${FILTER_NAMES.map((name) => this.#facet(name))} ${this.#dates()}
          ${filtered ? html`<button type="button" part="clear" @click=${this.#onClear}>${this.msg('forumSearch.clear')}</button>` : nothing}
        </section>
        <div part="main">
          <div part="status" role="status">${this.#statusText()}</div>
          ${error === undefined
            ? nothing
            : html`<div part="error" role="alert">
                <span part="error-message">${this.msg(errorMessageKey(error))}</span>
                ${this.clientError ? nothing : html`<button part="retry" type="button" @click=${this.#onRetry}>${this.msg('action.retry')}</button>`}
              </div>`}
          ${c.status === 'empty' ? html`<p part="empty"><slot name="empty">${this.msg('forumSearch.noResults')}</slot></p>` : nothing}
          <div ?hidden=${opened}>${this.#results()}</div>
          ${opened ? this.#detail() : nothing}
        </div>
      </div>
    </div>`;
  }
}
