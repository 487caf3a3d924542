/** The sandbox's PDF writer and the authorised document download. */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CaseDocument, listOf } from '@adalat/sdk/contract';
import { renderPdf, wrapLines } from '../src/pdf/minimal-pdf.ts';
import { asWidget, download, tokenFor } from './cases-helpers.ts';
import { assertProblem, useSandbox } from './helpers.ts';

const sandbox = useSandbox();
const latin1 = (bytes: Uint8Array): string => String.fromCharCode(...bytes);

/** Structural checks a PDF reader relies on; returns the text of the content stream. */
function checkPdf(bytes: Uint8Array): string {
  const text = latin1(bytes);
  assert.ok(text.startsWith('%PDF-1.'), 'header');
  assert.ok(text.endsWith('%%EOF\n'), 'trailer end');
  const startxref = Number(/startxref\n(\d+)\n%%EOF\n$/.exec(text)?.[1]);
  assert.equal(text.slice(startxref, startxref + 5), 'xref\n', 'startxref points at the xref table');
  const [, first, count] = /^xref\n(\d+) (\d+)\n/.exec(text.slice(startxref))!.map(Number) as [number, number, number];
  assert.equal(first, 0);
  const entries = text.slice(startxref).split('\n').slice(2, 2 + count);
  assert.equal(entries[0], '0000000000 65535 f ');
  entries.slice(1).forEach((entry, index) => {
    assert.match(entry, /^\d{10} 00000 n $/, 'each entry is 20 bytes with its newline');
    const offset = Number(entry.slice(0, 10));
    assert.ok(text.startsWith(`${index + 1} 0 obj\n`, offset), `object ${index + 1} is at its xref offset`);
  });
  assert.match(text, new RegExp(`/Size ${count} /Root 1 0 R`));
  const stream = /<< \/Length (\d+) >>\nstream\n([\s\S]*?)endstream/.exec(text)!;
  assert.equal(Number(stream[1]), stream[2]!.length, '/Length is the stream’s byte length');
  return stream[2]!;
}

describe('renderPdf', () => {
  test('writes a one-page PDF with a correct cross-reference table', () => {
    const content = checkPdf(renderPdf({ title: 'Judgment - 12/2026', lines: ['Case 12/2026', 'Court: Ramallah'] }));
    assert.match(content, /\(Judgment - 12\/2026\) Tj/);
    assert.match(content, /\(Court: Ramallah\) Tj/);
  });

  test('escapes PDF string delimiters and replaces what the Latin font cannot show', () => {
    const content = checkPdf(renderPdf({ title: 'A (b) \\ c', lines: ['حكم', 'Решение (1)'] }));
    assert.match(content, /\(A \\\(b\\\) \\\\ c\) Tj/);
    assert.match(content, /\(\?\?\?\) Tj/);
    assert.match(content, /\(\?{7} \\\(1\\\)\) Tj/);
  });

  test('wraps long text at word boundaries and cuts what does not fit on the page', () => {
    assert.deepEqual(wrapLines(['aaa bbb ccc'], 7), ['aaa bbb', 'ccc']);
    assert.deepEqual(wrapLines(['abcdefghij'], 4), ['abcd', 'efgh', 'ij']);
    assert.deepEqual(wrapLines(['one\ntwo']), ['one', 'two']);
    const content = checkPdf(renderPdf({ title: 'Long', lines: Array.from({ length: 200 }, (_, i) => `line ${i}`) }));
    assert.match(content, /\(\[\.\.\.\]\) Tj/);
    assert.doesNotMatch(content, /line 199/);
  });
});

describe('downloadDocument', () => {
  test('a party downloads a judicial act as application/pdf, with its size as listed', async () => {
    const key = tokenFor(sandbox, 'person', 'per_ps_001');
    const docs = await fetch('https://sandbox.adalat.test/v1/cases/cas_ps_003/documents?kind=judicial_act', {
      headers: { Authorization: `Bearer ${key}` },
    });
    const [act] = listOf(CaseDocument).parse(await docs.json()).data;
    assert.ok(act);
    const result = await download(`/v1/cases/cas_ps_003/documents/${act.id}/pdf`, key);
    assert.equal(result.status, 200);
    assert.equal(result.headers.get('Content-Type'), 'application/pdf');
    assert.equal(result.headers.get('Content-Disposition'), `attachment; filename="${act.id}.pdf"`);
    assert.match(result.headers.get('Cache-Control') ?? '', /no-store/);
    assert.equal(result.bytes.byteLength, act.sizeBytes);
    assert.equal(result.headers.get('ETag'), null);
    const content = checkPdf(result.bytes);
    assert.match(content, new RegExp(`\\(Judgment - ${sandbox.store.cases.get('cas_ps_003')!.number.replace('/', '\\/')}\\) Tj`));
  });

  test('a memorandum’s PDF carries its text', async () => {
    const key = tokenFor(sandbox, 'staff', 'stf_kz_001');
    const memo = [...sandbox.store.caseDocuments.values()].find((d) => d.caseId === 'cas_kz_002' && d.kind === 'memorandum')!;
    sandbox.store.caseDocuments.get(memo.id)!.text = 'The claim is time-barred.';
    const content = checkPdf((await download(`/v1/cases/cas_kz_002/documents/${memo.id}/pdf`, key)).bytes);
    assert.match(content, /\(The claim is time-barred\.\) Tj/);
  });

  test('403 for a stranger, 404 for a document of another case, widget sessions held to their case', async () => {
    const stranger = tokenFor(sandbox, 'person', 'per_ps_002');
    assertProblem(await fetchJson('/v1/cases/cas_ps_003/documents/doc_ps_003_1/pdf', stranger), 403, 'case_not_accessible');
    const staff = tokenFor(sandbox, 'staff', 'stf_ps_001');
    assertProblem(await fetchJson('/v1/cases/cas_ps_003/documents/doc_ps_001_1/pdf', staff), 404, 'document_not_found');
    const widget = await asWidget(sandbox, 'PS', ['cas_ps_003'], ['cases.downloadDocument']);
    assertProblem(await widget('/v1/cases/cas_ps_001/documents/doc_ps_001_1/pdf'), 403, 'subject_not_in_scope');
  });
});

async function fetchJson(path: string, key: string) {
  const response = await fetch(`https://sandbox.adalat.test${path}`, { headers: { Authorization: `Bearer ${key}` } });
  return { status: response.status, headers: response.headers, body: (await response.json()) as unknown };
}
