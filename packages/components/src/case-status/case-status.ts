/**
 * `<adalat-case-status case-id="…">`: one case as a litigant follows it. The behaviour
 * lives in `CaseStatusController`; this file is the default markup.
 * @module
 */
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import type { CaseDocument, Hearing, HearingOutcome, PostponementRequest, TimelineEvent } from '@adalat/sdk/contract';
import { dispatchAdalatError, LoadErrorReporter } from '../base/adalat-error.ts';
import { AdalatElement, recordStatus, type ElementStatus } from '../base/adalat-element.ts';
import { factTemplate, headingTemplate, listBodyTemplate, loadErrorTemplate, retryButtonTemplate, sectionTemplate } from '../base/templates.ts';
import { formatInstant, formatLocalDate } from '../format/date.ts';
import { errorMessageKey } from '../i18n/error-message.ts';
import { pickText } from '../i18n/localized-text.ts';
import type { MessageKey } from '../i18n/msg.ts';
import { pluralCategory } from '../i18n/plural.ts';
import type { AppealCountdown } from './appeal-countdown.ts';
import { CaseStatusController, REASON_LENGTH, type CaseErrorKind, type JudicialActView } from './case-status.controller.ts';
import { caseStatusStyles } from './case-status.styles.ts';

/** `adalat-error` says what failed and the error as the SDK threw it. */
export interface CaseStatusErrorDetail {
  action: 'load' | 'download' | 'requestPostponement';
  error: unknown;
}

/** `adalat-postponement-requested` carries the request the court received. */
export type PostponementRequestedDetail = PostponementRequest;

const HEARING_OUTCOMES: ReadonlySet<string> = new Set<HearingOutcome>([
  'held',
  'adjourned',
  'judgment_reserved',
  'judgment_issued',
  'struck_off',
  'cancelled',
]);

/** The message for a case that could not be shown, by kind. */
const CASE_ERROR: Partial<Record<CaseErrorKind, MessageKey>> = {
  permission: 'caseStatus.error.permission',
  expired: 'caseStatus.error.expired',
  not_found: 'caseStatus.error.notFound',
};

/** Server codes a postponement request fails with that have their own words. */
const POSTPONEMENT_ERROR: Readonly<Record<string, MessageKey>> = {
  postponement_already_pending: 'caseStatus.alreadyPending',
  hearing_not_upcoming: 'caseStatus.hearingNotUpcoming',
  case_not_active: 'caseStatus.caseNotActive',
};

/** Pieces of one line, skipping the absent ones, with a separator that reads the same in every script. */
function joined(pieces: ReadonlyArray<TemplateResult | null>): TemplateResult[] {
  return pieces.filter((piece): piece is TemplateResult => piece !== null).flatMap((piece, i) => (i === 0 ? [piece] : [html` · `, piece]));
}

/** Which form field an `InvalidRequestError` blames, and how. */
function fieldProblem(error: unknown): 'too_short' | 'too_long' | 'party' | undefined {
  const issues = (error as { type?: unknown; issues?: Array<{ path: string; code: string }> } | null)?.issues;
  if ((error as { type?: unknown } | null)?.type !== 'invalid_request' || !issues) return undefined;
  if (issues.some((i) => i.path === 'body.partyId')) return 'party';
  const reason = issues.find((i) => i.path === 'body.reason');
  if (!reason) return undefined;
  return reason.code === 'too_big' ? 'too_long' : 'too_short';
}

/**
 * @summary Shows a case: status and stage, next hearing, judicial acts with their appeal
 * countdown, timeline and documents, and lets a party ask for a hearing to be postponed.
 * @tagname adalat-case-status
 *
 * @slot header - Shown above the case (a title of the page's own, say).
 * @slot empty - Replaces the text shown when no `case-id` is set.
 * @slot error - Extra content inside the error alert (a link to sign in again, say).
 * @slot actions - The page's own actions, after the case.
 * @slot timeline-empty - Replaces the text of an empty timeline.
 * @slot documents-empty - Replaces the text of an empty document list.
 *
 * @csspart base - The wrapper of everything.
 * @csspart status - The polite live region (`role=status`): loading and download progress.
 * @csspart empty - The box shown when no case is set.
 * @csspart error - The alert (`role=alert`) shown when the case could not be loaded; also `error-permission`, `error-expired`, `error-not_found`, `error-authentication`, `error-retryable`.
 * @csspart error-message - The error's text inside the alert.
 * @csspart retry - Each "try again" button (also `section-retry` inside a section).
 * @csspart case - The case, once loaded.
 * @csspart summary - The case's header: title and facts.
 * @csspart title - The case title (`role=heading`, level `heading-level`).
 * @csspart facts - The list of facts; each `fact` (also `status-fact`, `stage-fact`, `court-fact`, `number-fact`) holds a `fact-label` and a `fact-value`.
 * @csspart section - Each section (also `next-hearing-section`, `acts-section`, `timeline-section`, `documents-section`, `postponement-section`).
 * @csspart section-title - Each section's heading (`role=heading`, one level below the title).
 * @csspart section-empty - A section's "nothing here" text.
 * @csspart section-loading - A section's "loading" text.
 * @csspart section-error - A section's failure text and retry button.
 * @csspart hearing - The next hearing; inside: `hearing-date`, `hearing-kind`, `hearing-room`, `hearing-moved`, `hearing-live`.
 * @csspart acts - The list of judicial acts; each `act` holds `act-type`, `act-issued`, `act-deadline` and `countdown`.
 * @csspart countdown - The appeal countdown; also `countdown-open`, `countdown-last_day`, `countdown-passed`, `countdown-appealed`, `countdown-in_legal_force`, `countdown-not_served`.
 * @csspart timeline - The ordered list of steps; each `timeline-item` holds `timeline-date`, `timeline-type` and `timeline-detail`.
 * @csspart documents - The list of documents; each `document` holds `document-title`, `document-kind`, `document-date` and `download`.
 * @csspart download - Each document's download button.
 * @csspart postponement-pending - The note that a postponement request waits for the court.
 * @csspart postponement-toggle - The button that opens the postponement form.
 * @csspart postponement-form - The form; inside: `field`, `label`, `party-select`, `reason`, `hint`, `field-error`, `form-actions`, `submit`, `cancel`.
 * @csspart postponement-status - The polite live region announcing whether the request was sent.
 * @csspart actions - The wrapper of the `actions` slot.
 *
 * @cssprop [--adalat-case-status-gap=var(--adalat-gap, 1rem)] - Space between sections and form fields.
 * @cssprop [--adalat-case-status-item-gap=0.25rem] - Space between list items and facts.
 * @cssprop [--adalat-case-status-list-indent=1.25rem] - Start padding of the lists.
 * @cssprop [--adalat-case-status-reason-min-height=6rem] - Minimum height of the reason field.
 *
 * @cssstate loading - The case, or a section's first answer, is loading (also `aria-busy`).
 * @cssstate empty - No `case-id` is set.
 * @cssstate error - The case could not be loaded, or no client was found.
 * @cssstate ready - The case is shown.
 *
 * @event {CustomEvent<PostponementRequestedDetail>} adalat-postponement-requested - A postponement request was sent; bubbles and crosses shadow roots.
 * @event {CustomEvent<CaseStatusErrorDetail>} adalat-error - Loading the case, a download or a postponement request failed; bubbles and crosses shadow roots.
 */
export class AdalatCaseStatus extends AdalatElement {
  static override styles = caseStatusStyles;

  /** The case to show (`cas_ps_001`). */
  @property({ attribute: 'case-id', reflect: true }) caseId: string | null = null;

  /** The level of the case title's heading (2 by default); section headings are one level below. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /**
   * The current instant, for the appeal countdown and whether the next hearing has
   * started. Set it to follow another clock (the sandbox's, in a demo).
   */
  @property({ attribute: false }) now: () => Date = () => new Date();

  /** The behaviour: loads, state and actions; usable on its own with another template. */
  readonly controller: CaseStatusController = new CaseStatusController(this, {
    client: () => this.client,
    caseId: () => this.caseId,
    now: () => this.now(),
  });

  #formOpen = false;
  #announcement = '';
  readonly #loadErrors = new LoadErrorReporter();

  constructor() {
    super();
    this.setStatus('loading');
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('caseId')) {
      this.#formOpen = false;
      this.#announcement = '';
    }
    this.setStatus(this.#status());
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.#loadErrors.report(this, this.controller.error);
  }

  #status(): ElementStatus {
    return recordStatus(this.clientError, this.caseId, this.controller.status);
  }

  #emitError(action: CaseStatusErrorDetail['action'], error: unknown): void {
    dispatchAdalatError(this, action, error);
  }

  #date(instant: string, timeZone: string, timeStyle?: 'short'): string {
    return formatInstant(instant, { locale: this.locale, timeZone, dateStyle: timeStyle ? 'full' : 'medium', timeStyle });
  }

  #retryButton(extraPart = '') {
    return retryButtonTemplate(this.msg('action.retry'), this.#onRetry, extraPart);
  }

  #onRetry = (): void => this.controller.reload();

  protected override render() {
    const c = this.controller;
    const loading = this.#status() === 'loading';
    return html`<div part="base">
      <slot name="header"></slot>
      ${this.#renderError()}
      ${this.caseId || this.clientError
        ? nothing
        : html`<div part="empty"><slot name="empty">${this.msg('caseStatus.noCase')}</slot></div>`}
      ${c.case.value && c.status !== 'error' ? this.#renderCase() : nothing}
      <div part="status" role="status">${loading && this.caseId ? this.msg('caseStatus.loading') : this.#announcement}</div>
    </div>`;
  }

  #renderError() {
    const c = this.controller;
    const error = this.clientError ?? c.error;
    if (error === undefined) return nothing;
    const kind = this.clientError ? undefined : c.errorKind;
    const key = (kind && CASE_ERROR[kind]) ?? errorMessageKey(error);
    const canRetry = kind === 'retryable' || kind === 'expired';
    return loadErrorTemplate({ kind, message: this.msg(key), retry: canRetry ? this.#retryButton() : undefined });
  }

  #renderCase() {
    const c = this.controller;
    const record = c.case.value!;
    const court = c.court.value;
    const fact = (name: string, label: MessageKey, value: string) => factTemplate(name, this.msg(label), value);
    return html`<article part="case" aria-labelledby="case-title">
      <header part="summary">
        ${headingTemplate('case-title', this.msg('caseStatus.title', { number: record.number }), this.headingLevel, 0)}
        <dl part="facts">
          ${fact('status', 'caseStatus.status', this.msg(`case.status.${record.status}`))}
          ${fact('stage', 'caseStatus.stage', this.msg(`case.stage.${record.stage}`))}
          ${fact('court', 'caseStatus.court', court ? pickText(court.name, this.locale) : '')}
          ${fact('number', 'caseStatus.number', record.number)}
        </dl>
      </header>
      ${this.#renderNextHearing()} ${this.#renderActs()} ${this.#renderTimeline()} ${this.#renderDocuments()}
      ${this.#renderPostponement()}
      <div part="actions"><slot name="actions"></slot></div>
    </article>`;
  }

  #section(name: string, title: MessageKey, body: unknown, busy = false) {
    return sectionTemplate(name, this.msg(title), this.headingLevel, body, busy);
  }

  /** A list section's body: its loading, error and empty texts, or the list. */
  #listBody<T>(
    resource: { status: string; value: T[] | undefined },
    emptySlot: string | null,
    emptyText: MessageKey,
    list: (items: T[]) => TemplateResult,
  ) {
    return listBodyTemplate(
      resource,
      {
        failed: this.msg('caseStatus.sectionFailed'),
        loading: this.msg('caseStatus.loadingSection'),
        empty: emptySlot ? html`<slot name=${emptySlot}>${this.msg(emptyText)}</slot>` : this.msg(emptyText),
        retry: this.#retryButton('section-retry'),
      },
      list,
    );
  }

  #renderNextHearing() {
    const c = this.controller;
    const hearing = c.nextHearing;
    const body = hearing
      ? html`<p part="hearing">
          <time part="hearing-date" datetime=${hearing.startsAt}>${this.#date(hearing.startsAt, hearing.timeZone, 'short')}</time>
          ${joined([
            html`<span part="hearing-kind">${this.msg(`hearing.kind.${hearing.kind}`)}</span>`,
            hearing.room ? html`<span part="hearing-room" dir="auto">${this.msg('caseStatus.room', { room: hearing.room })}</span>` : null,
            hearing.postponed && hearing.originalStartsAt
              ? html`<span part="hearing-moved"
                  >${this.msg('caseStatus.movedFrom', { date: this.#date(hearing.originalStartsAt, hearing.timeZone, 'short') })}</span
                >`
              : null,
            c.inSession ? html`<strong part="hearing-live">${this.msg('caseStatus.inSession')}</strong>` : null,
          ])}
        </p>`
      : html`<p part="section-empty">${this.msg('caseStatus.noHearing')}</p>`;
    return this.#section('next-hearing', 'caseStatus.nextHearing', body);
  }

  #countdownText(countdown: AppealCountdown): string {
    switch (countdown.phase) {
      case 'open': {
        const count = countdown.daysLeft!;
        return this.msg(`caseStatus.daysLeft.${pluralCategory(this.locale, count)}`, { count });
      }
      case 'last_day':
        return this.msg('caseStatus.lastDay');
      case 'passed':
        return this.msg('caseStatus.deadlinePassed');
      case 'appealed':
        return this.msg('caseStatus.appealed');
      case 'in_legal_force':
        return this.msg('caseStatus.inLegalForce');
      case 'not_served':
        return this.msg('caseStatus.notServed');
    }
  }

  #renderActs() {
    const acts = this.controller.acts;
    if (acts.length === 0) return nothing;
    const timeZone = this.controller.case.value!.timeZone;
    const item = ({ document, act, countdown }: JudicialActView) => html`<li part="act">
      <span part="act-type">${this.msg(`act.type.${act.type}`)}</span>
      <span part="act-issued">${this.msg('caseStatus.issuedOn', { date: this.#date(act.issuedAt, timeZone) })}</span>
      ${countdown.deadline
        ? html`<span part="act-deadline"
            >${this.msg('caseStatus.appealDeadline', { date: formatLocalDate(countdown.deadline, { locale: this.locale, dateStyle: 'long' }) })}</span
          >`
        : nothing}
      <strong part="countdown countdown-${countdown.phase}" data-document=${document.id}>${this.#countdownText(countdown)}</strong>
    </li>`;
    return this.#section('acts', 'caseStatus.acts', html`<ul part="acts">${repeat(acts, (a) => a.document.id, item)}</ul>`);
  }

  /** What a timeline step concerns, as text: the hearing, the document, the outcome or the court's note. */
  #timelineDetail(event: TimelineEvent, timeZone: string): string {
    const c = this.controller;
    const pieces: string[] = [];
    const hearing = event.hearingId ? c.hearings.value?.find((h) => h.id === event.hearingId) : undefined;
    if (hearing && event.type.startsWith('hearing_')) {
      pieces.push(this.msg(`hearing.kind.${hearing.kind}`));
      // The hearing as it is now may have moved since: a step shows the date it concerned, or none.
      const when = event.type === 'hearing_scheduled' ? (hearing.originalStartsAt ?? hearing.startsAt) : event.type === 'hearing_held' ? hearing.startsAt : null;
      if (when) pieces.push(this.#date(when, timeZone));
    }
    const document = event.documentId ? c.documents.value?.find((d) => d.id === event.documentId) : undefined;
    if (document) pieces.push(document.title);
    if (event.note) pieces.push(event.type === 'hearing_held' && HEARING_OUTCOMES.has(event.note) ? this.msg(`hearing.outcome.${event.note as HearingOutcome}`) : event.note);
    return pieces.join(' · ');
  }

  #renderTimeline() {
    const c = this.controller;
    const timeZone = c.case.value!.timeZone;
    const body = this.#listBody(c.timeline, 'timeline-empty', 'caseStatus.noTimeline', (events) => {
      const item = (event: TimelineEvent) => {
        const detail = this.#timelineDetail(event, timeZone);
        return html`<li part="timeline-item">
          <time part="timeline-date" datetime=${event.at}>${this.#date(event.at, timeZone)}</time>
          <span part="timeline-type">${this.msg(`timeline.${event.type}`)}</span>
          ${detail ? html`<span part="timeline-detail" dir="auto">${detail}</span>` : nothing}
        </li>`;
      };
      return html`<ol part="timeline">${repeat(events, (e) => e.id, item)}</ol>`;
    });
    return this.#section('timeline', 'caseStatus.timeline', body, c.timeline.value === undefined && c.timeline.status !== 'error');
  }

  #documentKind(document: CaseDocument): string {
    return this.msg(document.act ? `act.type.${document.act.type}` : `document.kind.${document.kind}`);
  }

  #renderDocuments() {
    const c = this.controller;
    const timeZone = c.case.value!.timeZone;
    const body = this.#listBody(c.documents, 'documents-empty', 'caseStatus.noDocuments', (documents) => {
      const item = (document: CaseDocument) => {
        const busy = c.downloads.get(document.id)?.status === 'downloading';
        return html`<li part="document">
          <span part="document-title" dir="auto">${document.title}</span>
          <span part="document-kind">${this.#documentKind(document)}</span>
          <time part="document-date" datetime=${document.createdAt}>${this.#date(document.createdAt, timeZone)}</time>
          <button
            part="download"
            type="button"
            aria-label=${this.msg('caseStatus.downloadLabel', { title: document.title })}
            aria-disabled=${busy ? 'true' : 'false'}
            @click=${() => this.#download(document)}
          >
            ${this.msg('caseStatus.download')}
          </button>
        </li>`;
      };
      return html`<ul part="documents">${repeat(documents, (d) => d.id, item)}</ul>`;
    });
    return this.#section('documents', 'caseStatus.documents', body, c.documents.value === undefined && c.documents.status !== 'error');
  }

  async #download(document: CaseDocument): Promise<void> {
    if (this.controller.downloads.get(document.id)?.status === 'downloading') return;
    const title = document.title;
    this.#announce(this.msg('caseStatus.downloading', { title }));
    try {
      await this.controller.download(document.id);
      this.#announce(this.msg('caseStatus.downloaded', { title }));
    } catch (error) {
      this.#announce(this.msg('caseStatus.downloadFailed', { title, reason: this.msg(errorMessageKey(error)) }));
      this.#emitError('download', error);
    }
  }

  #announce(text: string): void {
    this.#announcement = text;
    this.requestUpdate();
  }

  #renderPostponement() {
    const c = this.controller;
    const pending = c.pendingPostponement;
    const state = c.postponement;
    if (!pending && !c.canRequestPostponement && state.status === 'idle') return nothing;
    const hearing = c.upcomingHearing;
    const body = html`
      ${pending && hearing ? this.#renderPending(hearing) : nothing}
      ${c.canRequestPostponement && !this.#formOpen
        ? html`<button part="postponement-toggle" type="button" aria-expanded="false" aria-controls="postponement-form" @click=${this.#openForm}>
            ${this.msg('caseStatus.requestPostponement')}
          </button>`
        : nothing}
      ${this.#formOpen && (c.canRequestPostponement || state.status === 'sending') ? this.#renderForm() : nothing}
      <p part="postponement-status" role="status">${this.#postponementStatusText()}</p>
    `;
    return this.#section('postponement', 'caseStatus.postponement', body);
  }

  #renderPending(hearing: Hearing) {
    return html`<p part="postponement-pending" id="postponement-pending" tabindex="-1">
      ${this.msg('caseStatus.postponementPending', { date: this.#date(hearing.startsAt, hearing.timeZone, 'short') })}
    </p>`;
  }

  #postponementStatusText(): string {
    const state = this.controller.postponement;
    if (state.status === 'sending') return this.msg('caseStatus.sending');
    if (state.status === 'sent') return this.msg('caseStatus.postponementSent');
    if (state.status !== 'failed' || fieldProblem(state.error)) return '';
    const code = (state.error as { code?: unknown } | null)?.code;
    const key = (typeof code === 'string' && POSTPONEMENT_ERROR[code]) || errorMessageKey(state.error);
    return this.msg('caseStatus.postponementFailed', { reason: this.msg(key) });
  }

  #renderForm() {
    const c = this.controller;
    const state = c.postponement;
    const problem = state.status === 'failed' ? fieldProblem(state.error) : undefined;
    const parties = c.actingParties;
    const askParty = parties.length > 1;
    const reasonError =
      problem === 'too_short'
        ? this.msg('caseStatus.reasonTooShort', { min: REASON_LENGTH.min })
        : problem === 'too_long'
          ? this.msg('caseStatus.reasonTooLong', { max: REASON_LENGTH.max })
          : '';
    return html`<form id="postponement-form" part="postponement-form" novalidate @submit=${this.#onSubmit}>
      ${askParty
        ? html`<div part="field">
            <label part="label" for="party">${this.msg('caseStatus.onBehalfOf')}</label>
            <select
              id="party"
              name="party"
              part="party-select"
              required
              aria-invalid=${problem === 'party' ? 'true' : 'false'}
              aria-describedby=${problem === 'party' ? 'party-error' : nothing}
            >
              <option value="">${this.msg('caseStatus.chooseParty')}</option>
              ${parties.map(
                (party) =>
                  html`<option value=${party.id}>
                    ${this.msg('caseStatus.partyName', { name: pickText(party.name, this.locale), role: this.msg(`party.role.${party.role}`) })}
                  </option>`,
              )}
            </select>
            ${problem === 'party' ? html`<p id="party-error" part="field-error">${this.msg('caseStatus.partyRequired')}</p>` : nothing}
          </div>`
        : nothing}
      <div part="field">
        <label part="label" for="reason">${this.msg('caseStatus.reason')}</label>
        <textarea
          id="reason"
          name="reason"
          part="reason"
          required
          maxlength=${REASON_LENGTH.max}
          aria-invalid=${reasonError ? 'true' : 'false'}
          aria-describedby=${reasonError ? 'reason-hint reason-error' : 'reason-hint'}
        ></textarea>
        <p id="reason-hint" part="hint">${this.msg('caseStatus.reasonHint', { min: REASON_LENGTH.min, max: REASON_LENGTH.max })}</p>
        ${reasonError ? html`<p id="reason-error" part="field-error">${reasonError}</p>` : nothing}
      </div>
      <div part="form-actions">
        <button part="submit" type="submit" ?disabled=${state.status === 'sending'}>${this.msg('caseStatus.send')}</button>
        <button part="cancel" type="button" @click=${this.#closeForm}>${this.msg('caseStatus.cancel')}</button>
      </div>
    </form>`;
  }

  #openForm = async (): Promise<void> => {
    this.#formOpen = true;
    this.controller.resetPostponement();
    this.requestUpdate();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#party, #reason')?.focus();
  };

  #closeForm = async (): Promise<void> => {
    this.#formOpen = false;
    this.controller.resetPostponement();
    this.requestUpdate();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[part~="postponement-toggle"]')?.focus();
  };

  #onSubmit = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    // A second submit while the first is on its way joins nothing and sends nothing.
    if (this.controller.postponement.status === 'sending') return;
    const data = new FormData(event.currentTarget as HTMLFormElement);
    const reason = String(data.get('reason') ?? '');
    const party = data.get('party');
    try {
      const request = await this.controller.requestPostponement(reason, party ? { partyId: String(party) } : {});
      this.#formOpen = false;
      this.dispatchEvent(
        new CustomEvent<PostponementRequestedDetail>('adalat-postponement-requested', { detail: request, bubbles: true, composed: true }),
      );
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#postponement-pending')?.focus();
    } catch (error) {
      const problem = fieldProblem(error);
      if (problem) {
        await this.updateComplete;
        this.renderRoot.querySelector<HTMLElement>(problem === 'party' ? '#party' : '#reason')?.focus();
        return;
      }
      this.#emitError('requestPostponement', error);
    }
  };
}
