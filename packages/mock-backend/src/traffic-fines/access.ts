/**
 * Who sees which traffic fine, how search terms compare, and the order fines are
 * served in. A fine read never carries the offender: `toTrafficFine` drops them.
 *
 * - a secret key: every fine of its jurisdiction;
 * - court staff: every fine of their jurisdiction;
 * - a person token: the person's own fines;
 * - a widget session: fines listed in `subjects.trafficFines`, and with
 *   `subjects.person` that person's fines, of its partner's jurisdiction;
 * - lawyers and publishable keys: none.
 * @module
 */
import type { TrafficFine } from '@adalat/sdk/contract';
import { normalizeIdInput } from '@adalat/sdk/ids';
import type { Caller } from '../router/context.ts';
import type { Store } from '../store/store.ts';
import type { TrafficFineRecord, WidgetSessionRecord } from '../store/types.ts';

export function inWidgetScope(session: WidgetSessionRecord, fine: TrafficFineRecord): boolean {
  return (session.subjects.trafficFines ?? []).includes(fine.id) || session.subjects.person === fine.personId;
}

export function canSeeFine(store: Store, caller: Caller, fine: TrafficFineRecord): boolean {
  switch (caller.kind) {
    case 'secret':
      return caller.partner.jurisdiction === fine.jurisdiction;
    case 'publishable':
      return false;
    case 'widget':
      return caller.partner.jurisdiction === fine.jurisdiction && inWidgetScope(caller.session, fine);
    case 'bearer': {
      const { subject, id } = caller.user;
      if (subject === 'person') return fine.personId === id;
      if (subject === 'staff') return store.staff.get(id)?.jurisdiction === fine.jurisdiction;
      return false;
    }
  }
}

/** A plate or violation number as compared: no spaces or dashes, ASCII digits, Latin letters upper-cased. */
export function searchKey(value: string): string {
  return normalizeIdInput(value).toUpperCase();
}

/** Unpaid first, then the newest offence first; ties by id, so the order is total. */
export function byServingOrder(a: TrafficFineRecord, b: TrafficFineRecord): number {
  if (a.status !== b.status) return a.status === 'unpaid' ? -1 : 1;
  return Date.parse(b.issuedAt) - Date.parse(a.issuedAt) || (a.id < b.id ? -1 : 1);
}

/** The fine as the contract shows it, without the offender. */
export function toTrafficFine(record: TrafficFineRecord): TrafficFine {
  const { personId: _person, nationalId: _nationalId, ...fine } = record;
  return structuredClone(fine);
}
