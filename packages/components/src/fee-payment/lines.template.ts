/** The fee payment's tables: lines with their total (quote, installment, payment, receipt) and the fines found. @module */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import type { Money, PaymentLine, TrafficFine } from '@adalat/sdk/contract';
import { pickText } from '../i18n/localized-text.ts';
import type { FeePaymentText } from './fee-payment.text.ts';

/** A table of lines with their total; the same for a quote, a payment and a receipt. */
export function linesTableTemplate(text: FeePaymentText, part: string, caption: string, lines: readonly PaymentLine[], total: Money): TemplateResult {
  const locale = text.locale;
  return html`<table part=${part}>
    <caption part="caption">${caption}</caption>
    <thead>
      <tr part="header">
        <th scope="col">${text.msg('feePayment.item')}</th>
        <th scope="col">${text.msg('feePayment.reference')}</th>
        <th scope="col" part="amount-header">${text.msg('feePayment.amount')}</th>
      </tr>
    </thead>
    <tbody>
      ${lines.map(
        (line) => html`<tr part="line">
          <td part="line-description">${pickText(line.description, locale)}</td>
          <td part="line-reference">${line.reference}</td>
          <td part="line-amount">${text.money(line.amount)}</td>
        </tr>`,
      )}
    </tbody>
    <tfoot>
      <tr part="total-row">
        <th scope="row" colspan="2" part="total-label">${text.msg('feePayment.total')}</th>
        <td part="total">${text.money(total)}</td>
      </tr>
    </tfoot>
  </table>`;
}

/** The fines found, each unpaid one with its checkbox, and the chosen fines' total. */
export function finesTableTemplate(
  text: FeePaymentText,
  fines: readonly TrafficFine[],
  selected: ReadonlySet<string>,
  total: Money | null,
  onSelect: (event: Event) => void,
): TemplateResult {
  const locale = text.locale;
  return html`<table part="lines fines">
    <caption part="caption">${text.msg('feePayment.finesCaption')}</caption>
    <thead>
      <tr part="header">
        <th scope="col">${text.msg('feePayment.select')}</th>
        <th scope="col">${text.msg('feePayment.violation')}</th>
        <th scope="col">${text.msg('feePayment.number')}</th>
        <th scope="col">${text.msg('feePayment.place')}</th>
        <th scope="col">${text.msg('feePayment.date')}</th>
        <th scope="col" part="amount-header">${text.msg('feePayment.amount')}</th>
      </tr>
    </thead>
    <tbody>
      ${repeat(
        fines,
        (fine) => fine.id,
        (fine: TrafficFine) => html`<tr part="line">
          <td part="line-select">
            ${fine.status === 'unpaid'
              ? html`<input
                  type="checkbox"
                  part="fine-select"
                  value=${fine.id}
                  .checked=${live(selected.has(fine.id))}
                  aria-label=${text.msg('feePayment.selectFine', { number: fine.number })}
                  @change=${onSelect}
                />`
              : html`<span part="fine-paid">${text.msg('feePayment.finePaid')}</span>`}
          </td>
          <td part="line-description">${pickText(fine.violation.description, locale)}</td>
          <td part="line-reference">${fine.number}</td>
          <td part="line-place">${pickText(fine.city, locale)}</td>
          <td part="line-date">${text.date(fine.issuedAt, fine.jurisdiction)}</td>
          <td part="line-amount">${text.money(fine.amount)}</td>
        </tr>`,
      )}
    </tbody>
    ${total
      ? html`<tfoot>
          <tr part="total-row">
            <th scope="row" colspan="5" part="total-label">${text.msg('feePayment.total')}</th>
            <td part="total">${text.money(total)}</td>
          </tr>
        </tfoot>`
      : nothing}
  </table>`;
}
