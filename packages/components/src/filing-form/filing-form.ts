/**
 * `<adalat-filing-form>`: files a claim (or any filing kind) step by step — parties,
 * claim, documents, court fee, review and submit — and follows the court's review.
 * The behaviour lives in `FilingFormController`; this file is the default markup.
 * @module
 */
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import { FilingType, type FilerType, type Filing, type FilingDocument, type FilingProblem, type JurisdictionCode, type PartyRole } from '@adalat/sdk/contract';
import { policyResource } from '@adalat/sdk/resources/policy';
import { AdalatElement, type ElementStatus } from '../base/adalat-element.ts';
import { ResourceController } from '../controllers/resource.controller.ts';
import { numberingFor } from '../format/conventions.ts';
import { formatMoney } from '../format/money.ts';
import { errorMessageKey } from '../i18n/error-message.ts';
import { pickText } from '../i18n/localized-text.ts';
import type { MessageKey } from '../i18n/msg.ts';
import { fieldsOf, FILE_MISMATCH, FILING_STEPS, FilingFormController, type FilingStep, type UploadItem } from './filing-form.controller.ts';
import { filingFormStyles } from './filing-form.styles.ts';
import type { Court } from '@adalat/sdk/contract';

/** `adalat-draft-saved`, `adalat-filing-submitted` and `adalat-filing-reviewed` carry the filing as the server has it. */
export interface FilingEventDetail {
  filing: Filing;
}

const ROLES: readonly PartyRole[] = ['claimant', 'defendant', 'appellant', 'respondent', 'complainant', 'accused', 'third_party'];
const TYPES: readonly FilerType[] = ['individual', 'legal_entity'];
const ACCEPT = '.pdf,.jpg,.jpeg,.png,.tif,.tiff,.docx,application/pdf,image/jpeg,image/png,image/tiff,application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Which step fixes a problem at `path`. */
export function stepOfPath(path: string): FilingStep {
  if (path.startsWith('parties')) return 'parties';
  if (path.startsWith('documents')) return 'documents';
  if (path === 'fee') return 'fee';
  return 'claim';
}

const KNOWN_PROBLEMS = new Set([
  'missing_field',
  'missing_lead_document',
  'invalid_national_id',
  'unknown_category',
  'category_not_accepted',
  'court_not_open',
  'currency_not_accepted',
  'fee_not_quoted',
  'fee_unpaid',
  'fee_quote_stale',
  'appeal_target_invalid',
  'appeal_deadline_passed',
  'case_not_found',
  'court_not_found',
]);
const FILE_PROBLEMS = new Set(['unsupported_file_type', 'file_type_mismatch', 'unreadable_file', 'file_too_large', 'too_many_documents', 'lead_document_exists']);

/**
 * @summary A filing, step by step, with its draft kept on the server, then the court's review.
 * @tagname adalat-filing-form
 *
 * @slot header - Shown above the steps (the page's own title, say).
 * @slot done - Shown under the decision once the court accepted the filing (the page's next steps).
 *
 * @csspart base - The wrapper of everything.
 * @csspart steps - The list of steps; each `step` (a button), the current one also `step-current`.
 * @csspart panel - The current step's section; `heading` is its title.
 * @csspart field - Each label and control pair; `label`, `input`, `select`, `textarea`, `hint`, `field-error`.
 * @csspart party - Each party's fieldset; `party-legend`, `remove-party`, `add-party`.
 * @csspart dropzone - The area files can be dropped on; `file-input` is the file chooser inside it.
 * @csspart upload - Each file on its way or uploaded; `upload-name`, `progress`, `upload-status`, `legibility`, `legibility-problem`, `upload-actions`.
 * @csspart fee - The fee step's content; the embedded `<adalat-fee-payment>` is `fee-payment`.
 * @csspart problems - The list of problems found by the check; each `problem` with a `problem-link` to its step. `warnings` likewise.
 * @csspart decision - The court's decision; `case-number`, `branch`, `reasons`.
 * @csspart nav - The back, save, next and submit buttons: `back`, `save`, `next`, `submit`, `correct`, `check`.
 * @csspart status - The polite live region (`role=status`): saved, restored, uploads, the review.
 * @csspart error - The alert (`role=alert`) for a failed action; `error-message`, `retry`.
 *
 * @cssprop [--adalat-filing-form-gap=var(--adalat-gap, 0.75rem)] - Space between fields.
 * @cssprop [--adalat-filing-form-progress-height=0.5rem] - Height of the upload progress bars.
 *
 * @cssstate loading - Reading a remembered draft.
 * @cssstate error - The draft could not be read, or no client was found.
 * @cssstate ready - The form is usable.
 *
 * @event {CustomEvent<FilingEventDetail>} adalat-draft-saved - The draft was saved on the server (keep `filing.id` to reopen it).
 * @event {CustomEvent<FilingEventDetail>} adalat-filing-submitted - The filing was submitted and the court received it.
 * @event {CustomEvent<FilingEventDetail>} adalat-filing-reviewed - The court decided: `filing.status` and `filing.review`.
 */
export class AdalatFilingForm extends AdalatElement {
  static override styles = filingFormStyles;

  /** What is filed: `claim`, `appeal`, `cassation`, `motion`, … (see `FilingType`). */
  @property({ reflect: true }) kind: FilingType = 'claim';

  /** The jurisdiction (`PS`, `SA`, `IR`, `KZ`): national IDs are checked by its rule as typed. */
  @property() jurisdiction: JurisdictionCode | null = null;

  /** The e-services office filing on the person's behalf (only its desk's partner may). */
  @property({ attribute: 'office-id' }) officeId: string | null = null;

  /** A draft to open (one the widget session lists); otherwise the one remembered for this form, or a new one. */
  @property({ attribute: 'filing-id' }) filingId: string | null = null;

  /** Separates the remembered drafts of several forms on one site. */
  @property({ attribute: 'storage-key' }) storageKey = 'default';

  /** Milliseconds between reads while the court reviews. */
  @property({ attribute: 'poll-interval', type: Number }) pollInterval = 5000;

  /** The level of the step headings (2–6). */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  readonly controller: FilingFormController = new FilingFormController(this, {
    client: () => this.client,
    kind: () => (FilingType.safeParse(this.kind).success ? this.kind : 'claim'),
    jurisdiction: () => this.jurisdiction,
    officeId: () => this.officeId || null,
    filingId: () => this.filingId || null,
    storageKey: () => this.storageKey,
    pollInterval: () => this.pollInterval,
  });

  /** The court of a decided filing, for the branch's name. */
  readonly #court = new ResourceController<Court>(this, { isEmpty: () => false });
  #lastStatus: string | null = null;
  #lastStep: FilingStep | null = null;
  #dragging = false;

  constructor() {
    super();
    this.setStatus('loading');
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const c = this.controller;
    // The host names another draft after the form started (a page that learnt it from its server).
    if (changed.has('filingId') && changed.get('filingId') !== undefined && this.filingId && c.filing?.id !== this.filingId) c.reopen();
    const status: ElementStatus = this.clientError || c.status === 'error' ? 'error' : c.status === 'loading' ? 'loading' : 'ready';
    this.setStatus(status);
    const filing = c.filing;
    if (filing !== null && filing.review?.branchId && filing.courtId && this.#court.status === 'idle' && this.client) {
      const courtId = filing.courtId;
      void this.#court.run((signal) => policyResource(this.client!).getCourt({ courtId }, { signal }));
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const filing = this.controller.filing;
    const status = filing?.status ?? null;
    // Only changes seen here are announced, not the state a restored draft was found in.
    if (filing !== null && status !== this.#lastStatus) {
      if (status === 'received' && (this.#lastStatus === 'draft' || this.#lastStatus === 'returned')) this.#emit('adalat-filing-submitted', filing);
      if (this.#lastStatus === 'received' && status !== 'received') this.#emit('adalat-filing-reviewed', filing);
      this.#lastStatus = status;
    }
    if (this.controller.notice === 'saved' && filing !== null) {
      this.controller.notice = null;
      this.#emit('adalat-draft-saved', filing);
    }
    if (this.#lastStep !== null && this.#lastStep !== this.controller.step) {
      this.renderRoot.querySelector<HTMLElement>('[part~="heading"]')?.focus();
    }
    this.#lastStep = this.controller.step;
  }

  #emit(type: string, filing: Filing): void {
    this.dispatchEvent(new CustomEvent<FilingEventDetail>(type, { detail: { filing }, bubbles: true, composed: true }));
  }

  #heading(text: string): TemplateResult {
    const level = Math.min(6, Math.max(2, this.headingLevel));
    return html`<div part="heading" role="heading" aria-level=${level} tabindex="-1">${text}</div>`;
  }

  // ── steps ───────────────────────────────────────────────────────────────

  #stepName(step: FilingStep): string {
    return this.msg(`filingForm.step.${step}` as MessageKey);
  }

  #renderSteps() {
    const current = this.controller.step;
    return html`<nav aria-label=${this.msg('filingForm.steps')}>
      <ol part="steps">
        ${FILING_STEPS.map(
          (step, index) =>
            html`<li>
              <button
                type="button"
                part=${step === current ? 'step step-current' : 'step'}
                aria-current=${step === current ? 'step' : nothing}
                ?disabled=${this.controller.busy}
                @click=${() => void this.controller.goTo(step)}
              >
                ${new Intl.NumberFormat(this.locale, { numberingSystem: numberingFor(this.locale) }).format(index + 1)}. ${this.#stepName(step)}
              </button>
            </li>`,
        )}
      </ol>
    </nav>`;
  }

  #renderParties() {
    const c = this.controller;
    const disabled = !c.editable;
    return html`${repeat(
        c.parties,
        (_, index) => index,
        (party, index) => {
          const id = `party-${index}`;
          const problem = c.idProblem(index);
          const typed = party.nationalId.trim() !== '';
          return html`<fieldset part="party">
            <legend part="party-legend">${this.msg('filingForm.party', { n: index + 1 })}</legend>
            <div part="field">
              <label part="label" for="${id}-role">${this.msg('filingForm.role')}</label>
              <select id="${id}-role" part="select" ?disabled=${disabled} @change=${(e: Event) => c.setParty(index, { role: (e.target as HTMLSelectElement).value as PartyRole })}>
                ${ROLES.map((role) => html`<option value=${role} .selected=${live(role === party.role)}>${this.msg(`filingForm.role.${role}` as MessageKey)}</option>`)}
              </select>
            </div>
            <div part="field">
              <label part="label" for="${id}-type">${this.msg('filingForm.type')}</label>
              <select id="${id}-type" part="select" ?disabled=${disabled} @change=${(e: Event) => c.setParty(index, { type: (e.target as HTMLSelectElement).value as FilerType })}>
                ${TYPES.map((type) => html`<option value=${type} .selected=${live(type === party.type)}>${this.msg(`filingForm.type.${type}` as MessageKey)}</option>`)}
              </select>
            </div>
            <div part="field">
              <label part="label" for="${id}-name">${this.msg('filingForm.name')}</label>
              <input id="${id}-name" part="input" autocomplete="off" ?disabled=${disabled} .value=${live(party.name)} @input=${(e: Event) => c.setParty(index, { name: (e.target as HTMLInputElement).value })} />
            </div>
            <div part="field">
              <label part="label" for="${id}-nid">${this.msg('filingForm.nationalId')}</label>
              <input
                id="${id}-nid"
                part="input"
                inputmode="numeric"
                autocomplete="off"
                ?disabled=${disabled}
                aria-invalid=${problem === null ? 'false' : 'true'}
                aria-describedby="${id}-nid-hint"
                .value=${live(party.nationalId)}
                @input=${(e: Event) => c.setParty(index, { nationalId: (e.target as HTMLInputElement).value })}
              />
              <span id="${id}-nid-hint" part=${problem === null ? 'hint' : 'hint field-error'}
                >${problem !== null ? this.msg(`filingForm.idProblem.${problem}` as MessageKey) : typed ? this.msg('filingForm.idValid') : ''}</span
              >
            </div>
            ${c.parties.length > 1 && !disabled
              ? html`<button type="button" part="remove-party" @click=${() => c.removeParty(index)}>${this.msg('filingForm.removeParty', { n: index + 1 })}</button>`
              : nothing}
          </fieldset>`;
        },
      )}
      ${disabled ? nothing : html`<button type="button" part="add-party" @click=${() => c.addParty()}>${this.msg('filingForm.addParty')}</button>`}`;
  }

  #textField(id: string, label: string, value: string, onInput: (value: string) => void, options: { error?: string; multiline?: boolean } = {}) {
    const disabled = !this.controller.editable;
    const invalid = options.error !== undefined;
    const handler = (e: Event) => onInput((e.target as HTMLInputElement | HTMLTextAreaElement).value);
    return html`<div part="field">
      <label part="label" for=${id}>${label}</label>
      ${options.multiline
        ? html`<textarea id=${id} part="textarea" rows="3" ?disabled=${disabled} .value=${live(value)} @input=${handler}></textarea>`
        : html`<input
            id=${id}
            part="input"
            autocomplete="off"
            ?disabled=${disabled}
            aria-invalid=${invalid ? 'true' : 'false'}
            aria-describedby=${invalid ? `${id}-error` : nothing}
            .value=${live(value)}
            @input=${handler}
          />`}
      ${invalid ? html`<span id="${id}-error" part="field-error">${options.error}</span>` : nothing}
    </div>`;
  }

  #renderClaim() {
    const c = this.controller;
    const fields = fieldsOf(this.kind);
    const currency = c.currency ?? '';
    return html`<adalat-court-picker
        part="court-picker"
        .client=${this.client}
        jurisdiction=${c.jurisdiction ?? nothing}
        court=${c.claim.courtId ?? nothing}
        category=${c.claim.category ?? nothing}
        ?disabled=${!c.editable}
        @adalat-change=${(e: CustomEvent<{ courtId: string | null; category: string | null }>) => c.setClaim({ courtId: e.detail.courtId, category: e.detail.category })}
      ></adalat-court-picker>
      ${fields.amount
        ? this.#textField('amount', this.msg('filingForm.amount', { currency }), c.claim.amount, (amount) => c.setClaim({ amount }), {
            ...(c.amountInvalid ? { error: this.msg('filingForm.amountInvalid', { currency }) } : {}),
          })
        : nothing}
      ${fields.appeal || fields.inCase ? this.#textField('case-id', this.msg('filingForm.caseId'), c.claim.caseId, (caseId) => c.setClaim({ caseId })) : nothing}
      ${fields.appeal ? this.#textField('act-id', this.msg('filingForm.actId'), c.claim.actDocumentId, (actDocumentId) => c.setClaim({ actDocumentId })) : nothing}
      ${this.#textField('summary', this.msg('filingForm.summary'), c.claim.summary, (summary) => c.setClaim({ summary }), { multiline: true })}`;
  }

  #onFiles = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    const files = [...(input.files ?? [])];
    input.value = '';
    void this.controller.addFiles(files);
  };
  #onDrop = (event: DragEvent): void => {
    event.preventDefault();
    this.#dragging = false;
    void this.controller.addFiles([...(event.dataTransfer?.files ?? [])]);
  };
  #onDragOver = (event: DragEvent): void => {
    event.preventDefault();
    if (!this.#dragging) {
      this.#dragging = true;
      this.requestUpdate();
    }
  };
  #onDragLeave = (): void => {
    this.#dragging = false;
    this.requestUpdate();
  };

  #legibility(document: FilingDocument) {
    const problems = document.pages.flatMap((page) => page.problems.map((p) => ({ page: page.page, ...p })));
    if (problems.length === 0) return html`<p part="legibility">${this.msg('filingForm.legible')}</p>`;
    return html`<ul part="legibility">
      ${problems.map(
        (p) =>
          html`<li part="legibility-problem">
            ${this.msg(`filingForm.legibility.${p.code}` as MessageKey, { page: p.page, dpi: p.dpi ?? 0, minDpi: p.minDpi ?? 0 })}
          </li>`,
      )}
    </ul>`;
  }

  #uploadStatus(item: UploadItem): string {
    const percent = new Intl.NumberFormat(this.locale, { style: 'percent' }).format(item.size === 0 ? 1 : item.sent / item.size);
    switch (item.status) {
      case 'uploading':
        return this.msg('filingForm.uploading', { percent });
      case 'interrupted':
        return (item.error as { code?: string } | undefined)?.code === FILE_MISMATCH
          ? this.msg('filingForm.fileMismatch', { name: item.name })
          : this.msg('filingForm.interrupted', { percent });
      case 'failed': {
        const code = (item.error as { code?: string } | undefined)?.code ?? '';
        return FILE_PROBLEMS.has(code) ? this.msg(`filingForm.fileProblem.${code}` as MessageKey) : this.msg(errorMessageKey(item.error));
      }
      case 'done':
        return this.msg('filingForm.uploaded');
    }
  }

  #documentRow(document: FilingDocument) {
    const c = this.controller;
    return html`<li part="upload">
      <span part="upload-name">${document.filename}</span>
      <span part="upload-status">${this.msg(document.role === 'lead' ? 'filingForm.lead' : 'filingForm.connected')}${document.pageCount === null ? '' : ` · ${this.msg('filingForm.pageCount', { count: document.pageCount })}`}</span>
      ${this.#legibility(document)}
      ${c.editable
        ? html`<div part="upload-actions">
            <button type="button" part="remove" ?disabled=${c.busy} @click=${() => void c.removeDocument(document.id)}>${this.msg('filingForm.remove', { name: document.filename })}</button>
          </div>`
        : nothing}
    </li>`;
  }

  #uploadRow(item: UploadItem) {
    const c = this.controller;
    const chooseAgainId = `again-${item.key}`;
    return html`<li part="upload">
      <span part="upload-name">${item.name}</span>
      <progress part="progress" max=${item.size} .value=${item.sent} aria-label=${item.name}></progress>
      <span part="upload-status">${this.#uploadStatus(item)}</span>
      ${item.status === 'interrupted' || item.status === 'failed'
        ? html`<div part="upload-actions">
            ${item.status === 'interrupted' && c.holdsFile(item.key)
              ? html`<button type="button" part="resume" @click=${() => void c.resume(item.key)}>${this.msg('filingForm.resume', { name: item.name })}</button>`
              : nothing}
            ${item.status === 'interrupted' && !c.holdsFile(item.key)
              ? html`<label part="label" for=${chooseAgainId}>${this.msg('filingForm.chooseAgain', { name: item.name })}</label>
                  <input id=${chooseAgainId} part="file-input" type="file" accept=${ACCEPT} @change=${(e: Event) => {
                    const file = (e.target as HTMLInputElement).files?.[0];
                    if (file) void c.resume(item.key, file);
                  }} />`
              : nothing}
            <button type="button" part="dismiss" @click=${() => c.dismissUpload(item.key)}>${this.msg('filingForm.dismiss', { name: item.name })}</button>
          </div>`
        : nothing}
    </li>`;
  }

  #renderDocuments() {
    const c = this.controller;
    const filing = c.filing;
    const attached = filing === null ? [] : [...(filing.documents.lead === null ? [] : [filing.documents.lead]), ...filing.documents.connected];
    const pending = c.uploads.filter((u) => u.status !== 'done');
    return html`${c.editable
        ? html`<div part=${this.#dragging ? 'dropzone dropzone-active' : 'dropzone'} @dragover=${this.#onDragOver} @dragleave=${this.#onDragLeave} @drop=${this.#onDrop}>
            <label part="label" for="files">${this.msg('filingForm.chooseFiles')}</label>
            <input id="files" part="file-input" type="file" multiple accept=${ACCEPT} ?disabled=${c.busy} @change=${this.#onFiles} />
            <span part="hint">${this.msg('filingForm.dropHint')}</span>
          </div>`
        : nothing}
      <ul part="uploads" aria-label=${this.msg('filingForm.step.documents')}>
        ${repeat(attached, (d) => d.id, (d) => this.#documentRow(d))} ${repeat(pending, (u) => u.key, (u) => this.#uploadRow(u))}
      </ul>`;
  }

  #onPaid = (): void => void this.controller.refresh();

  #renderFee() {
    const c = this.controller;
    const filing = c.filing;
    if (filing === null) return html`<p part="fee">${this.msg('filingForm.feeFirst')}</p>`;
    const locale = this.locale;
    if (!filing.fee.required) return html`<p part="fee">${this.msg('filingForm.feeExempt')}</p>`;
    if (filing.fee.settled) {
      return html`<p part="fee">${this.msg('filingForm.feeSettled', { amount: filing.fee.total === null ? '' : formatMoney(filing.fee.total, locale) })}</p>`;
    }
    if (filing.fee.quoteId === null) {
      return html`<div part="fee">
        <p>${this.msg(filing.courtId === null || filing.category === null ? 'filingForm.feeFirst' : 'filingForm.feeHint')}</p>
        <button type="button" part="quote" ?disabled=${c.busy || !c.editable || filing.courtId === null || filing.category === null} @click=${() => void c.quoteFee()}>
          ${this.msg('filingForm.getQuote')}
        </button>
      </div>`;
    }
    const payer = c.parties[0]?.name.trim() ? { name: c.parties[0]!.name.trim() } : null;
    return html`<div part="fee">
      <adalat-fee-payment
        part="fee-payment"
        mode="quote"
        quote-id=${filing.fee.quoteId}
        storage-scope="filing-${filing.id}"
        heading-level=${Math.min(6, this.headingLevel + 1)}
        .client=${this.client}
        .payer=${payer}
        @adalat-payment-succeeded=${this.#onPaid}
      ></adalat-fee-payment>
      <button type="button" part="check" @click=${() => void c.refresh()}>${this.msg('filingForm.feeRefresh')}</button>
    </div>`;
  }

  #problemList(problems: readonly FilingProblem[], part: 'problems' | 'warnings') {
    return html`<ul part=${part}>
      ${problems.map((problem) => {
        const step = stepOfPath(problem.path);
        const text =
          part === 'warnings'
            ? this.msg('filingForm.warning.illegible')
            : KNOWN_PROBLEMS.has(problem.code)
              ? this.msg(`filingForm.problem.${problem.code}` as MessageKey, { field: problem.path })
              : problem.message;
        return html`<li part="problem">
          <span>${text}</span>
          <button type="button" part="problem-link" @click=${() => void this.controller.goTo(step)}>${this.msg('filingForm.goToStep', { step: this.#stepName(step) })}</button>
        </li>`;
      })}
    </ul>`;
  }

  #renderDecision(filing: Filing) {
    const c = this.controller;
    const review = filing.review;
    const branch = this.#court.value?.branches.find((b) => b.id === review?.branchId);
    return html`<div part="decision" aria-live="polite">
      <p>${this.msg(`filingForm.status.${filing.status}` as MessageKey, { caseNumber: review?.caseNumber ?? '' })}</p>
      ${review?.caseNumber ? html`<p part="case-number">${this.msg('filingForm.caseNumber', { caseNumber: review.caseNumber })}</p>` : nothing}
      ${branch !== undefined ? html`<p part="branch">${this.msg('filingForm.branch', { branch: pickText(branch.name, this.locale, []) })}</p>` : nothing}
      ${review !== null && review.reasons.length > 0 && filing.status !== 'received'
        ? html`<div part="reasons">
            <p>${this.msg('filingForm.reasons')}</p>
            <ul>
              ${review.reasons.map((r) => html`<li>${r.code === 'illegible_document' ? this.msg('filingForm.reason.illegible') : r.message}</li>`)}
            </ul>
          </div>`
        : nothing}
      ${filing.status === 'received'
        ? html`<button type="button" part="check" @click=${() => void c.pollNow()}>${this.msg('filingForm.checkNow')}</button>`
        : nothing}
      ${filing.status === 'returned' ? html`<button type="button" part="correct" @click=${() => c.correct()}>${this.msg('filingForm.correct')}</button>` : nothing}
      ${filing.status === 'accepted' || filing.status === 'partially_accepted' ? html`<slot name="done"></slot>` : nothing}
    </div>`;
  }

  #renderReview() {
    const c = this.controller;
    const filing = c.filing;
    if (filing !== null && filing.status !== 'draft' && filing.status !== 'returned') return this.#renderDecision(filing);
    const check = c.check;
    return html`${filing?.status === 'returned' ? this.#renderDecision(filing) : nothing}
      ${check === null
        ? nothing
        : check.ready
          ? html`<p>${this.msg('filingForm.ready')}</p>`
          : html`<p>${this.msg('filingForm.problemsIntro', { count: check.problems.length })}</p>
              ${this.#problemList(check.problems, 'problems')}`}
      ${check !== null && check.warnings.length > 0 ? html`<p>${this.msg('filingForm.warningsIntro')}</p>${this.#problemList(check.warnings, 'warnings')}` : nothing}
      <button type="button" part="check" ?disabled=${c.busy || filing === null} @click=${() => void c.runCheck()}>${this.msg('filingForm.check')}</button>`;
  }

  #renderPanel() {
    switch (this.controller.step) {
      case 'parties':
        return this.#renderParties();
      case 'claim':
        return this.#renderClaim();
      case 'documents':
        return this.#renderDocuments();
      case 'fee':
        return this.#renderFee();
      case 'review':
        return this.#renderReview();
    }
  }

  #renderNav() {
    const c = this.controller;
    const index = FILING_STEPS.indexOf(c.step);
    const previous = FILING_STEPS[index - 1];
    const next = FILING_STEPS[index + 1];
    const submittable = c.step === 'review' && c.editable && c.check?.ready === true;
    return html`<div part="nav">
      ${previous === undefined
        ? nothing
        : html`<button type="button" part="back" ?disabled=${c.busy} @click=${() => void c.goTo(previous)}>${this.msg('filingForm.back')}</button>`}
      ${c.editable ? html`<button type="button" part="save" ?disabled=${c.busy} @click=${() => void c.save()}>${this.msg('filingForm.saveDraft')}</button>` : nothing}
      ${next === undefined
        ? nothing
        : html`<button type="button" part="next" ?disabled=${c.busy} @click=${() => void c.goTo(next)}>${this.msg('filingForm.next')}</button>`}
      ${submittable ? html`<button type="button" part="submit" ?disabled=${c.busy} @click=${() => void c.submit()}>${this.msg('filingForm.submit')}</button>` : nothing}
    </div>`;
  }

  #statusText(): string {
    const c = this.controller;
    if (c.status === 'loading') return this.msg('filingForm.loading');
    if (c.busy) return this.msg('filingForm.saving');
    const filing = c.filing;
    // A decision is announced by the decision block itself (aria-live); only the wait is said here.
    if (filing !== null && filing.status !== 'draft' && c.step === 'review') return filing.status === 'received' ? this.msg('filingForm.status.received') : '';
    if (c.notice === 'restored') return this.msg('filingForm.restored');
    if (c.uploads.some((u) => u.status === 'uploading')) return this.msg('filingForm.uploadingCount', { count: c.uploads.filter((u) => u.status === 'uploading').length });
    if (filing !== null && c.actionError === undefined && c.step !== 'review') return this.msg('filingForm.saved');
    return '';
  }

  #actionErrorText(error: unknown): string {
    const { status, code } = (error ?? {}) as { status?: number; code?: string };
    if (status === 400) return this.msg('filingForm.error.invalid');
    if (status === 409) return this.msg('filingForm.error.conflict');
    if (code === 'filing_has_problems') return this.msg('filingForm.error.problems');
    if (status === 401 || status === 403) return this.msg('filingForm.error.expired');
    return this.msg(errorMessageKey(error));
  }

  protected override render() {
    const c = this.controller;
    const loadError = this.clientError ?? (c.status === 'error' ? c.error : undefined);
    const title = this.msg(`filingForm.kind.${FilingType.safeParse(this.kind).success ? this.kind : 'claim'}` as MessageKey);
    if (loadError !== undefined) {
      return html`<div part="base">
        <div part="error" role="alert">
          <span part="error-message">${this.msg(errorMessageKey(loadError))}</span>
          ${this.clientError ? nothing : html`<button type="button" part="retry" @click=${() => void c.start()}>${this.msg('action.retry')}</button>`}
        </div>
      </div>`;
    }
    return html`<section part="base" aria-label=${title}>
      <slot name="header"></slot>
      ${c.status === 'loading'
        ? nothing
        : html`${this.#renderSteps()}
            <section part="panel" aria-labelledby="panel-heading">
              <div id="panel-heading">${this.#heading(`${title} — ${this.#stepName(c.step)}`)}</div>
              ${this.#renderPanel()}
            </section>
            ${this.#renderNav()}`}
      <div part="status" role="status">${this.#statusText()}</div>
      ${c.actionError === undefined
        ? nothing
        : html`<div part="error" role="alert"><span part="error-message">${this.#actionErrorText(c.actionError)}</span></div>`}
    </section>`;
  }
}
