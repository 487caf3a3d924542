/** The key a payment is remembered under across a reload: the mode and what is paid. @module */
import type { FeePaymentControllerOptions, FeePaymentMode } from './fee-payment.types.ts';
import { scopeHash } from './resume-store.ts';

/** What identifies the thing paid, for the reload memory; never personal data. */
export function resumeScopeFor(options: FeePaymentControllerOptions, mode: FeePaymentMode): string {
  const given = options.storageScope?.();
  if (given) return `${mode}:${given}`;
  switch (mode) {
    case 'quote': {
      const quoteId = options.quoteId?.();
      if (quoteId) return `quote:${quoteId}`;
      const request = options.quoteRequest?.();
      return `quote:${request ? scopeHash(JSON.stringify(request)) : ''}`;
    }
    case 'fines':
      return `fines:${options.jurisdiction?.() ?? ''}`;
    case 'installment': {
      const ref = options.installment?.();
      return `installment:${ref ? `${ref.executionFileId}:${ref.installmentNumber}` : ''}`;
    }
  }
}
