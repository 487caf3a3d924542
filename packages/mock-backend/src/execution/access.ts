/**
 * Who sees an execution file and on which side a caller acts.
 * - See: the creditor's and the debtor's person tokens; court staff and partners'
 *   secret keys of the file's jurisdiction; a widget session scoped to the file (the
 *   router checks `subjects.executionFiles`; here its partner must also be of the
 *   jurisdiction). Anyone else gets a 404, as if the file did not exist.
 * - Side: the creditor's token, a partner's server, a widget session (unless its
 *   `subjects.person` is the debtor) act for the creditor; the debtor's token (or such
 *   a widget) for the debtor; court staff for the court.
 * @module
 */
import { forbidden, notFound } from '../problem.ts';
import type { Caller } from '../router/context.ts';
import type { Store } from '../store/store.ts';
import type { ExecutionFileRecord } from './records.ts';

export type Side = 'creditor' | 'debtor' | 'court';

function staffJurisdiction(store: Store, caller: Caller): string | undefined {
  return caller.kind === 'bearer' && caller.user.subject === 'staff' ? store.staff.get(caller.user.id)?.jurisdiction : undefined;
}

export function canSeeFile(store: Store, caller: Caller, file: ExecutionFileRecord): boolean {
  switch (caller.kind) {
    case 'secret':
      return caller.partner.jurisdiction === file.jurisdiction;
    case 'widget':
      return caller.partner.jurisdiction === file.jurisdiction && (caller.session.subjects.executionFiles ?? []).includes(file.id);
    case 'publishable':
      return false;
    case 'bearer': {
      const { subject, id } = caller.user;
      if (subject === 'staff') return staffJurisdiction(store, caller) === file.jurisdiction;
      if (subject === 'person') return file.creditor.personId === id || file.debtor.personId === id;
      return false;
    }
  }
}

/** The file, if it exists and the caller may see it; a 404 otherwise. */
export function visibleFile(store: Store, caller: Caller, fileId: string, param = 'params.fileId'): ExecutionFileRecord {
  const file = store.execution.files.get(fileId);
  if (file === undefined || !canSeeFile(store, caller, file)) {
    throw notFound('execution_file_not_found', 'No execution file you may see has this id.', param);
  }
  return file;
}

/** The side the caller acts on, for a caller that may see the file. */
export function sideOf(caller: Caller, file: ExecutionFileRecord): Side {
  switch (caller.kind) {
    case 'widget':
      return caller.session.subjects.person === file.debtor.personId ? 'debtor' : 'creditor';
    case 'bearer':
      if (caller.user.subject === 'staff') return 'court';
      return caller.user.id === file.debtor.personId ? 'debtor' : 'creditor';
    default:
      return 'creditor';
  }
}

/** 403 `court_staff_only` unless the caller is court staff of the file's jurisdiction. */
export function requireCourtStaff(store: Store, caller: Caller, file: ExecutionFileRecord): void {
  if (staffJurisdiction(store, caller) !== file.jurisdiction) {
    throw forbidden('court_staff_only', 'Only court staff of the file’s jurisdiction may do this.');
  }
}

/** The person a caller is, when it is one: a person token, or a widget session's `subjects.person`. */
export function personOf(caller: Caller): string | undefined {
  if (caller.kind === 'bearer') return caller.user.subject === 'person' ? caller.user.id : undefined;
  if (caller.kind === 'widget') return caller.session.subjects.person;
  return undefined;
}

/** Whether a caller may receive an event about a file (and, for `auction.closed`, a lot it bid on). */
export function mayReceiveExecutionEvent(store: Store, caller: Caller, fileId: string | undefined, lotId: string | undefined): boolean {
  const person = personOf(caller);
  if (lotId !== undefined && person !== undefined) {
    for (const bid of store.execution.bids.values()) if (bid.lotId === lotId && bid.personId === person) return true;
  }
  const file = fileId === undefined ? undefined : store.execution.files.get(fileId);
  if (file === undefined) return false;
  // A partner's server is told through webhooks (later), not the stream: only widgets and people here.
  if (caller.kind === 'widget') {
    return canSeeFile(store, caller, file) || (caller.partner.jurisdiction === file.jurisdiction && (person === file.creditor.personId || person === file.debtor.personId));
  }
  return caller.kind === 'bearer' && caller.user.subject === 'person' && canSeeFile(store, caller, file);
}
