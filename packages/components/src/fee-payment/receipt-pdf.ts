/** The succeeded payment's receipt as a PDF, and saving it under the receipt's number. @module */
import type { AdalatCore } from '@adalat/sdk/core';
import { paymentsResource } from '@adalat/sdk/resources/payments';
import type { Payment, Receipt } from '@adalat/sdk/contract';
import { fileNameFor, saveBlob } from '../actions/save-blob.ts';

/** The receipt's PDF; a `RangeError` when there is no succeeded payment (or no client). */
export function fetchReceiptPdf(client: AdalatCore | undefined, payment: Payment | undefined, options: { signal?: AbortSignal }): Promise<Blob> {
  if (!payment || payment.status !== 'succeeded' || !client) {
    return Promise.reject(new RangeError('there is no succeeded payment to give a receipt for'));
  }
  return paymentsResource(client).downloadReceipt({ paymentId: payment.id }, options);
}

/** Hands the PDF to the browser's save flow, named after the receipt (or the payment). */
export function saveReceiptPdf(blob: Blob, receipt: Receipt | undefined, payment: Payment | undefined): void {
  const number = receipt?.number ?? payment?.receiptNumber ?? '';
  saveBlob(blob, fileNameFor(number, payment?.id ?? 'receipt', 'pdf'));
}
