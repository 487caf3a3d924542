/** What is being paid, above the lines, per mode: the quote's validity, the installment, or "nothing to pay". @module */
import { html, nothing, type TemplateResult } from 'lit';
import type { ExecutionFile, FeeQuote, Installment } from '@adalat/sdk/contract';
import type { MessageKey } from '../i18n/msg.ts';
import type { FeePaymentText } from './fee-payment.text.ts';

/** The `empty` part holding the `empty` slot, with `key`'s words as its fallback. */
export function emptyTemplate(text: FeePaymentText, key: MessageKey): TemplateResult {
  return html`<p part="empty"><slot name="empty">${text.msg(key)}</slot></p>`;
}

/** `quote` mode: whether the quote is exempt, else until when it is valid. */
export function quoteInfoTemplate(text: FeePaymentText, quote: FeeQuote): TemplateResult {
  return html`<p part="quote-info">
    ${quote.exempt ? text.msg('feePayment.exempt') : text.msg('feePayment.validUntil', { date: text.date(quote.validUntil, quote.jurisdiction, true) })}
  </p>`;
}

/** `installment` mode: the installment's amount and due date, overdue or paid. */
export function installmentTemplate(text: FeePaymentText, file: ExecutionFile, installment: Installment): TemplateResult {
  const vars = { number: installment.number, count: file.installments.length, amount: text.money(installment.amount) };
  if (installment.status === 'paid') {
    const paidOn = installment.paidAt ? text.date(installment.paidAt, file.jurisdiction) : text.day(installment.dueDate);
    return html`<p part="installment installment-paid">${text.msg('feePayment.installmentPaid', { ...vars, date: paidOn })}</p>`;
  }
  return html`<p part="installment installment-${installment.status}">
    ${text.msg('feePayment.installmentDue', { ...vars, date: text.day(installment.dueDate) })}
    ${installment.status === 'overdue' ? html`<span part="installment-status">${text.msg('feePayment.installmentOverdue')}</span>` : nothing}
  </p>`;
}
