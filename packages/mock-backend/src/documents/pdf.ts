/**
 * Pages of a PDF, read from its objects without rendering: each `/Type /Page`
 * object is a page, in the order the file holds them. A page drawing an image
 * XObject is a scanned page (its resolution is the image's pixels against the page's
 * MediaBox in points); a page without content is blank. Files whose pages sit in
 * compressed object streams fall back to the page tree's `/Count`, pages unchecked.
 * @module
 */
import { judgeScan, judgeTextPage, type ScannedPage } from './legibility.ts';
import { UnreadableFile } from './images.ts';
import type { PageLegibility } from '@adalat/sdk/contract';

const POINTS_PER_INCH = 72;
const LETTER = { width: 612, height: 792 };

interface PdfObject {
  id: number;
  body: string;
}

function objectsOf(text: string): Map<number, PdfObject> {
  const objects = new Map<number, PdfObject>();
  for (const match of text.matchAll(/(\d+)\s+\d+\s+obj\b([\s\S]*?)\bendobj/g)) {
    objects.set(Number(match[1]), { id: Number(match[1]), body: match[2]! });
  }
  return objects;
}

/** The dictionary part of an object (before any stream). */
const dictOf = (body: string): string => body.split(/\bstream\b/)[0]!;

function mediaBox(dict: string, fallback: { width: number; height: number }): { width: number; height: number } {
  const match = /\/MediaBox\s*\[\s*(-?[\d.]+)\s+(-?[\d.]+)\s+(-?[\d.]+)\s+(-?[\d.]+)\s*\]/.exec(dict);
  if (match === null) return fallback;
  return { width: Math.abs(Number(match[3]) - Number(match[1])), height: Math.abs(Number(match[4]) - Number(match[2])) };
}

const refsIn = (text: string): number[] => [...text.matchAll(/(\d+)\s+\d+\s+R\b/g)].map((m) => Number(m[1]));

/** The text of a dictionary value that may be inline (`<< … >>`) or a reference (`12 0 R`). */
function resolvedValue(dict: string, key: string, objects: Map<number, PdfObject>): string {
  const at = dict.indexOf(`/${key}`);
  if (at < 0) return '';
  const rest = dict.slice(at + key.length + 1).trimStart();
  const ref = /^(\d+)\s+\d+\s+R/.exec(rest);
  if (ref !== null) return dictOf(objects.get(Number(ref[1]))?.body ?? '');
  if (!rest.startsWith('<<')) return '';
  let depth = 0;
  for (let i = 0; i < rest.length - 1; i++) {
    if (rest.startsWith('<<', i)) {
      depth += 1;
      i += 1;
    } else if (rest.startsWith('>>', i)) {
      depth -= 1;
      i += 1;
      if (depth === 0) return rest.slice(0, i + 1);
    }
  }
  return rest;
}

function numberAfter(dict: string, key: string): number | undefined {
  const match = new RegExp(`/${key}\\s+(\\d+)`).exec(dict);
  return match === null ? undefined : Number(match[1]);
}

function streamLength(object: PdfObject | undefined, objects: Map<number, PdfObject>): number {
  if (object === undefined) return 0;
  const dict = dictOf(object.body);
  const ref = /\/Length\s+(\d+)\s+\d+\s+R/.exec(dict);
  if (ref !== null) return Number(/\d+/.exec(objects.get(Number(ref[1]))?.body ?? '0')?.[0] ?? 0);
  return numberAfter(dict, 'Length') ?? 0;
}

export interface PdfInspection {
  pageCount: number;
  pages: PageLegibility[];
}

export function inspectPdf(bytes: Uint8Array, minDpi: number): PdfInspection {
  const text = new TextDecoder('latin1').decode(bytes);
  if (!/%%EOF\s*$/.test(text.slice(-1024))) throw new UnreadableFile('the PDF is cut short (no end-of-file marker)');
  const objects = objectsOf(text);
  const pageObjects = [...objects.values()].filter((o) => /\/Type\s*\/Page(?![A-Za-z])/.test(dictOf(o.body)));
  const treeBox = mediaBox([...objects.values()].find((o) => /\/Type\s*\/Pages\b/.test(o.body))?.body ?? '', LETTER);
  if (pageObjects.length === 0) {
    const counts = [...text.matchAll(/\/Count\s+(\d+)/g)].map((m) => Number(m[1]));
    const pageCount = Math.max(0, ...counts);
    if (pageCount === 0) throw new UnreadableFile('the PDF has no pages');
    return { pageCount, pages: [] };
  }
  const pages = pageObjects.map((object, index): PageLegibility => {
    const page = index + 1;
    const dict = dictOf(object.body);
    const box = mediaBox(dict, treeBox);
    const xobjects = resolvedValue(resolvedValue(dict, 'Resources', objects), 'XObject', objects);
    const image = refsIn(xobjects)
      .map((id) => objects.get(id))
      .find((o) => o !== undefined && /\/Subtype\s*\/Image/.test(dictOf(o.body)));
    if (image !== undefined) {
      const imageDict = dictOf(image.body);
      const widthPx = numberAfter(imageDict, 'Width') ?? 0;
      const heightPx = numberAfter(imageDict, 'Height') ?? 0;
      const dpi = box.width > 0 && box.height > 0 ? Math.min(widthPx / (box.width / POINTS_PER_INCH), heightPx / (box.height / POINTS_PER_INCH)) : null;
      const scan: ScannedPage = {
        page,
        widthPx,
        heightPx,
        dpi,
        dataBytes: streamLength(image, objects),
        compression: /\/DCTDecode/.test(imageDict) ? 'jpeg' : 'lossless',
      };
      return judgeScan(scan, minDpi);
    }
    const contents = refsIn(/\/Contents\s*(\[[^\]]*\]|\d+\s+\d+\s+R)/.exec(dict)?.[1] ?? '');
    const contentBytes = contents.reduce((sum, id) => sum + streamLength(objects.get(id), objects), 0);
    return judgeTextPage(page, contentBytes === 0);
  });
  return { pageCount: pages.length, pages };
}
