/**
 * Notices as service of process. Listing shows what and when, never content, and
 * records nothing; `open` returns the content and records receipt (legal effect);
 * the attachment is served only once opened, so downloading is never a back door to
 * receipt. Who may do what: `notifications/access.ts`.
 * @module
 */
import type { JudicialNotification, NotificationRecipient, notificationsEndpoints } from '@adalat/sdk/contract';
import { toInstant } from '../clock.ts';
import { publishEvent } from '../events/bus.ts';
import { announceLawyer, noticeAudience, noticeEventData } from '../notifications/announce.ts';
import { checkMayList, noticeForRecipient } from '../notifications/access.ts';
import { noticeTexts, noticeView, openedView, serviceFacts } from '../notifications/views.ts';
import { renderPdf } from '../pdf/minimal-pdf.ts';
import { conflict, forbidden, notFound, validationFailed } from '../problem.ts';
import type { Caller, DomainHandlers } from '../router/context.ts';
import { deemedServedAt } from '../rules/deemed-service.ts';
import { paginate, type PageRequest } from '../store/paginate.ts';
import type { Store } from '../store/store.ts';
import type { ElectronicServiceRecord } from '../store/types.ts';

interface ListQuery extends PageRequest {
  status?: JudicialNotification['status'] | undefined;
  kind?: JudicialNotification['kind'] | undefined;
}

function listFor(store: Store, caller: Caller, now: Date, recipient: NotificationRecipient, query: ListQuery) {
  checkMayList(store, caller, recipient);
  const all = [...store.notices.notifications.values()]
    .filter((n) => n.recipient.kind === recipient.kind && n.recipient.id === recipient.id)
    .sort((a, b) => b.deliveredAt.localeCompare(a.deliveredAt) || b.id.localeCompare(a.id))
    .map((record) => noticeView(store, record, now));
  const matching = all.filter((n) => (query.status === undefined || n.status === query.status) && (query.kind === undefined || n.kind === query.kind));
  return paginate(all, matching, query);
}

function personOnly(store: Store, caller: Caller, personId: string): void {
  if (!store.people.has(personId)) throw notFound('person_not_found', `No person ${personId}.`, 'params.personId');
  if (caller.kind === 'bearer' && !(caller.user.subject === 'person' && caller.user.id === personId)) {
    throw forbidden('person_only', 'Only the person may manage their electronic service.');
  }
}

function mask(channel: ElectronicServiceRecord['channel'], address: string | null): string | null {
  if (address === null) return null;
  if (channel === 'email') {
    const [local = '', domain = ''] = address.split('@');
    return `${local.slice(0, 1)}***@${domain}`;
  }
  return `${'*'.repeat(Math.max(0, address.length - 4))}${address.slice(-4)}`;
}

export const notificationsHandlers: DomainHandlers<typeof notificationsEndpoints> = {
  listForPerson({ params, query, auth, store, clock }) {
    return listFor(store, auth, clock.now(), { kind: 'person', id: params.personId }, query);
  },

  listForLawyer({ params, query, auth, store, clock }) {
    return listFor(store, auth, clock.now(), { kind: 'lawyer', id: params.lawyerId }, query);
  },

  open({ params, auth, store, clock }) {
    const now = clock.now();
    const record = noticeForRecipient(store, auth, params.notificationId);
    if (record.openedAt === null) {
      record.openedAt = toInstant(now);
      const wasServed = record.servedAnnounced;
      if (!wasServed && deemedServedAt(serviceFacts(store, record)).getTime() <= now.getTime()) {
        record.servedAnnounced = true;
        publishEvent(store, now, { type: 'notification.served', caseId: null, data: noticeEventData(store, record, 'opened') }, noticeAudience(store, record));
      }
      if (record.recipient.kind === 'lawyer') announceLawyer(store, now, record.recipient.id);
    }
    return openedView(store, { ...record, openedAt: record.openedAt }, now);
  },

  downloadAttachment({ params, auth, store }) {
    const record = noticeForRecipient(store, auth, params.notificationId);
    if (!record.hasAttachment) throw notFound('attachment_not_found', 'This notice carries no PDF.', 'params.notificationId');
    if (record.openedAt === null) {
      throw conflict('notification_not_opened', 'Open the notice first: opening records receipt, downloading does not.');
    }
    const texts = noticeTexts(store, record);
    const title = texts.title.en ?? 'Judicial act';
    const lines = [
      `Notice ${record.id}`,
      `Case: ${record.caseNumber ?? '-'}`,
      `Delivered: ${record.deliveredAt}`,
      `Opened: ${record.openedAt}`,
      '',
      texts.body.en ?? 'See the notice in the language of the court.',
    ];
    return new Blob([renderPdf({ title, lines })], { type: 'application/pdf' });
  },

  getElectronicService({ params, auth, store }) {
    personOnly(store, auth, params.personId);
    const record = store.notices.electronicService.get(params.personId);
    if (record === undefined) throw notFound('not_registered', 'This person has not registered for electronic service.');
    return { personId: record.personId, channel: record.channel, addressMasked: mask(record.channel, record.address), consentedAt: record.consentedAt };
  },

  registerElectronicService({ params, body, auth, store, clock }) {
    personOnly(store, auth, params.personId);
    if (body.channel !== 'app' && body.address === undefined) {
      throw validationFailed([{ path: 'body.address', code: 'required', message: `the ${body.channel} channel needs an address` }]);
    }
    if (body.channel === 'email' && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(body.address!)) {
      throw validationFailed([{ path: 'body.address', code: 'invalid_email', message: 'not an e-mail address' }]);
    }
    if (body.channel === 'sms' && !/^\+?\d{7,15}$/.test(body.address!.replace(/[\s-]/g, ''))) {
      throw validationFailed([{ path: 'body.address', code: 'invalid_phone', message: 'not a phone number' }]);
    }
    const record: ElectronicServiceRecord = {
      personId: params.personId,
      channel: body.channel,
      address: body.channel === 'app' ? null : body.address!,
      consentedAt: toInstant(clock.now()),
    };
    store.notices.electronicService.set(params.personId, record);
    return { personId: record.personId, channel: record.channel, addressMasked: mask(record.channel, record.address), consentedAt: record.consentedAt };
  },
};
