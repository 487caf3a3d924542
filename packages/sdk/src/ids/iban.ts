/**
 * IBANs of the Adalat jurisdictions (ISO 13616): country code, two check digits, and the
 * country's BBAN, checked with mod 97 (ISO 7064) without bigint.
 * @module
 */
import type { JurisdictionCode } from '../contract/common.ts';
import { invalid, normalizeIdInput, type IdInvalid } from './normalize.ts';

/** Countries whose IBANs are checked: the jurisdictions Adalat serves. */
export type IbanCountry = JurisdictionCode;

export type IbanCheck =
  | { readonly valid: true; readonly value: string; readonly country: IbanCountry }
  | IdInvalid;

interface IbanFormat {
  readonly length: number;
  /** The BBAN as the SWIFT IBAN registry describes it. */
  readonly bban: RegExp;
}

const FORMATS: Readonly<Record<IbanCountry, IbanFormat>> = {
  PS: { length: 29, bban: /^[A-Z]{4}[A-Z0-9]{21}$/ }, // 4!a21!c
  SA: { length: 24, bban: /^[0-9]{2}[A-Z0-9]{18}$/ }, // 2!n18!c
  IR: { length: 26, bban: /^[0-9]{22}$/ }, // 22!n
  KZ: { length: 20, bban: /^[0-9]{3}[A-Z0-9]{13}$/ }, // 3!n13!c
};

function isIbanCountry(code: string): code is IbanCountry {
  return Object.hasOwn(FORMATS, code);
}

/** Normalized IBAN text: no separators, ASCII digits, upper case. */
function normalizeIban(value: string): string {
  return normalizeIdInput(value).toUpperCase();
}

/**
 * The remainder mod 97 of the number the text spells with letters as 10–35, one character
 * at a time so every intermediate stays below 9,700 (no bigint, no precision loss).
 */
function mod97(text: string): number {
  let remainder = 0;
  for (const char of text) {
    const value = Number.parseInt(char, 36);
    remainder = (remainder * (value > 9 ? 100 : 10) + value) % 97;
  }
  return remainder;
}

/**
 * Checks an IBAN of PS, SA, IR or KZ. With `country`, an IBAN of any other country is
 * reported as `country`. The valid value is the compact upper-case form.
 */
export function checkIban(value: string, country?: IbanCountry): IbanCheck {
  const iban = normalizeIban(value);
  if (iban === '') return invalid('empty');
  if (!/^[A-Z]{2}[0-9]{2}[A-Z0-9]+$/.test(iban)) return invalid('characters');
  const code = iban.slice(0, 2);
  if (!isIbanCountry(code) || (country !== undefined && code !== country)) return invalid('country');
  const format = FORMATS[code];
  if (iban.length !== format.length) return invalid('length');
  if (!format.bban.test(iban.slice(4))) return invalid('characters');
  // 00, 01 and 99 are never issued check digits, yet pass mod 97 exactly where 97, 98 and 02 would.
  const checkDigits = Number(iban.slice(2, 4));
  if (checkDigits < 2 || checkDigits > 98) return invalid('checksum');
  if (mod97(iban.slice(4) + iban.slice(0, 4)) !== 1) return invalid('checksum');
  return { valid: true, value: iban, country: code };
}

export function isIban(value: string, country?: IbanCountry): boolean {
  return checkIban(value, country).valid;
}

/** The IBAN in the printed form: upper case, groups of four separated by spaces. */
export function formatIban(value: string): string {
  return normalizeIban(value).replace(/(.{4})(?=.)/g, '$1 ');
}

/**
 * Builds the IBAN of a BBAN by computing its check digits; for test data and seeds.
 * Throws a `RangeError` when the BBAN does not fit the country's format.
 */
export function ibanWithCheckDigits(country: IbanCountry, bban: string): string {
  const format: IbanFormat | undefined = FORMATS[country];
  const body = normalizeIban(bban);
  if (format === undefined) throw new RangeError(`IBANs of ${String(country)} are not supported`);
  if (!format.bban.test(body)) {
    throw new RangeError(`BBAN does not fit the ${country} format (${format.length - 4} characters)`);
  }
  const checkDigits = 98 - mod97(`${body}${country}00`);
  return `${country}${String(checkDigits).padStart(2, '0')}${body}`;
}
