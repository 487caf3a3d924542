/** Registers `<adalat-execution-summary>` and `<adalat-provider>` (each skipped when its tag is already defined). */
import { defineElement } from '../define.ts';
import { AdalatExecutionSummary, type TransferRequestedDetail } from '../execution-summary/execution-summary.ts';
import './provider.ts';

defineElement('adalat-execution-summary', AdalatExecutionSummary);

export { AdalatExecutionSummary };

declare global {
  interface HTMLElementTagNameMap {
    'adalat-execution-summary': AdalatExecutionSummary;
  }
  interface HTMLElementEventMap {
    'adalat-transfer-requested': CustomEvent<TransferRequestedDetail>;
  }
}
