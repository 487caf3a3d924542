/**
 * Documents of filings through resumable uploads: chunks land at their offsets, the
 * status says which byte ranges are held, completion reads the type from the bytes,
 * counts pages and checks legibility, and attaches the document to its filing.
 * @module
 */
import { MAX_CHUNK_BYTES, type documentsEndpoints, type UploadSession } from '@adalat/sdk/contract';
import { toInstant } from '../clock.ts';
import { FileRefusal, inspectDocument } from '../documents/inspect.ts';
import { addRange, heldBytes, overlaps } from '../documents/ranges.ts';
import { sha256Hex } from '../documents/sha256.ts';
import { accessibleFiling, canAccessFiling } from '../filings/access.ts';
import type { DocumentRecord, FilingRecord, UploadRecord } from '../filings/records.ts';
import { businessRule, conflict, invalidRequest, notFound, validationFailed } from '../problem.ts';
import type { Caller, DomainHandlers } from '../router/context.ts';
import type { Store } from '../store/store.ts';
import { requireEditable, settleReviews } from './filings.ts';

/** An open upload is kept this long. */
export const UPLOAD_LIFETIME_MS = 24 * 60 * 60 * 1000;

function toSession(upload: UploadRecord): UploadSession {
  return {
    id: upload.id,
    filingId: upload.filingId,
    filename: upload.filename,
    sizeBytes: upload.sizeBytes,
    sha256: upload.sha256,
    received: upload.received.map((r) => ({ ...r })),
    receivedBytes: heldBytes(upload.received),
    maxChunkBytes: MAX_CHUNK_BYTES,
    status: upload.status,
    documentId: upload.documentId,
    createdAt: upload.createdAt,
    expiresAt: upload.expiresAt,
  };
}

function accessibleUpload(store: Store, caller: Caller, uploadId: string, now: Date): { upload: UploadRecord; filing: FilingRecord } {
  const upload = store.filings.uploads.get(uploadId);
  const filing = upload === undefined ? undefined : store.filings.filings.get(upload.filingId);
  const expired = upload !== undefined && upload.status === 'open' && now.getTime() > Date.parse(upload.expiresAt);
  if (upload === undefined || filing === undefined || !canAccessFiling(caller, filing) || expired) {
    throw notFound('upload_not_found', 'No open upload has this id (an open upload lasts 24 hours).', 'params.uploadId');
  }
  return { upload, filing };
}

function accessibleDocument(store: Store, caller: Caller, documentId: string): { document: DocumentRecord; filing: FilingRecord } {
  const document = store.filings.documents.get(documentId);
  const filing = document === undefined ? undefined : store.filings.filings.get(document.filingId);
  if (document === undefined || filing === undefined || !canAccessFiling(caller, filing)) {
    throw notFound('document_not_found', 'No document has this id.', 'params.documentId');
  }
  return { document, filing };
}

function policyOf(store: Store, filing: FilingRecord): { maxFileBytes: number; maxFiles: number; minDpi: number } {
  const policy = store.jurisdictions.get(filing.jurisdiction)!.filePolicy;
  const court = filing.courtId === null ? undefined : store.courts.get(filing.courtId);
  return { maxFileBytes: court?.maxFileBytes ?? policy.maxFileBytes, maxFiles: policy.maxFilesPerFiling, minDpi: policy.minScanDpi };
}

function decodeBase64(text: string): Uint8Array {
  let binary: string;
  try {
    binary = atob(text);
  } catch {
    throw validationFailed([{ path: 'body.data', code: 'invalid_base64', message: 'Not base64 text.' }]);
  }
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

const megabytes = (bytes: number): string => `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;

export const documentsHandlers: DomainHandlers<typeof documentsEndpoints> = {
  createUpload({ body, auth, store, clock }) {
    const now = clock.now();
    settleReviews(store, now);
    const filing = accessibleFiling(store, auth, body.filingId, 'body.filingId');
    requireEditable(filing);
    const policy = policyOf(store, filing);
    if (body.sizeBytes > policy.maxFileBytes) {
      throw businessRule('file_too_large', `The file is ${megabytes(body.sizeBytes)}; this court takes files up to ${megabytes(policy.maxFileBytes)}.`, 'body.sizeBytes');
    }
    const attached = (filing.leadDocumentId === null ? 0 : 1) + filing.connectedDocumentIds.length;
    if (attached >= policy.maxFiles) throw businessRule('too_many_documents', `A filing takes at most ${policy.maxFiles} documents.`, 'body.filingId');
    const upload: UploadRecord = {
      id: store.filings.nextId('upload'),
      filingId: filing.id,
      filename: body.filename,
      sizeBytes: body.sizeBytes,
      sha256: body.sha256 ?? null,
      bytes: new Uint8Array(body.sizeBytes),
      received: [],
      status: 'open',
      documentId: null,
      createdAt: toInstant(now),
      expiresAt: toInstant(new Date(now.getTime() + UPLOAD_LIFETIME_MS)),
    };
    store.filings.uploads.set(upload.id, upload);
    return toSession(upload);
  },

  getUpload({ params, auth, store, clock }) {
    return toSession(accessibleUpload(store, auth, params.uploadId, clock.now()).upload);
  },

  putChunk({ params, body, auth, store, clock }) {
    const { upload } = accessibleUpload(store, auth, params.uploadId, clock.now());
    if (upload.status === 'completed') throw conflict('upload_completed', 'The upload is complete; open a new one to send another file.');
    const chunk = decodeBase64(body.data);
    if (chunk.length > MAX_CHUNK_BYTES) throw invalidRequest('chunk_too_large', `A chunk carries at most ${MAX_CHUNK_BYTES} bytes.`, 'body.data');
    const end = body.offset + chunk.length;
    if (end > upload.sizeBytes) throw invalidRequest('chunk_out_of_range', `The chunk ends at byte ${end}, past the file's ${upload.sizeBytes} bytes.`, 'body.offset');
    for (const held of overlaps(upload.received, body.offset, end)) {
      const before = upload.bytes.subarray(held.start, held.end);
      const again = chunk.subarray(held.start - body.offset, held.end - body.offset);
      if (!before.every((byte, i) => byte === again[i])) {
        throw conflict('chunk_conflict', `Bytes ${held.start}–${held.end} differ from those already received; this is another file.`);
      }
    }
    upload.bytes.set(chunk, body.offset);
    upload.received = addRange(upload.received, { start: body.offset, end });
    return toSession(upload);
  },

  completeUpload({ params, body, auth, store, clock }) {
    const now = clock.now();
    settleReviews(store, now);
    const { upload, filing } = accessibleUpload(store, auth, params.uploadId, now);
    if (upload.status === 'completed') {
      const done = upload.documentId === null ? undefined : store.filings.documents.get(upload.documentId);
      if (done !== undefined) return structuredClone(done);
      throw notFound('document_not_found', 'The document of this upload was removed.', 'params.uploadId');
    }
    requireEditable(filing);
    const missing = upload.sizeBytes - heldBytes(upload.received);
    if (missing > 0) throw conflict('upload_incomplete', `${missing} bytes are missing; ask for the upload's status and send the missing ranges.`);
    const sha256 = sha256Hex(upload.bytes);
    if (upload.sha256 !== null && sha256 !== upload.sha256) {
      throw businessRule('upload_checksum_mismatch', 'The bytes received are not the file declared when the upload was opened (its SHA-256 differs); open a new upload.');
    }
    const type = body.documentType === undefined ? undefined : store.jurisdictions.get(filing.jurisdiction)!.documentTypes.find((t) => t.code === body.documentType);
    if (body.documentType !== undefined && type === undefined) {
      throw validationFailed([{ path: 'body.documentType', code: 'unknown_document_type', message: `Not a document type of ${filing.jurisdiction}.` }]);
    }
    if (body.role === 'lead' && type !== undefined && !type.lead) throw businessRule('document_type_not_lead', 'This type of document can only be connected to a lead document.', 'body.documentType');
    if (body.role === 'lead' && filing.leadDocumentId !== null) throw businessRule('lead_document_exists', 'The filing has a lead document; remove it first.', 'body.role');
    let inspection;
    try {
      inspection = inspectDocument(upload.bytes, upload.filename, policyOf(store, filing).minDpi);
    } catch (error) {
      throw error instanceof FileRefusal ? businessRule(error.code, error.message) : error;
    }
    const document: DocumentRecord = {
      id: store.filings.nextId('document'),
      filingId: filing.id,
      role: body.role,
      documentType: body.documentType ?? null,
      filename: upload.filename,
      mediaType: inspection.mediaType,
      sizeBytes: upload.sizeBytes,
      pageCount: inspection.pageCount,
      legible: inspection.pages.every((p) => p.legible),
      pages: inspection.pages,
      sha256,
      createdAt: toInstant(now),
    };
    store.filings.documents.set(document.id, document);
    if (body.role === 'lead') filing.leadDocumentId = document.id;
    else filing.connectedDocumentIds.push(document.id);
    filing.updatedAt = toInstant(now);
    upload.status = 'completed';
    upload.documentId = document.id;
    // The bytes have been read; the sandbox keeps what it learnt, not the file.
    upload.bytes = new Uint8Array(0);
    return structuredClone(document);
  },

  get({ params, auth, store }) {
    return structuredClone(accessibleDocument(store, auth, params.documentId).document);
  },

  delete({ params, auth, store, clock }) {
    settleReviews(store, clock.now());
    const { document, filing } = accessibleDocument(store, auth, params.documentId);
    requireEditable(filing);
    if (filing.leadDocumentId === document.id) filing.leadDocumentId = null;
    filing.connectedDocumentIds = filing.connectedDocumentIds.filter((id) => id !== document.id);
    filing.updatedAt = toInstant(clock.now());
    store.filings.documents.delete(document.id);
  },
};
