/** The bank's text normalization, tokenizer and highlighting, as pure functions. */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ELLIPSIS, highlight, SNIPPET_LENGTH, snippet } from '../src/forum/highlight.ts';
import { normalizeText, terms, tokenize } from '../src/forum/normalize.ts';

const same = (...spellings: string[]): void => {
  const forms = new Set(spellings.map(normalizeText));
  assert.equal(forms.size, 1, `${spellings.join(' / ')} normalize to ${[...forms].join(' / ')}`);
};

describe('normalizeText', () => {
  test('alef forms with hamza or madda, and alef wasla, are plain alef', () => {
    same('أحمد', 'احمد', 'إحمد', 'آحمد', 'ٱحمد');
    same('الأوراق', 'الاوراق');
  });

  test('Arabic yeh, Persian yeh and alef maksura are one letter', () => {
    same('قاضي', 'قاضی', 'قاضى');
    same('دیوان', 'ديوان');
  });

  test('Arabic kaf and Persian kaf (keheh) are one letter', () => {
    same('شرکت', 'شركت');
    same('کشور', 'كشور');
  });

  test('teh marbuta and heh with yeh above end a word the same as heh', () => {
    same('المحكمة', 'المحكمه');
    same('خانۀ', 'خانه');
  });

  test('diacritics (harakat, shadda, sukun, superscript alef) and tatweel are dropped', () => {
    same('مُحَمَّد', 'محمد');
    same('البيّنة', 'البينة');
    same('قُضِيَ', 'قضي');
    same('المـحـكمة', 'المحكمة');
    same('رحمٰن', 'رحمن');
  });

  test('zero-width non-joiners and bidi marks are dropped', () => {
    same('شرکت‌ها', 'شرکتها');
    same('می‌نماید', 'مینماید');
    same('abc\u200Fdef', 'abcdef');
  });

  test('Arabic-Indic and extended Arabic-Indic digits are ASCII digits', () => {
    assert.equal(normalizeText('٠١٢٣٤٥٦٧٨٩'), '0123456789');
    assert.equal(normalizeText('۰۱۲۳۴۵۶۷۸۹'), '0123456789');
    same('٢٠٢٤', '۲۰۲۴', '2024');
  });

  test('Arabic presentation forms are read as their letters (NFKC)', () => {
    same('\uFEFB', 'لا');
    same('\uFE8D\uFEDF', 'ال');
  });

  test('Cyrillic and Latin fold case; ё is е; Kazakh letters stay', () => {
    same('Расчёт', 'расчет', 'РАСЧЕТ');
    same('Ёлка', 'елка');
    same('ҚАЗАҚСТАН', 'қазақстан');
    assert.notEqual(normalizeText('қазақ'), normalizeText('казак'));
    same('Court', 'COURT', 'court');
  });

  test('distinct words stay distinct', () => {
    assert.notEqual(normalizeText('حكم'), normalizeText('حكيم'));
    assert.notEqual(normalizeText('суд'), normalizeText('сад'));
  });
});

describe('tokenize and terms', () => {
  test('words keep their offsets; punctuation and spaces are not words', () => {
    const text = 'قضت المحكمة، بتاريخ ٢٠٢٤/٠٣/١٥.';
    const tokens = tokenize(text);
    assert.deepEqual(
      tokens.map((t) => t.text),
      ['قضت', 'المحكمة', 'بتاريخ', '٢٠٢٤', '٠٣', '١٥'],
    );
    for (const token of tokens) assert.equal(text.slice(token.start, token.end), token.text);
  });

  test('a Persian word joined by a ZWNJ is one word; tatweel and harakat stay inside the word', () => {
    assert.deepEqual(
      tokenize('شرکت‌ها المـحكمة مُحَمَّد').map((t) => t.text),
      ['شرکت‌ها', 'المـحكمة', 'مُحَمَّد'],
    );
  });

  test('terms are the normalized words; nothing normalizes to an empty term', () => {
    assert.deepEqual(terms('Расчёт истца, ٩٧ ـ'), ['расчет', 'истца', '97']);
    assert.deepEqual(terms('… — !'), []);
  });
});

describe('highlight and snippet', () => {
  const join = (segments: ReadonlyArray<{ text: string }>): string => segments.map((s) => s.text).join('');

  test('highlight marks the words whose normalized form matched, as written', () => {
    const text = 'قضت المحكمه بأن المحكمة العليا';
    const segments = highlight(text, new Set([normalizeText('المحكمة')]));
    assert.equal(join(segments), text);
    assert.deepEqual(
      segments.filter((s) => s.match).map((s) => s.text),
      ['المحكمه', 'المحكمة'],
    );
    // Neighbouring plain text is one segment.
    assert.ok(segments.every((s, i) => i === 0 || s.match || segments[i - 1]!.match));
  });

  test('without matched terms the whole text is one plain segment', () => {
    assert.deepEqual(highlight('Judgment of the court', new Set()), [{ text: 'Judgment of the court', match: false }]);
  });

  test('a snippet starts shortly before the first match, cuts at words, and says where it cut', () => {
    const filler = Array.from({ length: 80 }, (_, i) => `word${i}`).join(' ');
    const text = `${filler} the claimant sought damages ${filler}`;
    const segments = snippet(text, new Set(['damages']))!;
    const body = join(segments);
    assert.ok(body.startsWith(ELLIPSIS) && body.endsWith(ELLIPSIS));
    const inner = body.slice(ELLIPSIS.length, -ELLIPSIS.length);
    assert.ok(text.includes(inner), 'the snippet is a passage of the text');
    assert.ok(inner.length <= SNIPPET_LENGTH);
    assert.match(inner, /^word\d+ /, 'starts at a word boundary');
    assert.deepEqual(
      segments.filter((s) => s.match).map((s) => s.text),
      ['damages'],
    );
  });

  test('a snippet without a match starts at the beginning; requireMatch gives null', () => {
    const text = 'Short headnote.';
    assert.deepEqual(snippet(text, new Set(['absent'])), [{ text, match: false }]);
    assert.equal(snippet(text, new Set(['absent']), true), null);
  });
});
