/**
 * The fee side of a filing: which kinds pay a court fee (and under which fee
 * schedule kind), whether a quote still fits the draft, whether it is settled.
 * @module
 */
import type { FeeQuote, FilingFee, FilingKind, FilingType } from '@adalat/sdk/contract';
import type { Store } from '../store/store.ts';
import type { FilingRecord } from './records.ts';

/**
 * The fee schedule's kind for a filing type, or `null` for a kind filed without a fee:
 * a response to a claim, complaints (private, administrative), criminal-proceeding
 * petitions and motions. A counterclaim is priced as a claim.
 */
export const FEE_KIND: Readonly<Record<FilingType, FilingKind | null>> = {
  claim: 'claim',
  counterclaim: 'claim',
  appeal: 'appeal',
  cassation: 'cassation',
  claim_response: null,
  private_complaint: null,
  administrative_complaint_action: null,
  administrative_complaint_decision: null,
  criminal_petition: null,
  motion: null,
};

export const feeRequired = (kind: FilingType): boolean => FEE_KIND[kind] !== null;

/** The quote was made for the filing as it is now (court, category, amount, filer type, kind). */
export function quoteFits(quote: FeeQuote, record: FilingRecord): boolean {
  return (
    quote.filingKind === FEE_KIND[record.kind] &&
    quote.courtId === record.courtId &&
    quote.category === record.category &&
    quote.filerType === record.filerType &&
    JSON.stringify(quote.claimAmount) === JSON.stringify(record.claimAmount)
  );
}

/**
 * The fee as answers show it. Settled: nothing to pay (an exempt kind or exempt
 * quote), or the quote paid. A submitted filing was settled when it was submitted
 * (submit refuses otherwise), including the seeded past filings paid at the counter.
 */
export function feeOf(store: Store, record: FilingRecord): FilingFee {
  const required = feeRequired(record.kind);
  const quote = record.quoteId === null ? undefined : store.feeQuotes.get(record.quoteId);
  const paidOrExempt = quote !== undefined && (quote.exempt || quote.paymentId !== null);
  return {
    required,
    quoteId: quote?.id ?? null,
    total: quote === undefined ? null : { ...quote.total },
    settled: !required || paidOrExempt || (record.submissions > 0 && quote === undefined),
    paymentId: quote?.paymentId ?? null,
  };
}
