/**
 * `<adalat-execution-summary file-id="…">`: one execution file as its creditor follows
 * it, with the transfer of the money held for them to their bank account. The behaviour
 * lives in `ExecutionSummaryController`; this file is the default markup.
 * @module
 */
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import type { ExecutionTransfer, Money } from '@adalat/sdk/contract';
import { dispatchAdalatError, LoadErrorReporter } from '../base/adalat-error.ts';
import { AdalatElement, recordStatus, type ElementStatus } from '../base/adalat-element.ts';
import { factTemplate, headingTemplate, listBodyTemplate, loadErrorTemplate, retryButtonTemplate, sectionTemplate } from '../base/templates.ts';
import { JURISDICTION_TIME_ZONE } from '../format/court-time-zone.ts';
import { formatInstant, formatLocalDate } from '../format/date.ts';
import { formatMoney } from '../format/money.ts';
import { errorMessageKey } from '../i18n/error-message.ts';
import { pickText } from '../i18n/localized-text.ts';
import type { MessageKey } from '../i18n/msg.ts';
import { ExecutionSummaryController, type ExecutionErrorKind, type IbanInputState } from './execution-summary.controller.ts';
import { executionSummaryStyles } from './execution-summary.styles.ts';

/** `adalat-error` says what failed and the error as the SDK threw it. */
export interface ExecutionSummaryErrorDetail {
  action: 'load' | 'requestTransfer';
  error: unknown;
}

/** `adalat-transfer-requested` carries the transfer the court accepted. */
export type TransferRequestedDetail = ExecutionTransfer;

const FILE_ERROR: Partial<Record<ExecutionErrorKind, MessageKey>> = {
  permission: 'executionSummary.error.permission',
  expired: 'executionSummary.error.expired',
  not_found: 'executionSummary.error.notFound',
};

/** An IBAN reads left to right inside any sentence: isolate it (LRI … PDI) so RTL text cannot reorder it. */
const isolatedLtr = (text: string): string => `\u2066${text}\u2069`;

/** Server codes a transfer fails with that have their own words. */
const TRANSFER_ERROR: Readonly<Record<string, MessageKey>> = {
  iban_not_in_creditor_name: 'executionSummary.ibanNotCreditors',
  nothing_to_transfer: 'executionSummary.nothingToTransfer',
  transfer_in_progress: 'executionSummary.transferInFlight',
  creditor_only: 'executionSummary.creditorOnly',
};

/**
 * @summary Shows an execution file to its creditor: outstanding amount, next installment,
 * cheques ready for collection, transfers and requests with their status, and lets the
 * creditor have the money held for them transferred to an IBAN checked as it is typed.
 * @tagname adalat-execution-summary
 *
 * @slot header - Shown above the file.
 * @slot empty - Replaces the text shown when no `file-id` is set.
 * @slot error - Extra content inside the error alert.
 * @slot installment-actions - The page's own action for the next installment (a link to pay it, say).
 * @slot actions - The page's own actions, after the file.
 *
 * @csspart base - The wrapper of everything.
 * @csspart status - The polite live region (`role=status`) announcing loading.
 * @csspart empty - The box shown when no file is set.
 * @csspart error - The alert shown when the file could not be loaded; also `error-permission`, `error-expired`, `error-not_found`, `error-authentication`, `error-retryable`.
 * @csspart error-message - The error's text.
 * @csspart retry - Each "try again" button (also `section-retry`).
 * @csspart file - The file, once loaded.
 * @csspart title - The file title (`role=heading`, level `heading-level`).
 * @csspart facts - Kind, creditor, debtor; each `fact` holds `fact-label` and `fact-value`.
 * @csspart amounts - The money: each `amount` (also `principal-amount`, `paid-amount`, `outstanding-amount`, `balance-amount`) holds `amount-label` and `amount-value` (also `outstanding-value`).
 * @csspart settled - The note that nothing is outstanding.
 * @csspart section - Each section (also `installment-section`, `cheques-section`, `transfers-section`, `requests-section`, `transfer-section`).
 * @csspart section-title - Each section's heading.
 * @csspart section-empty - A section's "nothing here" text.
 * @csspart section-error - A section's failure text and retry button.
 * @csspart installment - The next installment; also `installment-due` or `installment-overdue`; inside `installment-status`.
 * @csspart cheques - The list of ready cheques; each `cheque`. Also `collect-note`.
 * @csspart transfers - The list of transfers; each `transfer` (also `transfer-requested`, `transfer-processing`, `transfer-paid`) holds `transfer-status-label`.
 * @csspart requests - The list of requests; each `request` (also `request-pending`, `request-granted`, `request-refused`) holds `request-kind`, `request-status`, `request-reasons`.
 * @csspart transfer-form - The transfer form; inside: `field`, `label`, `iban-input`, `hint`, `iban-check` (also `iban-check-valid`, `iban-check-invalid`), `submit`, `transfer-error`.
 * @csspart transfer-status - The polite live region announcing the transfer request's outcome.
 * @csspart actions - The wrapper of the `actions` slot.
 *
 * @cssprop [--adalat-execution-summary-gap=var(--adalat-gap, 1rem)] - Space between sections.
 * @cssprop [--adalat-execution-summary-item-gap=0.25rem] - Space between list items and facts.
 * @cssprop [--adalat-execution-summary-list-indent=1.25rem] - Start padding of the lists.
 * @cssprop [--adalat-execution-summary-outstanding-size=1.25em] - Font size of the outstanding amount.
 * @cssprop [--adalat-execution-summary-iban-font=ui-monospace, monospace] - Font of the IBAN field.
 * @cssprop [--adalat-execution-summary-iban-width=24rem] - Widest the IBAN field grows.
 *
 * @cssstate loading - The file is loading (also `aria-busy`).
 * @cssstate empty - No `file-id` is set.
 * @cssstate error - The file could not be loaded, or no client was found.
 * @cssstate ready - The file is shown.
 *
 * @event {CustomEvent<TransferRequestedDetail>} adalat-transfer-requested - The court accepted a transfer request; bubbles and crosses shadow roots.
 * @event {CustomEvent<ExecutionSummaryErrorDetail>} adalat-error - Loading the file or a transfer request failed; bubbles and crosses shadow roots.
 */
export class AdalatExecutionSummary extends AdalatElement {
  static override styles = executionSummaryStyles;

  /** The execution file to show (`exf_ps_001`). */
  @property({ attribute: 'file-id', reflect: true }) fileId: string | null = null;

  /** The level of the title's heading (2 by default); section headings are one level below. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /** Hide the transfer form (a page that only shows the file). */
  @property({ attribute: 'no-transfer', type: Boolean }) noTransfer = false;

  /** The behaviour: loads, state and the transfer; usable on its own with another template. */
  readonly controller: ExecutionSummaryController = new ExecutionSummaryController(this, {
    client: () => this.client,
    fileId: () => this.fileId,
  });

  #iban = '';
  #ibanTouched = false;
  readonly #loadErrors = new LoadErrorReporter();

  constructor() {
    super();
    this.setStatus('loading');
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('fileId')) {
      this.#iban = '';
      this.#ibanTouched = false;
    }
    this.setStatus(this.#status());
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.#loadErrors.report(this, this.controller.error);
  }

  #status(): ElementStatus {
    return recordStatus(this.clientError, this.fileId, this.controller.status);
  }

  #emitError(action: ExecutionSummaryErrorDetail['action'], error: unknown): void {
    dispatchAdalatError(this, action, error);
  }

  #money(money: Money): string {
    return formatMoney(money, this.locale);
  }

  #day(date: string): string {
    return formatLocalDate(date, { locale: this.locale });
  }

  #instant(instant: string): string {
    return formatInstant(instant, { locale: this.locale, timeZone: this.#timeZone(), dateStyle: 'medium' });
  }

  /** Instants are shown on the court's clock, as every widget does (UTC only before the file is loaded). */
  #timeZone(): string {
    const jurisdiction = this.controller.file.value?.jurisdiction;
    return jurisdiction ? JURISDICTION_TIME_ZONE[jurisdiction] : 'UTC';
  }

  #country(): string {
    const code = this.controller.file.value?.jurisdiction ?? '';
    try {
      return new Intl.DisplayNames([this.locale], { type: 'region' }).of(code) ?? code;
    } catch {
      return code;
    }
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
      ${this.fileId || this.clientError ? nothing : html`<div part="empty"><slot name="empty">${this.msg('executionSummary.noFile')}</slot></div>`}
      ${c.file.value && c.status !== 'error' ? this.#renderFile() : nothing}
      <div part="status" role="status">${loading && this.fileId ? this.msg('executionSummary.loading') : ''}</div>
    </div>`;
  }

  #renderError() {
    const c = this.controller;
    const error = this.clientError ?? c.error;
    if (error === undefined) return nothing;
    const kind = this.clientError ? undefined : c.errorKind;
    const key = (kind && FILE_ERROR[kind]) ?? errorMessageKey(error);
    return loadErrorTemplate({ kind, message: this.msg(key), retry: kind === 'retryable' ? this.#retryButton() : undefined });
  }

  #renderFile() {
    const file = this.controller.file.value!;
    const fact = (name: string, label: MessageKey, value: string) => factTemplate(name, this.msg(label), value);
    const amount = (name: string, label: MessageKey, money: Money) =>
      html`<div part="amount ${name}-amount"><dt part="amount-label">${this.msg(label)}</dt><dd part="amount-value ${name}-value">${this.#money(money)}</dd></div>`;
    return html`<article part="file" aria-labelledby="file-title">
      <header>
        ${headingTemplate('file-title', this.msg('executionSummary.title', { number: file.number }), this.headingLevel, 0)}
        <dl part="facts">
          ${fact('kind', 'executionSummary.kind', this.msg(`executionSummary.kind.${file.kind}`))}
          ${fact('creditor', 'executionSummary.creditor', pickText(file.creditor.name, this.locale))}
          ${fact('debtor', 'executionSummary.debtor', pickText(file.debtor.name, this.locale))}
        </dl>
      </header>
      <dl part="amounts">
        ${amount('outstanding', 'executionSummary.outstanding', file.outstanding)} ${amount('principal', 'executionSummary.principal', file.principal)}
        ${amount('paid', 'executionSummary.paid', file.paid)} ${amount('balance', 'executionSummary.balance', file.creditorBalance)}
      </dl>
      ${file.status === 'settled' ? html`<p part="settled">${this.msg('executionSummary.settled')}</p>` : nothing}
      ${this.#renderInstallment()} ${this.#renderCheques()} ${this.#renderTransfers()} ${this.#renderRequests()}
      ${this.noTransfer ? nothing : this.#renderTransferForm()}
      <div part="actions"><slot name="actions"></slot></div>
    </article>`;
  }

  #section(name: string, title: MessageKey, body: unknown) {
    return sectionTemplate(name, this.msg(title), this.headingLevel, body);
  }

  #listBody<T>(resource: { status: string; value: T[] | undefined }, emptyText: MessageKey, list: (items: T[]) => TemplateResult) {
    return listBodyTemplate(
      resource,
      {
        failed: this.msg('executionSummary.sectionFailed'),
        loading: this.msg('executionSummary.loading'),
        empty: this.msg(emptyText),
        retry: this.#retryButton('section-retry'),
      },
      list,
    );
  }

  #renderInstallment() {
    const file = this.controller.file.value!;
    const next = this.controller.nextInstallment;
    const body = next
      ? html`<p part="installment installment-${next.status}">
            ${this.msg('executionSummary.installmentLine', {
              number: next.number,
              count: file.installments.length,
              amount: this.#money(next.amount),
              date: this.#day(next.dueDate),
            })}
            <span part="installment-status">${this.msg(`executionSummary.installment.${next.status === 'overdue' ? 'overdue' : 'due'}`)}</span>
          </p>
          <slot name="installment-actions"></slot>`
      : html`<p part="section-empty">${this.msg('executionSummary.noInstallment')}</p>`;
    return this.#section('installment', 'executionSummary.nextInstallment', body);
  }

  #renderCheques() {
    const c = this.controller;
    const ready = { status: c.cheques.status, value: c.cheques.value === undefined ? undefined : c.readyCheques };
    return this.#section(
      'cheques',
      'executionSummary.cheques',
      this.#listBody(ready, 'executionSummary.noCheques', (cheques) => html`<ul part="cheques">
          ${repeat(cheques, (cheque) => cheque.id, (cheque) => html`<li part="cheque">
              ${this.msg('executionSummary.chequeLine', { number: cheque.number, amount: this.#money(cheque.amount), date: this.#instant(cheque.readySince) })}
            </li>`)}
        </ul>
        <p part="collect-note">${this.msg('executionSummary.collectAt')}</p>`),
    );
  }

  #renderTransfers() {
    return this.#section(
      'transfers',
      'executionSummary.transfers',
      this.#listBody(this.controller.transfers, 'executionSummary.noTransfers', (transfers) => html`<ul part="transfers">
        ${repeat(transfers, (t) => t.id, (t) => html`<li part="transfer transfer-${t.status}">
            <span>${this.msg('executionSummary.transferLine', { amount: this.#money(t.amount), iban: isolatedLtr(t.ibanMasked) })}</span>
            <span part="transfer-status-label">${this.msg(`executionSummary.transfer.${t.status}`)}</span>
          </li>`)}
      </ul>`),
    );
  }

  #renderRequests() {
    return this.#section(
      'requests',
      'executionSummary.requests',
      this.#listBody(this.controller.requests, 'executionSummary.noRequests', (requests) => html`<ul part="requests">
        ${repeat(requests, (r) => r.id, (r) => html`<li part="request request-${r.status}">
            <span part="request-kind">${this.msg(`executionSummary.request.${r.kind}`)}</span>
            <span part="request-status">${this.msg(`executionSummary.requestStatus.${r.status}`)}</span>
            ${r.reasons ? html`<span part="request-reasons">${this.msg('executionSummary.reasons', { reasons: r.reasons })}</span>` : nothing}
          </li>`)}
      </ul>`),
    );
  }

  #ibanMessage(check: IbanInputState): string {
    switch (check.state) {
      case 'empty':
        return this.#ibanTouched ? this.msg('executionSummary.iban.empty') : '';
      case 'incomplete':
        return this.msg('executionSummary.iban.incomplete');
      case 'valid':
        return this.msg('executionSummary.iban.valid', { iban: isolatedLtr(check.formatted) });
      case 'invalid':
        return this.msg(`executionSummary.iban.${check.reason === 'country' || check.reason === 'length' || check.reason === 'checksum' ? check.reason : 'characters'}`, { country: this.#country() });
    }
  }

  #renderTransferForm() {
    const c = this.controller;
    const file = c.file.value!;
    const state = c.transferRequest;
    const sending = state.status === 'sending';
    const inFlight = c.transferInFlight;
    let body: TemplateResult;
    if (inFlight && state.status !== 'sent') {
      body = html`<p part="section-empty">${this.msg('executionSummary.transferInFlight')}</p>`;
    } else if (file.creditorBalance.amount === 0 && state.status !== 'sent') {
      body = html`<p part="section-empty">${this.msg('executionSummary.nothingToTransfer')}</p>`;
    } else if (state.status === 'sent') {
      body = html``;
    } else {
      const check = c.checkIban(this.#iban);
      const invalid = check.state === 'invalid' || (this.#ibanTouched && check.state !== 'valid');
      const problem = state.status === 'failed' ? this.#transferProblem(state.error) : '';
      body = html`<form part="transfer-form" novalidate @submit=${this.#onSubmit}>
        <p>${this.msg('executionSummary.transferIntro', { amount: this.#money(file.creditorBalance) })}</p>
        <div part="field">
          <label part="label" for="iban">${this.msg('executionSummary.iban')}</label>
          <input
            id="iban"
            part="iban-input"
            name="iban"
            dir="ltr"
            autocomplete="off"
            spellcheck="false"
            inputmode="text"
            .value=${this.#iban}
            aria-invalid=${invalid ? 'true' : 'false'}
            aria-describedby="iban-hint iban-check"
            ?disabled=${sending}
            @input=${this.#onIbanInput}
          />
          <p id="iban-hint" part="hint">${this.msg('executionSummary.ibanHint', { country: this.#country() })}</p>
          <p id="iban-check" part="iban-check iban-check-${check.state === 'valid' ? 'valid' : invalid ? 'invalid' : 'pending'}" aria-live="polite">${this.#ibanMessage(check)}</p>
        </div>
        ${problem ? html`<div part="transfer-error" role="alert">${problem}</div>` : nothing}
        <button part="submit" type="submit" ?disabled=${sending}>${this.msg('executionSummary.submitTransfer')}</button>
      </form>`;
    }
    return html`${this.#section('transfer', 'executionSummary.transferForm', body)}
      <div part="transfer-status" role="status">${this.#transferAnnouncement()}</div>`;
  }

  #transferAnnouncement(): string {
    const state = this.controller.transferRequest;
    if (state.status === 'sending') return this.msg('executionSummary.sending');
    if (state.status === 'sent' && state.transfer) return this.msg('executionSummary.transferSent', { amount: this.#money(state.transfer.amount) });
    return '';
  }

  #transferProblem(error: unknown): string {
    const { type, code } = (error ?? {}) as { type?: unknown; code?: unknown };
    const known = typeof code === 'string' ? TRANSFER_ERROR[code] : undefined;
    if (known) return this.msg(known);
    if (type === 'invalid_request') return this.#ibanMessage(this.controller.checkIban(this.#iban)) || this.msg('executionSummary.iban.empty');
    const retry = type === 'connection' || type === 'server' ? ` ${this.msg('executionSummary.transferRetrySafe')}` : '';
    return `${this.msg('executionSummary.transferFailed')} ${this.msg(errorMessageKey(error))}${retry}`;
  }

  #onIbanInput = (event: Event): void => {
    this.#iban = (event.target as HTMLInputElement).value;
    this.requestUpdate();
  };

  #onSubmit = (event: Event): void => {
    event.preventDefault();
    this.#ibanTouched = true;
    const c = this.controller;
    if (c.checkIban(this.#iban).state !== 'valid') {
      this.requestUpdate();
      this.renderRoot.querySelector<HTMLInputElement>('#iban')?.focus();
      return;
    }
    c.requestTransfer(this.#iban).then(
      (transfer) => {
        this.dispatchEvent(new CustomEvent<TransferRequestedDetail>('adalat-transfer-requested', { detail: transfer, bubbles: true, composed: true }));
      },
      (error: unknown) => this.#emitError('requestTransfer', error),
    );
  };
}
