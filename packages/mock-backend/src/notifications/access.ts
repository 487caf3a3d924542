/**
 * Who may list a recipient's notices and who may open one. Listing: the recipient
 * themself, or a partner — for a lawyer only their bar association, for a person a
 * partner of their jurisdiction — with its secret key or a widget session scoped to the
 * recipient (the router checked the scope). Opening: only the recipient (their token, or
 * such a widget session on the page they are signed in to), because opening is receipt.
 * @module
 */
import type { NotificationRecipient } from '@adalat/sdk/contract';
import { forbidden, notFound } from '../problem.ts';
import type { Caller } from '../router/context.ts';
import { subjectsOfKind } from '../router/scope.ts';
import type { Store } from '../store/store.ts';
import type { NotificationRecord, Partner } from '../store/types.ts';

/** Throws 404 for an unknown recipient, 403 when the caller may not list their notices. */
export function checkMayList(store: Store, caller: Caller, recipient: NotificationRecipient): void {
  const record = recipient.kind === 'person' ? store.people.get(recipient.id) : store.lawyers.get(recipient.id);
  if (record === undefined) throw notFound(`${recipient.kind}_not_found`, `No ${recipient.kind} ${recipient.id}.`, `params.${recipient.kind}Id`);
  const allowed = (() => {
    switch (caller.kind) {
      case 'bearer':
        return caller.user.subject === recipient.kind && caller.user.id === recipient.id;
      case 'widget': // the router already held the session to its subject
      case 'secret':
        return partnerServes(store, caller.partner, recipient);
      case 'publishable':
        return false;
    }
  })();
  if (!allowed) throw forbidden('notifications_not_accessible', `You may not read this ${recipient.kind}'s notices.`);
}

/** A lawyer's notices are their bar association's business; a person's, their jurisdiction's partners'. */
function partnerServes(store: Store, partner: Partner, recipient: NotificationRecipient): boolean {
  if (recipient.kind === 'lawyer') return store.lawyers.get(recipient.id)?.barAssociationId === partner.id;
  return store.people.get(recipient.id)?.jurisdiction === partner.jurisdiction;
}

/** Whether the caller is the notice's recipient (or a widget session of a partner serving them, scoped to them). */
export function isRecipient(store: Store, caller: Caller, record: NotificationRecord): boolean {
  const { kind, id } = record.recipient;
  if (caller.kind === 'bearer') return caller.user.subject === kind && caller.user.id === id;
  if (caller.kind === 'widget') return subjectsOfKind(caller.session.subjects, kind).includes(id) && partnerServes(store, caller.partner, record.recipient);
  return false;
}

/** The notice, if the caller is its recipient: 404 when unknown, 403 `recipient_only` otherwise. */
export function noticeForRecipient(store: Store, caller: Caller, notificationId: string): NotificationRecord {
  const record = store.notices.notifications.get(notificationId);
  if (record === undefined) throw notFound('notification_not_found', `No notification ${notificationId}.`, 'params.notificationId');
  if (!isRecipient(store, caller, record)) throw forbidden('recipient_only', 'Only the recipient may open a notice: opening it is receipt.');
  return record;
}
