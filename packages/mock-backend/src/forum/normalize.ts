/**
 * Text normalization for the decisions bank, used for indexing and for queries
 * alike, so a word written one way finds the same word written another way.
 *
 * Arabic and Persian: alef forms (أ إ آ ٱ) → ا; Arabic and Persian yeh and alef
 * maksura (ي ی ى) → ي; Arabic and Persian kaf (ك ک) → ك; teh marbuta and heh with
 * yeh above (ة ۀ) → ه, as common Arabic search normalizers do, since the ending is
 * written both ways; diacritics (harakat, shadda, sukun, superscript alef, Quranic
 * marks), tatweel, zero-width joiners and bidi marks removed; Arabic-Indic and
 * extended Arabic-Indic digits → ASCII. Kazakh and Russian: lower case, ё → е.
 * Everything: NFKC first (Arabic presentation forms, full-width digits), then lower case.
 * @module
 */

/** Characters a word is made of: letters, marks, digits, and the joiners and marks removed below. */
const WORD = /[\p{L}\p{M}\p{N}\u200C\u200D\u200E\u200F\u061C]+/gu;

/** Removed: harakat and other Arabic marks, tatweel, ZWNJ/ZWJ, LRM/RLM/ALM. */
const REMOVED = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E8\u06EA-\u06ED\u0640\u200C\u200D\u200E\u200F\u061C]/g;

const LETTERS: Readonly<Record<string, string>> = {
  '\u0623': '\u0627', // أ
  '\u0625': '\u0627', // إ
  '\u0622': '\u0627', // آ
  '\u0671': '\u0627', // ٱ alef wasla
  '\u0672': '\u0627', // ٲ
  '\u0673': '\u0627', // ٳ
  '\u06CC': '\u064A', // ی Persian yeh
  '\u0649': '\u064A', // ى alef maksura
  '\u06D0': '\u064A', // ې
  '\u06A9': '\u0643', // ک Persian kaf (keheh)
  '\u06AA': '\u0643', // ڪ swash kaf
  '\u0629': '\u0647', // ة teh marbuta
  '\u06C0': '\u0647', // ۀ heh with yeh above
  '\u06BE': '\u0647', // ھ heh doachashmee
  '\u06C1': '\u0647', // ہ heh goal
  '\u0451': '\u0435', // ё
};
const MAPPED = new RegExp(`[${Object.keys(LETTERS).join('')}]`, 'g');

/** U+0660–0669 and U+06F0–06F9 → 0–9. */
const INDIC_DIGIT = /[\u0660-\u0669\u06F0-\u06F9]/g;
const digitValue = (d: string): string => String(d.charCodeAt(0) & 0xf);

/** The searchable form of a text: the same for every spelling variant listed above. */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(REMOVED, '')
    .replace(MAPPED, (c) => LETTERS[c]!)
    .replace(INDIC_DIGIT, digitValue);
}

/** A word of a text with where it stands in it. */
export interface Token {
  /** As written. */
  text: string;
  start: number;
  end: number;
}

/** The words of `text` as written, with their offsets; what is between them (spaces, punctuation) is not a word. */
export function tokenize(text: string): Token[] {
  return [...text.matchAll(WORD)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
}

/** The words of `text` as written, without offsets (what an index needs). */
export function words(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** The search terms of a text: its words, normalized, without those that normalize to nothing. */
export function terms(text: string): string[] {
  return words(text)
    .map(normalizeText)
    .filter((term) => term !== '');
}
