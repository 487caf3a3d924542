/**
 * `<adalat-notification-list person-id="…">` or `lawyer-id="…"`: a person's or a
 * lawyer's judicial notices. Opening one records receipt, so the element asks first.
 * The behaviour lives in `NotificationListController`; this file is the markup.
 * @module
 */
import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import type { JurisdictionCode, JudicialNotification, NotificationRecipient, OpenedNotification } from '@adalat/sdk/contract';
import { fileNameFor, saveBlob } from '../actions/save-blob.ts';
import { dispatchAdalatError, LoadErrorReporter } from '../base/adalat-error.ts';
import { AdalatElement, type ElementStatus } from '../base/adalat-element.ts';
import { JURISDICTION_TIME_ZONE } from '../format/court-time-zone.ts';
import { formatInstant } from '../format/date.ts';
import { errorMessageKey } from '../i18n/error-message.ts';
import { pickText } from '../i18n/localized-text.ts';
import type { MessageKey } from '../i18n/msg.ts';
import { NotificationListController, type NotificationListErrorKind } from './notification-list.controller.ts';
import { notificationListStyles } from './notification-list.styles.ts';

/** `adalat-notification-opened` carries the opened notice: its content and the receipt. */
export type NotificationOpenedDetail = OpenedNotification;

/** `adalat-error` on a list: what failed. */
export interface NotificationListErrorDetail {
  action: 'load' | 'open' | 'download';
  error: unknown;
}

const LIST_ERROR: Partial<Record<NotificationListErrorKind, MessageKey>> = {
  permission: 'notificationList.error.permission',
  expired: 'notificationList.error.expired',
  not_found: 'notificationList.error.notFound',
};

/**
 * @summary A person's or a lawyer's judicial notices: what, when delivered, when served
 * (or deemed served), the collect-by of a lawyer's notice. Listing never counts as
 * receipt; opening a notice does, so the element asks for confirmation first, then
 * shows the content and the attached PDF.
 * @tagname adalat-notification-list
 *
 * @slot header - Shown above the list.
 * @slot empty - Replaces the text shown when there are no notices.
 * @slot confirm-text - Replaces the explanation in the confirmation (your own legal wording, say).
 *
 * @csspart base - The wrapper of everything.
 * @csspart status - The polite live region: loading, and the result of opening a notice.
 * @csspart empty - The text shown without notices, or without `person-id`/`lawyer-id`.
 * @csspart error - The alert shown when the list could not be read; also `error-permission`, `error-expired`, `error-not_found`, `error-retryable`.
 * @csspart retry - The "try again" button.
 * @csspart list - The list of notices; each `item` (also `item-delivered`, `item-opened`).
 * @csspart title - A notice's subject line.
 * @csspart meta - A notice's facts: `kind`, `case-number`, `delivered`, `served`, `collect-by`, `item-status`.
 * @csspart open - The button that asks to open a notice.
 * @csspart confirm - The confirmation (`role=group`); inside: `confirm-text`, `confirm-open`, `confirm-cancel`.
 * @csspart content - The content of an opened notice (text).
 * @csspart receipt - When the notice was opened and served.
 * @csspart download - The button that saves the attached PDF.
 * @csspart open-error - Why opening failed.
 * @csspart more - The "show more" button.
 *
 * @cssprop [--adalat-notification-list-gap=var(--adalat-gap, 0.5rem)] - Space inside a notice.
 * @cssprop [--adalat-notification-list-item-gap=1rem] - Space between notices.
 *
 * @cssstate loading - The list is loading.
 * @cssstate empty - No notices, or nobody set.
 * @cssstate error - The list could not be read, or no client was found.
 * @cssstate ready - Notices are shown.
 *
 * @event {CustomEvent<NotificationOpenedDetail>} adalat-notification-opened - A notice was opened and its receipt recorded; bubbles and crosses shadow roots.
 * @event {CustomEvent<NotificationListErrorDetail>} adalat-error - Loading, opening or a download failed; bubbles and crosses shadow roots.
 */
export class AdalatNotificationList extends AdalatElement {
  static override styles = notificationListStyles;

  /** Whose notices: a person (`per_ps_001`)… */
  @property({ attribute: 'person-id', reflect: true }) personId: string | null = null;
  /** …or a lawyer (`law_ps_011`); `person-id` wins when both are set. */
  @property({ attribute: 'lawyer-id', reflect: true }) lawyerId: string | null = null;
  /** The level of each notice's heading (3 by default). */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 3;
  /** The current instant, to tell served from not yet served. */
  @property({ attribute: false }) now: () => Date = () => new Date();

  readonly controller: NotificationListController = new NotificationListController(this, {
    client: () => this.client,
    recipient: () => this.#recipient(),
  });

  #confirming: string | null = null;
  #announcement = '';
  readonly #loadErrors = new LoadErrorReporter();

  constructor() {
    super();
    this.setStatus('loading');
  }

  #recipient(): NotificationRecipient | null {
    if (this.personId) return { kind: 'person', id: this.personId };
    if (this.lawyerId) return { kind: 'lawyer', id: this.lawyerId };
    return null;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('personId') || changed.has('lawyerId')) {
      this.#confirming = null;
      this.#announcement = '';
    }
    this.controller.sync();
    this.setStatus(this.#status());
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.#loadErrors.report(this, this.controller.list.error);
  }

  #status(): ElementStatus {
    if (this.clientError) return 'error';
    if (!this.#recipient()) return 'empty';
    const { status } = this.controller;
    if (status === 'idle') return 'loading';
    if (status === 'loading') return this.controller.list.value ? (this.controller.items.length ? 'ready' : 'empty') : 'loading';
    return status;
  }

  #emitError(action: NotificationListErrorDetail['action'], error: unknown): void {
    dispatchAdalatError(this, action, error);
  }

  #date(instant: string, jurisdiction: JurisdictionCode): string {
    return formatInstant(instant, { locale: this.locale, timeZone: JURISDICTION_TIME_ZONE[jurisdiction], dateStyle: 'medium', timeStyle: 'short' });
  }

  #askToOpen(id: string): void {
    this.#confirming = id;
    this.#announcement = '';
    this.requestUpdate();
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLButtonElement>('[part~="confirm-open"]')?.focus());
  }

  #cancel(id: string): void {
    this.#confirming = null;
    this.requestUpdate();
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLButtonElement>(`[data-open="${CSS.escape(id)}"]`)?.focus());
  }

  async #confirmOpen(notice: JudicialNotification): Promise<void> {
    try {
      const opened = await this.controller.open(notice.id);
      this.#confirming = null;
      this.#announcement = this.msg('notificationList.openedNow', { date: this.#date(opened.receipt.openedAt, opened.jurisdiction) });
      this.dispatchEvent(new CustomEvent<NotificationOpenedDetail>('adalat-notification-opened', { detail: opened, bubbles: true, composed: true }));
      this.requestUpdate();
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>(`[data-content="${CSS.escape(notice.id)}"]`)?.focus();
    } catch (error) {
      this.#announcement = this.msg('notificationList.openFailed');
      this.#emitError('open', error);
      this.requestUpdate();
    }
  }

  async #download(notice: JudicialNotification): Promise<void> {
    try {
      const blob = await this.controller.downloadAttachment(notice.id);
      saveBlob(blob, fileNameFor(pickText(notice.title, this.locale), notice.id, 'pdf'));
    } catch (error) {
      this.#announcement = this.msg('notificationList.downloadFailed');
      this.#emitError('download', error);
      this.requestUpdate();
    }
  }

  protected override render() {
    const loading = this.#status() === 'loading' && this.#recipient() !== null;
    return html`<div part="base">
      <slot name="header"></slot>
      ${this.#body()}
      <div part="status" role="status">${loading ? this.msg('notificationList.loading') : this.#announcement}</div>
    </div>`;
  }

  #body() {
    const c = this.controller;
    if (this.clientError || c.status === 'error') return this.#renderError();
    if (!this.#recipient()) return html`<p part="empty">${this.msg('notificationList.noRecipient')}</p>`;
    if (!c.list.value) return nothing;
    if (c.items.length === 0) return html`<p part="empty"><slot name="empty">${this.msg('notificationList.empty')}</slot></p>`;
    return html`<ul part="list">
        ${repeat(c.items, (n) => n.id, (n) => this.#item(n))}
      </ul>
      ${c.hasMore
        ? html`<button part="more" type="button" ?disabled=${c.loadingMore} @click=${() => void c.loadMore()}>${this.msg('notificationList.more')}</button>`
        : nothing}`;
  }

  #item(notice: JudicialNotification) {
    const c = this.controller;
    const level = Math.min(6, Math.max(1, Math.trunc(this.headingLevel) || 3));
    const served = Date.parse(notice.deemedServedAt) <= this.now().getTime();
    const opened = c.opened.get(notice.id);
    const titleId = `title-${notice.id}`;
    return html`<li part="item item-${notice.status}" aria-labelledby=${titleId}>
      <div part="title" id=${titleId} role="heading" aria-level=${level}>${pickText(notice.title, this.locale)}</div>
      <div part="meta">
        <span part="kind">${this.msg(`notificationList.kind.${notice.kind}`)}</span>
        ${notice.caseNumber ? html`<span part="case-number" dir="auto">${notice.caseNumber}</span>` : nothing}
        <span part="delivered">${this.msg('notificationList.delivered', { date: this.#date(notice.deliveredAt, notice.jurisdiction) })}</span>
        <span part="served"
          >${served
            ? this.msg('notificationList.served', { date: this.#date(notice.deemedServedAt, notice.jurisdiction) })
            : this.msg('notificationList.deemedServed', { date: this.#date(notice.deemedServedAt, notice.jurisdiction) })}</span
        >
        ${notice.collectBy && notice.status === 'delivered'
          ? html`<span part="collect-by">${this.msg('notificationList.collectBy', { date: this.#date(notice.collectBy, notice.jurisdiction) })}</span>`
          : nothing}
        <span part="item-status">${this.msg(`notificationList.status.${notice.status}`)}</span>
      </div>
      ${opened ? this.#content(notice, opened) : this.#openControls(notice)}
    </li>`;
  }

  #openControls(notice: JudicialNotification) {
    const c = this.controller;
    const failed = c.openError?.id === notice.id ? c.openError.error : undefined;
    // Receipt of an opened notice is already recorded: showing it again needs no confirmation.
    if (this.#confirming !== notice.id) {
      return html`${failed !== undefined ? html`<p part="open-error" role="alert">${this.msg(errorMessageKey(failed))}</p>` : nothing}<div part="actions">
        <button
          part="open"
          type="button"
          data-open=${notice.id}
          aria-describedby=${`title-${notice.id}`}
          @click=${() => (notice.status === 'opened' ? void this.#confirmOpen(notice) : this.#askToOpen(notice.id))}
        >
          ${this.msg(notice.status === 'opened' ? 'notificationList.openAgain' : 'notificationList.open')}
        </button>
      </div>`;
    }
    const busy = c.opening === notice.id;
    const textId = `confirm-${notice.id}`;
    return html`<div part="confirm" role="group" aria-labelledby=${`confirm-title-${notice.id}`} aria-describedby=${textId}>
      <strong id=${`confirm-title-${notice.id}`}>${this.msg('notificationList.confirmTitle')}</strong>
      <p part="confirm-text" id=${textId}><slot name="confirm-text">${this.msg('notificationList.confirmText')}</slot></p>
      ${failed !== undefined ? html`<p part="open-error" role="alert">${this.msg(errorMessageKey(failed))}</p>` : nothing}
      <div part="actions">
        <button part="confirm-open" type="button" ?disabled=${busy} @click=${() => void this.#confirmOpen(notice)}>
          ${busy ? this.msg('notificationList.opening') : this.msg('notificationList.confirm')}
        </button>
        <button part="confirm-cancel" type="button" ?disabled=${busy} @click=${() => this.#cancel(notice.id)}>${this.msg('notificationList.cancel')}</button>
      </div>
    </div>`;
  }

  #content(notice: JudicialNotification, opened: OpenedNotification) {
    return html`<div part="content" tabindex="-1" data-content=${notice.id} dir="auto">${pickText(opened.body, this.locale)}</div>
      <p part="receipt">${this.msg('notificationList.receipt', { date: this.#date(opened.receipt.openedAt, notice.jurisdiction) })}</p>
      ${notice.hasAttachment
        ? html`<div part="actions">
            <button part="download" type="button" @click=${() => void this.#download(notice)}>${this.msg('notificationList.download')}</button>
          </div>`
        : nothing}`;
  }

  #renderError() {
    const c = this.controller;
    const error = this.clientError ?? c.list.error;
    const kind = this.clientError ? undefined : c.errorKind;
    const key = (kind && LIST_ERROR[kind]) ?? errorMessageKey(error);
    return html`<div part="error ${kind ? `error-${kind}` : ''}" role="alert">
      <p>${this.msg(key)}</p>
      ${kind === 'retryable' ? html`<button part="retry" type="button" @click=${() => void c.reload()}>${this.msg('action.retry')}</button>` : nothing}
    </div>`;
  }
}
