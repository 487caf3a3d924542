/**
 * `@adalat/sdk/events`: live updates over one shared Server-Sent Events connection
 * per client, with ETag polling as the fallback — `liveEvents(client).subscribe(...)`.
 * The event types and their schemas are in the contract (`@adalat/sdk/contract`).
 * @module
 */
export { liveEvents, type EventFilter, type LiveEvents, type LiveEventsMode, type LiveEventsOptions } from './live-events.ts';
export { EVENT_TYPES, type AdalatEvent, type AdalatEventType } from '../contract/events.ts';
