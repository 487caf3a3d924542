/** `client.documents`: the documents endpoint table as methods. @module */
import { documentsEndpoints } from '../contract/documents.ts';
import type { AdalatCore } from '../core.ts';
import type { Resource } from './create-resource.ts';

export type DocumentsResource = Resource<typeof documentsEndpoints>;
export const documentsResource = (core: AdalatCore): DocumentsResource => core.resource('documents', documentsEndpoints);
/** Resumable upload of a whole file over these endpoints (re-exported so widgets import one module). */
export { missingRanges, uploadDocument, type UploadDocumentOptions, type UploadProgress } from '../uploads/resumable.ts';
