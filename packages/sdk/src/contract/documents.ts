/**
 * Documents of a filing, uploaded through a resumable upload session:
 * ```
 * createUpload ──► putChunk (offset, bytes) … ──► getUpload (which bytes the server holds) ──► completeUpload
 * ```
 * An interrupted upload resumes by asking `getUpload` for the byte ranges the server
 * already has (`received`) and sending only the rest. Chunks may arrive in any order
 * and may be sent again (the same bytes at the same offset are accepted as they are).
 *
 * On `completeUpload` the server reads the file's type from its bytes (magic numbers),
 * never from its name: PDF, JPEG, PNG, TIFF and DOCX are accepted up to the court's
 * size limit (the jurisdiction's `filePolicy.maxFileBytes`, 20 MB unless a court sets
 * less). Content of another type is a 422 `unsupported_file_type`; a name that claims
 * another accepted type than the bytes are (`scan.pdf` holding a PNG) is a 422
 * `file_type_mismatch`. A PDF's pages are counted; images and scanned pages are
 * checked for legibility (too low a resolution, a blank page) page by page.
 * @module
 */
import * as z from 'zod/mini';
import { defineEndpoints, Id, Instant } from './common.ts';
import { AcceptedMediaType } from './policy.ts';

/** Why a page is hard to read: scanned below the court's minimum resolution, or blank. */
export const LegibilityProblemCode = z.enum(['low_resolution', 'blank_page']);
export type LegibilityProblemCode = z.infer<typeof LegibilityProblemCode>;

/** One problem of one page, with what a person needs to fix it. */
export const LegibilityProblem = z.object({
  code: LegibilityProblemCode,
  /** In English, for logs; widgets say it in the reader's language from `code` and the numbers. */
  message: z.string(),
  /** The page's resolution as scanned, in dots per inch (with `low_resolution`). */
  dpi: z.nullable(z.int()),
  /** The least the court reads (with `low_resolution`). */
  minDpi: z.nullable(z.int()),
});
export type LegibilityProblem = z.infer<typeof LegibilityProblem>;

export const PageLegibility = z.object({
  /** From 1. */
  page: z.int().check(z.gte(1)),
  /** A scanned page or an image; text pages of a PDF are read as they are. */
  scanned: z.boolean(),
  /** Resolution of the scan, when the page is one. */
  dpi: z.nullable(z.int()),
  legible: z.boolean(),
  problems: z.array(LegibilityProblem),
});
export type PageLegibility = z.infer<typeof PageLegibility>;

/** The role a document plays in its filing: the petition itself, or connected to it. */
export const DocumentRole = z.enum(['lead', 'connected']);
export type DocumentRole = z.infer<typeof DocumentRole>;

/** A document attached to a filing. */
export const FilingDocument = z.object({
  id: Id,
  filingId: Id,
  role: DocumentRole,
  /** A code of the jurisdiction's `documentTypes`, when given. */
  documentType: z.nullable(z.string()),
  /** As the uploader named it; shown, never trusted for the type. */
  filename: z.string(),
  /** Read from the bytes. */
  mediaType: AcceptedMediaType,
  sizeBytes: z.int().check(z.nonnegative()),
  /** PDF, TIFF and images: the pages; `null` where it cannot be told without rendering (DOCX). */
  pageCount: z.nullable(z.int()),
  /** Every page legible. */
  legible: z.boolean(),
  /** Per page, for images and PDFs; empty for DOCX. */
  pages: z.array(PageLegibility),
  /** Lowercase hex SHA-256 of the bytes. */
  sha256: z.string(),
  createdAt: Instant,
});
export type FilingDocument = z.infer<typeof FilingDocument>;

/** A half-open byte range `[start, end)` the server holds. */
export const ByteRange = z.object({ start: z.int().check(z.nonnegative()), end: z.int().check(z.nonnegative()) });
export type ByteRange = z.infer<typeof ByteRange>;

export const UploadStatus = z.enum(['open', 'completed']);
export type UploadStatus = z.infer<typeof UploadStatus>;

/** A resumable upload session. */
export const UploadSession = z.object({
  id: Id,
  filingId: Id,
  filename: z.string(),
  /** The whole file's size, as declared on create. */
  sizeBytes: z.int().check(z.nonnegative()),
  /** The file's SHA-256 as declared on create; `null` when none was. */
  sha256: z.nullable(z.string()),
  /** The byte ranges the server holds, merged and sorted. */
  received: z.array(ByteRange),
  /** The sum of `received`. */
  receivedBytes: z.int().check(z.nonnegative()),
  /** The largest chunk `putChunk` takes, in bytes (before base64). */
  maxChunkBytes: z.int().check(z.positive()),
  status: UploadStatus,
  /** The document made on completion; `null` until then. */
  documentId: z.nullable(Id),
  createdAt: Instant,
  /** After this instant an open session is gone (404 `upload_not_found`); 24 hours after creation. */
  expiresAt: Instant,
});
export type UploadSession = z.infer<typeof UploadSession>;

/** The most bytes one chunk carries: 512 KiB, so its base64 body stays under an HTTP server's 1 MiB limit. */
export const MAX_CHUNK_BYTES = 512 * 1024;

/** Lowercase hex SHA-256. */
const Sha256Hex = z.string().check(z.regex(/^[0-9a-f]{64}$/, 'lowercase hex SHA-256'));

/** Standard base64 (RFC 4648, with padding). */
const Base64 = z.string().check(
  z.minLength(4),
  z.maxLength(Math.ceil(MAX_CHUNK_BYTES / 3) * 4),
  z.regex(/^[A-Za-z0-9+/]+={0,2}$/, 'base64 text'),
);

export const CreateUploadBody = z.object({
  /** The draft (or returned filing) the document is for. */
  filingId: Id,
  /** Shown to people; letters, digits, spaces and `._-()` with an extension. */
  filename: z.string().check(z.minLength(1), z.maxLength(200), z.regex(/^[^/\\\u0000-\u001f]+$/, 'a file name without a path')),
  sizeBytes: z.int().check(z.positive()),
  /** Lowercase hex SHA-256 of the whole file: completion refuses other bytes (422 `upload_checksum_mismatch`). */
  sha256: z.optional(Sha256Hex),
});
export type CreateUploadBody = z.infer<typeof CreateUploadBody>;

export const PutChunkBody = z.object({
  /** Where the chunk's first byte goes in the file. */
  offset: z.int().check(z.nonnegative()),
  /** The chunk's bytes, base64; at most `maxChunkBytes` once decoded. */
  data: Base64,
});
export type PutChunkBody = z.infer<typeof PutChunkBody>;

export const CompleteUploadBody = z.object({
  role: DocumentRole,
  documentType: z.optional(z.string().check(z.minLength(1), z.maxLength(64))),
});
export type CompleteUploadBody = z.infer<typeof CompleteUploadBody>;

const UploadParams = z.object({ uploadId: Id });
const DocumentParams = z.object({ documentId: Id });
const filers = ['secret', 'widget', 'bearer'] as const;

export const documentsEndpoints = defineEndpoints({
  createUpload: {
    method: 'POST',
    path: '/v1/documents/uploads',
    summary: 'Open a resumable upload for a filing’s document: declare its name and size.',
    description:
      'The filing must be a draft or returned for correction (409 `filing_not_editable`) that the caller may edit. ' +
      'A size above the court’s limit is a 422 `file_too_large`; more documents than the policy allows a 422 `too_many_documents`.',
    body: CreateUploadBody,
    status: 201,
    response: UploadSession,
    errors: [400, 403, 404, 409, 422],
    auth: filers,
    idempotency: 'optional',
  },
  getUpload: {
    method: 'GET',
    path: '/v1/documents/uploads/:uploadId',
    summary: 'The upload’s status: which byte ranges the server holds, so an interrupted upload sends only the rest.',
    params: UploadParams,
    status: 200,
    response: UploadSession,
    errors: [400, 404],
    auth: filers,
  },
  putChunk: {
    method: 'PUT',
    path: '/v1/documents/uploads/:uploadId/chunks',
    summary: 'Send one chunk at an offset; answers the upload’s status.',
    description:
      'A chunk past the declared size is a 400 `chunk_out_of_range`; bytes that differ from bytes already held at the same ' +
      'offset are a 409 `chunk_conflict`; a completed upload is a 409 `upload_completed`. Sending held bytes again changes nothing.',
    params: UploadParams,
    body: PutChunkBody,
    status: 200,
    response: UploadSession,
    errors: [400, 404, 409],
    auth: filers,
  },
  completeUpload: {
    method: 'POST',
    path: '/v1/documents/uploads/:uploadId/complete',
    summary: 'Finish an upload: the type is read from the bytes, pages counted, legibility checked; the document joins the filing.',
    description:
      'Missing bytes are a 409 `upload_incomplete`. Bytes whose SHA-256 differs from the one declared on create are a 422 ' +
      '`upload_checksum_mismatch` (another file was sent into the session). 422 `unsupported_file_type` (the content is none of PDF, JPEG, PNG, TIFF, ' +
      'DOCX), `file_type_mismatch` (the name claims another type than the content), `unreadable_file` (the content is broken), ' +
      '`lead_document_exists` (remove the lead first), `document_type_not_lead`; 400 `unknown_document_type`. Completing a ' +
      'completed upload answers its document again.',
    params: UploadParams,
    body: CompleteUploadBody,
    status: 201,
    response: FilingDocument,
    errors: [400, 404, 409, 422],
    auth: filers,
    idempotency: 'optional',
  },
  get: {
    method: 'GET',
    path: '/v1/documents/:documentId',
    summary: 'A filing’s document: type, size, pages and legibility per page.',
    params: DocumentParams,
    status: 200,
    response: FilingDocument,
    errors: [400, 404],
    auth: filers,
  },
  delete: {
    method: 'DELETE',
    path: '/v1/documents/:documentId',
    summary: 'Remove a document from a draft or returned filing.',
    params: DocumentParams,
    status: 204,
    response: null,
    errors: [400, 404, 409],
    auth: filers,
  },
});
