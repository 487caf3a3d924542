/**
 * `<adalat-fee-payment>`: pays a court fee, traffic fines or an execution installment,
 * once and only once, hands the payer to their bank and shows the receipt. The
 * behaviour lives in `FeePaymentController`; this file is the element, its state and
 * actions; the markup of each block is in the `*.template.ts` files beside it.
 * @module
 */
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { JurisdictionCode, NextAction, Payment, QuoteFeesBody } from '@adalat/sdk/contract';
import { AdalatElement, type ElementStatus } from '../base/adalat-element.ts';
import { errorMessageKey } from '../i18n/error-message.ts';
import type { MessageKey } from '../i18n/msg.ts';
import { FeePaymentController, type FeePaymentMode, type InstallmentRef, type PayerDetails, type PaymentPhase } from './fee-payment.controller.ts';
import type { BankHandoffDetail, PaymentFailedDetail, PaymentSucceededDetail } from './fee-payment.events.ts';
import { FAILURE_MESSAGE, PROBLEM_MESSAGE } from './fee-payment.messages.ts';
import { feePaymentText, type FeePaymentText } from './fee-payment.text.ts';
import { FINE_CRITERIA, fineSearchProblem, type FineCriterion } from './fine-search.ts';
import { handoffTemplate } from './handoff.template.ts';
import { finesTableTemplate, linesTableTemplate } from './lines.template.ts';
import { payerTemplate } from './payer.template.ts';
import type { PaymentProblem } from './payment-problem.ts';
import { receiptErrorTemplate, receiptTemplate } from './receipt.template.ts';
import { fineSearchTemplate } from './search.template.ts';
import { emptyTemplate, installmentTemplate, quoteInfoTemplate } from './subject.template.ts';
import { feePaymentStyles } from './fee-payment.styles.ts';

export type { BankHandoffDetail, PaymentFailedDetail, PaymentSucceededDetail } from './fee-payment.events.ts';

/**
 * @summary Takes a court fee, traffic fines or an execution installment: the lines and
 * total, a pay action that cannot charge twice, the hand-off to the payer's bank, and
 * the receipt with its PDF. In `installment` mode it reads the execution file
 * (`execution.get`, which the widget session must list) to show the installment's
 * amount, due date and whether it is overdue or paid; installments are paid in order.
 * @tagname adalat-fee-payment
 *
 * @slot header - Shown above everything (the page's own title, say).
 * @slot empty - Replaces the text shown when a fine search finds nothing, or nothing is given to pay.
 * @slot error - Extra content inside the error alert (a link to sign in again, say).
 * @slot receipt-actions - The page's own actions beside the receipt's download button.
 *
 * @csspart base - The wrapper of everything.
 * @csspart status - The polite live region (`role=status`): loading, paying, waiting for the bank, paid.
 * @csspart error - The alert (`role=alert`) for a failure; also `error-<problem>` (`error-retryable`, `error-already_paid`, `error-declined`, `error-cancelled`, …).
 * @csspart error-message - The failure's text inside the alert.
 * @csspart retry - The button that tries the failed action again (a payment with the same idempotency key).
 * @csspart new-quote - The button that quotes again after a quote expired.
 * @csspart empty - The text shown when a search found nothing or nothing is given to pay.
 * @csspart search - The fine search form; inside: `search-row`, `field`, `label`, `criterion`, `search-input`, `search-problem`, `search-button`.
 * @csspart quote-info - The quote's validity and schedule.
 * @csspart installment - The installment: number, amount and due date (court-local, in the reader's calendar); also `installment-due`, `installment-overdue` (with `installment-status`, "overdue") or `installment-paid`.
 * @csspart lines - Each table of lines (also `fines` for the fines found, `receipt-lines` on the receipt); `caption`, `header`, `amount-header`.
 * @csspart line - Each row; cells `line-select`, `line-description`, `line-reference`, `line-place`, `line-date`, `line-amount`.
 * @csspart fine-select - Each fine's checkbox.
 * @csspart fine-paid - The "paid" mark of a fine already paid.
 * @csspart total-row - The total's row; `total-label` and `total` (the amount).
 * @csspart payer - The payer's field and the pay button; inside: `field`, `label`, `payer-name`, `payer-problem`.
 * @csspart pay - The pay button (its accessible name carries the amount); also `pay-unavailable` while paying or with nothing chosen (`aria-disabled`).
 * @csspart hint - Why pressing pay did nothing (no fine chosen).
 * @csspart handoff - The hand-off to the bank; inside: `handoff-message`, `handoff-link`, `bank-reference`, `cancel`.
 * @csspart receipt - The receipt; inside: `receipt-title`, `receipt-details`, `receipt-detail`, `receipt-label`, `receipt-value`, `receipt-lines`, `receipt-actions`, `download`, `pay-another`.
 *
 * @cssprop [--adalat-fee-payment-gap=var(--adalat-gap, 1rem)] - Space between blocks and fields.
 * @cssprop [--adalat-fee-payment-label-gap=var(--adalat-label-gap, 0.25rem)] - Space between a label and its field.
 * @cssprop [--adalat-fee-payment-item-gap=0.25rem] - Space between receipt details and between buttons.
 * @cssprop [--adalat-fee-payment-cell-padding=0.25rem 0.5rem] - Padding of table cells.
 *
 * @cssstate loading - What is paid (or the payment after a reload) is loading (also `aria-busy`).
 * @cssstate empty - A search found nothing, or nothing is given to pay.
 * @cssstate error - Loading failed, or no client was found.
 * @cssstate ready - Shown and payable (or paid).
 * @cssstate paying - The payment is being created.
 * @cssstate awaiting-bank - The payment waits for the payer's bank.
 * @cssstate succeeded - Paid; the receipt is shown.
 * @cssstate failed - The bank declined, or the payment was cancelled.
 *
 * @event {CustomEvent<BankHandoffDetail>} adalat-bank-handoff - The payment waits for the bank; cancelable: `preventDefault()` to take the payer to the bank yourself (the element then shows no link of its own and keeps waiting). Bubbles, composed.
 * @event {CustomEvent<PaymentSucceededDetail>} adalat-payment-succeeded - A payment this element saw waiting for the bank succeeded; the receipt is loaded. Bubbles, composed.
 * @event {CustomEvent<PaymentFailedDetail>} adalat-payment-failed - Creating the payment failed, or the bank declined it, or it was cancelled. Bubbles, composed.
 */
export class AdalatFeePayment extends AdalatElement {
  static override styles = feePaymentStyles;

  /** `quote` (a court fee), `fines` (traffic fines lookup and payment) or `installment` (an execution installment). */
  @property({ reflect: true }) mode: FeePaymentMode = 'quote';

  /** `quote` mode: the quote to pay (`fq_…`), made by your server or an earlier step. */
  @property({ attribute: 'quote-id' }) quoteId: string | null = null;

  /** `quote` mode without `quote-id`: the filing to quote, then pay (`fees.quote` inputs). */
  @property({ attribute: false }) quoteRequest: QuoteFeesBody | null = null;

  /** `fines` mode: the jurisdiction to search (`PS`, `SA`, `IR`, `KZ`), every city of it. */
  @property() jurisdiction: JurisdictionCode | null = null;

  /** `fines` mode: show the fines the credential holds (a widget session's scope) on load. */
  @property({ attribute: 'list-own', type: Boolean }) listOwn = false;

  /** `installment` mode: the execution file. */
  @property({ attribute: 'execution-file-id' }) executionFileId: string | null = null;

  /** `installment` mode: which installment, from 1. */
  @property({ attribute: 'installment-number', type: Number }) installmentNumber: number | null = null;

  /**
   * Who pays; fills the payer's name field. A national ID given here is sent with the
   * payment (printed masked on the receipt) and never written to the page.
   */
  @property({ attribute: false }) payer: PayerDetails | null = null;

  /** Where the bank's payment page sends the payer back (a `redirect` hand-off). */
  @property({ attribute: 'return-url' }) returnUrl: string | null = null;

  /** Tells two widgets of the same mode on one page apart when remembering a payment across a reload. */
  @property({ attribute: 'storage-scope' }) storageScope: string | null = null;

  /** Milliseconds between checks of a payment waiting for the bank. */
  @property({ attribute: 'poll-interval', type: Number }) pollInterval = 3000;

  /** The level of the receipt's heading (3 by default). */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 3;

  /** The behaviour: loads, state and actions; usable on its own with another template. */
  readonly controller: FeePaymentController = new FeePaymentController(this, {
    client: () => this.client,
    mode: () => this.mode,
    quoteId: () => this.quoteId,
    quoteRequest: () => this.quoteRequest,
    jurisdiction: () => this.jurisdiction,
    listOwnFines: () => this.listOwn,
    installment: () => this.#installment(),
    returnUrl: () => this.returnUrl,
    storageScope: () => this.storageScope,
    pollIntervalMs: () => this.pollInterval,
    onHandoff: (payment, nextAction) => this.#onHandoff(payment, nextAction),
    onSucceeded: (payment, receipt) => this.#emit<PaymentSucceededDetail>('adalat-payment-succeeded', { payment, receipt }),
    onFailed: (failure) => this.#emit<PaymentFailedDetail>('adalat-payment-failed', failure),
  });

  #payerName = '';
  #payerEdited = false;
  #criterion: FineCriterion = 'nationalId';
  #hint = '';
  /** Why the last search was refused before sending (shown at its field). */
  #searchError: unknown;
  #downloadError: unknown;
  /** Payments whose hand-off the host page took over (it cancelled `adalat-bank-handoff`). */
  readonly #hostHandles = new Set<string>();

  constructor() {
    super();
    this.setStatus('loading');
  }

  #installment(): InstallmentRef | null {
    const number = this.installmentNumber;
    return this.executionFileId && number !== null && Number.isInteger(number) && number >= 1
      ? { executionFileId: this.executionFileId, installmentNumber: number }
      : null;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('payer') && !this.#payerEdited) this.#payerName = this.payer?.name ?? '';
    this.setStatus(this.#status());
    const phase = this.controller.phase;
    const states = this.internals.states;
    const flags: Record<string, boolean> = {
      paying: phase === 'paying',
      'awaiting-bank': phase === 'awaiting_bank',
      succeeded: phase === 'succeeded',
      failed: phase === 'failed' || phase === 'cancelled',
    };
    for (const [name, on] of Object.entries(flags)) {
      if (on) states.add(name);
      else states.delete(name);
    }
  }

  #status(): ElementStatus {
    if (this.clientError) return 'error';
    const status = this.controller.status;
    // Nothing to pay was given (no quote, no installment, no jurisdiction to search).
    if (status === 'idle') return 'empty';
    return status;
  }

  #emit<T>(type: string, detail: T, cancelable = false): boolean {
    return this.dispatchEvent(new CustomEvent<T>(type, { detail, bubbles: true, composed: true, cancelable }));
  }

  #onHandoff(payment: Payment, nextAction: NextAction): void {
    const proceed = this.#emit<BankHandoffDetail>('adalat-bank-handoff', { payment, nextAction }, true);
    if (!proceed) this.#hostHandles.add(payment.id);
  }

  #payerDetails(): PayerDetails {
    const nationalId = this.payer?.nationalId;
    return nationalId ? { name: this.#payerName, nationalId } : { name: this.#payerName };
  }

  /** Words and formats in the element's locale, for the templates. */
  #text(): FeePaymentText {
    return feePaymentText(this.locale);
  }

  // ————— actions —————

  #onPay = (): void => {
    const c = this.controller;
    if (c.phase === 'paying') return;
    if (!c.canPay) {
      this.#hint = this.mode === 'fines' && c.payable === null ? this.msg('feePayment.chooseFines') : '';
      this.requestUpdate();
      return;
    }
    this.#hint = '';
    // The outcome is in the controller's state; the alert shows a failure.
    void c.pay(this.#payerDetails()).catch(() => undefined);
  };

  #onRetry = (): void => {
    const c = this.controller;
    // A failed search is tried again from the field (the element keeps no copy of what was typed).
    if (this.mode === 'fines' && c.loadError !== undefined && !this.listOwn) {
      c.reload();
      this.#search();
      return;
    }
    void c.retry(this.#payerDetails()).catch(() => undefined);
  };

  #onPayAnother = (): void => {
    this.controller.startOver();
  };

  #onNewQuote = (): void => {
    this.controller.startOver();
  };

  #onCancel = (): void => {
    void this.controller.cancel().catch(() => undefined);
  };

  #onDownload = async (): Promise<void> => {
    this.#downloadError = undefined;
    this.requestUpdate();
    try {
      await this.controller.downloadReceipt();
    } catch (error) {
      this.#downloadError = error;
      this.requestUpdate();
    }
  };

  #onPayerInput = (event: Event): void => {
    this.#payerName = (event.target as HTMLInputElement).value;
    this.#payerEdited = true;
  };

  #onCriterion = (event: Event): void => {
    const value = (event.target as HTMLSelectElement).value as FineCriterion;
    if (FINE_CRITERIA.includes(value)) this.#criterion = value;
    this.requestUpdate();
  };

  #onSearch = (event: SubmitEvent): void => {
    event.preventDefault();
    this.#search();
  };

  #search(): void {
    const input = this.renderRoot.querySelector<HTMLInputElement>('#search-input');
    if (!input) return;
    this.#hint = '';
    this.#searchError = undefined;
    // The typed value goes straight into the request body; the element keeps no copy.
    this.controller.searchFines(this.#criterion, input.value).catch((error: unknown) => {
      this.#searchError = error;
      this.requestUpdate();
    });
  }

  #onSelect = (event: Event): void => {
    const box = event.target as HTMLInputElement;
    this.controller.selectFine(box.value, box.checked);
    this.#hint = '';
  };

  // ————— rendering —————

  protected override render() {
    const c = this.controller;
    const phase = c.phase;
    return html`<div part="base">
      <slot name="header"></slot>
      ${this.#renderAlert()}
      ${this.mode === 'fines' && this.jurisdiction && (phase === 'idle' || phase === 'failed' || phase === 'cancelled') && !this.clientError
        ? this.#renderSearch()
        : nothing}
      ${this.#renderSubject()}
      ${this.#renderLines()}
      ${this.#renderPay()}
      ${this.#renderHandoff()}
      ${this.#renderReceipt()}
      <div part="status" role="status" aria-live="polite">${this.#statusText()}</div>
    </div>`;
  }

  /** The failure to show, as a problem kind and its words; failed and cancelled payments included. */
  #failure(): { kind: string; text: string; actions: TemplateResult[] } | undefined {
    const c = this.controller;
    if (this.clientError) return { kind: 'configuration', text: this.msg('error.noClient'), actions: [] };
    const payment = c.payment;
    if (payment && (c.phase === 'failed' || c.phase === 'cancelled') && c.error === undefined) {
      // The pay button below starts a new payment for the same thing.
      const reason = payment.failureCode ?? payment.cancellationReason ?? 'declined';
      const kind = payment.status === 'failed' ? 'declined' : 'cancelled';
      return { kind, text: this.msg(FAILURE_MESSAGE[reason] ?? 'feePayment.failure.declined'), actions: [] };
    }
    const problem = c.problem;
    if (problem === undefined) return undefined;
    const error = c.error ?? c.loadError;
    // A search the server refused for its value is shown at the field, not as an alert.
    if (c.loadError !== undefined && fineSearchProblem(c.loadError)) return undefined;
    if (problem === 'validation' && c.error !== undefined && this.#payerProblem()) return undefined;
    const lookup = this.mode === 'fines' && c.error === undefined && problem === 'permission';
    const key = lookup ? 'feePayment.problem.lookupPermission' : (PROBLEM_MESSAGE[problem] ?? errorMessageKey(error));
    const actions: TemplateResult[] = [];
    if (problem === 'retryable' || (problem === 'other' && error !== undefined)) {
      actions.push(html`<button part="retry" type="button" @click=${this.#onRetry}>${this.msg('action.retry')}</button>`);
    }
    if (problem === 'quote_expired' && !this.quoteId && this.quoteRequest) {
      actions.push(html`<button part="new-quote" type="button" @click=${this.#onNewQuote}>${this.msg('feePayment.newQuote')}</button>`);
    }
    const safe = problem === 'retryable' && c.failedAction === 'pay' ? ` ${this.msg('feePayment.retrySafe')}` : '';
    return { kind: problem, text: this.#problemText(problem, key) + safe, actions };
  }

  /** The problem's words; the installment to pay first names itself (the file's first unpaid one). */
  #problemText(problem: PaymentProblem, key: MessageKey): string {
    if (problem !== 'earlier_installment_unpaid') return this.msg(key);
    const first = this.controller.executionFile.value?.nextInstallment;
    return first ? this.msg(key, { number: first.number }) : this.msg('feePayment.problem.refused');
  }

  #renderAlert() {
    const failure = this.#failure();
    if (!failure) return nothing;
    return html`<div part="error error-${failure.kind}" role="alert">
      <span part="error-message">${failure.text}</span>
      ${failure.actions}
      <slot name="error"></slot>
    </div>`;
  }

  /** The search field's problem, from a local check or the server's 400. */
  #searchProblem(): string | undefined {
    const found = fineSearchProblem(this.#searchError) ?? fineSearchProblem(this.controller.fines.error);
    if (!found) return undefined;
    return this.msg(`feePayment.searchProblem.${found.problem}` as MessageKey);
  }

  #renderSearch() {
    return fineSearchTemplate(this.#text(), {
      criterion: this.#criterion,
      problem: this.#searchProblem(),
      busy: this.controller.fines.status === 'loading',
      onSearch: this.#onSearch,
      onCriterion: this.#onCriterion,
    });
  }

  /** What is being paid, above the lines: the quote's validity, the installment, or "nothing to pay". */
  #renderSubject() {
    const c = this.controller;
    const text = this.#text();
    if (this.clientError || c.activePayment) return nothing;
    if (this.mode === 'quote') {
      const quote = c.quote.value;
      if (!quote) return !this.quoteId && !this.quoteRequest ? emptyTemplate(text, 'feePayment.noPayable') : nothing;
      return quoteInfoTemplate(text, quote);
    }
    if (this.mode === 'installment') return this.#renderInstallment();
    if (c.fines.status === 'empty') return emptyTemplate(text, 'feePayment.noFines');
    if (!this.jurisdiction && !this.listOwn) return emptyTemplate(text, 'feePayment.noPayable');
    return nothing;
  }

  /** The installment asked for: its amount and due date, overdue or paid. */
  #renderInstallment() {
    if (!this.#installment()) return emptyTemplate(this.#text(), 'feePayment.noPayable');
    const c = this.controller;
    const file = c.executionFile.value;
    const installment = c.installment;
    if (!file || !installment) return nothing;
    return installmentTemplate(this.#text(), file, installment);
  }

  #renderLines() {
    const c = this.controller;
    if (this.clientError) return nothing;
    if (this.mode === 'fines' && !c.activePayment) return this.#renderFines();
    if (c.phase === 'succeeded' || c.phase === 'resuming') return nothing;
    const lines = c.lines;
    const total = c.total;
    if (lines.length === 0 || !total) return nothing;
    const file = c.executionFile.value;
    const caption = c.activePayment
      ? this.msg('feePayment.paymentCaption')
      : this.mode === 'installment' && file && c.installment
        ? this.msg('feePayment.installment', { number: c.installment.number, file: file.number })
        : this.msg('feePayment.quoteCaption');
    return linesTableTemplate(this.#text(), 'lines', caption, lines, total);
  }

  #renderFines() {
    const c = this.controller;
    const fines = c.fines.value ?? [];
    if (c.fines.status !== 'ready' || fines.length === 0) return nothing;
    return finesTableTemplate(this.#text(), fines, c.selectedFineIds, c.total, this.#onSelect);
  }

  #payerProblem(): string | undefined {
    const error = this.controller.error as { type?: unknown; issues?: Array<{ path: string }> } | undefined;
    if (error?.type !== 'invalid_request') return undefined;
    return error.issues?.some((issue) => issue.path === 'body.payer.name') ? this.msg('feePayment.payerNameRequired') : undefined;
  }

  #renderPay() {
    const c = this.controller;
    const phase: PaymentPhase = c.phase;
    if (this.clientError || !['idle', 'paying', 'failed', 'cancelled'].includes(phase)) return nothing;
    // Pressing pay again cannot help these: the thing is paid, exempt, not taken online, its quote is stale, or an earlier installment comes first.
    const hopeless: Array<string | undefined> = ['already_paid', 'nothing_to_pay', 'not_supported', 'quote_expired', 'earlier_installment_unpaid'];
    if (hopeless.includes(c.problem) || c.status === 'loading' || c.status === 'error') return nothing;
    if (this.mode === 'quote' && !c.quote.value) return nothing;
    if (this.mode === 'fines' && c.fines.status !== 'ready') return nothing;
    if (this.mode === 'installment' && !c.installment) return nothing;
    const total = c.total;
    const paying = phase === 'paying';
    const unavailable = paying || !c.canPay;
    const problem = this.#payerProblem();
    const label = total && total.amount > 0 ? this.msg('feePayment.pay', { amount: this.#text().money(total) }) : this.msg('feePayment.payNow');
    return payerTemplate(this.#text(), {
      payerName: this.#payerName,
      label,
      paying,
      unavailable,
      problem,
      hint: this.#hint,
      onPayerInput: this.#onPayerInput,
      onPay: this.#onPay,
    });
  }

  #renderHandoff() {
    const c = this.controller;
    const payment = c.payment;
    const action = c.handoff;
    if (!payment || !action) return nothing;
    const ours = !this.#hostHandles.has(payment.id);
    return handoffTemplate(this.#text(), { payment, action, ours, cancelling: c.cancelling, onCancel: this.#onCancel });
  }

  #renderReceipt() {
    const c = this.controller;
    const payment = c.payment;
    if (!payment || payment.status !== 'succeeded') return nothing;
    const receipt = c.receipt.value;
    if (!receipt || receipt.paymentId !== payment.id) {
      return c.receipt.status === 'error' ? receiptErrorTemplate(this.#text(), c.receipt.error, () => this.controller.reload()) : nothing;
    }
    return receiptTemplate(this.#text(), {
      receipt,
      headingLevel: this.headingLevel,
      onDownload: this.#onDownload,
      onPayAnother: this.mode === 'fines' ? this.#onPayAnother : undefined,
      downloadError: this.#downloadError,
    });
  }

  /** What the live region says now. */
  #statusText(): string {
    const c = this.controller;
    if (this.clientError) return '';
    switch (c.phase) {
      case 'resuming':
        return this.msg('feePayment.resuming');
      case 'paying':
        return this.msg('feePayment.paying');
      case 'awaiting_bank':
        return this.msg('feePayment.awaitingBank');
      case 'succeeded':
        return c.receipt.status === 'loading' ? this.msg('feePayment.loadingReceipt') : this.msg('feePayment.succeeded');
      default:
        break;
    }
    if (this.mode === 'quote' && c.quote.status === 'loading') return this.msg('feePayment.loadingQuote');
    if (this.mode === 'installment' && c.executionFile.status === 'loading') return this.msg('feePayment.loadingInstallment');
    if (this.mode === 'fines') {
      if (c.fines.status === 'loading') return this.msg('feePayment.loadingFines');
      if (c.fines.status === 'ready') return this.msg('feePayment.finesFound', { count: c.fines.value?.length ?? 0 });
    }
    return '';
  }
}
