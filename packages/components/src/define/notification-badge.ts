/** Registers `<adalat-notification-badge>` and `<adalat-provider>` (each skipped when its tag is already defined). */
import { defineElement } from '../define.ts';
import { AdalatNotificationBadge } from '../notification-badge/notification-badge.ts';
import './provider.ts';

defineElement('adalat-notification-badge', AdalatNotificationBadge);

export { AdalatNotificationBadge };

declare global {
  interface HTMLElementTagNameMap {
    'adalat-notification-badge': AdalatNotificationBadge;
  }
}
