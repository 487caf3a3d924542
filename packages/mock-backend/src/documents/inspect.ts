/**
 * From an uploaded file's bytes to what the court needs to know: its real type,
 * its pages and each page's legibility. The name only matters to catch a file that
 * pretends to be something else.
 * @module
 */
import type { AcceptedMediaType, PageLegibility } from '@adalat/sdk/contract';
import { readJpeg, readPng, readTiff, UnreadableFile } from './images.ts';
import { judgeScan } from './legibility.ts';
import { inspectPdf } from './pdf.ts';
import { sniffType, typeClaimedByName } from './sniff.ts';

export { UnreadableFile } from './images.ts';

/** Why a file is refused, with a message that says what it really is. */
export class FileRefusal extends Error {
  readonly code: 'unsupported_file_type' | 'file_type_mismatch' | 'unreadable_file';

  constructor(code: FileRefusal['code'], message: string) {
    super(message);
    this.code = code;
  }
}

export interface Inspection {
  mediaType: AcceptedMediaType;
  pageCount: number | null;
  pages: PageLegibility[];
}

const LABEL: Record<AcceptedMediaType, string> = {
  'application/pdf': 'a PDF document',
  'image/jpeg': 'a JPEG image',
  'image/png': 'a PNG image',
  'image/tiff': 'a TIFF image',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'a Word document (DOCX)',
};

/** @throws {FileRefusal} when the content is not accepted, disguised, or broken. */
export function inspectDocument(bytes: Uint8Array, filename: string, minDpi: number): Inspection {
  const sniffed = sniffType(bytes);
  if (!sniffed.accepted) {
    throw new FileRefusal(
      'unsupported_file_type',
      `"${filename}" is ${sniffed.label}. Courts take PDF, JPEG, PNG, TIFF or DOCX files; save or scan it as one of those.`,
    );
  }
  const claimed = typeClaimedByName(filename);
  if (claimed !== undefined && claimed !== sniffed.mediaType) {
    throw new FileRefusal(
      'file_type_mismatch',
      `"${filename}" is named as ${LABEL[claimed]} but its content is ${sniffed.label}. Rename it with the right extension or save it in the type its name says.`,
    );
  }
  try {
    switch (sniffed.mediaType) {
      case 'application/pdf': {
        const pdf = inspectPdf(bytes, minDpi);
        return { mediaType: sniffed.mediaType, pageCount: pdf.pageCount, pages: pdf.pages };
      }
      case 'image/png':
        return { mediaType: sniffed.mediaType, pageCount: 1, pages: [judgeScan(readPng(bytes), minDpi)] };
      case 'image/jpeg':
        return { mediaType: sniffed.mediaType, pageCount: 1, pages: [judgeScan(readJpeg(bytes), minDpi)] };
      case 'image/tiff': {
        const pages = readTiff(bytes).map((page) => judgeScan(page, minDpi));
        return { mediaType: sniffed.mediaType, pageCount: pages.length, pages };
      }
      default:
        return { mediaType: sniffed.mediaType, pageCount: null, pages: [] };
    }
  } catch (error) {
    if (error instanceof UnreadableFile || error instanceof RangeError) {
      throw new FileRefusal('unreadable_file', `"${filename}" looks like ${sniffed.label} but cannot be read: ${error instanceof UnreadableFile ? error.message : 'it is cut short'}.`);
    }
    throw error;
  }
}
