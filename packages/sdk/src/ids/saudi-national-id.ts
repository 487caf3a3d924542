/**
 * Saudi national ID (citizens) and Iqama (residents): 10 digits, first digit 1 or 2, Luhn check.
 * @module
 */
import { digitsOf, invalid, readDigits, type IdCheck } from './normalize.ts';

/** `citizen` for a national ID (starts with 1), `resident` for an Iqama (starts with 2). */
export type SaudiIdKind = 'citizen' | 'resident';

const LENGTH = 10;

/** Luhn sum: digits 1,3,5,7,9 from the left doubled, 9 subtracted above 9. */
function luhnSum(digits: readonly number[]): number {
  return digits.reduce((sum, digit, i) => {
    if (i % 2 === 1) return sum + digit;
    const doubled = digit * 2;
    return sum + (doubled > 9 ? doubled - 9 : doubled);
  }, 0);
}

/** The tenth digit that completes a 9-digit body. */
export function saudiCheckDigit(body: string): number {
  return (10 - (luhnSum(digitsOf(body)) % 10)) % 10;
}

/** Checks a Saudi national ID or Iqama number and says which one it is. */
export function checkSaudiNationalId(value: string): IdCheck<SaudiIdKind> {
  const digits = readDigits(value, LENGTH);
  if (typeof digits !== 'string') return digits;
  const kind: SaudiIdKind | undefined =
    digits[0] === '1' ? 'citizen' : digits[0] === '2' ? 'resident' : undefined;
  if (kind === undefined) return invalid('prefix');
  if (luhnSum(digitsOf(digits)) % 10 !== 0) return invalid('checksum');
  return { valid: true, value: digits, kind };
}

export function isSaudiNationalId(value: string): boolean {
  return checkSaudiNationalId(value).valid;
}
