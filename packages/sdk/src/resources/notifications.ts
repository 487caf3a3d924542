/** `client.notifications`: notices as service of process — list (never receipt), open (LEGAL EFFECT: records receipt), attachments, electronic-service registration, from the notifications endpoint table. @module */
import { notificationsEndpoints } from '../contract/notifications.ts';
import type { AdalatCore } from '../core.ts';
import type { Resource } from './create-resource.ts';

export type NotificationsResource = Resource<typeof notificationsEndpoints>;
export const notificationsResource = (core: AdalatCore): NotificationsResource => core.resource('notifications', notificationsEndpoints);
