/**
 * Notices as the contract shows them, with their service worked out on the sandbox
 * clock: when each was (or will be) deemed served, and a lawyer's collect-by.
 * @module
 */
import type { LocalizedText, JudicialNotification, OpenedNotification } from '@adalat/sdk/contract';
import { toInstant } from '../clock.ts';
import { collectBy } from '../rules/notification-backlog.ts';
import { deemedServedAt, serviceRuleOf, type ServiceFacts } from '../rules/deemed-service.ts';
import type { Store } from '../store/store.ts';
import type { NotificationRecord } from '../store/types.ts';
import { NOTICE_BODIES, NOTICE_TITLES, noticeText } from '../seed/notice-texts.ts';
import { notificationSettings } from './settings.ts';

/** A notice's subject line and content: its own, or the standard text of its kind in the court's languages. */
export function noticeTexts(store: Store, record: NotificationRecord): { title: LocalizedText; body: LocalizedText } {
  const languages = store.jurisdictions.get(record.jurisdiction)?.languages ?? [];
  return {
    title: record.title === null ? noticeText(NOTICE_TITLES, record.kind, languages) : { ...record.title },
    body: record.body === null ? noticeText(NOTICE_BODIES, record.kind, languages) : { ...record.body },
  };
}

export function serviceFacts(store: Store, record: NotificationRecord): ServiceFacts {
  return {
    rule: serviceRuleOf(record.jurisdiction),
    deliveredAt: new Date(record.deliveredAt),
    openedAt: record.openedAt === null ? null : new Date(record.openedAt),
    days: notificationSettings(store).deemedServiceDays,
  };
}

/** Days a lawyer of the jurisdiction has to collect a notice; `null` where no such rule applies. */
export function collectDaysOf(store: Store, record: Pick<NotificationRecord, 'jurisdiction'>): number | null {
  return store.jurisdictions.get(record.jurisdiction)?.rules.notificationCollectDays ?? null;
}

export function noticeView(store: Store, record: NotificationRecord, now: Date): JudicialNotification {
  const facts = serviceFacts(store, record);
  const deemed = deemedServedAt(facts);
  const days = record.recipient.kind === 'lawyer' ? collectDaysOf(store, record) : null;
  return {
    id: record.id,
    jurisdiction: record.jurisdiction,
    kind: record.kind,
    recipient: { ...record.recipient },
    caseId: record.caseId,
    caseNumber: record.caseNumber,
    courtId: record.courtId,
    title: noticeTexts(store, record).title,
    status: record.openedAt === null ? 'delivered' : 'opened',
    deliveredAt: record.deliveredAt,
    openedAt: record.openedAt,
    serviceRule: facts.rule,
    deemedServedAt: toInstant(deemed),
    served: deemed.getTime() <= now.getTime(),
    collectBy: days === null ? null : toInstant(collectBy(facts.deliveredAt, days)),
    hasAttachment: record.hasAttachment,
  };
}

/** An opened notice: its content and receipt. */
export function openedView(store: Store, record: NotificationRecord & { openedAt: string }, now: Date): OpenedNotification {
  const view = noticeView(store, record, now);
  return {
    ...view,
    body: noticeTexts(store, record).body,
    documentId: record.documentId,
    receipt: { openedAt: record.openedAt, servedAt: view.deemedServedAt },
  };
}
