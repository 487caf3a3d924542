/**
 * Who created a record (a filing, a payment …), as stored on it, and whether a user
 * token's caller is that creator. Domains that grant access by creator share these.
 * @module
 */
import type { UserKind } from '../store/types.ts';
import type { Caller } from './context.ts';

/** The partner (and widget session) or the user whose call created a record. */
export interface RecordCreator {
  partnerId: string | null;
  sessionId: string | null;
  user: { subject: UserKind; id: string } | null;
}

/** The creator to store on a record the caller creates now. */
export function creatorOf(caller: Caller): RecordCreator {
  switch (caller.kind) {
    case 'bearer':
      return { partnerId: null, sessionId: null, user: { ...caller.user } };
    case 'widget':
      return { partnerId: caller.partner.id, sessionId: caller.session.id, user: null };
    default:
      return { partnerId: caller.partner.id, sessionId: null, user: null };
  }
}

/** Whether the user behind a token is the one who created the record. */
export function createdByUser(createdBy: RecordCreator, user: { subject: UserKind; id: string }): boolean {
  return createdBy.user?.subject === user.subject && createdBy.user.id === user.id;
}
