/**
 * Lawyers' notification summaries through one batcher per client: many badges on a
 * page ask for one lawyer each, and the client sends one
 * `lawyers.batchNotificationSummaries` request per window (500 lawyers at most per request).
 * @module
 */
import { lawyersEndpoints, NOTIFICATION_SUMMARY_BATCH_LIMIT, type LawyerNotificationSummary } from '../contract/lawyers.ts';
import type { AdalatCore } from '../core.ts';
import { createBatcher, type Batcher } from './batcher.ts';

/** A lawyer id the batch read did not know. */
export class LawyerNotFoundError extends Error {
  readonly lawyerId: string;
  constructor(lawyerId: string) {
    super(`No lawyer ${lawyerId}.`);
    this.name = 'LawyerNotFoundError';
    this.lawyerId = lawyerId;
  }
}

export interface LawyerSummaryLoaderOptions {
  /** The gathering window in ms; 10 by default. */
  windowMs?: number;
}

const loaders = new WeakMap<AdalatCore, Batcher<string, LawyerNotificationSummary>>();

/**
 * The client's shared loader of lawyers' notification summaries: `load(lawyerId)` joins
 * the current window's batch. Options apply when the loader is first made for the client.
 */
export function lawyerSummaryLoader(core: AdalatCore, options: LawyerSummaryLoaderOptions = {}): Batcher<string, LawyerNotificationSummary> {
  let loader = loaders.get(core);
  if (loader === undefined) {
    const lawyers = core.resource('lawyers', lawyersEndpoints);
    loader = createBatcher<string, LawyerNotificationSummary>({
      windowMs: options.windowMs ?? 10,
      maxBatchSize: NOTIFICATION_SUMMARY_BATCH_LIMIT,
      async loadMany(lawyerIds) {
        const answer = await lawyers.batchNotificationSummaries({ lawyerIds: [...lawyerIds] });
        return new Map(answer.data.map((summary) => [summary.lawyerId, summary]));
      },
      missing: (lawyerId) => new LawyerNotFoundError(lawyerId),
    });
    loaders.set(core, loader);
  }
  return loader;
}
