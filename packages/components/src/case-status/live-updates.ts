/**
 * Which parts of a case each live event makes stale, and the subscription that
 * reports them. One connection per client is shared by every subscriber
 * (`liveEvents` is memoised per core), so ten widgets on a page open one stream.
 * @module
 */
import type { AdalatCore } from '@adalat/sdk/core';
import { liveEvents, type AdalatEvent, type LiveEventsMode } from '@adalat/sdk/events';

export type { LiveEventsMode } from '@adalat/sdk/events';

/** The parts of a case a widget loads separately. */
export type CasePart = 'case' | 'hearings' | 'documents' | 'timeline' | 'postponements';

type EventType = AdalatEvent['type'];

/**
 * What to read again after each event about the case. Only the case's own event
 * types are listed: events of other domains (payments, filings, notices, execution)
 * make nothing of a case stale, so a new domain's events need no entry here.
 */
export const STALE_AFTER: Readonly<Partial<Record<EventType, readonly CasePart[]>>> = {
  'case.updated': ['case', 'timeline', 'postponements'],
  'hearing.changed': ['hearings', 'case'],
  'document.added': ['documents', 'timeline'],
};

const TYPES = Object.keys(STALE_AFTER) as EventType[];

export interface CaseFollower {
  /** The shared connection's mode: `connecting`, `stream`, or `polling` (the fallback). */
  readonly mode: LiveEventsMode;
  /** Unsubscribes; the last subscriber on the client closes the connection. */
  stop(): void;
}

/**
 * Calls `onStale` with the parts to reload whenever an event about `caseId` arrives,
 * and `onMode` when the connection's mode changes.
 */
export function followCase(
  core: AdalatCore,
  caseId: string,
  onStale: (parts: readonly CasePart[]) => void,
  onMode: (mode: LiveEventsMode) => void = () => {},
): CaseFollower {
  const events = liveEvents(core);
  const stopModes = events.onModeChange(onMode);
  const unsubscribe = events.subscribe({ caseId, types: TYPES }, (event) => {
    const parts = STALE_AFTER[event.type];
    if (parts) onStale(parts);
  });
  return {
    get mode() {
      return events.mode;
    },
    stop() {
      unsubscribe();
      stopModes();
    },
  };
}
