/**
 * Layout only: no colours, fonts or borders. Style the parts (`::part(confirm)`) and the
 * states (`:state(ready)`) from the page, or import a theme.
 */
import { css } from 'lit';
import { blockHostStyles } from '../base/host.styles.ts';

export const notificationListStyles = css`
  ${blockHostStyles}
  [part~='base'],
  [part~='item'],
  [part~='confirm'] {
    display: flex;
    flex-direction: column;
    gap: var(--adalat-notification-list-gap, var(--adalat-gap, 0.5rem));
  }
  [part~='list'] {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-direction: column;
    gap: var(--adalat-notification-list-item-gap, 1rem);
  }
  [part~='meta'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--adalat-notification-list-gap, var(--adalat-gap, 0.5rem));
  }
  [part~='content'] {
    white-space: pre-line;
  }
  [part~='actions'] {
    display: flex;
    flex-wrap: wrap;
    gap: var(--adalat-notification-list-gap, var(--adalat-gap, 0.5rem));
  }
`;
