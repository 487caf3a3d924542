/**
 * How a clerk happens to write: each generated decision draws a spelling style and
 * every text of it is written that way. Courts publish the same words spelled
 * differently (hamza dropped, diacritics added, tatweel, Arabic yeh and kaf typed
 * in Persian, `е` for `ё`), which is what the search's normalization must see through.
 * @module
 */
import type { LanguageCode } from '@adalat/sdk/contract';
import type { Prng } from '../seed/prng.ts';

export interface SpellingStyle {
  /** Arabic: أ إ آ written as ا. */
  dropHamza: boolean;
  /** Arabic: some words carry harakat. */
  diacritics: boolean;
  /** Arabic: some words are stretched with tatweel (ـ). */
  tatweel: boolean;
  /** Arabic: final ة written as ه, final ي as ى. */
  looseEndings: boolean;
  /** Persian: typed on an Arabic layout (ي ك for ی ک). */
  arabicLetters: boolean;
  /** Persian: zero-width non-joiners left out (شرکتها for شرکت‌ها). */
  dropZwnj: boolean;
  /** Russian: ё written as е. */
  yoAsYe: boolean;
  /** Arabic and Persian: numbers in the language's own digits. */
  localDigits: boolean;
}

export function drawStyle(language: LanguageCode, prng: Prng): SpellingStyle {
  const arabic = language === 'ar';
  const persian = language === 'fa';
  return {
    dropHamza: arabic && prng.chance(0.3),
    diacritics: arabic && prng.chance(0.2),
    tatweel: arabic && prng.chance(0.15),
    looseEndings: arabic && prng.chance(0.15),
    arabicLetters: persian && prng.chance(0.3),
    dropZwnj: persian && prng.chance(0.3),
    yoAsYe: language === 'ru' && prng.chance(0.5),
    localDigits: (arabic || persian) && prng.chance(0.6),
  };
}

/** Arabic letters that join the next one, where a tatweel can stretch the word. */
const JOINS_NEXT = /[بتثجحخسشصضطظعغفقكلمنهيئ]/;
const ARABIC_WORD = /[\u0621-\u064A]{4,}/g;
const FATHA = '\u064E';
const KASRA = '\u0650';

function arabicWords(text: string, every: number, change: (word: string) => string): string {
  let n = 0;
  return text.replace(ARABIC_WORD, (word) => (n++ % every === 0 ? change(word) : word));
}

/** `text` as written in `style`; `digits` are the language's own digits, when it has them. */
export function spell(text: string, style: SpellingStyle, digits: string | undefined): string {
  let out = text;
  if (style.dropHamza) out = out.replace(/[أإآ]/g, 'ا');
  if (style.looseEndings) out = out.replace(/ة(?=[\s.,،:؛]|$)/g, 'ه').replace(/ي(?=[\s.,،:؛]|$)/g, 'ى');
  if (style.diacritics) out = arabicWords(out, 3, (w) => `${w[0]}${FATHA}${w.slice(1, 3)}${KASRA}${w.slice(3)}`);
  if (style.tatweel) out = arabicWords(out, 4, (w) => (JOINS_NEXT.test(w[1]!) ? `${w.slice(0, 2)}ـ${w.slice(2)}` : w));
  if (style.arabicLetters) out = out.replaceAll('ی', 'ي').replaceAll('ک', 'ك');
  if (style.dropZwnj) out = out.replaceAll('\u200C', '');
  if (style.yoAsYe) out = out.replaceAll('ё', 'е').replaceAll('Ё', 'Е');
  if (style.localDigits && digits !== undefined) out = out.replace(/\d/g, (d) => digits[Number(d)]!);
  return out;
}
