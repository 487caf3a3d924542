/** The payer's name field and the pay button (its name carries the amount), with why paying did nothing. @module */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { FeePaymentText } from './fee-payment.text.ts';

export interface PayerView {
  payerName: string;
  /** The pay button's words. */
  label: string;
  paying: boolean;
  /** Pressing pay would start nothing now (`aria-disabled`, part `pay-unavailable`). */
  unavailable: boolean;
  /** The payer field's problem, in words. */
  problem: string | undefined;
  hint: string;
  onPayerInput: (event: Event) => void;
  onPay: () => void;
}

export function payerTemplate(text: FeePaymentText, view: PayerView): TemplateResult {
  const { problem, unavailable } = view;
  return html`<div part="payer">
      <div part="field">
        <label part="label" for="payer-name">${text.msg('feePayment.payerName')}</label>
        <input
          id="payer-name"
          part="payer-name"
          type="text"
          autocomplete="name"
          required
          .value=${live(view.payerName)}
          ?readonly=${view.paying}
          aria-invalid=${problem ? 'true' : 'false'}
          aria-describedby=${problem ? 'payer-problem' : nothing}
          @input=${view.onPayerInput}
        />
      </div>
      <button part=${unavailable ? 'pay pay-unavailable' : 'pay'} type="button" aria-disabled=${unavailable ? 'true' : 'false'} @click=${view.onPay}>
        ${view.label}
      </button>
    </div>
    ${problem ? html`<p id="payer-problem" part="payer-problem">${problem}</p>` : nothing}
    ${view.hint ? html`<p part="hint">${view.hint}</p>` : nothing}`;
}
