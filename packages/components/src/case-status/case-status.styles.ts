/**
 * Layout only: no colours, fonts or borders. Style the parts (`::part(countdown-open)`)
 * and the states (`:state(error)`) from the page, or import a theme.
 */
import { css } from 'lit';
import { blockHostStyles } from '../base/host.styles.ts';

export const caseStatusStyles = css`
  ${blockHostStyles}
  [part~='base'],
  [part~='case'],
  [part~='postponement-form'] {
    display: flex;
    flex-direction: column;
    gap: var(--adalat-case-status-gap, var(--adalat-gap, 1rem));
  }
  [part~='facts'] {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: var(--adalat-case-status-item-gap, 0.25rem) var(--adalat-case-status-gap, var(--adalat-gap, 1rem));
    margin: 0;
  }
  [part~='fact'] {
    display: contents;
  }
  dd {
    margin: 0;
  }
  ul,
  ol {
    margin: 0;
    padding-inline-start: var(--adalat-case-status-list-indent, 1.25rem);
    display: flex;
    flex-direction: column;
    gap: var(--adalat-case-status-item-gap, 0.25rem);
  }
  p {
    margin: 0;
  }
  [part~='hearing-date'] {
    display: block;
  }
  [part~='field'] {
    display: flex;
    flex-direction: column;
    gap: var(--adalat-label-gap, 0.25rem);
  }
  textarea {
    min-block-size: var(--adalat-case-status-reason-min-height, 6rem);
    resize: vertical;
  }
  button,
  select,
  textarea {
    font: inherit;
  }
  [part~='form-actions'] {
    display: flex;
    flex-wrap: wrap;
    gap: var(--adalat-case-status-item-gap, 0.5rem);
  }
`;
