/** What each mode pays, from what it loaded: the installment asked for, the lines and the payable. @module */
import { NotFoundError } from '@adalat/sdk/core';
import type { ExecutionFile, FeeQuote, Installment, Payable, PaymentLine, TrafficFine } from '@adalat/sdk/contract';
import type { FeePaymentMode, InstallmentRef } from './fee-payment.types.ts';
import { fineLine, installmentLine, quoteLines } from './payable-lines.ts';

/** What the controller has loaded for its mode, and what the payer chose. */
export interface LoadedPayable {
  quote: FeeQuote | undefined;
  /** The unpaid fines found that the payer chose. */
  chosenFines: TrafficFine[];
  file: ExecutionFile | undefined;
  ref: InstallmentRef | null | undefined;
  installment: Installment | null;
}

/** The installment `ref` names, as `file` has it; `null` when the file is another or lacks that number. */
export function installmentOf(ref: InstallmentRef | null | undefined, file: ExecutionFile | undefined): Installment | null {
  if (!ref || !file || file.id !== ref.executionFileId) return null;
  return file.installments.find((i) => i.number === ref.installmentNumber) ?? null;
}

/** A number the file has no installment of is a 404, as paying it would be. */
export function missingInstallmentError(file: ExecutionFile, ref: InstallmentRef, installment: Installment | null): NotFoundError | undefined {
  return installment
    ? undefined
    : new NotFoundError({
        status: 404,
        code: 'installment_not_found',
        param: 'installmentNumber',
        message: `Execution file ${file.number} has no installment ${ref.installmentNumber}.`,
      });
}

/** The lines that would be paid: the quote's, the chosen fines', or the unpaid installment's. */
export function payableLines(mode: FeePaymentMode, loaded: LoadedPayable): PaymentLine[] {
  switch (mode) {
    case 'quote':
      return loaded.quote ? quoteLines(loaded.quote) : [];
    case 'fines':
      return loaded.chosenFines.map(fineLine);
    case 'installment': {
      const { file, installment } = loaded;
      return file && installment && installment.status !== 'paid' ? [installmentLine(file, installment)] : [];
    }
  }
}

/** What paying now would pay, or `null` when nothing is chosen or loaded. */
export function payableOf(mode: FeePaymentMode, loaded: LoadedPayable): Payable | null {
  switch (mode) {
    case 'quote': {
      const quote = loaded.quote;
      return quote && !quote.exempt && !quote.paymentId ? { kind: 'filing_fee', quoteId: quote.id } : null;
    }
    case 'fines': {
      const fineIds = loaded.chosenFines.map((fine) => fine.id);
      return fineIds.length ? { kind: 'traffic_fines', fineIds } : null;
    }
    case 'installment': {
      // Whether an earlier installment is unpaid is the API's to say (422 `earlier_installment_unpaid`): the file shown may be stale.
      const { installment, ref } = loaded;
      return ref && installment && installment.status !== 'paid'
        ? { kind: 'execution_installment', executionFileId: ref.executionFileId, installmentNumber: installment.number }
        : null;
    }
  }
}
