/** A filing record as the API answers it. @module */
import type { Filing, FilingDocument } from '@adalat/sdk/contract';
import type { Store } from '../store/store.ts';
import { feeOf } from './fee.ts';
import type { FilingRecord } from './records.ts';

export function toDocument(store: Store, id: string): FilingDocument | undefined {
  const document = store.filings.documents.get(id);
  return document === undefined ? undefined : structuredClone(document);
}

export function toFiling(store: Store, record: FilingRecord): Filing {
  const { leadDocumentId, connectedDocumentIds, quoteId: _quote, createdBy: _creator, reviews, ...rest } = record;
  return {
    ...structuredClone(rest),
    documents: {
      lead: leadDocumentId === null ? null : (toDocument(store, leadDocumentId) ?? null),
      connected: connectedDocumentIds.flatMap((id) => toDocument(store, id) ?? []),
    },
    fee: feeOf(store, record),
    review: reviews.length === 0 ? null : structuredClone(reviews.at(-1)!.review),
  };
}
