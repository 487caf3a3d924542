/**
 * A stored payment as the contract shows it: the payer's national ID masked, the
 * hand-off shown only while the payment waits for it; the receipt of a succeeded
 * payment, and the receipt as a one-page PDF.
 * @module
 */
import { MINOR_UNITS, type Money, type Payment, type Receipt } from '@adalat/sdk/contract';
import { renderPdf } from '../pdf/minimal-pdf.ts';
import type { Store } from '../store/store.ts';
import type { PaymentRecord } from '../store/types.ts';

/** Digits the mask leaves visible. */
const VISIBLE_DIGITS = 4;

/** `******7890`: all but the last four characters hidden. */
export function maskNationalId(nationalId: string | null): string | null {
  if (nationalId === null) return null;
  const hidden = Math.max(nationalId.length - VISIBLE_DIGITS, 0);
  return '*'.repeat(hidden) + nationalId.slice(hidden);
}

export function toPayment(record: PaymentRecord): Payment {
  const { payableKeys: _keys, createdBy: _creator, handoff, bankReference, payer, ...rest } = record;
  const nextAction: Payment['nextAction'] =
    record.status !== 'requires_action' ? null : handoff.type === 'redirect' ? { type: 'redirect', url: handoff.url, bankReference } : { type: 'bank_handoff', bankReference };
  return structuredClone({ ...rest, payer: { name: payer.name, nationalIdMasked: maskNationalId(payer.nationalId) }, nextAction });
}

/** The receipt of a succeeded payment; the caller checks the status. */
export function toReceipt(store: Store, record: PaymentRecord): Receipt {
  const bank = store.partners.get(record.bankId);
  return structuredClone({
    number: record.receiptNumber!,
    paymentId: record.id,
    jurisdiction: record.jurisdiction,
    payable: record.payable,
    lines: record.lines,
    total: record.total,
    paidAt: record.completedAt!,
    payer: { name: record.payer.name, nationalIdMasked: maskNationalId(record.payer.nationalId) },
    bank: { id: record.bankId, name: bank?.name ?? { en: record.bankId } },
    bankTransactionId: record.bankTransactionId,
  });
}

/** `JOD 1,250.500`, `IRR 7,000,000`: exact, from integer minor units, with the currency's decimals. */
export function formatMoney({ amount, currency }: Money): string {
  const minor = MINOR_UNITS[currency];
  const decimals = String(minor).length - 1;
  const whole = Math.floor(amount / minor).toLocaleString('en-US');
  const fraction = decimals === 0 ? '' : `.${String(amount % minor).padStart(decimals, '0')}`;
  return `${currency} ${whole}${fraction}`;
}

/**
 * The receipt as PDF. The sandbox's PDF writer prints ASCII only, so lines use their
 * English text and a name in another script comes out as `?` (see `pdf/minimal-pdf.ts`).
 */
export function receiptPdf(receipt: Receipt): Uint8Array<ArrayBuffer> {
  return renderPdf({
    title: `Receipt ${receipt.number}`,
    lines: [
      `Payment: ${receipt.paymentId}`,
      `Paid at: ${receipt.paidAt}`,
      `Payer: ${receipt.payer.name}${receipt.payer.nationalIdMasked === null ? '' : ` (ID ${receipt.payer.nationalIdMasked})`}`,
      `Bank: ${receipt.bank.name.en ?? receipt.bank.id}${receipt.bankTransactionId === null ? '' : `, transaction ${receipt.bankTransactionId}`}`,
      '',
      ...receipt.lines.map((l) => `${l.reference}  ${l.description.en ?? ''}  ${formatMoney(l.amount)}`),
      '',
      `Total: ${formatMoney(receipt.total)}`,
    ],
  });
}
