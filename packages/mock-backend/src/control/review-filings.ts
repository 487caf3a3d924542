/**
 * `POST /__sandbox/filings/review`: the court reviews now. With `filingId`, that
 * received filing is reviewed at once (with a forced `outcome` and `reasons`, or by
 * the automatic reviewer); without, every review due on the sandbox clock runs.
 * Each review publishes `filing.reviewed`.
 * @module
 */
import type * as z from 'zod/mini';
import { toInstant } from '../clock.ts';
import { applyReview, runDueReviews } from '../filings/review.ts';
import { conflict, invalidRequest, notFound } from '../problem.ts';
import type { Store } from '../store/store.ts';
import type { ReviewFilingsBody } from './schemas.ts';

export function reviewFilings(store: Store, now: Date, body: z.output<typeof ReviewFilingsBody>): { reviewed: string[]; now: string } {
  if (body.filingId === undefined) {
    if (body.outcome !== undefined) throw invalidRequest('filing_required', 'A forced outcome needs a `filingId`.', 'body.outcome');
    const before = new Set([...store.filings.filings.values()].filter((f) => f.status === 'received').map((f) => f.id));
    runDueReviews(store, now);
    const reviewed = [...before].filter((id) => store.filings.filings.get(id)?.status !== 'received');
    return { reviewed, now: toInstant(now) };
  }
  const record = store.filings.filings.get(body.filingId);
  if (record === undefined) throw notFound('filing_not_found', 'No filing has this id.', 'body.filingId');
  if (record.status !== 'received') throw conflict('filing_not_received', `The filing is ${record.status}; only a received filing is reviewed.`);
  const forced = body.outcome === undefined ? undefined : { outcome: body.outcome, ...(body.reasons === undefined ? {} : { reasons: body.reasons.map((r) => ({ ...r, documentId: null })) }) };
  applyReview(store, record, now, forced);
  return { reviewed: [record.id], now: toInstant(now) };
}
