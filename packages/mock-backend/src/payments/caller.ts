/**
 * Facts about a caller that money operations need: the jurisdiction it acts in and
 * the bank that takes its payments.
 * @module
 */
import type { JurisdictionCode } from '@adalat/sdk/contract';
import { forbidden } from '../problem.ts';
import type { Caller } from '../router/context.ts';
import type { Store } from '../store/store.ts';
import type { Partner } from '../store/types.ts';

/** The jurisdiction of the partner, person, lawyer or court-staff member calling. */
export function callerJurisdiction(store: Store, caller: Caller): JurisdictionCode | undefined {
  if (caller.kind !== 'bearer') return caller.partner.jurisdiction;
  const { subject, id } = caller.user;
  const user = subject === 'person' ? store.people.get(id) : subject === 'lawyer' ? store.lawyers.get(id) : store.staff.get(id);
  return user?.jurisdiction;
}

/** 403 `outside_jurisdiction` unless the caller acts in `jurisdiction`. */
export function requireJurisdiction(store: Store, caller: Caller, jurisdiction: JurisdictionCode, param?: string): void {
  if (callerJurisdiction(store, caller) !== jurisdiction) {
    throw forbidden('outside_jurisdiction', `This credential acts in another jurisdiction than ${jurisdiction}.`, param);
  }
}

/** The calling bank (its server or a widget on its page), or the jurisdiction's acquiring bank. */
export function bankFor(store: Store, caller: Caller, jurisdiction: JurisdictionCode): { bank: Partner; callerIsBank: boolean } {
  if (caller.kind !== 'bearer' && caller.partner.kind === 'bank') return { bank: caller.partner, callerIsBank: true };
  const bank = [...store.partners.values()].find((p) => p.kind === 'bank' && p.jurisdiction === jurisdiction);
  if (bank === undefined) throw new Error(`no bank partner in ${jurisdiction}`);
  return { bank, callerIsBank: false };
}
