/**
 * What a file is, read from its first bytes (magic numbers), never from its name.
 * Accepted: PDF, JPEG, PNG, TIFF, DOCX (a ZIP holding `word/document.xml`). Common
 * other types are named so a refusal can say what the file really is.
 * @module
 */
import type { AcceptedMediaType } from '@adalat/sdk/contract';

export const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export type Sniffed =
  | { accepted: true; mediaType: AcceptedMediaType; label: string }
  | { accepted: false; label: string };

const startsWith = (bytes: Uint8Array, magic: readonly number[], at = 0): boolean =>
  bytes.length >= at + magic.length && magic.every((b, i) => bytes[at + i] === b);

const ascii = (text: string): number[] => [...text].map((c) => c.charCodeAt(0));

/** Local file header names of a ZIP, as far as they can be read without inflating. */
function zipEntryNames(bytes: Uint8Array): string[] {
  const names: string[] = [];
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let at = 0; at + 30 <= bytes.length && names.length < 2000; ) {
    if (view.getUint32(at, true) !== 0x04034b50) break;
    const compressed = view.getUint32(at + 18, true);
    const nameLength = view.getUint16(at + 26, true);
    const extraLength = view.getUint16(at + 28, true);
    names.push(new TextDecoder().decode(bytes.subarray(at + 30, at + 30 + nameLength)));
    // A streamed entry (bit 3) has no size here; stop rather than guess.
    if ((view.getUint16(at + 6, true) & 0x08) !== 0) break;
    at += 30 + nameLength + extraLength + compressed;
  }
  return names;
}

const OTHERS: ReadonlyArray<{ magic: number[]; label: string }> = [
  { magic: ascii('GIF8'), label: 'a GIF image' },
  { magic: ascii('MZ'), label: 'a Windows program' },
  { magic: [0x7f, 0x45, 0x4c, 0x46], label: 'a Linux program' },
  { magic: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], label: 'an old Microsoft Office file (.doc)' },
  { magic: ascii('Rar!'), label: 'a RAR archive' },
  { magic: [0x1f, 0x8b], label: 'a gzip archive' },
  { magic: ascii('RIFF'), label: 'a RIFF media file (WebP, WAV or AVI)' },
  { magic: ascii('<!DOCTYPE html'), label: 'an HTML page' },
  { magic: ascii('<html'), label: 'an HTML page' },
];

/** The type of a file's content. */
export function sniffType(bytes: Uint8Array): Sniffed {
  if (startsWith(bytes, ascii('%PDF-'))) return { accepted: true, mediaType: 'application/pdf', label: 'a PDF document' };
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return { accepted: true, mediaType: 'image/jpeg', label: 'a JPEG image' };
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return { accepted: true, mediaType: 'image/png', label: 'a PNG image' };
  if (startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) || startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a])) {
    return { accepted: true, mediaType: 'image/tiff', label: 'a TIFF image' };
  }
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    const names = zipEntryNames(bytes);
    if (names.includes('word/document.xml')) return { accepted: true, mediaType: DOCX, label: 'a Word document (DOCX)' };
    if (names.some((n) => n.startsWith('xl/'))) return { accepted: false, label: 'an Excel workbook' };
    return { accepted: false, label: 'a ZIP archive' };
  }
  for (const other of OTHERS) if (startsWith(bytes, other.magic)) return { accepted: false, label: other.label };
  const head = bytes.subarray(0, 512);
  const printable = head.every((b) => b === 9 || b === 10 || b === 13 || (b >= 32 && b < 127) || b >= 128);
  return { accepted: false, label: printable && head.length > 0 ? 'plain text' : 'of an unknown type' };
}

/** The accepted media type a file name's extension claims, if any. */
export function typeClaimedByName(filename: string): AcceptedMediaType | undefined {
  const extension = /\.([A-Za-z0-9]+)$/.exec(filename)?.[1]?.toLowerCase();
  switch (extension) {
    case 'pdf':
      return 'application/pdf';
    case 'jpg':
    case 'jpeg':
      return 'image/jpeg';
    case 'png':
      return 'image/png';
    case 'tif':
    case 'tiff':
      return 'image/tiff';
    case 'docx':
      return DOCX;
    default:
      return undefined;
  }
}
