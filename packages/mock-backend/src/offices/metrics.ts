/**
 * Oversight metrics of an e-services office over a period of local dates: filings it
 * dispatched, how long from receipt at the desk to dispatch to the court (median and
 * 90th percentile, nearest rank), documents the court refused as illegible and filings
 * it returned for correction, among the reviews made in the period.
 * @module
 */
import type { LocalDate, OfficePeriodMetrics } from '@adalat/sdk/contract';
import type { FilingRecord } from '../filings/records.ts';
import { localDateOf } from '../rules/court-time.ts';

/** The value at a percentile of sorted numbers, by nearest rank; `null` for none. */
export function percentile(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1]!;
}

const share = (part: number, whole: number): number | null => (whole === 0 ? null : part / whole);

export function periodMetrics(filings: readonly FilingRecord[], from: LocalDate, to: LocalDate, timeZone: string): OfficePeriodMetrics {
  const inPeriod = (instant: string): boolean => {
    const date = localDateOf(new Date(instant), timeZone);
    return date >= from && date <= to;
  };
  const dispatched = filings.filter((f) => f.submittedAt !== null && inPeriod(f.submittedAt));
  const seconds = dispatched.map((f) => (Date.parse(f.submittedAt!) - Date.parse(f.createdAt)) / 1000).sort((a, b) => a - b);
  let filingsReviewed = 0;
  let filingsReturned = 0;
  let documentsReviewed = 0;
  let documentsIllegible = 0;
  for (const filing of filings) {
    const reviews = filing.reviews.filter((entry) => inPeriod(entry.review.reviewedAt));
    if (reviews.length === 0) continue;
    filingsReviewed += 1;
    if (reviews.some((entry) => entry.review.outcome === 'returned')) filingsReturned += 1;
    for (const entry of reviews) {
      documentsReviewed += entry.documentCount;
      documentsIllegible += entry.illegibleCount;
    }
  }
  return {
    from,
    to,
    filingsReceived: dispatched.length,
    dispatchSecondsMedian: percentile(seconds, 50),
    dispatchSecondsP90: percentile(seconds, 90),
    documentsReviewed,
    documentsIllegible,
    illegibleShare: share(documentsIllegible, documentsReviewed),
    filingsReviewed,
    filingsReturned,
    returnedShare: share(filingsReturned, filingsReviewed),
  };
}
