/**
 * Legibility of one scanned page or image, from what the sandbox can read without
 * rendering it: the resolution (pixels against the page's physical size) and how
 * much data the picture needs. A blank scan compresses to almost nothing, so a very
 * low ratio of compressed bytes to pixels means a blank page. These are heuristics a
 * real court would replace with image analysis; they are stated so partners can
 * build test files that trip them.
 * @module
 */
import type { LegibilityProblem, PageLegibility } from '@adalat/sdk/contract';

/** Compressed bytes per pixel below which a picture counts as blank, by compression family. */
export const BLANK_BYTES_PER_PIXEL = { lossless: 0.002, jpeg: 0.006 } as const;
export type Compression = keyof typeof BLANK_BYTES_PER_PIXEL;

/** An A4 page in inches: the size assumed for an image that does not say its resolution. */
export const A4_INCHES = { width: 8.27, height: 11.69 } as const;

export interface ScannedPage {
  page: number;
  widthPx: number;
  heightPx: number;
  /** Dots per inch the file states, or `null` to assume the picture fills an A4 page. */
  dpi: number | null;
  /** Bytes of compressed picture data. */
  dataBytes: number;
  compression: Compression;
}

/** The resolution of a page as scanned, in whole dots per inch. */
export function effectiveDpi(page: Pick<ScannedPage, 'widthPx' | 'heightPx' | 'dpi'>): number {
  if (page.dpi !== null && page.dpi > 0) return Math.round(page.dpi);
  const [short, long] = page.widthPx <= page.heightPx ? [page.widthPx, page.heightPx] : [page.heightPx, page.widthPx];
  return Math.round(Math.min(short / A4_INCHES.width, long / A4_INCHES.height));
}

export function lowResolution(page: number, dpi: number, minDpi: number): LegibilityProblem {
  return {
    code: 'low_resolution',
    message: `Page ${page} was scanned at ${dpi} dpi; the court reads scans of at least ${minDpi} dpi. Scan it again at ${minDpi} dpi or more.`,
    dpi,
    minDpi,
  };
}

export function blankPage(page: number): LegibilityProblem {
  return {
    code: 'blank_page',
    message: `Page ${page} looks blank. Check that the right side was scanned, or remove the page.`,
    dpi: null,
    minDpi: null,
  };
}

/** The verdict on one scanned page. */
export function judgeScan(scan: ScannedPage, minDpi: number): PageLegibility {
  const dpi = effectiveDpi(scan);
  const problems: LegibilityProblem[] = [];
  if (dpi < minDpi) problems.push(lowResolution(scan.page, dpi, minDpi));
  const pixels = scan.widthPx * scan.heightPx;
  if (pixels > 0 && scan.dataBytes / pixels < BLANK_BYTES_PER_PIXEL[scan.compression]) problems.push(blankPage(scan.page));
  return { page: scan.page, scanned: true, dpi, legible: problems.length === 0, problems };
}

/** A text page of a PDF: legible unless it has no content at all. */
export function judgeTextPage(page: number, empty: boolean): PageLegibility {
  const problems = empty ? [blankPage(page)] : [];
  return { page, scanned: false, dpi: null, legible: !empty, problems };
}
