/**
 * Reading a document from its bytes: the type by magic numbers (never the name),
 * disguised and mismatched files, PDF page counts, per-page legibility.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { FileRefusal, inspectDocument } from '../../src/documents/inspect.ts';
import { effectiveDpi } from '../../src/documents/legibility.ts';
import { addRange, overlaps } from '../../src/documents/ranges.ts';
import { sniffType } from '../../src/documents/sniff.ts';
import { percentile } from '../../src/offices/metrics.ts';
import { sampleDocx, sampleExecutable, sampleJpeg, samplePdf, samplePng, sampleTiff, sampleZip } from '../../src/documents/samples.ts';

const refusal = (run: () => unknown): FileRefusal => {
  try {
    run();
  } catch (error) {
    assert.ok(error instanceof FileRefusal, String(error));
    return error;
  }
  assert.fail('expected a refusal');
};

describe('type from the bytes', () => {
  it('recognises each accepted type whatever it is called', () => {
    const cases: Array<[Uint8Array, string]> = [
      [samplePdf([{ text: 'a' }]), 'application/pdf'],
      [samplePng({ widthPx: 10, heightPx: 10 }), 'image/png'],
      [sampleJpeg({ widthPx: 10, heightPx: 10 }), 'image/jpeg'],
      [sampleTiff([{ widthPx: 10, heightPx: 10, dpi: 300 }]), 'image/tiff'],
      [sampleDocx(), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    ];
    for (const [bytes, type] of cases) {
      const sniffed = sniffType(bytes);
      assert.ok(sniffed.accepted && sniffed.mediaType === type, `${type}: ${JSON.stringify(sniffed)}`);
      assert.equal(inspectDocument(bytes, 'upload', 200).mediaType, type, 'no extension: the bytes decide');
    }
  });

  it('refuses a program named as a PDF, saying what it is', () => {
    const error = refusal(() => inspectDocument(sampleExecutable(), 'invoice.pdf', 200));
    assert.equal(error.code, 'unsupported_file_type');
    assert.match(error.message, /"invoice\.pdf" is a Windows program/);
  });

  it('refuses a ZIP that is not a Word document, and plain text', () => {
    assert.match(refusal(() => inspectDocument(sampleZip({ 'a.txt': 'x' }), 'a.docx', 200)).message, /a ZIP archive/);
    assert.match(refusal(() => inspectDocument(new TextEncoder().encode('hello'), 'a.pdf', 200)).message, /plain text/);
  });

  it('refuses a name that claims another accepted type than the content', () => {
    const error = refusal(() => inspectDocument(samplePng({ widthPx: 10, heightPx: 10 }), 'scan.pdf', 200));
    assert.equal(error.code, 'file_type_mismatch');
    assert.match(error.message, /named as a PDF document but its content is a PNG image/);
  });

  it('refuses a PDF cut short', () => {
    const pdf = samplePdf([{ text: 'a' }]);
    assert.equal(refusal(() => inspectDocument(pdf.subarray(0, pdf.length - 20), 'a.pdf', 200)).code, 'unreadable_file');
  });
});

describe('pages and legibility', () => {
  it('counts PDF pages and judges each: text, good scan, low-resolution scan, blank', () => {
    const pdf = samplePdf([{ text: 'claim' }, { scan: { widthPx: 2480, heightPx: 3508 } }, { scan: { widthPx: 827, heightPx: 1169 } }, { text: '' }]);
    const result = inspectDocument(pdf, 'claim.pdf', 200);
    assert.equal(result.pageCount, 4);
    assert.deepEqual(
      result.pages.map((p) => [p.page, p.scanned, p.dpi, p.problems.map((x) => x.code)]),
      [
        [1, false, null, []],
        [2, true, 300, []],
        [3, true, 100, ['low_resolution']],
        [4, false, null, ['blank_page']],
      ],
    );
    assert.match(result.pages[2]!.problems[0]!.message, /Page 3 was scanned at 100 dpi; the court reads scans of at least 200 dpi/);
  });

  it('judges images by their stated resolution, or as an A4 page when they state none', () => {
    assert.deepEqual(inspectDocument(samplePng({ widthPx: 2480, heightPx: 3508, dpi: 300 }), 'a.png', 200).pages[0]!.problems, []);
    const jpeg = inspectDocument(sampleJpeg({ widthPx: 794, heightPx: 1123, dpi: 96 }), 'a.jpg', 200).pages[0]!;
    assert.equal(jpeg.dpi, 96);
    assert.deepEqual(jpeg.problems.map((p) => p.code), ['low_resolution']);
    assert.equal(effectiveDpi({ widthPx: 1654, heightPx: 2339, dpi: null }), 200);
    assert.equal(inspectDocument(samplePng({ widthPx: 1654, heightPx: 2339 }), 'a.png', 200).pages[0]!.legible, true);
  });

  it('finds a blank scan by how little data it needs', () => {
    const blank = inspectDocument(samplePng({ widthPx: 2480, heightPx: 3508, dpi: 300, dataBytes: 4000 }), 'a.png', 200).pages[0]!;
    assert.deepEqual(blank.problems.map((p) => p.code), ['blank_page']);
  });

  it('reads every page of a multi-page TIFF', () => {
    const tiff = sampleTiff([
      { widthPx: 2480, heightPx: 3508, dpi: 300 },
      { widthPx: 1240, heightPx: 1754, dpi: 150 },
    ]);
    const result = inspectDocument(tiff, 'scan.tif', 200);
    assert.equal(result.pageCount, 2);
    assert.deepEqual(result.pages.map((p) => p.legible), [true, false]);
  });

  it('takes a DOCX without pages to judge', () => {
    const result = inspectDocument(sampleDocx(), 'brief.docx', 200);
    assert.equal(result.pageCount, null);
    assert.deepEqual(result.pages, []);
  });
});

describe('byte ranges and percentiles', () => {
  it('merges ranges that touch or overlap, and finds overlaps', () => {
    let ranges = addRange([], { start: 10, end: 20 });
    ranges = addRange(ranges, { start: 0, end: 5 });
    ranges = addRange(ranges, { start: 5, end: 10 });
    assert.deepEqual(ranges, [{ start: 0, end: 20 }]);
    ranges = addRange(ranges, { start: 30, end: 40 });
    assert.deepEqual(overlaps(ranges, 15, 35), [{ start: 15, end: 20 }, { start: 30, end: 35 }]);
  });

  it('takes percentiles by nearest rank', () => {
    assert.equal(percentile([], 50), null);
    assert.equal(percentile([1, 2, 3, 4], 50), 2);
    assert.equal(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90), 9);
    assert.equal(percentile([7], 90), 7);
  });
});
