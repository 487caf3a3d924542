/**
 * The fee side of a filing: which kinds pay a court fee (and under which fee
 * schedule kind), whether a quote still fits the draft, whether it is settled.
 * @module
 */
import type { FeeQuote, FilingFee, FilingKind, FilingType } from '@adalat/sdk/contract';
import { FeeRefusal, priceFiling } from '../rules/fees/index.ts';
import type { Store } from '../store/store.ts';
import type { FilingRecord } from './records.ts';

/**
 * The fee schedules' kind a filing type is priced as, or `null` for a kind no schedule
 * charges: a response to a claim and administrative complaints. A counterclaim is priced
 * as a claim, a private complaint and a criminal-proceeding petition as a criminal
 * complaint, a motion as an urgent request; whether that costs anything is the
 * jurisdiction's schedule's answer (see `feeKindOf`).
 */
export const FEE_KIND: Readonly<Record<FilingType, FilingKind | null>> = {
  claim: 'claim',
  counterclaim: 'claim',
  appeal: 'appeal',
  cassation: 'cassation',
  claim_response: null,
  private_complaint: 'criminal_complaint',
  administrative_complaint_action: null,
  administrative_complaint_decision: null,
  criminal_petition: 'criminal_complaint',
  motion: 'urgent',
};

/**
 * The schedule's kind the filing is priced as in its jurisdiction, or `null` when it is
 * filed without a fee there: a kind no schedule charges, or one its schedule sets no fee
 * for (`fee_not_scheduled`: Palestine prices no criminal complaint, Iran no urgent request).
 * An exemption is not `null`: its quote of 0 settles the fee.
 */
export function feeKindOf(record: Pick<FilingRecord, 'kind' | 'jurisdiction' | 'category' | 'filerType'>): FilingKind | null {
  const kind = FEE_KIND[record.kind];
  if (kind === null) return null;
  try {
    priceFiling(record.jurisdiction, { filingKind: kind, category: record.category ?? '', claimAmount: null, filerType: record.filerType, sheets: null });
  } catch (error) {
    if (error instanceof FeeRefusal && error.code === 'fee_not_scheduled') return null;
    // Any other refusal concerns the draft's fields, which the real quote reports.
  }
  return kind;
}

export const feeRequired = (record: FilingRecord): boolean => feeKindOf(record) !== null;

/** The quote was made for the filing as it is now (court, category, amount, filer type, kind). */
export function quoteFits(quote: FeeQuote, record: FilingRecord): boolean {
  return (
    quote.filingKind === feeKindOf(record) &&
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
  const required = feeRequired(record);
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
