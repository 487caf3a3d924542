/**
 * A tiny PDF writer for the sandbox's documents: one A4 page of Helvetica text,
 * a title and lines beneath it, with a correct cross-reference table. Enough for
 * any viewer to open, small enough to read. Text is printable ASCII only (the
 * standard fonts carry no Arabic, Persian or Cyrillic glyphs): other characters
 * become `?`, so callers pass Latin transliterations or English labels.
 * @module
 */

export interface PdfContent {
  title: string;
  lines: readonly string[];
}

const PAGE_WIDTH = 595;
const PAGE_HEIGHT = 842;
const MARGIN = 56;
const LINE_CHARS = 88;
const MAX_LINES = 44;

/** Printable ASCII, with PDF string delimiters escaped. */
function pdfText(text: string): string {
  return text
    .replace(/[^\x20-\x7e]/g, '?')
    .replace(/[\\()]/g, (ch) => `\\${ch}`);
}

/** Splits on newlines, then wraps at word boundaries (hard-cuts longer words). */
export function wrapLines(lines: readonly string[], width = LINE_CHARS): string[] {
  const out: string[] = [];
  for (const paragraph of lines.flatMap((line) => line.split(/\r?\n/))) {
    let current = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      for (let piece = word; piece.length > 0; piece = piece.slice(width)) {
        const chunk = piece.slice(0, width);
        if (current === '') current = chunk;
        else if (current.length + 1 + chunk.length <= width) current += ` ${chunk}`;
        else {
          out.push(current);
          current = chunk;
        }
      }
    }
    out.push(current);
  }
  return out;
}

function contentStream({ title, lines }: PdfContent): string {
  const body = wrapLines(lines);
  const shown = body.length > MAX_LINES ? [...body.slice(0, MAX_LINES - 1), '[...]'] : body;
  const ops = [
    'BT',
    `/F1 16 Tf ${MARGIN} ${PAGE_HEIGHT - MARGIN - 16} Td`,
    `(${pdfText(title.slice(0, 70))}) Tj`,
    '/F1 10 Tf 0 -30 Td 14 TL',
    ...shown.map((line) => `(${pdfText(line)}) Tj T*`),
    'ET',
  ];
  return `${ops.join('\n')}\n`;
}

/** The PDF file's bytes. Every character written is below U+0100, so one character is one byte. */
export function renderPdf(content: PdfContent): Uint8Array<ArrayBuffer> {
  const stream = contentStream(content);
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${PAGE_WIDTH} ${PAGE_HEIGHT}] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}endstream`,
    `<< /Title (${pdfText(content.title)}) /Producer (Adalat sandbox) >>`,
  ];
  // The binary comment on line 2 tells transfer tools the file is binary.
  let pdf = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(pdf.length);
    pdf += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xrefAt = pdf.length;
  const size = objects.length + 1;
  // Each entry is exactly 20 bytes: 10-digit offset, space, 5-digit generation, space, n/f, space, LF.
  pdf += `xref\n0 ${size}\n0000000000 65535 f \n`;
  for (const offset of offsets) pdf += `${String(offset).padStart(10, '0')} 00000 n \n`;
  pdf += `trailer\n<< /Size ${size} /Root 1 0 R /Info 6 0 R >>\nstartxref\n${xrefAt}\n%%EOF\n`;
  return Uint8Array.from(pdf, (ch) => ch.charCodeAt(0));
}
