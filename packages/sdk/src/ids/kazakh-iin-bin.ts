/**
 * Kazakh IIN (individuals, starts with the birth date) and BIN (legal entities, starts with
 * the registration year and month, then the entity type): 12 digits, mod-11 check digit.
 * @module
 */
import { digitsOf, invalid, readDigits, weightedSum, type IdCheck } from './normalize.ts';

/** `iin` for a person (ЖСН/ИИН), `bin` for a legal entity (БСН/БИН). */
export type KazakhIdKind = 'iin' | 'bin';

const LENGTH = 12;
const FIRST_WEIGHTS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
const SECOND_WEIGHTS = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2];

/** The twelfth digit that completes an 11-digit body, or `undefined` when both passes give 10. */
export function kazakhCheckDigit(body: string): number | undefined {
  const digits = digitsOf(body);
  const first = weightedSum(digits, FIRST_WEIGHTS) % 11;
  if (first !== 10) return first;
  const second = weightedSum(digits, SECOND_WEIGHTS) % 11;
  return second === 10 ? undefined : second;
}

function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

function daysInMonth(year: number, month: number): number {
  return month === 2 ? (isLeapYear(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Digit 7 of an IIN: 1–2 born in the 1800s, 3–4 the 1900s, 5–6 the 2000s; 0 (foreign citizens) says nothing. */
function candidateCenturies(centuryDigit: number): number[] | undefined {
  if (centuryDigit === 0) return [1900, 2000];
  if (centuryDigit > 6) return undefined;
  return [1800 + 100 * Math.floor((centuryDigit - 1) / 2)];
}

/** Digits 1–6 are a real YYMMDD date in a century digit 7 allows. */
function hasBirthDate(digits: string): boolean {
  const centuries = candidateCenturies(Number(digits[6]));
  if (centuries === undefined) return false;
  const yy = Number(digits.slice(0, 2));
  const month = Number(digits.slice(2, 4));
  const day = Number(digits.slice(4, 6));
  if (month < 1 || month > 12 || day < 1) return false;
  return centuries.some((century) => day <= daysInMonth(century + yy, month));
}

/** Digit 5 of a BIN is the entity type (4 resident, 5 non-resident, 6 sole enterprise); a day never starts with 4–6. */
function isBinShaped(digits: string): boolean {
  return digits[4] === '4' || digits[4] === '5' || digits[4] === '6';
}

/** Checks a Kazakh IIN or BIN and says which one it is. */
export function checkKazakhIinBin(value: string): IdCheck<KazakhIdKind> {
  const digits = readDigits(value, LENGTH);
  if (typeof digits !== 'string') return digits;
  const kind: KazakhIdKind = isBinShaped(digits) ? 'bin' : 'iin';
  if (kind === 'iin' && !hasBirthDate(digits)) return invalid('birth_date');
  if (kazakhCheckDigit(digits.slice(0, 11)) !== Number(digits[11])) return invalid('checksum');
  return { valid: true, value: digits, kind };
}

export function isKazakhIinBin(value: string): boolean {
  return checkKazakhIinBin(value).valid;
}
