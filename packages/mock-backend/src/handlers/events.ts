/**
 * Live updates: `GET /v1/events` answers a Server-Sent Events stream of the events
 * the caller may see (`events/stream.ts`), resuming after `Last-Event-ID`. The events
 * themselves are published where the sandbox changes something (`events/bus.ts`).
 * @module
 */
import { HEADER, type AdalatEventType, type eventsEndpoints } from '@adalat/sdk/contract';
import { readableCase } from '../cases/access.ts';
import { eventSeqOf } from '../events/bus.ts';
import { openEventStream } from '../events/stream.ts';
import { invalidRequest } from '../problem.ts';
import type { DomainHandlers } from '../router/context.ts';

/** The sequence number to resume after, from `Last-Event-ID`; 400 when it is not an id this sandbox hands out. */
function resumeAfter(header: string | null): number | undefined {
  if (header === null || header.trim() === '') return undefined;
  const seq = eventSeqOf(header.trim());
  if (seq === undefined) {
    throw invalidRequest('invalid_last_event_id', `${HEADER.lastEventId} must be an event id such as "evt_000042".`, 'headers.last-event-id');
  }
  return seq;
}

export const eventsHandlers: DomainHandlers<typeof eventsEndpoints> = {
  stream({ query, auth, store, clock, headers, signal }) {
    // A case filter must be a case the caller may read: 404 unknown, 403 not theirs.
    if (query.caseId !== undefined) readableCase(store, auth, query.caseId);
    const after = resumeAfter(headers.get(HEADER.lastEventId));
    const types = query.types === undefined ? undefined : (query.types.split(',') as AdalatEventType[]);
    return openEventStream({ store, clock, caller: auth, filter: { types, caseId: query.caseId }, after, signal });
  },
};
