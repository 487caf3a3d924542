/**
 * `<adalat-court-picker>`: jurisdiction → court → case category, as three native
 * selects, form-associated. The behaviour lives in `CourtPickerController`; this file
 * is the default markup and the form plumbing.
 * @module
 */
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import { AdalatElement, type ElementStatus } from '../base/adalat-element.ts';
import { errorMessageKey } from '../i18n/error-message.ts';
import { pickText } from '../i18n/localized-text.ts';
import type { MessageKey } from '../i18n/msg.ts';
import { CourtPickerController, type CourtPickerValue } from './court-picker.controller.ts';
import { courtPickerStyles } from './court-picker.styles.ts';

/** `adalat-change` carries the confirmed selection; parts not chosen are `null`. */
export type CourtPickerChangeDetail = CourtPickerValue;

/** Indentation per classifier level inside an option (options cannot be styled with padding). */
const INDENT = '\u00a0\u00a0\u00a0';

interface SelectField {
  field: 'jurisdiction' | 'court' | 'category';
  label: MessageKey;
  placeholder: MessageKey;
  disabled: boolean;
  onChange: (event: Event) => void;
  /** The chosen option's value; empty or undefined selects the placeholder. */
  selected: string | null | undefined;
  options: ReadonlyArray<{ value: string; text: string; disabled?: boolean }>;
}

/**
 * @summary Chooses a jurisdiction, one of its courts, and a case category that court hears.
 * @tagname adalat-court-picker
 *
 * @slot jurisdiction-label - Replaces the jurisdiction label's text.
 * @slot court-label - Replaces the court label's text.
 * @slot category-label - Replaces the case category label's text.
 *
 * @csspart base - The wrapper of the three fields and the messages.
 * @csspart field - Each label and select pair; also `jurisdiction-field`, `court-field`, `category-field`.
 * @csspart label - Each label; also `jurisdiction-label`, `court-label`, `category-label`.
 * @csspart select - Each native select; also `jurisdiction-select`, `court-select`, `category-select`.
 * @csspart status - The polite live region (`role=status`) saying what is loading or missing.
 * @csspart error - The alert (`role=alert`) shown when loading failed.
 * @csspart error-message - The error's text inside the alert.
 * @csspart retry - The button in the alert that loads again.
 *
 * @cssprop [--adalat-court-picker-gap=var(--adalat-gap, 0.75rem)] - Space between the fields.
 * @cssprop [--adalat-court-picker-label-gap=var(--adalat-label-gap, 0.25rem)] - Space between a label and its select.
 *
 * @cssstate loading - Something is loading (also `aria-busy`).
 * @cssstate empty - Nothing to choose from: no jurisdictions, or no courts in the chosen one.
 * @cssstate error - Loading failed, or no client was found.
 * @cssstate ready - Loaded and choosable.
 *
 * @event {CustomEvent<CourtPickerChangeDetail>} adalat-change - The user changed the selection; bubbles and crosses shadow roots.
 * @fires change - Native-style `change` (bubbles) after each user choice, for form libraries.
 *
 * Form value: with `name="court"`, the form gets up to three entries, `court.jurisdiction`,
 * `court.court` and `court.category` (parts not chosen are left out).
 */
export class AdalatCourtPicker extends AdalatElement {
  static formAssociated = true;
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };
  static override styles = courtPickerStyles;

  /** Form field name; the entries are `${name}.jurisdiction`, `${name}.court`, `${name}.category`. */
  @property({ reflect: true }) name = '';

  /** The form is invalid (`valueMissing`) until all three parts are chosen. */
  @property({ type: Boolean, reflect: true }) required = false;

  /** Disables the three selects; the value is not submitted. */
  @property({ type: Boolean, reflect: true }) disabled = false;

  /** The behaviour: loads, state and selection; usable on its own with another template. */
  readonly controller: CourtPickerController = new CourtPickerController(this, { client: () => this.client });

  #formDisabled = false;

  constructor() {
    super();
    // Loading from the start, also while the locale's catalog arrives before the first render.
    this.setStatus('loading');
  }

  /**
   * The chosen jurisdiction code (`PS`, `SA`, `IR`, `KZ`). The attribute sets the initial
   * choice, also restored on form reset; the property follows the user's choice.
   */
  @property()
  get jurisdiction(): string | null {
    return this.controller.requested.jurisdiction;
  }
  set jurisdiction(code: string | null) {
    this.controller.setValue({ jurisdiction: code });
  }

  /** The chosen court's id; the attribute sets the initial choice. */
  @property()
  get court(): string | null {
    return this.controller.requested.courtId;
  }
  set court(courtId: string | null) {
    this.controller.setValue({ courtId });
  }

  /** The chosen category code (`civil.contract`); the attribute sets the initial choice. */
  @property()
  get category(): string | null {
    return this.controller.requested.category;
  }
  set category(code: string | null) {
    this.controller.setValue({ category: code });
  }

  /** The confirmed selection (parts still loading or unknown are `null`); set it to choose all three at once. */
  get value(): CourtPickerValue {
    return this.controller.value;
  }
  set value(value: Partial<CourtPickerValue>) {
    this.controller.setValue(value);
  }

  get form(): HTMLFormElement | null {
    return this.internals.form;
  }
  get validity(): ValidityState {
    return this.internals.validity;
  }
  get validationMessage(): string {
    return this.internals.validationMessage;
  }
  get willValidate(): boolean {
    return this.internals.willValidate;
  }
  checkValidity(): boolean {
    return this.internals.checkValidity();
  }
  reportValidity(): boolean {
    return this.internals.reportValidity();
  }

  /** Form reset: back to the choice the attributes name. */
  formResetCallback(): void {
    this.controller.setValue({
      jurisdiction: this.getAttribute('jurisdiction'),
      courtId: this.getAttribute('court'),
      category: this.getAttribute('category'),
    });
  }

  /** A disabled `<fieldset>` around the element disables it too. */
  formDisabledCallback(disabled: boolean): void {
    this.#formDisabled = disabled;
    this.requestUpdate();
  }

  /** Back/forward navigation and autofill hand the saved selection back. */
  formStateRestoreCallback(state: string | File | FormData | null): void {
    if (typeof state !== 'string') return;
    try {
      const saved = JSON.parse(state) as Partial<CourtPickerValue>;
      this.controller.setValue({
        jurisdiction: typeof saved.jurisdiction === 'string' ? saved.jurisdiction : null,
        courtId: typeof saved.courtId === 'string' ? saved.courtId : null,
        category: typeof saved.category === 'string' ? saved.category : null,
      });
    } catch {
      // A state this version did not write: keep the current selection.
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.setStatus(this.#status());
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.#syncForm();
  }

  #status(): ElementStatus {
    if (this.clientError) return 'error';
    const status = this.controller.status;
    return status === 'idle' ? 'loading' : status;
  }

  get #isDisabled(): boolean {
    return this.disabled || this.#formDisabled;
  }

  /** Hands the value and validity to the form; called after renders and right after each user choice. */
  #syncForm(): void {
    const value = this.controller.value;
    let data: FormData | null = null;
    if (this.name) {
      data = new FormData();
      if (value.jurisdiction) data.append(`${this.name}.jurisdiction`, value.jurisdiction);
      if (value.courtId) data.append(`${this.name}.court`, value.courtId);
      if (value.category) data.append(`${this.name}.category`, value.category);
    }
    this.internals.setFormValue(data, JSON.stringify(value));
    if (this.required && !this.controller.complete) {
      const anchor = this.renderRoot.querySelector<HTMLSelectElement>(
        !value.jurisdiction ? '#jurisdiction' : !value.courtId ? '#court' : '#category',
      );
      this.internals.setValidity({ valueMissing: true }, this.msg('courtPicker.required'), anchor ?? undefined);
    } else {
      this.internals.setValidity({});
    }
  }

  #choose(apply: () => void): void {
    apply();
    this.#syncForm();
    this.dispatchEvent(
      new CustomEvent<CourtPickerChangeDetail>('adalat-change', { detail: this.controller.value, bubbles: true, composed: true }),
    );
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  #onJurisdiction = (event: Event): void => {
    const code = (event.target as HTMLSelectElement).value || null;
    this.#choose(() => this.controller.selectJurisdiction(code));
  };
  #onCourt = (event: Event): void => {
    const courtId = (event.target as HTMLSelectElement).value || null;
    this.#choose(() => this.controller.selectCourt(courtId));
  };
  #onCategory = (event: Event): void => {
    const code = (event.target as HTMLSelectElement).value || null;
    this.#choose(() => this.controller.selectCategory(code));
  };
  #onRetry = (): void => this.controller.reload();

  /** What the live region says now; empty when there is nothing to announce. */
  #statusText(): string {
    const c = this.controller;
    const message = (key: MessageKey, vars?: Record<string, number>) => this.msg(key, vars);
    if (this.clientError || c.status === 'error') return '';
    if (c.jurisdictions.status !== 'ready' && c.jurisdictions.status !== 'empty') return message('courtPicker.loadingJurisdictions');
    if (c.jurisdictions.status === 'empty') return message('courtPicker.noJurisdictions');
    if (!c.value.jurisdiction) return '';
    if (c.courts.status === 'loading' || c.courts.status === 'idle') return message('courtPicker.loadingCourts');
    if (c.courts.status === 'empty') return message('courtPicker.noCourts');
    if (c.classifier.status === 'loading' || c.classifier.status === 'idle') return message('courtPicker.loadingCategories');
    if (c.value.courtId && !c.categoryOptions.some((o) => o.selectable)) return message('courtPicker.noCategories');
    return c.value.courtId ? '' : message('courtPicker.courtCount', { count: c.courtList.length });
  }

  /** One labelled native select: the three steps differ only in what they list. */
  #selectField(field: SelectField) {
    const { field: name, options, selected } = field;
    return html`<div part="field ${name}-field">
      <label part="label ${name}-label" for=${name}><slot name="${name}-label">${this.msg(field.label)}</slot></label>
      <select id=${name} part="select ${name}-select" ?disabled=${field.disabled} ?required=${this.required} @change=${field.onChange}>
        <option value="" .selected=${live(!selected)}>${this.msg(field.placeholder)}</option>
        ${repeat(
          options,
          (option) => option.value,
          (option) =>
            html`<option value=${option.value} ?disabled=${option.disabled === true} .selected=${live(option.value === selected)}>${option.text}</option>`,
        )}
      </select>
    </div>`;
  }

  protected override render() {
    const c = this.controller;
    const value = c.value;
    const locale = this.locale;
    const disabled = this.#isDisabled;
    const jurisdictionLanguages = c.selectedJurisdiction?.languages ?? [];
    const error = this.clientError ?? (c.status === 'error' ? c.error : undefined);
    const categories = c.categoryOptions;

    return html`
      <div part="base">
        ${this.#selectField({
          field: 'jurisdiction',
          label: 'courtPicker.jurisdiction',
          placeholder: 'courtPicker.chooseJurisdiction',
          disabled: disabled || c.jurisdictions.status !== 'ready',
          onChange: this.#onJurisdiction,
          selected: value.jurisdiction,
          options: (c.jurisdictions.value ?? []).map((j) => ({ value: j.code, text: pickText(j.name, locale, j.languages) })),
        })}
        ${this.#selectField({
          field: 'court',
          label: 'courtPicker.court',
          placeholder: 'courtPicker.chooseCourt',
          disabled: disabled || c.courtList.length === 0,
          onChange: this.#onCourt,
          selected: value.courtId,
          options: c.courtList.map((court) => ({ value: court.id, text: pickText(court.name, locale, jurisdictionLanguages) })),
        })}
        ${this.#selectField({
          field: 'category',
          label: 'courtPicker.category',
          placeholder: 'courtPicker.chooseCategory',
          disabled: disabled || !categories.some((o) => o.selectable),
          onChange: this.#onCategory,
          selected: value.category,
          options: categories.map((o) => ({
            value: o.code,
            text: INDENT.repeat(o.depth) + pickText(o.name, locale, jurisdictionLanguages),
            disabled: !o.selectable,
          })),
        })}
        <div part="status" role="status">${this.#statusText()}</div>
        ${error === undefined
          ? nothing
          : html`<div part="error" role="alert">
              <span part="error-message">${this.msg(errorMessageKey(error))}</span>
              ${this.clientError
                ? nothing
                : html`<button part="retry" type="button" @click=${this.#onRetry}>${this.msg('action.retry')}</button>`}
            </div>`}
      </div>
    `;
  }
}
