/**
 * Layout only: no colours, fonts or borders. Style the parts (`::part(select)`) and the
 * states (`:state(error)`) from the page, or import a theme.
 */
import { css } from 'lit';
import { blockHostStyles } from '../base/host.styles.ts';

export const courtPickerStyles = css`
  ${blockHostStyles}
  [part~='base'] {
    display: flex;
    flex-direction: column;
    gap: var(--adalat-court-picker-gap, var(--adalat-gap, 0.75rem));
  }
  [part~='field'] {
    display: flex;
    flex-direction: column;
    gap: var(--adalat-court-picker-label-gap, var(--adalat-label-gap, 0.25rem));
  }
  select,
  button {
    font: inherit;
  }
`;
