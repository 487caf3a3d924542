/** Registers `<adalat-office-scorecard>` and `<adalat-provider>` (each skipped when its tag is already defined). */
import { defineElement } from '../define.ts';
import { AdalatOfficeScorecard } from '../office-scorecard/office-scorecard.ts';
import './provider.ts';

defineElement('adalat-office-scorecard', AdalatOfficeScorecard);

export { AdalatOfficeScorecard };

declare global {
  interface HTMLElementTagNameMap {
    'adalat-office-scorecard': AdalatOfficeScorecard;
  }
}
