/**
 * Lawyers under the 3-day rule: their standing worked out from their pending notices on
 * the sandbox clock, the summary a bar association reads, and the check that refuses a
 * suspended lawyer's case-system actions.
 * @module
 */
import type { Endpoint, LawyerNotificationSummary } from '@adalat/sdk/contract';
import { toInstant } from '../clock.ts';
import { businessRule } from '../problem.ts';
import type { Caller } from '../router/context.ts';
import { lawyerStanding, type Standing } from '../rules/notification-backlog.ts';
import type { Store } from '../store/store.ts';
import type { Lawyer, NotificationRecord } from '../store/types.ts';

/** Every lawyer's unopened notices, in one pass over the notices. */
export function pendingByLawyer(store: Store): Map<string, NotificationRecord[]> {
  const pending = new Map<string, NotificationRecord[]>();
  for (const notice of store.notices.notifications.values()) {
    if (notice.recipient.kind !== 'lawyer' || notice.openedAt !== null) continue;
    const list = pending.get(notice.recipient.id);
    if (list === undefined) pending.set(notice.recipient.id, [notice]);
    else list.push(notice);
  }
  return pending;
}

export function collectDaysFor(store: Store, lawyer: Lawyer): number | null {
  return store.jurisdictions.get(lawyer.jurisdiction)?.rules.notificationCollectDays ?? null;
}

export function standingOf(store: Store, lawyer: Lawyer, pending: readonly NotificationRecord[], now: Date): Standing {
  const standing = lawyerStanding(
    pending.map((n) => new Date(n.deliveredAt)),
    now,
    collectDaysFor(store, lawyer),
  );
  // A suspension dates from when it began (recorded when it was announced), not from the
  // oldest notice still pending: collecting part of the backlog must not move it later.
  const known = store.notices.standing.get(lawyer.id);
  if (standing.suspended && known?.suspended === true && known.since !== null) return { ...standing, suspendedSince: new Date(known.since) };
  return standing;
}

export function summaryOf(store: Store, lawyer: Lawyer, pending: readonly NotificationRecord[], now: Date): LawyerNotificationSummary {
  const standing = standingOf(store, lawyer, pending, now);
  const byCase = new Map<string, { caseId: string; caseNumber: string; count: number }>();
  for (const notice of pending) {
    if (notice.caseId === null) continue;
    const entry = byCase.get(notice.caseId) ?? { caseId: notice.caseId, caseNumber: notice.caseNumber ?? notice.caseId, count: 0 };
    entry.count += 1;
    byCase.set(notice.caseId, entry);
  }
  const instant = (date: Date | null): string | null => (date === null ? null : toInstant(date));
  return {
    lawyerId: lawyer.id,
    jurisdiction: lawyer.jurisdiction,
    pendingCount: standing.pendingCount,
    byCase: [...byCase.values()].sort((a, b) => b.count - a.count || a.caseId.localeCompare(b.caseId)),
    oldestPendingAt: instant(standing.oldestPendingAt),
    collectBy: instant(standing.collectBy),
    backlogRuleApplies: collectDaysFor(store, lawyer) !== null,
    suspended: standing.suspended,
    suspendedSince: instant(standing.suspendedSince),
  };
}

/** Domains a suspended lawyer may still act in: collecting notices is how a suspension lifts. */
const OPEN_TO_SUSPENDED = new Set(['notifications']);

/**
 * Refuses a suspended lawyer's case-system action (any write outside `notifications`)
 * with 422 `lawyer_suspended`. Reads stay open.
 */
export function checkLawyerStanding(operation: string, endpoint: Endpoint, caller: Caller, store: Store, now: Date): void {
  if (caller.kind !== 'bearer' || caller.user.subject !== 'lawyer' || endpoint.method === 'GET') return;
  if (OPEN_TO_SUSPENDED.has(operation.slice(0, operation.indexOf('.')))) return;
  const lawyer = store.lawyers.get(caller.user.id);
  if (lawyer === undefined) return;
  const pending = pendingByLawyer(store).get(lawyer.id) ?? [];
  const standing = standingOf(store, lawyer, pending, now);
  if (standing.suspended) {
    throw businessRule(
      'lawyer_suspended',
      `Access to the case system is suspended since ${toInstant(standing.suspendedSince!)}: ${standing.pendingCount} notice(s) are pending, ` +
        'at least one for longer than the collection period. Open every overdue notice to lift the suspension.',
    );
  }
}
