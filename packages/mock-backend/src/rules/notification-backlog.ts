/**
 * The Palestinian lawyer backlog rule (DOMAIN.md): a lawyer must collect each judicial
 * notice within `collectDays` (3) days of delivery; one with a notice pending longer is
 * suspended until every overdue notice is collected, then the suspension lifts by itself.
 * Pure: the standing is worked out from the pending notices and the clock.
 * @module
 */

const DAY_MS = 24 * 60 * 60 * 1000;

/** The last moment to collect a notice delivered at `deliveredAt`. */
export function collectBy(deliveredAt: Date, collectDays: number): Date {
  return new Date(deliveredAt.getTime() + collectDays * DAY_MS);
}

export interface Standing {
  pendingCount: number;
  oldestPendingAt: Date | null;
  /** The collect-by of the oldest pending notice; `null` with none pending or no rule. */
  collectBy: Date | null;
  suspended: boolean;
  /** When the oldest overdue notice fell due; `null` when not suspended. */
  suspendedSince: Date | null;
}

/**
 * A lawyer's standing at `now` from the delivery instants of their pending (unopened)
 * notices. `collectDays` `null`: the jurisdiction has no such rule, never suspended.
 * A notice is overdue once `now` is past its collect-by (strictly: at the very instant
 * it is still on time).
 */
export function lawyerStanding(pendingDeliveredAt: readonly Date[], now: Date, collectDays: number | null): Standing {
  const oldest = pendingDeliveredAt.reduce<Date | null>((min, at) => (min === null || at < min ? at : min), null);
  if (collectDays === null || oldest === null) {
    return { pendingCount: pendingDeliveredAt.length, oldestPendingAt: oldest, collectBy: null, suspended: false, suspendedSince: null };
  }
  const due = collectBy(oldest, collectDays);
  const suspended = now.getTime() > due.getTime();
  return { pendingCount: pendingDeliveredAt.length, oldestPendingAt: oldest, collectBy: due, suspended, suspendedSince: suspended ? due : null };
}
