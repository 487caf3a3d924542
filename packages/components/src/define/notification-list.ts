/** Registers `<adalat-notification-list>` and `<adalat-provider>` (each skipped when its tag is already defined). */
import { defineElement } from '../define.ts';
import { AdalatNotificationList, type NotificationOpenedDetail } from '../notification-list/notification-list.ts';
import './provider.ts';

defineElement('adalat-notification-list', AdalatNotificationList);

export { AdalatNotificationList };

declare global {
  interface HTMLElementTagNameMap {
    'adalat-notification-list': AdalatNotificationList;
  }
  interface HTMLElementEventMap {
    'adalat-notification-opened': CustomEvent<NotificationOpenedDetail>;
  }
}
