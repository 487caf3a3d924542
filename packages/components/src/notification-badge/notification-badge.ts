/**
 * `<adalat-notification-badge lawyer-id="…">`: a lawyer's pending judicial notices at a
 * glance. The behaviour lives in `NotificationBadgeController`; this file is the markup.
 * @module
 */
import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { LoadErrorReporter } from '../base/adalat-error.ts';
import { AdalatElement, type ElementStatus } from '../base/adalat-element.ts';
import { baseLocale, numberingFor } from '../format/conventions.ts';
import { JURISDICTION_TIME_ZONE } from '../format/court-time-zone.ts';
import { formatInstant } from '../format/date.ts';
import { formatRelative } from '../format/relative.ts';
import { errorMessageKey } from '../i18n/error-message.ts';
import type { MessageKey } from '../i18n/msg.ts';
import { pluralCategory } from '../i18n/plural.ts';
import { NotificationBadgeController, type BadgeErrorKind } from './notification-badge.controller.ts';
import { notificationBadgeStyles } from './notification-badge.styles.ts';

/** `adalat-error` on a badge: the summary could not be read. */
export interface NotificationBadgeErrorDetail {
  action: 'load';
  error: unknown;
}

const BADGE_ERROR: Partial<Record<BadgeErrorKind, MessageKey>> = {
  permission: 'notificationBadge.error.permission',
  expired: 'notificationBadge.error.expired',
  not_found: 'notificationBadge.error.notFound',
};

/** Number formats by locale: a roster redraws hundreds of badges. */
const numberFormats = new Map<string, Intl.NumberFormat>();

function formatCount(locale: string, count: number): string {
  let format = numberFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(baseLocale(locale), { numberingSystem: numberingFor(locale) } as Intl.NumberFormatOptions);
    numberFormats.set(locale, format);
  }
  return format.format(count);
}

/** How often the collect-by countdown is redrawn. */
const TICK_MS = 60_000;

/**
 * @summary A lawyer's pending notices: how many, the time left to collect them before
 * the 3-day rule suspends the lawyer, and a warning once suspended. Updates live; many
 * badges on a page share one batch request and one event stream.
 * @tagname adalat-notification-badge
 *
 * @slot suspended - Extra content inside the suspension warning (a link to the lawyer's notices, say).
 *
 * @csspart base - The wrapper of everything.
 * @csspart count - The number of pending notices; also `count-zero` when there are none.
 * @csspart count-label - The sentence the count stands for (visually hidden).
 * @csspart collect-by - The time left to collect; also `collect-by-open` and `collect-by-overdue`.
 * @csspart suspended - The warning (`role=note`) that the lawyer is suspended.
 * @csspart loading - The text shown while the first summary loads.
 * @csspart empty - The text shown when no `lawyer-id` is set.
 * @csspart error - The alert shown when the summary could not be read; also `error-permission`, `error-expired`, `error-not_found`, `error-retryable`.
 * @csspart retry - The "try again" button.
 * @csspart announcer - The polite live region announcing live updates (visually hidden).
 *
 * @cssprop [--adalat-notification-badge-gap=0.5rem] - Space between the count, the countdown and the warning.
 * @cssprop [--adalat-notification-badge-count-size=1.5em] - Minimum width of the count.
 *
 * @cssstate loading - The first summary is loading.
 * @cssstate empty - No `lawyer-id`, or nothing pending and not suspended.
 * @cssstate error - The summary could not be read, or no client was found.
 * @cssstate ready - Notices are pending, or the lawyer is suspended.
 * @cssstate suspended - The lawyer is suspended.
 * @cssstate overdue - A notice is past its collect-by.
 *
 * @event {CustomEvent<NotificationBadgeErrorDetail>} adalat-error - The summary could not be read; bubbles and crosses shadow roots.
 */
export class AdalatNotificationBadge extends AdalatElement {
  static override styles = notificationBadgeStyles;

  /** The lawyer whose notices to count (`law_ps_011`). */
  @property({ attribute: 'lawyer-id', reflect: true }) lawyerId: string | null = null;

  /** The current instant, for the countdown. Set it to follow another clock (the sandbox's, in a demo). */
  @property({ attribute: false }) now: () => Date = () => new Date();

  readonly controller: NotificationBadgeController = new NotificationBadgeController(this, {
    client: () => this.client,
    lawyerId: () => this.lawyerId,
  });

  #tick: ReturnType<typeof setInterval> | undefined;
  readonly #loadErrors = new LoadErrorReporter();
  #announcedUpdates = 0;
  #announcement = '';

  constructor() {
    super();
    this.setStatus('loading');
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#tick = setInterval(() => this.requestUpdate(), TICK_MS);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.#tick);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.controller.sync();
    const summary = this.controller.summary.value;
    if (this.controller.liveUpdates !== this.#announcedUpdates && this.controller.status !== 'loading' && summary) {
      this.#announcedUpdates = this.controller.liveUpdates;
      this.#announcement = this.#countText(summary.pendingCount);
    }
    this.setStatus(this.#status());
    const states = this.internals.states;
    const suspended = summary?.suspended === true && this.controller.status !== 'error';
    if (suspended) states.add('suspended');
    else states.delete('suspended');
    if (this.controller.phase(this.now()) === 'overdue') states.add('overdue');
    else states.delete('overdue');
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.#loadErrors.report(this, this.controller.error);
  }

  #status(): ElementStatus {
    if (this.clientError) return 'error';
    if (!this.lawyerId) return 'empty';
    const { status, summary } = this.controller;
    // A reload keeps showing the last summary.
    if (status === 'loading' || status === 'idle') return summary.value ? (summary.value.pendingCount === 0 && !summary.value.suspended ? 'empty' : 'ready') : 'loading';
    return status;
  }

  #number(count: number): string {
    return formatCount(this.locale, count);
  }

  #countText(count: number): string {
    return count === 0 ? this.msg('notificationBadge.none') : this.msg(`notificationBadge.pending.${pluralCategory(this.locale, count)}`, { count: this.#number(count) });
  }

  #onRetry = (): void => void this.controller.reload();

  protected override render() {
    return html`<span part="base">${this.#body()}<span part="announcer" role="status">${this.#announcement}</span></span>`;
  }

  #body() {
    if (this.clientError || this.controller.status === 'error') return this.#renderError();
    if (!this.lawyerId) return html`<span part="empty">${this.msg('notificationBadge.noLawyer')}</span>`;
    const summary = this.controller.summary.value;
    if (!summary) return html`<span part="loading">${this.msg('notificationBadge.loading')}</span>`;
    const now = this.now();
    const phase = this.controller.phase(now);
    return html`<span part="count ${summary.pendingCount === 0 ? 'count-zero' : ''}"
        ><span aria-hidden="true">${this.#number(summary.pendingCount)}</span
        ><span part="count-label">${this.#countText(summary.pendingCount)}</span></span
      >
      ${summary.collectBy && phase !== 'none'
        ? html`<time part="collect-by collect-by-${phase}" datetime=${summary.collectBy}
            >${phase === 'open'
              ? this.msg('notificationBadge.collectBy', { relative: formatRelative(summary.collectBy, now, this.locale) })
              : this.msg('notificationBadge.overdue', { relative: formatRelative(summary.collectBy, now, this.locale) })}</time
          >`
        : nothing}
      ${summary.suspended && summary.suspendedSince
        ? html`<strong part="suspended" role="note"
            >${this.msg('notificationBadge.suspended', { date: formatInstant(summary.suspendedSince, { locale: this.locale, timeZone: JURISDICTION_TIME_ZONE[summary.jurisdiction], dateStyle: 'medium', timeStyle: 'short' }) })}<slot
              name="suspended"
            ></slot
          ></strong>`
        : nothing}`;
  }

  #renderError() {
    const error = this.clientError ?? this.controller.error;
    const kind = this.clientError ? undefined : this.controller.errorKind;
    const key = (kind && BADGE_ERROR[kind]) ?? errorMessageKey(error);
    const canRetry = kind === 'retryable';
    return html`<span part="error ${kind ? `error-${kind}` : ''}" role="alert"
      >${this.msg(key)}${canRetry ? html` <button part="retry" type="button" @click=${this.#onRetry}>${this.msg('action.retry')}</button>` : nothing}</span
    >`;
  }
}
