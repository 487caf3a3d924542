/**
 * Helpers for localized seed text: keep only a jurisdiction's languages, and write
 * numbers in the digits each language uses.
 * @module
 */
import type { LanguageCode, LocalizedText } from '@adalat/sdk/contract';

/** Every language the seed writes names in. */
export type AllLanguages = Record<LanguageCode, string>;

/** The subset of `text` in `languages`, in that order. */
export function pickLanguages(text: Partial<AllLanguages>, languages: readonly LanguageCode[]): LocalizedText {
  const out: LocalizedText = {};
  for (const language of languages) {
    const value = text[language];
    if (value !== undefined) out[language] = value;
  }
  return out;
}

const DIGITS: Partial<Record<LanguageCode, string>> = {
  ar: '٠١٢٣٤٥٦٧٨٩',
  fa: '۰۱۲۳۴۵۶۷۸۹',
};

/** `n` in the language's digits: Arabic-Indic for ar, extended Arabic-Indic for fa, Latin otherwise. */
export function localDigits(n: number, language: LanguageCode): string {
  const digits = DIGITS[language];
  const latin = String(n);
  return digits === undefined ? latin : latin.replace(/\d/g, (d) => digits[Number(d)]!);
}
