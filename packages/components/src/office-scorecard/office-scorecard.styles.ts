/** Layout only: no colours or fonts (those come from a theme, `::part()` and `--adalat-*`). @module */
import { css } from 'lit';
import { blockHostStyles } from '../base/host.styles.ts';

export const officeScorecardStyles = css`
  ${blockHostStyles}
  [part~='base'] {
    display: grid;
    gap: var(--adalat-office-scorecard-gap, var(--adalat-gap, 0.75rem));
  }
  [part~='office'] {
    font-weight: bold;
  }
  [part~='table'] {
    border-collapse: collapse;
  }
  [part~='caption'] {
    text-align: start;
  }
  th,
  td {
    padding: 0.25rem 0.5rem;
    text-align: start;
  }
  [part~='status']:empty {
    display: none;
  }
`;
