/** The fee payment's hand-off to the bank: how to get there, the bank reference and the cancel button. @module */
import { html, nothing, type TemplateResult } from 'lit';
import type { NextAction, Payment } from '@adalat/sdk/contract';
import type { FeePaymentText } from './fee-payment.text.ts';

export interface HandoffView {
  payment: Payment;
  action: NextAction;
  /** False when the host page took the hand-off over: no link or message of the element's own. */
  ours: boolean;
  cancelling: boolean;
  onCancel: () => void;
}

export function handoffTemplate(text: FeePaymentText, view: HandoffView): TemplateResult {
  const { payment, action, ours } = view;
  return html`<div part="handoff">
    ${ours && action.type === 'redirect'
      ? html`<p part="handoff-message">${text.msg('feePayment.handoff.redirect')}</p>
          <a part="handoff-link" href=${action.url} rel="noopener">${text.msg('feePayment.handoff.link', { amount: text.money(payment.total) })}</a>`
      : nothing}
    ${ours && action.type === 'bank_handoff' ? html`<p part="handoff-message">${text.msg('feePayment.handoff.bank')}</p>` : nothing}
    <p part="bank-reference">${text.msg('feePayment.bankReference', { reference: action.bankReference })}</p>
    <div part="actions">
      <button part="cancel" type="button" aria-disabled=${view.cancelling ? 'true' : 'false'} @click=${view.onCancel}>
        ${text.msg('feePayment.cancel')}
      </button>
    </div>
  </div>`;
}
