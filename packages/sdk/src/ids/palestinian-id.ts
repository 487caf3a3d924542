/**
 * Palestinian ID (issued through the shared population registry): 9 digits, Luhn-style
 * weights 1,2,1,2,… from the left, shorter input left-padded.
 * @module
 */
import { digitsOf, invalid, readDigits, type IdCheck } from './normalize.ts';

const LENGTH = 9;
/** Numbers written without their one or two leading zeros are still accepted. */
const MIN_LENGTH = 7;

/** Σ of dᵢ×(1,2,1,2,…) from the left, 9 subtracted from products above 9. */
function weightedDigitSum(digits: readonly number[]): number {
  return digits.reduce((sum, digit, i) => {
    const product = digit * (i % 2 === 0 ? 1 : 2);
    return sum + (product > 9 ? product - 9 : product);
  }, 0);
}

/** The ninth digit that completes an 8-digit body. */
export function palestinianCheckDigit(body: string): number {
  return (10 - (weightedDigitSum(digitsOf(body)) % 10)) % 10;
}

/** Checks a Palestinian ID; the valid value is the zero-padded 9 digits. */
export function checkPalestinianId(value: string): IdCheck {
  const digits = readDigits(value, LENGTH, MIN_LENGTH);
  if (typeof digits !== 'string') return digits;
  // 000000000 passes the arithmetic but is no one's number.
  if (/^0+$/.test(digits)) return invalid('repeated_digits');
  if (weightedDigitSum(digitsOf(digits)) % 10 !== 0) return invalid('checksum');
  return { valid: true, value: digits };
}

export function isPalestinianId(value: string): boolean {
  return checkPalestinianId(value).valid;
}
