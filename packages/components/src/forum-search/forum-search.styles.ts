/**
 * Layout only: no colours, fonts or borders. Rows have one height (the result list is
 * windowed); set it with `--adalat-forum-search-row-height`. Style the parts
 * (`::part(result)`, `::part(mark)`) and the states (`:state(loading)`) from the page.
 */
import { css } from 'lit';

export const forumSearchStyles = css`
  :host {
    display: block;
    container-type: inline-size;
  }
  :host([hidden]),
  [hidden] {
    display: none !important;
  }
  [part~='base'] {
    display: flex;
    flex-direction: column;
    gap: var(--adalat-forum-search-gap, var(--adalat-gap, 0.75rem));
  }
  [part~='search'] {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: var(--adalat-forum-search-gap, var(--adalat-gap, 0.75rem));
  }
  [part~='field'] {
    display: flex;
    flex-direction: column;
    gap: var(--adalat-label-gap, 0.25rem);
  }
  [part~='query-field'] {
    flex: 1 1 16rem;
  }
  [part~='layout'] {
    display: grid;
    grid-template-columns: minmax(12rem, var(--adalat-forum-search-filters-width, 16rem)) 1fr;
    gap: var(--adalat-forum-search-gap, var(--adalat-gap, 0.75rem));
    align-items: start;
  }
  @container (max-width: 40rem) {
    [part~='layout'] {
      grid-template-columns: 1fr;
    }
  }
  [part~='filters'] {
    display: flex;
    flex-direction: column;
    gap: var(--adalat-forum-search-gap, var(--adalat-gap, 0.75rem));
    min-width: 0;
  }
  [part~='facet'] {
    margin: 0;
    min-width: 0;
  }
  [part~='facet-option'] {
    display: flex;
    gap: 0.5ch;
    align-items: baseline;
  }
  [part~='facet-label'] {
    flex: 1;
    overflow-wrap: anywhere;
  }
  [part~='years'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
  }
  [part~='main'] {
    display: flex;
    flex-direction: column;
    gap: var(--adalat-forum-search-gap, var(--adalat-gap, 0.75rem));
    min-width: 0;
  }
  [part~='results'] {
    overflow-y: auto;
    max-height: var(--adalat-forum-search-results-height, 36rem);
    overscroll-behavior: contain;
  }
  [part~='spacer'] {
    position: relative;
  }
  [part~='list'] {
    position: absolute;
    inset-inline: 0;
    top: 0;
    margin: 0;
    padding: 0;
  }
  [part~='result'] {
    box-sizing: border-box;
    height: var(--adalat-forum-search-row-height, 8.5rem);
    overflow: hidden;
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    padding-block: 0.5rem;
  }
  [part~='result-title'] {
    font: inherit;
    text-align: start;
    cursor: pointer;
  }
  [part~='snippet'] {
    margin: 0;
    overflow: hidden;
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 3;
  }
  [part~='detail-text'] {
    white-space: pre-line;
  }
  input,
  select,
  button {
    font: inherit;
  }
`;
