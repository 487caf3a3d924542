/**
 * The fee payment widget's behaviour without its markup: what is being paid (a fee
 * quote, traffic fines found by a search, an execution installment), the payment
 * itself — taken once and only once — the hand-off to the payer's bank, the wait for
 * the bank's answer, and the receipt. Use it with your own template:
 *
 * ```ts
 * class MyFee extends LitElement {
 *   fee = new FeePaymentController(this, { client: () => myClient, mode: () => 'quote', quoteId: () => 'fq_000001' });
 *   render() {
 *     return html`${this.fee.total?.amount} <button @click=${() => this.fee.pay()}>Pay</button>`;
 *   }
 * }
 * ```
 *
 * Money is never taken twice:
 * - `pay()` while a payment is being created joins it (a double click sends one request);
 * - the idempotency key is made when the payer first presses pay and reused by every
 *   retry of that payment after an answer that never came (network, 5xx), so the API
 *   replays the payment it already made instead of making another;
 * - the payment's id (and only its id) is kept in `sessionStorage`, so after a reload
 *   the controller reads that payment again (`payments.get`) instead of paying anew;
 * - a payment still waiting for the bank is never replaced: `pay()` answers it.
 * @module
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { AdalatCore, NotFoundError } from '@adalat/sdk/core';
import { executionResource } from '@adalat/sdk/resources/execution';
import { feesResource } from '@adalat/sdk/resources/fees';
import { paymentsResource } from '@adalat/sdk/resources/payments';
import { trafficFinesResource } from '@adalat/sdk/resources/traffic-fines';
import type { ExecutionFile, FeeQuote, Installment, Money, NextAction, Payable, Payment, PaymentLine, Receipt, TrafficFine } from '@adalat/sdk/contract';
import { ResourceController } from '../controllers/resource.controller.ts';
import { SubmitOnce } from '../actions/submit-once.ts';
import { fineSearchBody, type FineCriterion } from './fine-search.ts';
import { totalOf } from './payable-lines.ts';
import { installmentOf, missingInstallmentError, payableLines, payableOf, type LoadedPayable } from './payable-per-mode.ts';
import { paymentBody, refusedHere } from './payment-body.ts';
import { PaymentPoller } from './payment-poller.ts';
import { all, findInProgress, PAGE } from './payment-in-progress.ts';
import { paymentProblem, type PaymentProblem } from './payment-problem.ts';
import { fetchReceiptPdf, saveReceiptPdf } from './receipt-pdf.ts';
import { resumeScopeFor } from './resume-scope.ts';
import { ResumeStore, sessionStorageOrNone } from './resume-store.ts';
import {
  FEE_PAYMENT_MODES,
  type FeePaymentControllerOptions,
  type FeePaymentMode,
  type FeePaymentStatus,
  type PayerDetails,
  type PaymentPhase,
} from './fee-payment.types.ts';

export type { PaymentProblem } from './payment-problem.ts';
export {
  FEE_PAYMENT_MODES,
  type FeePaymentControllerOptions,
  type FeePaymentMode,
  type FeePaymentStatus,
  type InstallmentRef,
  type PayerDetails,
  type PaymentFailure,
  type PaymentPhase,
} from './fee-payment.types.ts';

export class FeePaymentController implements ReactiveController {
  /** `quote` mode: the quote being paid. */
  readonly quote: ResourceController<FeeQuote>;
  /** `fines` mode: the fines the last search (or `listOwnFines`) found. */
  readonly fines: ResourceController<TrafficFine[]>;
  /** `installment` mode: the execution file the installment belongs to. */
  readonly executionFile: ResourceController<ExecutionFile>;
  /** The receipt of the succeeded payment. */
  readonly receipt: ResourceController<Receipt>;

  readonly #host: ReactiveControllerHost;
  readonly #options: FeePaymentControllerOptions;
  readonly #resume: ResumeStore;
  #submission = new SubmitOnce<Payment>();

  #loadedWith: AdalatCore | undefined;
  #loadedFor = '';
  #scope = '';
  #connected = false;
  #resumeChecked = false;
  #resuming: Promise<void> | undefined;
  #inFlight: Promise<Payment> | undefined;
  #payment: Payment | undefined;
  /** The status each payment id was last seen in, to tell a transition from a payment found as it already was. */
  readonly #seen = new Map<string, Payment['status']>();
  readonly #handedOff = new Set<string>();
  #error: unknown;
  #failedAction: 'pay' | 'resume' | 'cancel' | undefined;
  #selected = new Set<string>();
  readonly #poller: PaymentPoller;
  #cancelling = false;
  /** `installment` mode: the loaded file has no installment of the number asked for. */
  #missingInstallment: NotFoundError | undefined;

  constructor(host: ReactiveControllerHost, options: FeePaymentControllerOptions) {
    this.#host = host;
    this.#options = options;
    this.#resume = new ResumeStore(options.storage ?? sessionStorageOrNone);
    this.#poller = new PaymentPoller(() => options.pollIntervalMs?.(), () => void this.#poll());
    this.quote = new ResourceController(host, { isEmpty: () => false });
    this.fines = new ResourceController(host);
    this.executionFile = new ResourceController(host, { isEmpty: () => false });
    this.receipt = new ResourceController(host, { isEmpty: () => false });
    host.addController(this);
  }

  hostConnected(): void {
    this.#connected = true;
    this.#sync();
    this.#schedulePoll();
  }

  hostUpdate(): void {
    this.#sync();
  }

  hostDisconnected(): void {
    this.#connected = false;
    this.#stopPolling();
  }

  get mode(): FeePaymentMode {
    const mode = this.#options.mode();
    return FEE_PAYMENT_MODES.includes(mode) ? mode : 'quote';
  }

  /** The payment made (or found again after a reload), in its latest known state. */
  get payment(): Payment | undefined {
    return this.#payment;
  }

  get phase(): PaymentPhase {
    if (this.#inFlight) return 'paying';
    if (this.#resuming) return 'resuming';
    switch (this.#payment?.status) {
      case 'requires_action':
        return 'awaiting_bank';
      case 'succeeded':
        return 'succeeded';
      case 'failed':
        return 'failed';
      case 'cancelled':
        return 'cancelled';
      default:
        return 'idle';
    }
  }

  /** What the payer must do at their bank while the payment waits for it; `null` otherwise. */
  get handoff(): NextAction | null {
    return this.#payment?.status === 'requires_action' ? this.#payment.nextAction : null;
  }

  /** True while a cancellation is being sent. */
  get cancelling(): boolean {
    return this.#cancelling;
  }

  /** The last failure of an action (paying, reading the payment again, cancelling), as the SDK threw it. */
  get error(): unknown {
    return this.#error;
  }

  /**
   * What stands in the payer's way, as one kind: the last action's failure, a failed
   * load of what is being paid, a quote that cannot be paid (`already_paid`,
   * `nothing_to_pay`) or an installment paid already (`already_paid`). `undefined`
   * when nothing does.
   */
  get problem(): PaymentProblem | undefined {
    if (this.#error !== undefined) return paymentProblem(this.#error);
    if (this.loadError !== undefined) return paymentProblem(this.loadError);
    if (this.#payment) return undefined;
    const quote = this.mode === 'quote' ? this.quote.value : undefined;
    if (quote?.paymentId) return 'already_paid';
    if (quote?.exempt) return 'nothing_to_pay';
    if (this.mode === 'installment' && this.installment?.status === 'paid') return 'already_paid';
    return undefined;
  }

  /**
   * The failure loading what is being paid (the quote, the fines, the execution file),
   * as the SDK threw it; a `NotFoundError` (`installment_not_found`) for a file without
   * the installment asked for.
   */
  get loadError(): unknown {
    if (this.mode === 'quote' && this.quote.status === 'error') return this.quote.error;
    if (this.mode === 'fines' && this.fines.status === 'error') return this.fines.error;
    if (this.mode === 'installment') {
      if (this.executionFile.status === 'error') return this.executionFile.error;
      return this.#missingInstallment;
    }
    return undefined;
  }

  /**
   * `installment` mode: the installment as the loaded file has it — amount, due date
   * (a court-local date), status (`due`, `overdue`, `paid`); `null` until the file is
   * loaded, or when the file has no installment of that number.
   */
  get installment(): Installment | null {
    return installmentOf(this.mode === 'installment' ? this.#options.installment?.() : undefined, this.executionFile.value);
  }

  /** Which action `retry()` repeats: `pay` (with the same idempotency key), `resume` or `cancel`; else a reload. */
  get failedAction(): 'pay' | 'resume' | 'cancel' | undefined {
    return this.#failedAction;
  }

  /**
   * `error` when what is to be paid could not be loaded; `loading` while it loads (or a
   * payment is being read again); `empty` when a fine search found nothing; else `ready`.
   */
  get status(): FeePaymentStatus {
    if (!this.#loadedWith) return 'idle';
    if (this.#resuming) return 'loading';
    if (this.#payment) return 'ready';
    if (this.loadError !== undefined) return 'error';
    switch (this.mode) {
      case 'quote':
        if (!this.#options.quoteId?.() && !this.#options.quoteRequest?.()) return 'idle';
        return this.quote.value ? 'ready' : 'loading';
      case 'fines':
        if (!this.#options.jurisdiction?.() && !this.#options.listOwnFines?.()) return 'idle';
        if (this.fines.status === 'loading') return 'loading';
        return this.fines.status === 'empty' ? 'empty' : 'ready';
      case 'installment':
        if (!this.#options.installment?.()) return 'idle';
        return this.executionFile.value ? 'ready' : 'loading';
    }
  }

  /** The fines ids chosen to be paid together. */
  get selectedFineIds(): ReadonlySet<string> {
    return this.#selected;
  }

  /** The fines of the last search that can still be paid. */
  get unpaidFines(): TrafficFine[] {
    return (this.fines.value ?? []).filter((fine) => fine.status === 'unpaid');
  }

  /** The payment waiting for the bank or succeeded; a failed or cancelled one is history, not what is paid. */
  get activePayment(): Payment | undefined {
    const status = this.#payment?.status;
    return status === 'requires_action' || status === 'succeeded' ? this.#payment : undefined;
  }

  /**
   * What is (or would be) paid, line by line: the active payment's own lines, else the
   * quote's, the chosen fines', or the unpaid installment's.
   */
  get lines(): PaymentLine[] {
    const payment = this.activePayment;
    if (payment) return payment.lines;
    return payableLines(this.mode, this.#loaded());
  }

  /** The sum of `lines` (the payment's or quote's own total when there is one); `null` when unknown. */
  get total(): Money | null {
    const payment = this.activePayment;
    if (payment) return payment.total;
    if (this.mode === 'quote') return this.quote.value?.total ?? null;
    return totalOf(this.lines);
  }

  /** What `pay()` would pay now, or `null` when nothing is chosen or loaded. */
  get payable(): Payable | null {
    return payableOf(this.mode, this.#loaded());
  }

  /** Whether pressing pay would start a payment now. */
  get canPay(): boolean {
    const phase = this.phase;
    return (phase === 'idle' || phase === 'failed' || phase === 'cancelled') && this.payable !== null;
  }

  /**
   * Pays what `payable` names, for `payer`. Money is taken at most once: a call while a
   * payment is being created joins it; a payment already waiting for the bank or
   * succeeded is answered as it is; a retry after an unknown outcome reuses the
   * idempotency key so the API replays the payment it made; a 409 `payment_in_progress`
   * finds the payment under way (`payments.list`) and carries on with it.
   * A payment that failed or was cancelled is replaced by a new one.
   * @throws {InvalidRequestError} `invalid_input` for a payer without a name (issue
   *   `body.payer.name`) or with nothing to pay (issue `body.payable`); nothing is sent.
   * @throws whatever the API answered (`ConflictError` `payable_already_paid`,
   *   `BusinessRuleError` `quote_expired`, `earlier_installment_unpaid` or
   *   `payable_not_supported`, `ConnectionError`, …).
   */
  pay(payer: PayerDetails): Promise<Payment> {
    if (this.#inFlight) return this.#inFlight;
    const current = this.#payment;
    if (current && (current.status === 'requires_action' || current.status === 'succeeded')) return Promise.resolve(current);
    let attempt: Promise<Payment>;
    try {
      const client = this.#requireClient();
      const body = paymentBody(this.payable, payer, this.#options.returnUrl?.());
      const fingerprint = JSON.stringify(body);
      attempt = this.#submission
        .run(fingerprint, (idempotencyKey) => paymentsResource(client).create(body, { idempotencyKey }))
        .catch((error: unknown) => findInProgress(client, body.payable, error));
    } catch (error) {
      attempt = Promise.reject(error);
    }
    const running = attempt.then(
      (payment) => {
        this.#inFlight = undefined;
        this.#clearError();
        this.#adopt(payment);
        return payment;
      },
      (error: unknown) => {
        this.#inFlight = undefined;
        this.#fail('pay', error);
        if (!refusedHere(error)) this.#options.onFailed?.({ payment: null, error, reason: paymentProblem(error) });
        throw error;
      },
    );
    this.#inFlight = running;
    this.#clearError();
    this.#host.requestUpdate();
    return running;
  }

  /**
   * Cancels the payment waiting for the bank (its creator may). A payment the bank
   * confirmed meanwhile is answered as it is (409 `payment_not_pending`, then a re-read).
   */
  async cancel(): Promise<Payment | undefined> {
    const payment = this.#payment;
    if (!payment || payment.status !== 'requires_action' || this.#cancelling) return payment;
    const client = this.#requireClient();
    this.#cancelling = true;
    this.#clearError();
    this.#host.requestUpdate();
    try {
      const cancelled = await paymentsResource(client).cancel({ paymentId: payment.id });
      this.#adopt(cancelled);
      return cancelled;
    } catch (error) {
      if ((error as { code?: unknown } | null)?.code === 'payment_not_pending') {
        await this.refreshPayment();
        return this.#payment;
      }
      this.#fail('cancel', error);
      throw error;
    } finally {
      this.#cancelling = false;
      this.#host.requestUpdate();
    }
  }

  /** Reads the payment again now (the host page finished the bank's step itself, say). */
  async refreshPayment(): Promise<void> {
    const payment = this.#payment;
    const client = this.#loadedWith;
    if (!payment || !client) return;
    const fresh = await paymentsResource(client).get({ paymentId: payment.id });
    if (this.#payment?.id === fresh.id) this.#adopt(fresh);
  }

  /**
   * Tries the failed action again: a payment with the same idempotency key (so one
   * whose answer was lost is replayed, not made twice), reading the payment again, a
   * cancellation; or reloads what failed to load.
   */
  retry(payer?: PayerDetails): Promise<unknown> {
    switch (this.#failedAction) {
      case 'pay':
        if (!payer) return Promise.reject(new RangeError('retrying a payment needs the payer again'));
        return this.pay(payer);
      case 'resume': {
        const id = this.#resume.read(this.#scope);
        this.#clearError();
        return id ? this.#resumePayment(id) : Promise.resolve();
      }
      case 'cancel':
        return this.cancel();
      default:
        this.reload();
        return Promise.resolve();
    }
  }

  /** Loads again what failed to load (the quote, the fines, the execution file), or the receipt. */
  reload(): void {
    this.#clearError();
    for (const resource of [this.quote, this.executionFile, this.receipt]) if (resource.status === 'error') resource.clear();
    if (this.fines.status === 'error') this.fines.clear();
    this.#sync();
    this.#loadReceipt();
  }

  /**
   * Forgets the payment (a finished one: to pay something else) and what the tab
   * remembered of it; reloads the quote, the execution file and the payer's own fines. Does nothing while
   * a payment is being created or waits for the bank: cancel that first.
   */
  startOver(): void {
    const phase = this.phase;
    if (phase === 'paying' || phase === 'awaiting_bank' || phase === 'resuming') return;
    this.#forgetPayment();
    this.#selected = new Set();
    this.#clearError();
    this.quote.clear();
    this.fines.clear();
    this.executionFile.clear();
    this.#missingInstallment = undefined;
    this.#sync();
    this.#host.requestUpdate();
  }

  /**
   * Finds traffic fines by national ID, plate or violation number in the `jurisdiction`
   * option, every city of it. The national ID is checked here first and sent only in
   * the request body; it is not kept. Clears the choice of fines.
   * @throws {InvalidRequestError} `invalid_input` for a value refused before sending
   *   (issue `body.<criterion>` with an `IdProblem` code); the result stays as it was.
   */
  async searchFines(criterion: FineCriterion, value: string): Promise<void> {
    if (this.#inFlight || this.activePayment) return;
    const client = this.#requireClient();
    const jurisdiction = this.#options.jurisdiction?.();
    if (!jurisdiction) throw new RangeError('searching fines needs the jurisdiction option');
    const body = fineSearchBody(jurisdiction, criterion, value);
    // A new search is a new payment: a declined one before it is history.
    if (this.#payment) this.#forgetPayment();
    this.#selected = new Set();
    this.#clearError();
    await this.fines.run((signal) => all(trafficFinesResource(client).search({ ...body, ...PAGE }, { signal })));
  }

  /** Lists the fines the credential holds (a widget session's, a person's own). Clears the choice. */
  async listOwnFines(): Promise<void> {
    const client = this.#requireClient();
    this.#selected = new Set();
    await this.fines.run((signal) => all(trafficFinesResource(client).list(PAGE, { signal })));
  }

  /**
   * Adds a fine to the ones paid together, or takes it out.
   * @throws {RangeError} for a fine that is not among the unpaid ones found; nothing changes.
   */
  selectFine(fineId: string, selected = true): void {
    if (!this.unpaidFines.some((fine) => fine.id === fineId)) throw new RangeError(`not an unpaid fine found: ${JSON.stringify(fineId)}`);
    if (this.#inFlight || this.activePayment) return;
    const next = new Set(this.#selected);
    if (selected) next.add(fineId);
    else next.delete(fineId);
    this.#selected = next;
    this.#host.requestUpdate();
  }

  /** Chooses every unpaid fine found (or none). */
  selectAllFines(selected = true): void {
    if (this.#inFlight || this.activePayment) return;
    this.#selected = new Set(selected ? this.unpaidFines.map((fine) => fine.id) : []);
    this.#host.requestUpdate();
  }

  /** The receipt as a PDF `Blob` (`application/pdf`). */
  fetchReceiptPdf(options: { signal?: AbortSignal } = {}): Promise<Blob> {
    return fetchReceiptPdf(this.#loadedWith, this.#payment, options);
  }

  /** Downloads the receipt's PDF and hands it to the browser's save flow. */
  async downloadReceipt(): Promise<void> {
    const blob = await this.fetchReceiptPdf();
    saveReceiptPdf(blob, this.receipt.value, this.#payment);
  }

  // ————— internals —————

  #requireClient(): AdalatCore {
    const client = this.#loadedWith ?? this.#options.client();
    if (!client) throw new RangeError('the controller has no client yet');
    return client;
  }

  /** What the mode has loaded, and the fines chosen, for the per-mode lines and payable. */
  #loaded(): LoadedPayable {
    return {
      quote: this.quote.value,
      chosenFines: this.unpaidFines.filter((fine) => this.#selected.has(fine.id)),
      file: this.executionFile.value,
      ref: this.#options.installment?.(),
      installment: this.installment,
    };
  }

  /** Starts over when the client or what is paid changes; then starts whatever load is due. */
  #sync(): void {
    const client = this.#options.client();
    const mode = this.mode;
    const scope = resumeScopeFor(this.#options, mode);
    const inputs = JSON.stringify([
      mode,
      scope,
      this.#options.quoteId?.() ?? null,
      this.#options.quoteRequest?.() ?? null,
      mode === 'installment' ? (this.#options.installment?.() ?? null) : null,
    ]);
    if (client !== this.#loadedWith || inputs !== this.#loadedFor) {
      this.#loadedWith = client;
      this.#loadedFor = inputs;
      this.#scope = scope;
      this.#reset();
    }
    if (!client) return;
    if (!this.#resumeChecked) {
      this.#resumeChecked = true;
      const remembered = this.#resume.read(scope);
      if (remembered) void this.#resumePayment(remembered);
    }
    // The file is read even beside a payment: a declined one is paid again from it.
    const ref = mode === 'installment' ? this.#options.installment?.() : undefined;
    if (ref && this.executionFile.status === 'idle') {
      const execution = executionResource(client);
      void this.executionFile.run((signal) => execution.get({ fileId: ref.executionFileId }, { signal })).then(() => this.#afterInstallment());
    }
    if (this.#resuming || this.#payment) return;
    if (mode === 'quote' && this.quote.status === 'idle') {
      const quoteId = this.#options.quoteId?.();
      const request = this.#options.quoteRequest?.();
      const fees = feesResource(client);
      if (quoteId) void this.quote.run((signal) => fees.getQuote({ quoteId }, { signal })).then(() => this.#afterQuote());
      else if (request) void this.quote.run((signal) => fees.quote(request, { signal })).then(() => this.#afterQuote());
    }
    if (mode === 'fines' && this.fines.status === 'idle' && this.#options.listOwnFines?.()) void this.listOwnFines();
  }

  /** Drops the payment and the tab's memory of it; a new payment will get a new idempotency key. */
  #forgetPayment(): void {
    this.#resume.clear(this.#scope);
    this.#payment = undefined;
    this.#submission = new SubmitOnce<Payment>();
    this.receipt.clear();
  }

  #reset(): void {
    this.#stopPolling();
    this.#payment = undefined;
    this.#submission = new SubmitOnce<Payment>();
    this.#resumeChecked = false;
    this.#selected = new Set();
    this.#error = undefined;
    this.#failedAction = undefined;
    this.#missingInstallment = undefined;
    for (const resource of [this.quote, this.fines, this.executionFile, this.receipt]) resource.clear();
  }

  /** A quote someone already paid: show that payment (and its receipt) when this credential may see it. */
  #afterQuote(): void {
    const paidBy = this.quote.value?.paymentId;
    if (paidBy && !this.#payment && !this.#resuming) void this.#resumePayment(paidBy, { remember: false });
  }

  /**
   * The file is loaded: a number it has no installment of is a 404 as paying it would be;
   * a paid installment shows its payment (and receipt) when this credential may see it.
   */
  #afterInstallment(): void {
    const file = this.executionFile.value;
    const ref = this.#options.installment?.();
    if (!file || !ref || file.id !== ref.executionFileId) return;
    const installment = this.installment;
    this.#missingInstallment = missingInstallmentError(file, ref, installment);
    const paidBy = installment?.status === 'paid' ? installment.paymentId : null;
    if (paidBy && !this.#payment && !this.#resuming) void this.#resumePayment(paidBy, { remember: false });
    this.#host.requestUpdate();
  }

  /** Reads a payment made before (a reload, a paid quote or installment) and carries on from its status. */
  #resumePayment(paymentId: string, options: { remember?: boolean } = {}): Promise<void> {
    const client = this.#loadedWith;
    if (!client) return Promise.resolve();
    const scope = this.#scope;
    const resuming = paymentsResource(client)
      .get({ paymentId })
      .then(
        (payment) => {
          if (this.#loadedWith !== client || this.#scope !== scope) return;
          this.#adopt(payment, options.remember ?? true);
        },
        (error: unknown) => {
          if (this.#loadedWith !== client || this.#scope !== scope) return;
          const problem = paymentProblem(error);
          // Gone, or not this page's to see: forget it and let the payer start afresh.
          if (problem === 'not_found' || problem === 'permission') {
            if (options.remember ?? true) this.#resume.clear(scope);
            return;
          }
          this.#fail('resume', error);
        },
      )
      .finally(() => {
        if (this.#resuming === resuming) this.#resuming = undefined;
        this.#sync();
        this.#host.requestUpdate();
      });
    this.#resuming = resuming;
    this.#host.requestUpdate();
    return resuming;
  }

  /** Takes `payment` as the current state: remembers it, hands off, polls, loads the receipt, reports transitions. */
  #adopt(payment: Payment, remember = true): void {
    const before = this.#seen.get(payment.id);
    this.#seen.set(payment.id, payment.status);
    this.#payment = payment;
    if (remember) this.#resume.write(this.#scope, payment.id);
    this.#host.requestUpdate();
    switch (payment.status) {
      case 'requires_action':
        if (!this.#handedOff.has(payment.id) && payment.nextAction) {
          this.#handedOff.add(payment.id);
          this.#options.onHandoff?.(payment, payment.nextAction);
        }
        this.#schedulePoll();
        break;
      case 'succeeded':
        this.#stopPolling();
        this.#loadReceipt(before === 'requires_action');
        break;
      case 'failed':
      case 'cancelled':
        this.#stopPolling();
        if (before === 'requires_action') {
          const reason = payment.failureCode ?? payment.cancellationReason ?? payment.status;
          this.#options.onFailed?.({ payment, error: undefined, reason });
        }
        break;
    }
  }

  /** Loads the receipt of the succeeded payment once; reports the success when this controller saw it happen. */
  #loadReceipt(announce = false): void {
    const payment = this.#payment;
    const client = this.#loadedWith;
    if (!payment || payment.status !== 'succeeded' || !client) return;
    if (this.receipt.value?.paymentId === payment.id || this.receipt.status === 'loading') return;
    void this.receipt
      .run((signal) => paymentsResource(client).getReceipt({ paymentId: payment.id }, { signal }))
      .then(() => {
        const receipt = this.receipt.value;
        if (announce && receipt && this.#payment?.id === payment.id) this.#options.onSucceeded?.(payment, receipt);
      });
  }

  #schedulePoll(): void {
    if (!this.#connected || this.#payment?.status !== 'requires_action') return;
    this.#poller.schedule();
  }

  async #poll(): Promise<void> {
    try {
      await this.refreshPayment();
    } catch (error) {
      // A blip is retried on the next round; a refusal will not get better by waiting.
      const problem = paymentProblem(error);
      if (problem !== 'retryable') {
        this.#fail('resume', error);
        return;
      }
    }
    this.#schedulePoll();
  }

  #stopPolling(): void {
    this.#poller.stop();
  }

  #fail(action: 'pay' | 'resume' | 'cancel', error: unknown): void {
    this.#error = error;
    this.#failedAction = action;
    this.#host.requestUpdate();
  }

  #clearError(): void {
    this.#error = undefined;
    this.#failedAction = undefined;
  }
}
