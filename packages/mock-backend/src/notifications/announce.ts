/**
 * What the clock makes happen to notices: a notice becomes served (opened, or deemed
 * served on its jurisdiction's rule) and a lawyer's standing changes under the 3-day
 * rule. Each is announced once on the event bus, and so reaches streams and webhooks.
 * Runs whenever the sandbox clock moves and after every `open`.
 * @module
 */
import type { Lawyer } from '../store/types.ts';
import { toInstant } from '../clock.ts';
import { publishEvent, type EventAudience } from '../events/bus.ts';
import { collectDaysFor, pendingByLawyer, standingOf } from '../lawyers/standing.ts';
import { deemedServedAt, servedBy } from '../rules/deemed-service.ts';
import type { Store } from '../store/store.ts';
import type { NotificationRecord } from '../store/types.ts';
import { serviceFacts } from './views.ts';

/** Who hears about a notice: its recipient, and for a lawyer their bar association. */
export function noticeAudience(store: Store, record: NotificationRecord): EventAudience {
  if (record.recipient.kind === 'person') return { personId: record.recipient.id };
  const lawyer = store.lawyers.get(record.recipient.id);
  return { lawyerId: record.recipient.id, ...(lawyer === undefined ? {} : { partnerId: lawyer.barAssociationId }) };
}

export function noticeEventData(store: Store, record: NotificationRecord, served: 'opened' | 'deemed' | null) {
  const facts = serviceFacts(store, record);
  return {
    notificationId: record.id,
    kind: record.kind,
    recipient: { ...record.recipient },
    deliveredAt: record.deliveredAt,
    deemedServedAt: toInstant(deemedServedAt(facts)),
    servedBy: served,
  };
}

function announceServed(store: Store, now: Date, announce: boolean): void {
  for (const record of store.notices.notifications.values()) {
    if (record.servedAnnounced) continue;
    const facts = serviceFacts(store, record);
    if (deemedServedAt(facts).getTime() > now.getTime()) continue;
    record.servedAnnounced = true;
    if (announce) {
      publishEvent(store, now, { type: 'notification.served', caseId: null, data: noticeEventData(store, record, servedBy(facts)) }, noticeAudience(store, record));
    }
  }
}

function lawyersUnderRule(store: Store): Lawyer[] {
  return [...store.lawyers.values()].filter((lawyer) => collectDaysFor(store, lawyer) !== null);
}

function announceStandings(store: Store, now: Date, lawyers: readonly Lawyer[], announce: boolean): void {
  const pending = pendingByLawyer(store);
  for (const lawyer of lawyers) {
    const mine = pending.get(lawyer.id) ?? [];
    const standing = standingOf(store, lawyer, mine, now);
    const known = store.notices.standing.get(lawyer.id);
    lawyer.status = standing.suspended ? 'suspended' : 'active';
    if (known !== undefined && known.suspended === standing.suspended) continue;
    const since = standing.suspended ? toInstant(standing.suspendedSince!) : toInstant(now);
    store.notices.standing.set(lawyer.id, { suspended: standing.suspended, since: standing.suspended ? since : null });
    // A lawyer first seen in good standing has nothing to announce.
    if (!announce || (known === undefined && !standing.suspended)) continue;
    publishEvent(
      store,
      now,
      { type: standing.suspended ? 'lawyer.suspended' : 'lawyer.reinstated', caseId: null, data: { lawyerId: lawyer.id, pendingCount: mine.length, since } },
      { lawyerId: lawyer.id, partnerId: lawyer.barAssociationId },
    );
  }
}

/** Announces every notice served and every standing changed since the last call. */
export function announceDue(store: Store, now: Date): void {
  announceServed(store, now, true);
  announceStandings(store, now, lawyersUnderRule(store), true);
}

/** Re-checks one lawyer's standing (after they opened a notice). */
export function announceLawyer(store: Store, now: Date, lawyerId: string): void {
  const lawyer = store.lawyers.get(lawyerId);
  if (lawyer !== undefined && collectDaysFor(store, lawyer) !== null) announceStandings(store, now, [lawyer], true);
}

/** Takes the seed's state as known without announcing it (after the store is filled). */
export function primeAnnouncements(store: Store, now: Date): void {
  announceServed(store, now, false);
  announceStandings(store, now, lawyersUnderRule(store), false);
}
