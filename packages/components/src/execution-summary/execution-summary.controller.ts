/**
 * The execution summary's behaviour without its markup: loads one execution file with
 * its cheques, transfers and requests (each with its own loading, empty and error
 * state), checks an IBAN as it is typed, and asks for the creditor balance to be moved
 * to that account — once: a double click joins the running request, and trying again
 * after an unknown outcome reuses the idempotency key. Use it with your own template:
 *
 * ```ts
 * class MyFile extends LitElement {
 *   summary = new ExecutionSummaryController(this, { client: () => myClient, fileId: () => 'exf_ps_001' });
 *   render() {
 *     return html`${this.summary.file.value?.outstanding.amount}`;
 *   }
 * }
 * ```
 * @module
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { InvalidRequestError, type AdalatCore } from '@adalat/sdk/core';
import { executionResource } from '@adalat/sdk/resources/execution';
import { checkIban, formatIban, type IdProblem } from '@adalat/sdk/ids';
import type { ExecutionCheque, ExecutionFile, ExecutionRequest, ExecutionTransfer, Installment, JurisdictionCode } from '@adalat/sdk/contract';
import type { ElementStatus } from '../base/adalat-element.ts';
import { ResourceController } from '../controllers/resource.controller.ts';
import { SubmitOnce } from '../actions/submit-once.ts';

export interface ExecutionSummaryControllerOptions {
  /** The client to load with; read on every host update, and a new one reloads everything. */
  client: () => AdalatCore | undefined;
  /** The execution file to show; read on every host update, and a new one reloads everything. */
  fileId: () => string | null | undefined;
}

/** `idle` until there is a client and a file id; then the element statuses. */
export type ExecutionSummaryStatus = 'idle' | ElementStatus;

/**
 * Why the file could not be shown: `permission` (403, a session scoped to another file),
 * `expired` (the widget session expired), `not_found`, `authentication`, or `retryable`
 * (network, 5xx, 429: trying again may help).
 */
export type ExecutionErrorKind = 'permission' | 'expired' | 'not_found' | 'authentication' | 'retryable';

/**
 * An IBAN as typed: `empty`, `incomplete` (shorter than the country's length so far),
 * `invalid` (with the reason: `characters`, `length`, `checksum`, `country`), or `valid`
 * (with its printed form). Only an IBAN of the file's country is valid.
 */
export type IbanInputState =
  | { state: 'empty' }
  | { state: 'incomplete' }
  | { state: 'invalid'; reason: IdProblem }
  | { state: 'valid'; iban: string; formatted: string };

/** The transfer request's progress: `sending`, then `sent` (with the transfer) or `failed`. */
export interface TransferRequestState {
  status: 'idle' | 'sending' | 'sent' | 'failed';
  transfer?: ExecutionTransfer;
  error?: unknown;
}

const IBAN_LENGTH: Readonly<Record<JurisdictionCode, number>> = { PS: 29, SA: 24, IR: 26, KZ: 20 };

/** How a failure to load the file reads to the person looking at it. */
export function executionErrorKind(error: unknown): ExecutionErrorKind {
  const { type, code } = (typeof error === 'object' && error !== null ? error : {}) as { type?: unknown; code?: unknown };
  if (type === 'permission') return 'permission';
  if (type === 'authentication') return code === 'widget_session_expired' ? 'expired' : 'authentication';
  if (type === 'not_found' || type === 'invalid_request') return 'not_found';
  return 'retryable';
}

/** Checks an IBAN as it is typed, against the country of `jurisdiction`. */
export function checkIbanInput(value: string, jurisdiction: JurisdictionCode): IbanInputState {
  const compact = value.replace(/[\s-]/g, '').toUpperCase();
  if (compact === '') return { state: 'empty' };
  const check = checkIban(value, jurisdiction);
  if (check.valid) return { state: 'valid', iban: check.value, formatted: formatIban(check.value) };
  if (!jurisdiction.startsWith(compact.slice(0, 2))) return { state: 'invalid', reason: 'country' };
  // Still typing: the country so far, then digits, then letters and digits, not yet the full length.
  if (compact.length < IBAN_LENGTH[jurisdiction] && /^[A-Z]{0,2}$|^[A-Z]{2}[0-9]{1,2}$|^[A-Z]{2}[0-9]{2}[A-Z0-9]*$/.test(compact)) {
    return { state: 'incomplete' };
  }
  return { state: 'invalid', reason: check.reason };
}

async function all<T>(list: AsyncIterable<T>): Promise<T[]> {
  const items: T[] = [];
  for await (const item of list) items.push(item);
  return items;
}

export class ExecutionSummaryController implements ReactiveController {
  readonly file: ResourceController<ExecutionFile>;
  readonly cheques: ResourceController<ExecutionCheque[]>;
  readonly transfers: ResourceController<ExecutionTransfer[]>;
  readonly requests: ResourceController<ExecutionRequest[]>;

  readonly #host: ReactiveControllerHost;
  readonly #client: () => AdalatCore | undefined;
  readonly #fileId: () => string | null | undefined;
  #loadedWith: AdalatCore | undefined;
  #loadedFor: string | null = null;
  readonly #submission = new SubmitOnce<ExecutionTransfer>();
  #transfer: TransferRequestState = { status: 'idle' };

  constructor(host: ReactiveControllerHost, options: ExecutionSummaryControllerOptions) {
    this.#host = host;
    this.#client = options.client;
    this.#fileId = options.fileId;
    this.file = new ResourceController(host, { isEmpty: () => false });
    this.cheques = new ResourceController(host);
    this.transfers = new ResourceController(host);
    this.requests = new ResourceController(host);
    host.addController(this);
  }

  hostConnected(): void {
    this.#sync();
  }

  hostUpdate(): void {
    this.#sync();
  }

  /** The file id being shown, or `null`. */
  get fileId(): string | null {
    return this.#loadedFor;
  }

  /** `error` when the file failed to load; `loading` until the file and every list have a first answer; else `ready`. */
  get status(): ExecutionSummaryStatus {
    if (!this.#loadedWith || !this.#loadedFor) return 'idle';
    if (this.file.status === 'error') return 'error';
    const parts = [this.file, this.cheques, this.transfers, this.requests] as const;
    return parts.some((r) => r.value === undefined && r.status !== 'error') ? 'loading' : 'ready';
  }

  /** The file's failure, as the SDK threw it. */
  get error(): unknown {
    return this.file.status === 'error' ? this.file.error : undefined;
  }

  get errorKind(): ExecutionErrorKind | undefined {
    return this.file.status === 'error' ? executionErrorKind(this.file.error) : undefined;
  }

  /** The first installment not paid, as the file reports it. */
  get nextInstallment(): Installment | null {
    return this.file.value?.nextInstallment ?? null;
  }

  /** Cheques ready for collection at the court. */
  get readyCheques(): ExecutionCheque[] {
    return (this.cheques.value ?? []).filter((c) => c.status === 'ready');
  }

  /** A transfer on its way (requested or processing), if any. */
  get transferInFlight(): ExecutionTransfer | undefined {
    return (this.transfers.value ?? []).find((t) => t.status !== 'paid');
  }

  /** Whether there is money to move and nothing on its way already. */
  get canRequestTransfer(): boolean {
    const balance = this.file.value?.creditorBalance.amount ?? 0;
    return balance > 0 && this.transferInFlight === undefined && this.#transfer.status !== 'sending';
  }

  get transferRequest(): TransferRequestState {
    return this.#transfer;
  }

  /** Checks an IBAN as typed, against the file's country (`incomplete` until the file is loaded). */
  checkIban(value: string): IbanInputState {
    const jurisdiction = this.file.value?.jurisdiction;
    if (!jurisdiction) return value.trim() === '' ? { state: 'empty' } : { state: 'incomplete' };
    return checkIbanInput(value, jurisdiction);
  }

  /**
   * Moves the creditor balance to the account `iban`. A second call while one runs joins
   * it; after an unknown outcome (network, 5xx) the same IBAN is sent with the same key,
   * so the court transfers once. Reloads the file and transfers afterwards.
   * @throws {InvalidRequestError} `invalid_input` (issue `body.iban`) for an IBAN that is not valid for the file's country; nothing is sent.
   * @throws whatever the server answered (`BusinessRuleError` `iban_not_in_creditor_name`, `ConflictError` `transfer_in_progress`, …).
   */
  requestTransfer(iban: string): Promise<ExecutionTransfer> {
    const client = this.#client();
    const fileId = this.#loadedFor;
    const checked = this.checkIban(iban);
    let request: Promise<ExecutionTransfer>;
    if (!client || !fileId || checked.state !== 'valid') {
      request = Promise.reject(
        new InvalidRequestError({
          status: 400,
          code: 'invalid_input',
          message: 'Enter a valid IBAN of the file’s country.',
          issues: [{ path: 'body.iban', code: checked.state === 'invalid' ? checked.reason : 'incomplete', message: 'not a valid IBAN' }],
        }),
      );
    } else {
      request = this.#submission.run(JSON.stringify([fileId, checked.iban]), (idempotencyKey) =>
        executionResource(client).requestTransfer({ fileId, iban: checked.iban }, { idempotencyKey }),
      );
    }
    if (this.#transfer.status !== 'sending') {
      this.#setTransfer({ status: 'sending' });
      request.then(
        (transfer) => {
          this.#setTransfer({ status: 'sent', transfer });
          this.refresh();
        },
        (error: unknown) => {
          this.#setTransfer({ status: 'failed', error });
          if ((error as { type?: unknown } | null)?.type === 'conflict') this.refresh();
        },
      );
    }
    return request;
  }

  /** Loads the file and its lists again, keeping what is shown until the answers arrive. */
  refresh(): void {
    const client = this.#loadedWith;
    const fileId = this.#loadedFor;
    if (!client || !fileId) return;
    const execution = executionResource(client);
    void this.file.run((signal) => execution.get({ fileId }, { signal }));
    void this.cheques.run((signal) => all(execution.listCheques({ fileId, limit: 100 }, { signal })));
    void this.transfers.run((signal) => all(execution.listTransfers({ fileId, limit: 100 }, { signal })));
    void this.requests.run((signal) => all(execution.listRequests({ fileId, limit: 100 }, { signal })));
  }

  /** After a failure: load everything again from scratch. */
  reload(): void {
    for (const part of [this.file, this.cheques, this.transfers, this.requests]) part.clear();
    this.refresh();
  }

  #setTransfer(state: TransferRequestState): void {
    this.#transfer = state;
    this.#host.requestUpdate();
  }

  #sync(): void {
    const client = this.#client();
    const fileId = this.#fileId() || null;
    if (client === this.#loadedWith && fileId === this.#loadedFor) return;
    this.#loadedWith = client;
    this.#loadedFor = fileId;
    this.#transfer = { status: 'idle' };
    if (!client || !fileId) {
      for (const part of [this.file, this.cheques, this.transfers, this.requests]) part.clear();
      return;
    }
    this.reload();
  }
}
