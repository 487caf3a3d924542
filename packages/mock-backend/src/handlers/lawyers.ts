/**
 * The lawyer backlog rule, read: one lawyer's summary or up to 500 in one batch. Who
 * may read: the lawyer, a widget session listing them, their bar association's server.
 * @module
 */
import type { lawyersEndpoints } from '@adalat/sdk/contract';
import { pendingByLawyer, summaryOf } from '../lawyers/standing.ts';
import { forbidden, notFound } from '../problem.ts';
import type { Caller, DomainHandlers } from '../router/context.ts';
import type { Lawyer } from '../store/types.ts';

function mayRead(caller: Caller, lawyer: Lawyer): boolean {
  switch (caller.kind) {
    case 'bearer':
      return caller.user.subject === 'lawyer' && caller.user.id === lawyer.id;
    case 'widget':
      // Only the lawyer's own bar association may show their backlog, whatever a session lists.
      return caller.partner.id === lawyer.barAssociationId && (caller.session.subjects.lawyers ?? []).includes(lawyer.id);
    case 'secret':
      return caller.partner.id === lawyer.barAssociationId;
    case 'publishable':
      return false;
  }
}

export const lawyersHandlers: DomainHandlers<typeof lawyersEndpoints> = {
  getNotificationSummary({ params, auth, store, clock }) {
    const lawyer = store.lawyers.get(params.lawyerId);
    if (lawyer === undefined) throw notFound('lawyer_not_found', `No lawyer ${params.lawyerId}.`, 'params.lawyerId');
    if (!mayRead(auth, lawyer)) throw forbidden('lawyer_not_accessible', 'You may not read this lawyer’s notices.', 'params.lawyerId');
    return summaryOf(store, lawyer, pendingByLawyer(store).get(lawyer.id) ?? [], clock.now());
  },

  batchNotificationSummaries({ body, auth, store, clock }) {
    const ids = [...new Set(body.lawyerIds)];
    if (auth.kind === 'widget') {
      const scoped = new Set(auth.session.subjects.lawyers ?? []);
      const outside = body.lawyerIds.findIndex((id) => !scoped.has(id));
      if (outside !== -1) throw forbidden('subject_not_in_scope', 'The widget session is not scoped to this lawyer.', `body.lawyerIds.${outside}`);
    }
    const now = clock.now();
    const pending = pendingByLawyer(store);
    const data = [];
    const missing: string[] = [];
    for (const id of ids) {
      const lawyer = store.lawyers.get(id);
      if (lawyer === undefined) {
        missing.push(id);
        continue;
      }
      if (!mayRead(auth, lawyer)) {
        throw forbidden('lawyer_not_accessible', 'You may not read this lawyer’s notices.', `body.lawyerIds.${body.lawyerIds.indexOf(id)}`);
      }
      data.push(summaryOf(store, lawyer, pending.get(id) ?? [], now));
    }
    return { data, notFound: missing };
  },
};
