/**
 * Iranian national code (کد ملی): 10 digits, mod-11 check digit, shorter input left-padded.
 * @module
 */
import { digitsOf, invalid, isRepeatedDigit, readDigits, weightedSum, type IdCheck } from './normalize.ts';

const LENGTH = 10;
/** Codes written without their one or two leading zeros are still accepted. */
const MIN_LENGTH = 8;
const WEIGHTS = [10, 9, 8, 7, 6, 5, 4, 3, 2];

/** The tenth digit that completes a 9-digit body: r = S mod 11, r if r < 2 else 11 − r. */
export function iranianCheckDigit(body: string): number {
  const r = weightedSum(digitsOf(body), WEIGHTS) % 11;
  return r < 2 ? r : 11 - r;
}

/** Checks an Iranian national code; the valid value is the zero-padded 10 digits. */
export function checkIranianNationalCode(value: string): IdCheck {
  const digits = readDigits(value, LENGTH, MIN_LENGTH);
  if (typeof digits !== 'string') return digits;
  // 1111111111 and the like pass the arithmetic but are never issued.
  if (isRepeatedDigit(digits)) return invalid('repeated_digits');
  if (iranianCheckDigit(digits.slice(0, 9)) !== Number(digits[9])) return invalid('checksum');
  return { valid: true, value: digits };
}

export function isIranianNationalCode(value: string): boolean {
  return checkIranianNationalCode(value).valid;
}
