/**
 * `uploadDocument`: sends a file to a filing through a resumable upload session.
 * It opens a session (or resumes one by id), asks the server which byte ranges it
 * already holds, sends only the missing ones chunk by chunk, then completes the
 * upload. Interrupted (a lost connection, an aborted signal, a closed tab), call it
 * again with the same `uploadId`: the bytes the server has are not sent again.
 * @module
 */
import type { ByteRange, DocumentRole, FilingDocument, UploadSession } from '../contract/documents.ts';
import type { RequestOptions } from '../transport/request.ts';
import type { DocumentsResource } from '../resources/documents.ts';
import { InvalidRequestError } from '../errors.ts';

/** How far an upload has come. */
export interface UploadProgress {
  uploadId: string;
  /** Bytes the server holds. */
  sentBytes: number;
  totalBytes: number;
}

export interface UploadDocumentOptions {
  filingId: string;
  /** The bytes; a `File`'s name is used unless `filename` is given. */
  file: Blob;
  filename?: string;
  role: DocumentRole;
  documentType?: string;
  /** Bytes per chunk, 256 KiB by default; never more than the session's `maxChunkBytes`. */
  chunkBytes?: number;
  /** Resume this upload session instead of opening a new one; `file` must be the file it was opened for. */
  uploadId?: string;
  /** Called once the session is known: keep `session.id` to resume after a reload. */
  onSession?: (session: UploadSession) => void;
  /** Called after every chunk the server took (and once at the start). */
  onProgress?: (progress: UploadProgress) => void;
  signal?: AbortSignal;
}

const DEFAULT_CHUNK_BYTES = 256 * 1024;

/** The ranges of `[0, size)` not covered by `held` (sorted, merged). */
export function missingRanges(held: readonly ByteRange[], size: number): ByteRange[] {
  const gaps: ByteRange[] = [];
  let at = 0;
  for (const range of held) {
    if (range.start > at) gaps.push({ start: at, end: range.start });
    at = Math.max(at, range.end);
  }
  if (at < size) gaps.push({ start: at, end: size });
  return gaps;
}

/** Standard base64 of bytes, in a browser and in Node alike. */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function declaredName(options: UploadDocumentOptions): string | undefined {
  if (options.filename !== undefined) return options.filename;
  const named = (options.file as Blob & { name?: unknown }).name;
  return typeof named === 'string' && named !== '' ? named : undefined;
}

function nameOf(options: UploadDocumentOptions): string {
  const name = declaredName(options);
  if (name === undefined) throw new TypeError('uploadDocument needs a `filename` for a Blob without a name');
  return name;
}

/** Lowercase hex SHA-256 of the file through Web Crypto; `undefined` where there is none (an insecure page). */
async function sha256Of(file: Blob): Promise<string | undefined> {
  const subtle = globalThis.crypto?.subtle;
  if (subtle === undefined) return undefined;
  const digest = new Uint8Array(await subtle.digest('SHA-256', await file.arrayBuffer()));
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

const fileMismatch = (message: string): InvalidRequestError =>
  new InvalidRequestError({ message, code: 'upload_file_mismatch', status: 0, param: 'file' });

/**
 * Refuses to resume `session` with another file than the one it was opened for, before
 * a byte is sent: the held bytes and the new ones would make one document of two files.
 */
async function assertSameFile(session: UploadSession, options: UploadDocumentOptions): Promise<void> {
  const name = declaredName(options);
  if (options.file.size !== session.sizeBytes) {
    throw fileMismatch(`The upload was opened for a file of ${session.sizeBytes} bytes; this one has ${options.file.size}. Start a new upload for another file.`);
  }
  if (name !== undefined && name !== session.filename) {
    throw fileMismatch(`The upload was opened for "${session.filename}", not "${name}". Start a new upload for another file.`);
  }
  if (session.sha256 !== null && session.status === 'open') {
    const sha256 = await sha256Of(options.file);
    if (sha256 !== undefined && sha256 !== session.sha256) throw fileMismatch('The file differs from the one the upload was opened for. Start a new upload for another file.');
  }
}

/**
 * Uploads (or resumes uploading) a document of a filing and returns it as the server
 * read it: media type from the bytes, page count, legibility per page.
 * Errors are the SDK's typed errors (`upload_incomplete`, `unsupported_file_type`, …).
 * A new session declares the file's SHA-256 so the server refuses other bytes on completion;
 * resuming with a file of another size, name or SHA-256 than the session's rejects with an
 * `InvalidRequestError` `upload_file_mismatch` (status 0) before anything is sent.
 */
export async function uploadDocument(documents: DocumentsResource, options: UploadDocumentOptions): Promise<FilingDocument> {
  const request: RequestOptions = options.signal === undefined ? {} : { signal: options.signal };
  const { file } = options;
  let session: UploadSession;
  if (options.uploadId === undefined) {
    const filename = nameOf(options);
    const sha256 = await sha256Of(file);
    session = await documents.createUpload({ filingId: options.filingId, filename, sizeBytes: file.size, ...(sha256 === undefined ? {} : { sha256 }) }, request);
  } else {
    session = await documents.getUpload({ uploadId: options.uploadId }, request);
    await assertSameFile(session, options);
  }
  options.onSession?.(session);
  const progress = (): void => options.onProgress?.({ uploadId: session.id, sentBytes: session.receivedBytes, totalBytes: session.sizeBytes });
  progress();
  if (session.status === 'open') {
    const chunk = Math.min(options.chunkBytes ?? DEFAULT_CHUNK_BYTES, session.maxChunkBytes);
    for (const gap of missingRanges(session.received, session.sizeBytes)) {
      for (let offset = gap.start; offset < gap.end; offset += chunk) {
        options.signal?.throwIfAborted();
        const bytes = new Uint8Array(await file.slice(offset, Math.min(offset + chunk, gap.end)).arrayBuffer());
        session = await documents.putChunk({ uploadId: session.id, offset, data: toBase64(bytes) }, request);
        progress();
      }
    }
  }
  const body = { uploadId: session.id, role: options.role, ...(options.documentType === undefined ? {} : { documentType: options.documentType }) };
  return documents.completeUpload(body, request);
}
