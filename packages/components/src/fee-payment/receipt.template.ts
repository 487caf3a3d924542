/** The fee payment's receipt: its details, lines, download and "pay another" buttons; or its load failure. @module */
import { html, nothing, type TemplateResult } from 'lit';
import type { Receipt } from '@adalat/sdk/contract';
import { errorMessageKey } from '../i18n/error-message.ts';
import { pickText } from '../i18n/localized-text.ts';
import type { MessageKey } from '../i18n/msg.ts';
import type { FeePaymentText } from './fee-payment.text.ts';
import { linesTableTemplate } from './lines.template.ts';

export interface ReceiptView {
  receipt: Receipt;
  headingLevel: number;
  onDownload: () => void;
  /** Shown as the `pay-another` button when given (`fines` mode). */
  onPayAnother: (() => void) | undefined;
  /** Why the last download failed, as thrown; `undefined` when it did not. */
  downloadError: unknown;
}

/** The receipt's heading, at the author's level (3 by default). */
function receiptHeading(id: string, text: string, headingLevel: number) {
  const level = Math.min(6, Math.max(1, Math.trunc(headingLevel) || 3));
  return html`<div id=${id} part="receipt-title" role="heading" aria-level=${level}>${text}</div>`;
}

export function receiptTemplate(text: FeePaymentText, view: ReceiptView): TemplateResult {
  const { receipt, onPayAnother, downloadError } = view;
  const detail = (label: MessageKey, value: string, part: string) =>
    html`<div part="receipt-detail ${part}"><dt part="receipt-label">${text.msg(label)}</dt><dd part="receipt-value">${value}</dd></div>`;
  const payer = receipt.payer.nationalIdMasked ? `${receipt.payer.name} (${receipt.payer.nationalIdMasked})` : receipt.payer.name;
  return html`<section part="receipt" aria-labelledby="receipt-title">
    ${receiptHeading('receipt-title', text.msg('feePayment.receipt'), view.headingLevel)}
    <dl part="receipt-details">
      ${detail('feePayment.receiptNumber', receipt.number, 'receipt-number')}
      ${detail('feePayment.paidAt', text.date(receipt.paidAt, receipt.jurisdiction, true), 'receipt-paid-at')}
      ${detail('feePayment.payer', payer, 'receipt-payer')}
      ${detail('feePayment.bank', pickText(receipt.bank.name, text.locale), 'receipt-bank')}
      ${receipt.bankTransactionId ? detail('feePayment.bankTransaction', receipt.bankTransactionId, 'receipt-transaction') : nothing}
    </dl>
    ${linesTableTemplate(text, 'lines receipt-lines', text.msg('feePayment.receiptCaption'), receipt.lines, receipt.total)}
    <div part="receipt-actions">
      <button part="download" type="button" @click=${view.onDownload}>${text.msg('feePayment.downloadReceipt')}</button>
      <slot name="receipt-actions"></slot>
      ${onPayAnother ? html`<button part="pay-another" type="button" @click=${onPayAnother}>${text.msg('feePayment.payAnother')}</button>` : nothing}
    </div>
    ${downloadError === undefined
      ? nothing
      : html`<p part="error error-download" role="alert">
          ${text.msg('feePayment.downloadFailed', { reason: text.msg(errorMessageKey(downloadError)) })}
        </p>`}
  </section>`;
}

/** The receipt failed to load: the alert with its retry button. */
export function receiptErrorTemplate(text: FeePaymentText, error: unknown, onRetry: () => void): TemplateResult {
  return html`<div part="error error-receipt" role="alert">
    <span part="error-message">${text.msg(errorMessageKey(error))}</span>
    <button part="retry" type="button" @click=${onRetry}>${text.msg('action.retry')}</button>
  </div>`;
}
