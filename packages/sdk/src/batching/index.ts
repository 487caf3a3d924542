/** Small-window batching over the API's batch reads. @module */
export { createBatcher, type Batcher, type BatcherOptions } from './batcher.ts';
export { lawyerSummaryLoader, LawyerNotFoundError, type LawyerSummaryLoaderOptions } from './lawyer-summaries.ts';
