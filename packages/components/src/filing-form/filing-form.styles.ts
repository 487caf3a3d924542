/** Layout only: no colours or fonts (those come from a theme, `::part()` and `--adalat-*`). @module */
import { css } from 'lit';
import { blockHostStyles } from '../base/host.styles.ts';

export const filingFormStyles = css`
  ${blockHostStyles}
  [part~='base'],
  [part~='panel'] {
    display: grid;
    gap: var(--adalat-filing-form-gap, var(--adalat-gap, 0.75rem));
  }
  [part~='steps'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    list-style: none;
    margin: 0;
    padding: 0;
  }
  [part~='step-current'] {
    font-weight: bold;
  }
  [part~='heading'] {
    font-weight: bold;
  }
  [part~='field'] {
    display: grid;
    gap: var(--adalat-label-gap, 0.25rem);
  }
  [part~='party'] {
    display: grid;
    gap: var(--adalat-filing-form-gap, var(--adalat-gap, 0.75rem));
  }
  [part~='dropzone'] {
    display: grid;
    gap: 0.25rem;
    padding: 1rem;
    border: 2px dashed currentColor;
  }
  [part~='dropzone-active'] {
    border-style: solid;
  }
  [part~='uploads'] {
    display: grid;
    gap: 0.5rem;
    padding: 0;
    list-style: none;
  }
  [part~='upload'] {
    display: grid;
    gap: 0.25rem;
  }
  [part~='progress'] {
    inline-size: 100%;
    block-size: var(--adalat-filing-form-progress-height, 0.5rem);
  }
  [part~='nav'],
  [part~='upload-actions'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  [part~='add-party'],
  [part~='remove-party'] {
    justify-self: start;
  }
  [part~='status']:empty {
    display: none;
  }
`;
