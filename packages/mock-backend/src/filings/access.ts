/**
 * Who may see and change a filing (and its documents and uploads): the partner whose
 * server or widget created it — a widget session only when the filing is among its
 * `subjects.filings` (a filing created through a session joins them) — or the user
 * whose token created it. Anyone else gets a 404, so ids cannot be probed.
 * @module
 */
import { notFound, type ApiProblem } from '../problem.ts';
import type { Caller } from '../router/context.ts';
import { createdByUser } from '../router/creator.ts';
import type { Store } from '../store/store.ts';
import type { FilingRecord } from './records.ts';

export function canAccessFiling(caller: Caller, record: FilingRecord): boolean {
  const { createdBy } = record;
  switch (caller.kind) {
    case 'secret':
      return createdBy.partnerId === caller.partner.id;
    case 'widget':
      return createdBy.partnerId === caller.partner.id && (caller.session.subjects.filings ?? []).includes(record.id);
    case 'bearer':
      return createdByUser(createdBy, caller.user);
    case 'publishable':
      return false;
  }
}

const filingNotFound = (param: string): ApiProblem => notFound('filing_not_found', 'No filing has this id.', param);

/** The filing, if the caller may see it; otherwise a 404 `filing_not_found`. */
export function accessibleFiling(store: Store, caller: Caller, filingId: string, param = 'params.filingId'): FilingRecord {
  const record = store.filings.filings.get(filingId);
  if (record === undefined || !canAccessFiling(caller, record)) throw filingNotFound(param);
  return record;
}
