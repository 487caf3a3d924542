/**
 * Layout only: no colours, fonts or borders. Style the parts (`::part(installment-overdue)`)
 * and the states (`:state(error)`) from the page, or import a theme.
 */
import { css } from 'lit';
import { blockHostStyles } from '../base/host.styles.ts';

export const executionSummaryStyles = css`
  ${blockHostStyles}
  [part~='base'],
  [part~='file'],
  [part~='transfer-form'] {
    display: flex;
    flex-direction: column;
    gap: var(--adalat-execution-summary-gap, var(--adalat-gap, 1rem));
  }
  [part~='facts'],
  [part~='amounts'] {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: var(--adalat-execution-summary-item-gap, 0.25rem) var(--adalat-execution-summary-gap, var(--adalat-gap, 1rem));
    margin: 0;
  }
  [part~='fact'],
  [part~='amount'] {
    display: contents;
  }
  [part~='outstanding-value'] {
    font-size: var(--adalat-execution-summary-outstanding-size, 1.25em);
  }
  dd {
    margin: 0;
  }
  ul {
    margin: 0;
    padding-inline-start: var(--adalat-execution-summary-list-indent, 1.25rem);
    display: flex;
    flex-direction: column;
    gap: var(--adalat-execution-summary-item-gap, 0.25rem);
  }
  [part~='field'] {
    display: flex;
    flex-direction: column;
    gap: var(--adalat-execution-summary-item-gap, 0.25rem);
  }
  [part~='iban-input'] {
    font-family: var(--adalat-execution-summary-iban-font, ui-monospace, monospace);
    /* An IBAN reads left to right in every script. */
    direction: ltr;
    text-align: start;
    max-inline-size: var(--adalat-execution-summary-iban-width, 24rem);
  }
  [part~='status'],
  [part~='transfer-status'] {
    min-block-size: 1lh;
  }
`;
