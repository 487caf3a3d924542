/**
 * Dimensions, stated resolution and picture data size of PNG, JPEG and TIFF files,
 * read from their headers. A header that cannot be read throws `UnreadableFile`.
 * @module
 */
import type { Compression, ScannedPage } from './legibility.ts';

export class UnreadableFile extends Error {}

const INCH_PER_METRE = 0.0254;
const CM_PER_INCH = 2.54;

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

const tag = (bytes: Uint8Array, at: number): string => String.fromCharCode(...bytes.subarray(at, at + 4));

/** PNG: IHDR for the size, pHYs for the resolution, the IDAT chunks for the data. */
export function readPng(bytes: Uint8Array): ScannedPage {
  const data = view(bytes);
  let width = 0;
  let height = 0;
  let dpi: number | null = null;
  let dataBytes = 0;
  for (let at = 8; at + 8 <= bytes.length; ) {
    const length = data.getUint32(at);
    const type = tag(bytes, at + 4);
    if (at + 12 + length > bytes.length) throw new UnreadableFile('the PNG is cut short');
    if (type === 'IHDR') {
      width = data.getUint32(at + 8);
      height = data.getUint32(at + 12);
    } else if (type === 'pHYs' && bytes[at + 16] === 1) {
      dpi = data.getUint32(at + 8) * INCH_PER_METRE;
    } else if (type === 'IDAT') {
      dataBytes += length;
    } else if (type === 'IEND') {
      break;
    }
    at += 12 + length;
  }
  if (width === 0 || height === 0) throw new UnreadableFile('the PNG has no image header');
  return { page: 1, widthPx: width, heightPx: height, dpi, dataBytes, compression: 'lossless' };
}

/** JPEG: the JFIF density for the resolution, the frame header for the size. */
export function readJpeg(bytes: Uint8Array): ScannedPage {
  const data = view(bytes);
  let width = 0;
  let height = 0;
  let dpi: number | null = null;
  for (let at = 2; at + 4 <= bytes.length; ) {
    if (bytes[at] !== 0xff) throw new UnreadableFile('the JPEG has a broken segment');
    const marker = bytes[at + 1]!;
    if (marker === 0xd8 || (marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) {
      at += 2;
      continue;
    }
    const length = data.getUint16(at + 2);
    if (marker === 0xe0 && tag(bytes, at + 4) === 'JFIF' && at + 16 <= bytes.length) {
      const units = bytes[at + 11];
      const density = data.getUint16(at + 12);
      if (units === 1) dpi = density;
      if (units === 2) dpi = density * CM_PER_INCH;
    }
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc && at + 9 <= bytes.length) {
      height = data.getUint16(at + 5);
      width = data.getUint16(at + 7);
    }
    if (marker === 0xda) break;
    at += 2 + length;
  }
  if (width === 0 || height === 0) throw new UnreadableFile('the JPEG has no frame header');
  return { page: 1, widthPx: width, heightPx: height, dpi, dataBytes: bytes.length, compression: 'jpeg' };
}

/** TIFF: every image file directory is a page; size, resolution and strip bytes per page. */
export function readTiff(bytes: Uint8Array): ScannedPage[] {
  if (bytes.length < 8) throw new UnreadableFile('the TIFF is cut short');
  const data = view(bytes);
  const little = bytes[0] === 0x49;
  const u16 = (at: number): number => data.getUint16(at, little);
  const u32 = (at: number): number => data.getUint32(at, little);
  const pages: ScannedPage[] = [];
  const seen = new Set<number>();
  for (let ifd = u32(4); ifd !== 0 && pages.length < 1000; ) {
    if (seen.has(ifd) || ifd + 2 > bytes.length) throw new UnreadableFile('the TIFF has a broken directory');
    seen.add(ifd);
    const count = u16(ifd);
    if (ifd + 2 + count * 12 + 4 > bytes.length) throw new UnreadableFile('the TIFF has a broken directory');
    let width = 0;
    let height = 0;
    let resolution: number | null = null;
    let unit = 2;
    let dataBytes = 0;
    let compression: Compression = 'lossless';
    for (let i = 0; i < count; i++) {
      const entry = ifd + 2 + i * 12;
      const id = u16(entry);
      const type = u16(entry + 2);
      const n = u32(entry + 4);
      const value = type === 3 ? u16(entry + 8) : u32(entry + 8);
      if (id === 256) width = value;
      else if (id === 257) height = value;
      else if (id === 259 && (value === 6 || value === 7)) compression = 'jpeg';
      else if (id === 296) unit = value;
      else if (id === 282 && type === 5 && value + 8 <= bytes.length) resolution = u32(value) / Math.max(1, u32(value + 4));
      else if (id === 279) {
        if (n === 1) dataBytes = value;
        else for (let k = 0; k < n && value + k * 4 + 4 <= bytes.length; k++) dataBytes += type === 3 ? u16(value + k * 2) : u32(value + k * 4);
      }
    }
    if (width === 0 || height === 0) throw new UnreadableFile('a TIFF page has no size');
    const dpi = resolution === null || unit === 1 ? null : unit === 3 ? resolution * CM_PER_INCH : resolution;
    pages.push({ page: pages.length + 1, widthPx: width, heightPx: height, dpi, dataBytes, compression });
    ifd = u32(ifd + 2 + count * 12);
  }
  if (pages.length === 0) throw new UnreadableFile('the TIFF has no pages');
  return pages;
}
