/**
 * Filings, their documents and uploads as the sandbox stores them.
 * @module
 */
import type { ByteRange, Filing, FilingDocument, FilingReview, Office } from '@adalat/sdk/contract';
import type { RecordCreator } from '../router/creator.ts';

/** Who created a filing or an upload: a partner (its server or a widget session), or a user's token. */
export type FilingCreator = RecordCreator;

/** One review as it happened, with how many documents it looked at (for office oversight). */
export interface ReviewEntry {
  review: FilingReview;
  documentCount: number;
  /** Documents refused as illegible in this review. */
  illegibleCount: number;
}

export interface FilingRecord extends Omit<Filing, 'documents' | 'fee' | 'review'> {
  leadDocumentId: string | null;
  connectedDocumentIds: string[];
  quoteId: string | null;
  createdBy: FilingCreator;
  /** Every review, oldest first; the last is the filing's `review`. */
  reviews: ReviewEntry[];
}

export type DocumentRecord = FilingDocument;

export interface UploadRecord {
  id: string;
  filingId: string;
  filename: string;
  sizeBytes: number;
  /** The SHA-256 declared on create; completion refuses other bytes. */
  sha256: string | null;
  /** The file as far as it arrived; the held ranges say which bytes are real. */
  bytes: Uint8Array;
  received: ByteRange[];
  status: 'open' | 'completed';
  documentId: string | null;
  createdAt: string;
  expiresAt: string;
}

export type OfficeRecord = Office;
