/**
 * Who may read a case and who may act in it.
 * - Read: a person token if the person is a party, a lawyer token if the lawyer
 *   represents a party, any court-staff token, a secret key of the case's
 *   jurisdiction, a widget session scoped to the case (the router checks the
 *   scope; here the session's partner must also be of the case's jurisdiction).
 * - Act as a party (postponement requests, memoranda): the party's person or
 *   lawyer token, or a widget session scoped to the case.
 * - Act as the court (decide postponements, strike off): court staff of the
 *   case's jurisdiction.
 * An unknown case is a 404; a case the caller may not touch is a 403.
 * @module
 */
import type { CaseParty } from '@adalat/sdk/contract';
import { ApiProblem, forbidden, notFound } from '../problem.ts';
import type { Caller } from '../router/context.ts';
import type { Store } from '../store/store.ts';
import type { CaseRecord, CourtStaff } from '../store/types.ts';

export function findCase(store: Store, caseId: string): CaseRecord {
  const record = store.cases.get(caseId);
  if (record === undefined) throw notFound('case_not_found', 'No case has this id.', 'params.caseId');
  return record;
}

const represents = (party: CaseParty, lawyerId: string): boolean => party.lawyers.some((lawyer) => lawyer.id === lawyerId);

export function canRead(caller: Caller, record: CaseRecord): boolean {
  switch (caller.kind) {
    case 'secret':
      return caller.partner.jurisdiction === record.jurisdiction;
    case 'widget':
      return caller.partner.jurisdiction === record.jurisdiction && (caller.session.subjects.cases ?? []).includes(record.id);
    case 'publishable':
      return false;
    case 'bearer': {
      const { subject, id } = caller.user;
      if (subject === 'staff') return true;
      if (subject === 'person') return record.parties.some((party) => party.personId === id);
      return record.parties.some((party) => represents(party, id));
    }
  }
}

/** The case, if it exists and the caller may read it. */
export function readableCase(store: Store, caller: Caller, caseId: string): CaseRecord {
  const record = findCase(store, caseId);
  if (!canRead(caller, record)) throw forbidden('case_not_accessible', 'This credential may not read this case.');
  return record;
}

export interface ActingParty {
  party: CaseParty;
  /** The lawyer acting for the party, when a lawyer token is the caller. */
  lawyerId: string | null;
}

/** The parties the caller may act for in this case. */
function partiesOf(caller: Caller, record: CaseRecord): { parties: CaseParty[]; lawyerId: string | null } {
  if (caller.kind === 'widget') {
    const person = caller.session.subjects.person;
    const own = person === undefined ? [] : record.parties.filter((party) => party.personId === person);
    return { parties: own.length > 0 ? own : record.parties, lawyerId: null };
  }
  if (caller.kind === 'bearer' && caller.user.subject === 'person') {
    return { parties: record.parties.filter((party) => party.personId === caller.user.id), lawyerId: null };
  }
  if (caller.kind === 'bearer' && caller.user.subject === 'lawyer') {
    const lawyerId = caller.user.id;
    return { parties: record.parties.filter((party) => represents(party, lawyerId)), lawyerId };
  }
  return { parties: [], lawyerId: null };
}

/**
 * The party the caller acts for: the one named by `partyId`, or the only one the
 * caller could mean. 403 when the caller is no party's; 400 when it must say which.
 */
export function actingParty(caller: Caller, record: CaseRecord, partyId: string | undefined): ActingParty {
  const { parties, lawyerId } = partiesOf(caller, record);
  if (parties.length === 0) throw forbidden('not_a_party', 'Only a party to the case or its lawyer may do this.');
  if (partyId !== undefined) {
    const party = parties.find((p) => p.id === partyId);
    if (party === undefined) throw forbidden('not_your_party', 'The caller may not act for this party.');
    return { party, lawyerId };
  }
  if (parties.length > 1) {
    throw new ApiProblem(400, 'invalid_request', 'party_required', 'Say which party you act for with `partyId`.', {
      param: 'body.partyId',
      issues: [{ path: 'body.partyId', code: 'party_required', message: 'the caller may act for more than one party' }],
    });
  }
  return { party: parties[0]!, lawyerId };
}

/** The court-staff member calling, who must serve in the case's jurisdiction. */
export function courtStaff(store: Store, caller: Caller, record: CaseRecord | undefined): CourtStaff {
  const staff = caller.kind === 'bearer' && caller.user.subject === 'staff' ? store.staff.get(caller.user.id) : undefined;
  if (staff === undefined) throw forbidden('court_staff_only', 'Only a court-staff token may do this.');
  if (record !== undefined && staff.jurisdiction !== record.jurisdiction) {
    throw forbidden('case_outside_jurisdiction', 'Court staff act only on cases of their own jurisdiction.');
  }
  return staff;
}
