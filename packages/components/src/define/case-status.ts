/** Registers `<adalat-case-status>` and `<adalat-provider>` (each skipped when its tag is already defined). */
import { defineElement } from '../define.ts';
import { AdalatCaseStatus, type CaseStatusErrorDetail, type PostponementRequestedDetail } from '../case-status/case-status.ts';
import './provider.ts';

defineElement('adalat-case-status', AdalatCaseStatus);

export { AdalatCaseStatus };

declare global {
  interface HTMLElementTagNameMap {
    'adalat-case-status': AdalatCaseStatus;
  }
  interface HTMLElementEventMap {
    'adalat-postponement-requested': CustomEvent<PostponementRequestedDetail>;
    'adalat-error': CustomEvent<CaseStatusErrorDetail>;
  }
}
