/**
 * Small files built byte by byte that exercise the sandbox's document checks: PDFs
 * with text or scanned pages at a chosen resolution, blank pages, PNG, JPEG and TIFF
 * headers, a DOCX container, and files of other types. For tests, demos and partners
 * who want to see each refusal and each legibility problem.
 * @module
 */
const encoder = new TextEncoder();
const ascii = (text: string): Uint8Array => encoder.encode(text);

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** Deterministic filler bytes that do not compress to nothing (a page with content). */
function noise(length: number, seed = 7): Uint8Array {
  const out = new Uint8Array(length);
  let x = seed;
  for (let i = 0; i < length; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}

export interface SamplePdfPage {
  /** A scanned page: an image of this many pixels across an A4 page (595 × 842 pt). */
  scan?: { widthPx: number; heightPx: number; dataBytes?: number };
  /** A text page with this text; `''` makes an empty (blank) page. */
  text?: string;
}

/** A PDF with one page per entry (A4). A scan's resolution is its width over 8.26 inches. */
export function samplePdf(pages: readonly SamplePdfPage[]): Uint8Array {
  const objects: string[] = [];
  const add = (body: string): number => objects.push(body);
  const catalog = add('');
  const tree = add('');
  const kids: number[] = [];
  for (const page of pages) {
    const pageId = add('');
    kids.push(pageId);
    if (page.scan !== undefined) {
      const { widthPx, heightPx } = page.scan;
      const dataBytes = page.scan.dataBytes ?? Math.ceil(widthPx * heightPx * 0.05);
      const image = add(`<< /Type /XObject /Subtype /Image /Width ${widthPx} /Height ${heightPx} /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode /Length ${dataBytes} >>\nstream\n${'x'.repeat(Math.min(dataBytes, 64))}\nendstream`);
      const draw = 'q 595 0 0 842 0 0 cm /Im0 Do Q';
      const content = add(`<< /Length ${draw.length} >>\nstream\n${draw}\nendstream`);
      objects[pageId - 1] = `<< /Type /Page /Parent ${tree} 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im0 ${image} 0 R >> >> /Contents ${content} 0 R >>`;
    } else {
      const text = page.text ?? 'Statement of claim';
      const draw = text === '' ? '' : `BT /F1 12 Tf 72 760 Td (${text.replace(/[()\\]/g, '')}) Tj ET`;
      const content = add(`<< /Length ${draw.length} >>\nstream\n${draw}\nendstream`);
      objects[pageId - 1] = `<< /Type /Page /Parent ${tree} 0 R /MediaBox [0 0 595 842] /Contents ${content} 0 R >>`;
    }
  }
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${tree} 0 R >>`;
  objects[tree - 1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;
  let body = '%PDF-1.7\n';
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(body.length);
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return ascii(body);
}

function pngChunk(type: string, data: Uint8Array): Uint8Array {
  const head = new Uint8Array(8);
  new DataView(head.buffer).setUint32(0, data.length);
  head.set(ascii(type), 4);
  // The sandbox does not verify CRCs; four zero bytes keep the layout.
  return concat([head, data, new Uint8Array(4)]);
}

/** A PNG header of a scan: size, stated resolution (omit to assume A4), picture data bytes. */
export function samplePng(options: { widthPx: number; heightPx: number; dpi?: number; dataBytes?: number }): Uint8Array {
  const ihdr = new Uint8Array(13);
  const view = new DataView(ihdr.buffer);
  view.setUint32(0, options.widthPx);
  view.setUint32(4, options.heightPx);
  ihdr.set([8, 0, 0, 0, 0], 8);
  const parts = [new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), pngChunk('IHDR', ihdr)];
  if (options.dpi !== undefined) {
    const phys = new Uint8Array(9);
    const ppm = Math.round(options.dpi / 0.0254);
    new DataView(phys.buffer).setUint32(0, ppm);
    new DataView(phys.buffer).setUint32(4, ppm);
    phys[8] = 1;
    parts.push(pngChunk('pHYs', phys));
  }
  parts.push(pngChunk('IDAT', noise(options.dataBytes ?? Math.ceil(options.widthPx * options.heightPx * 0.05))));
  parts.push(pngChunk('IEND', new Uint8Array(0)));
  return concat(parts);
}

/** A JPEG with a JFIF density (dpi) and a frame header; `dataBytes` pads the scan data. */
export function sampleJpeg(options: { widthPx: number; heightPx: number; dpi?: number; dataBytes?: number }): Uint8Array {
  const app0 = new Uint8Array(18);
  const a = new DataView(app0.buffer);
  app0.set([0xff, 0xe0], 0);
  a.setUint16(2, 16);
  app0.set(ascii('JFIF\0'), 4);
  app0.set([1, 1, options.dpi === undefined ? 0 : 1], 9);
  a.setUint16(12, options.dpi ?? 1);
  a.setUint16(14, options.dpi ?? 1);
  const sof = new Uint8Array(19);
  const s = new DataView(sof.buffer);
  sof.set([0xff, 0xc0], 0);
  s.setUint16(2, 17);
  sof[4] = 8;
  s.setUint16(5, options.heightPx);
  s.setUint16(7, options.widthPx);
  const sos = new Uint8Array([0xff, 0xda, 0x00, 0x08, 0x01, 0x01, 0x00, 0x00, 0x3f, 0x00]);
  const data = noise(options.dataBytes ?? Math.ceil(options.widthPx * options.heightPx * 0.08)).map((b) => (b === 0xff ? 0xfe : b));
  return concat([new Uint8Array([0xff, 0xd8]), app0, sof, sos, data, new Uint8Array([0xff, 0xd9])]);
}

/** A little-endian TIFF with one directory per page (width, height, resolution in dpi, strip bytes). */
export function sampleTiff(pages: ReadonlyArray<{ widthPx: number; heightPx: number; dpi: number; dataBytes?: number }>): Uint8Array {
  const chunks: Uint8Array[] = [];
  let length = 8;
  const header = new Uint8Array(8);
  header.set([0x49, 0x49, 0x2a, 0x00]);
  chunks.push(header);
  const ifdOffsets: number[] = [];
  const pointers: Array<{ at: DataView; offset: number }> = [];
  for (const page of pages) {
    const strip = noise(page.dataBytes ?? Math.ceil(page.widthPx * page.heightPx * 0.05));
    const stripAt = length;
    chunks.push(strip);
    length += strip.length;
    const rationalAt = length;
    const rational = new Uint8Array(8);
    new DataView(rational.buffer).setUint32(0, page.dpi, true);
    new DataView(rational.buffer).setUint32(4, 1, true);
    chunks.push(rational);
    length += 8;
    const entries: Array<[number, number, number, number]> = [
      [256, 4, 1, page.widthPx],
      [257, 4, 1, page.heightPx],
      [273, 4, 1, stripAt],
      [279, 4, 1, strip.length],
      [282, 5, 1, rationalAt],
      [296, 3, 1, 2],
    ];
    const ifd = new Uint8Array(2 + entries.length * 12 + 4);
    const view = new DataView(ifd.buffer);
    view.setUint16(0, entries.length, true);
    entries.forEach(([tag, type, count, value], i) => {
      view.setUint16(2 + i * 12, tag, true);
      view.setUint16(4 + i * 12, type, true);
      view.setUint32(6 + i * 12, count, true);
      if (type === 3) view.setUint16(10 + i * 12, value, true);
      else view.setUint32(10 + i * 12, value, true);
    });
    ifdOffsets.push(length);
    pointers.push({ at: view, offset: 2 + entries.length * 12 });
    chunks.push(ifd);
    length += ifd.length;
  }
  new DataView(header.buffer).setUint32(4, ifdOffsets[0] ?? 0, true);
  pointers.forEach((pointer, i) => pointer.at.setUint32(pointer.offset, ifdOffsets[i + 1] ?? 0, true));
  return concat(chunks);
}

/** A ZIP of stored (uncompressed) entries. */
export function sampleZip(entries: Readonly<Record<string, string>>): Uint8Array {
  const parts: Uint8Array[] = [];
  for (const [name, content] of Object.entries(entries)) {
    const nameBytes = ascii(name);
    const data = ascii(content);
    const header = new Uint8Array(30);
    const view = new DataView(header.buffer);
    view.setUint32(0, 0x04034b50, true);
    view.setUint16(4, 20, true);
    view.setUint32(18, data.length, true);
    view.setUint32(22, data.length, true);
    view.setUint16(26, nameBytes.length, true);
    parts.push(header, nameBytes, data);
  }
  const end = new Uint8Array(22);
  new DataView(end.buffer).setUint32(0, 0x06054b50, true);
  parts.push(end);
  return concat(parts);
}

/** A minimal Word document container. */
export function sampleDocx(): Uint8Array {
  return sampleZip({
    '[Content_Types].xml': '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    'word/document.xml': '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body/></w:document>',
  });
}

/** A Windows program's first bytes: refused whatever it is named. */
export function sampleExecutable(): Uint8Array {
  return concat([ascii('MZ'), noise(510)]);
}

/** Ready-made files, one per behaviour, named as a person would name them. */
export const SAMPLE_FILES = {
  /** A two-page text PDF: accepted, legible. */
  petition: (): { name: string; bytes: Uint8Array } => ({ name: 'petition.pdf', bytes: samplePdf([{ text: 'Statement of claim' }, { text: 'Relief sought' }]) }),
  /** A scan at 300 dpi: legible. */
  goodScan: (): { name: string; bytes: Uint8Array } => ({ name: 'contract-scan.png', bytes: samplePng({ widthPx: 2480, heightPx: 3508, dpi: 300 }) }),
  /** A scan at 96 dpi: `low_resolution`. */
  blurryScan: (): { name: string; bytes: Uint8Array } => ({ name: 'receipt.jpg', bytes: sampleJpeg({ widthPx: 794, heightPx: 1123, dpi: 96 }) }),
  /** A PDF with a blank second page: `blank_page` on page 2. */
  blankPage: (): { name: string; bytes: Uint8Array } => ({ name: 'annex.pdf', bytes: samplePdf([{ text: 'Annex 1' }, { text: '' }]) }),
  /** A program named as a PDF: `unsupported_file_type`. */
  disguised: (): { name: string; bytes: Uint8Array } => ({ name: 'invoice.pdf', bytes: sampleExecutable() }),
} as const;
