/**
 * Per-sandbox settings of deemed service. Settings are configuration, not data: they
 * live beside the store (like the event streams' timing) and survive `reset()`.
 * @module
 */
import { DEFAULT_DEEMED_SERVICE_DAYS } from '../rules/deemed-service.ts';
import type { Store } from '../store/store.ts';

export interface NotificationSettings {
  /** Days after delivery an unopened notice is deemed served (where service is on opening); 10 by default. */
  deemedServiceDays: number;
}

const settings = new WeakMap<Store, NotificationSettings>();

export function configureNotifications(store: Store, options: Partial<NotificationSettings>): void {
  const days = options.deemedServiceDays ?? DEFAULT_DEEMED_SERVICE_DAYS;
  if (!Number.isInteger(days) || days < 1 || days > 90) throw new RangeError(`deemedServiceDays must be a whole number of days from 1 to 90, got ${days}`);
  settings.set(store, { deemedServiceDays: days });
}

export function notificationSettings(store: Store): NotificationSettings {
  return settings.get(store) ?? { deemedServiceDays: DEFAULT_DEEMED_SERVICE_DAYS };
}
