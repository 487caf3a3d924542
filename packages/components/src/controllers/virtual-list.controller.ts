/**
 * Windowing for a long list of rows of one height: the host renders only the rows
 * in view (and a few around them) inside a spacer as tall as the whole list, so ten
 * thousand results cost as much DOM as twenty. The row height is measured from a
 * rendered row (marked `data-index`), so CSS decides it.
 *
 * ```ts
 * list = new VirtualListController(this, { viewport: () => this.renderRoot.querySelector('#list'), count: () => this.items.length });
 * render() {
 *   const { first, last } = this.list;
 *   return html`<div id="list" style="overflow:auto">
 *     <div style="height:${this.list.totalHeight}px; position:relative">
 *       <div style="transform:translateY(${this.list.offset}px)">${this.items.slice(first, last).map(…)}</div>
 *     </div></div>`;
 * }
 * ```
 * @module
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface VirtualListOptions {
  /** The scrolling element; looked up after each render. */
  viewport: () => HTMLElement | null | undefined;
  /** How many rows the list has. */
  count: () => number;
  /** Rows rendered beyond each edge of the view, so fast scrolling shows no gap. Default 4. */
  overscan?: number;
  /** The row height, in px, until a row has been measured. Default 96. */
  estimatedRowHeight?: number;
}

export class VirtualListController implements ReactiveController {
  /** The first row rendered. */
  first = 0;
  /** One past the last row rendered. */
  last = 0;
  /** Measured height of one row, in px. */
  rowHeight: number;

  readonly #host: ReactiveControllerHost;
  readonly #options: Required<VirtualListOptions>;
  #viewport: HTMLElement | undefined;
  #frame: number | undefined;
  #resize: ResizeObserver | undefined;
  readonly #onScroll = (): void => {
    this.#frame ??= requestAnimationFrame(() => {
      this.#frame = undefined;
      this.#update();
    });
  };

  constructor(host: ReactiveControllerHost, options: VirtualListOptions) {
    this.#host = host;
    this.#options = { overscan: 4, estimatedRowHeight: 96, ...options };
    this.rowHeight = this.#options.estimatedRowHeight;
    host.addController(this);
  }

  /** The height of the whole list, for the spacer. */
  get totalHeight(): number {
    return this.#options.count() * this.rowHeight;
  }

  /** How far down the first rendered row sits. */
  get offset(): number {
    return this.first * this.rowHeight;
  }

  hostConnected(): void {
    this.#range();
  }

  hostUpdate(): void {
    // Before rendering: a list that shrank (a new search) must not render rows it no longer has.
    this.#range();
  }

  hostUpdated(): void {
    const viewport = this.#options.viewport() ?? undefined;
    if (viewport !== this.#viewport) {
      this.#viewport?.removeEventListener('scroll', this.#onScroll);
      this.#resize?.disconnect();
      this.#viewport = viewport;
      if (viewport) {
        viewport.addEventListener('scroll', this.#onScroll, { passive: true });
        this.#resize = new ResizeObserver(this.#onScroll);
        this.#resize.observe(viewport);
      }
    }
    this.#update();
  }

  hostDisconnected(): void {
    this.#viewport?.removeEventListener('scroll', this.#onScroll);
    this.#resize?.disconnect();
    this.#viewport = undefined;
    if (this.#frame !== undefined) cancelAnimationFrame(this.#frame);
    this.#frame = undefined;
  }

  /** Scrolls the least needed to bring row `index` fully into view. */
  scrollToIndex(index: number): void {
    const viewport = this.#viewport;
    if (!viewport) return;
    const top = index * this.rowHeight;
    const bottom = top + this.rowHeight;
    if (top < viewport.scrollTop) viewport.scrollTop = top;
    else if (bottom > viewport.scrollTop + viewport.clientHeight) viewport.scrollTop = bottom - viewport.clientHeight;
    this.#update();
  }

  /** How many rows fit in the view. */
  get pageRows(): number {
    return Math.max(1, Math.floor((this.#viewport?.clientHeight ?? 0) / this.rowHeight));
  }

  /** Measures a rendered row, works out the range from the scroll position, re-renders if it moved. */
  #update(): void {
    const row = this.#viewport?.querySelector<HTMLElement>('[data-index]');
    const measured = row?.offsetHeight;
    if (measured && measured !== this.rowHeight) this.rowHeight = measured;
    if (this.#range()) this.#host.requestUpdate();
  }

  /** Sets `first` and `last` for the current scroll position; true when they changed. */
  #range(): boolean {
    const count = this.#options.count();
    const { overscan } = this.#options;
    const scrollTop = this.#viewport?.scrollTop ?? 0;
    const height = this.#viewport?.clientHeight || this.rowHeight * 8;
    const first = Math.max(0, Math.min(count, Math.floor(scrollTop / this.rowHeight) - overscan));
    const last = Math.min(count, Math.ceil((scrollTop + height) / this.rowHeight) + overscan);
    const changed = first !== this.first || last !== this.last;
    this.first = first;
    this.last = Math.max(first, last);
    return changed;
  }
}
