/**
 * Whether a caller may receive an event: the audience of the event admits it (see
 * `EventAudience`). Case events follow the case read rules of `cases/access.ts`, so
 * a stream never shows what a read would refuse.
 * @module
 */
import { canRead } from '../cases/access.ts';
import { mayReceiveExecutionEvent } from '../execution/access.ts';
import type { Caller } from '../router/context.ts';
import type { Store } from '../store/store.ts';
import type { EventAudience } from './bus.ts';

export function mayReceive(store: Store, caller: Caller, audience: EventAudience): boolean {
  if (audience.caseId !== undefined) {
    const record = store.cases.get(audience.caseId);
    if (record !== undefined && canRead(caller, record)) return true;
  }
  if ((audience.executionFileId !== undefined || audience.lotId !== undefined) && mayReceiveExecutionEvent(store, caller, audience.executionFileId, audience.lotId)) {
    return true;
  }
  switch (caller.kind) {
    case 'secret':
      return audience.partnerId !== undefined && audience.partnerId === caller.partner.id;
    case 'widget': {
      // A partner's page sees its own partner's events about the session's person or lawyers, never another partner's.
      if (audience.partnerId !== undefined && audience.partnerId !== caller.partner.id) return false;
      const { subjects } = caller.session;
      return (
        (audience.personId !== undefined && subjects.person === audience.personId) ||
        (audience.lawyerId !== undefined && (subjects.lawyers ?? []).includes(audience.lawyerId)) ||
        (audience.filingId !== undefined && (subjects.filings ?? []).includes(audience.filingId))
      );
    }
    case 'bearer': {
      const { subject, id } = caller.user;
      return (subject === 'person' && audience.personId === id) || (subject === 'lawyer' && audience.lawyerId === id);
    }
    case 'publishable':
      return false;
  }
}
