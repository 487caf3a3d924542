/** Registers `<adalat-court-picker>` and `<adalat-provider>` (each skipped when its tag is already defined). */
import { defineElement } from '../define.ts';
import { AdalatCourtPicker, type CourtPickerChangeDetail } from '../court-picker/court-picker.ts';
import './provider.ts';

defineElement('adalat-court-picker', AdalatCourtPicker);

export { AdalatCourtPicker };

declare global {
  interface HTMLElementTagNameMap {
    'adalat-court-picker': AdalatCourtPicker;
  }
  interface HTMLElementEventMap {
    'adalat-change': CustomEvent<CourtPickerChangeDetail>;
  }
}
