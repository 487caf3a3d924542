/**
 * Input clean-up shared by every identifier check, and the result types they return.
 * @module
 */

/** Why a value is not a valid identifier; `idProblemMessage` turns it into English. */
export type IdProblem =
  | 'empty'
  | 'characters'
  | 'length'
  | 'prefix'
  | 'repeated_digits'
  | 'birth_date'
  | 'checksum'
  | 'country';

/** Every `IdProblem`, for catalogs that must translate each one. */
export const ID_PROBLEMS: readonly IdProblem[] = [
  'empty',
  'characters',
  'length',
  'prefix',
  'repeated_digits',
  'birth_date',
  'checksum',
  'country',
];

export interface IdInvalid {
  readonly valid: false;
  readonly reason: IdProblem;
}

/** A valid identifier in canonical ASCII form (padded, no separators), with its kind where it has one. */
export type IdValid<Kind extends string = never> = [Kind] extends [never]
  ? { readonly valid: true; readonly value: string; readonly kind?: undefined }
  : { readonly valid: true; readonly value: string; readonly kind: Kind };

export type IdCheck<Kind extends string = never> = IdValid<Kind> | IdInvalid;

export function invalid(reason: IdProblem): IdInvalid {
  return { valid: false, reason };
}

// Spaces of any width, ASCII and Unicode dashes, and the invisible direction marks that
// copying from right-to-left text adds around numbers.
const SEPARATORS = /[\s\-\u2010-\u2015\u2212\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]/g;
// U+0660–0669 Arabic-Indic and U+06F0–06F9 extended Arabic-Indic (Persian) digits.
const EASTERN_DIGITS = /[\u0660-\u0669\u06f0-\u06f9]/g;

/** Trims, drops separators, and turns Arabic-Indic and Persian digits into ASCII digits. */
export function normalizeIdInput(value: string): string {
  return value
    .replace(SEPARATORS, '')
    .replace(EASTERN_DIGITS, (digit) => {
      const code = digit.charCodeAt(0);
      return String(code >= 0x06f0 ? code - 0x06f0 : code - 0x0660);
    });
}

const ASCII_DIGITS = /^[0-9]+$/;

/**
 * The shared first steps of a numeric identifier check: normalize, then reject empty input,
 * non-digits, and lengths outside `minLength..length`; shorter input is left-padded with zeros
 * (spreadsheets drop leading zeros). Returns the digits, or the problem.
 */
export function readDigits(value: string, length: number, minLength = length): string | IdInvalid {
  const text = normalizeIdInput(value);
  if (text === '') return invalid('empty');
  if (!ASCII_DIGITS.test(text)) return invalid('characters');
  if (text.length < minLength || text.length > length) return invalid('length');
  return text.padStart(length, '0');
}

/** The digits of an ASCII digit string as numbers. */
export function digitsOf(text: string): number[] {
  return Array.from(text, Number);
}

/** Σ dᵢ×wᵢ over as many digits as there are weights. */
export function weightedSum(digits: readonly number[], weights: readonly number[]): number {
  return weights.reduce((sum, weight, i) => sum + weight * (digits[i] ?? 0), 0);
}

/** The same digit throughout, such as `0000000000`. */
export function isRepeatedDigit(text: string): boolean {
  return /^(\d)\1*$/.test(text);
}
