/**
 * Layout only: no colours, fonts or borders. Style the parts (`::part(suspended)`) and
 * the states (`:state(ready)`) from the page, or import a theme.
 */
import { css } from 'lit';

export const notificationBadgeStyles = css`
  :host {
    display: inline-block;
  }
  :host([hidden]) {
    display: none;
  }
  [part~='base'] {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--adalat-notification-badge-gap, 0.5rem);
  }
  [part~='count'] {
    min-inline-size: var(--adalat-notification-badge-count-size, 1.5em);
    text-align: center;
    font-variant-numeric: tabular-nums;
  }
  /* Read by assistive technology, not shown: the count says it visually. */
  [part~='count-label'],
  [part~='announcer'] {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
