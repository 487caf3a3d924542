/** `client.widgetSessions`: create, inspect and revoke widget sessions, from their endpoint table. @module */
import { widgetSessionsEndpoints } from '../contract/widget-sessions.ts';
import type { AdalatCore } from '../core.ts';
import type { Resource } from './create-resource.ts';

export type WidgetSessionsResource = Resource<typeof widgetSessionsEndpoints>;
export const widgetSessionsResource = (core: AdalatCore): WidgetSessionsResource =>
  core.resource('widgetSessions', widgetSessionsEndpoints);
