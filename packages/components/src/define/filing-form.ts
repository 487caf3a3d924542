/**
 * Registers `<adalat-filing-form>` with what it embeds — `<adalat-court-picker>`,
 * `<adalat-fee-payment>` — and `<adalat-provider>` (each skipped when already defined).
 */
import { defineElement } from '../define.ts';
import { AdalatFilingForm, type FilingEventDetail } from '../filing-form/filing-form.ts';
import './court-picker.ts';
import './fee-payment.ts';
import './provider.ts';

defineElement('adalat-filing-form', AdalatFilingForm);

export { AdalatFilingForm };

declare global {
  interface HTMLElementTagNameMap {
    'adalat-filing-form': AdalatFilingForm;
  }
  interface HTMLElementEventMap {
    'adalat-draft-saved': CustomEvent<FilingEventDetail>;
    'adalat-filing-submitted': CustomEvent<FilingEventDetail>;
    'adalat-filing-reviewed': CustomEvent<FilingEventDetail>;
  }
}
