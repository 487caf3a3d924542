/**
 * Delivers a judicial notice to a person's or a lawyer's account: the sandbox's stand-in
 * for a court issuing one. Publishes `notification.delivered` (and, where service is on
 * delivery, `notification.served`).
 * @module
 */
import type { LocalizedText, NotificationKind, NotificationRecipient } from '@adalat/sdk/contract';
import { toInstant } from '../clock.ts';
import { publishEvent } from '../events/bus.ts';
import type { Store } from '../store/store.ts';
import type { NotificationRecord } from '../store/types.ts';
import { announceDue, noticeAudience, noticeEventData } from './announce.ts';

export interface NoticeDraft {
  recipient: NotificationRecipient;
  kind: NotificationKind;
  /** The case it concerns; its court and number are taken from the case. */
  caseId?: string;
  /** Without a case: the court that sends it. */
  courtId?: string;
  title?: LocalizedText;
  body?: LocalizedText;
  /** A judicial act's document, served with the notice as a PDF. */
  documentId?: string;
}

/** @throws {Error} for an unknown recipient, case or court (a programming error in a test or the seed). */
export function deliverNotification(store: Store, now: Date, draft: NoticeDraft): NotificationRecord {
  const recipient = draft.recipient.kind === 'person' ? store.people.get(draft.recipient.id) : store.lawyers.get(draft.recipient.id);
  if (recipient === undefined) throw new Error(`no ${draft.recipient.kind} ${draft.recipient.id}`);
  const record = draft.caseId === undefined ? undefined : store.cases.get(draft.caseId);
  if (draft.caseId !== undefined && record === undefined) throw new Error(`no case ${draft.caseId}`);
  const courtId = record?.courtId ?? draft.courtId ?? [...store.courts.values()].find((c) => c.jurisdiction === recipient.jurisdiction)?.id;
  if (courtId === undefined) throw new Error(`no court for ${recipient.jurisdiction}`);
  const notice: NotificationRecord = {
    id: store.notices.nextId(),
    jurisdiction: recipient.jurisdiction,
    kind: draft.kind,
    recipient: { ...draft.recipient },
    caseId: record?.id ?? null,
    caseNumber: record?.number ?? null,
    courtId,
    title: draft.title ?? null,
    body: draft.body ?? null,
    documentId: draft.documentId ?? null,
    hasAttachment: draft.kind === 'judicial_act_issued' || draft.documentId !== undefined,
    deliveredAt: toInstant(now),
    openedAt: null,
    servedAnnounced: false,
  };
  store.notices.notifications.set(notice.id, notice);
  publishEvent(store, now, { type: 'notification.delivered', caseId: null, data: noticeEventData(store, notice, null) }, noticeAudience(store, notice));
  announceDue(store, now);
  return structuredClone(notice);
}
