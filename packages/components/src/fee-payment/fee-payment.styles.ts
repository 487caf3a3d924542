/**
 * Layout only: no colours, fonts or borders. Style the parts (`::part(pay)`) and the
 * states (`:state(awaiting-bank)`) from the page, or import a theme.
 */
import { css } from 'lit';
import { blockHostStyles } from '../base/host.styles.ts';

export const feePaymentStyles = css`
  ${blockHostStyles}
  [part~='base'],
  [part~='receipt'],
  [part~='handoff'],
  [part~='search'] {
    display: flex;
    flex-direction: column;
    gap: var(--adalat-fee-payment-gap, var(--adalat-gap, 1rem));
  }
  [part~='search-row'],
  [part~='payer'] {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: var(--adalat-fee-payment-gap, var(--adalat-gap, 1rem));
  }
  [part~='field'] {
    display: flex;
    flex-direction: column;
    gap: var(--adalat-fee-payment-label-gap, var(--adalat-label-gap, 0.25rem));
  }
  table {
    border-collapse: collapse;
    inline-size: 100%;
  }
  caption {
    text-align: start;
  }
  th,
  td {
    padding: var(--adalat-fee-payment-cell-padding, 0.25rem 0.5rem);
    text-align: start;
    vertical-align: top;
  }
  [part~='line-amount'],
  [part~='total'],
  [part~='amount-header'] {
    text-align: end;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  [part~='receipt-details'] {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: var(--adalat-fee-payment-item-gap, 0.25rem) var(--adalat-fee-payment-gap, var(--adalat-gap, 1rem));
    margin: 0;
  }
  [part~='receipt-detail'] {
    display: contents;
  }
  dd {
    margin: 0;
  }
  [part~='actions'],
  [part~='receipt-actions'] {
    display: flex;
    flex-wrap: wrap;
    gap: var(--adalat-fee-payment-item-gap, 0.5rem);
  }
  button,
  input,
  select {
    font: inherit;
  }
  button[aria-disabled='true'] {
    cursor: not-allowed;
  }
`;
