/**
 * Money in the reader's digits. Amounts arrive in integer minor units and are turned
 * into an exact decimal string before `Intl.NumberFormat` sees them: dividing by 1000
 * in floating point loses fils on large JOD sums and rials run to billions.
 * @module
 */
import { MINOR_UNITS, type Currency, type Money } from '@adalat/sdk/contract';
import { baseLocale, numberingFor } from './conventions.ts';

/** Digits after the decimal point for a currency as the API counts it (JOD 3, IRR 0, others 2). */
export function fractionDigits(currency: Currency): number {
  const minor = MINOR_UNITS[currency];
  if (minor === undefined) throw new RangeError(`unknown currency: ${JSON.stringify(currency)}`);
  return Math.round(Math.log10(minor));
}

/**
 * The exact decimal string of an amount in minor units: `1234567` JOD → `"1234.567"`.
 * @throws {RangeError} when the amount is not an integer within the safe range.
 */
export function toDecimalString(amount: number | bigint, currency: Currency): string {
  if (typeof amount === 'number' && !Number.isSafeInteger(amount)) {
    throw new RangeError(`money amounts are integers in minor units, got ${amount}`);
  }
  const digits = fractionDigits(currency);
  const minor = BigInt(amount);
  const negative = minor < 0n;
  const abs = negative ? -minor : minor;
  const scale = 10n ** BigInt(digits);
  const whole = (abs / scale).toString();
  const fraction = digits > 0 ? '.' + (abs % scale).toString().padStart(digits, '0') : '';
  return `${negative ? '-' : ''}${whole}${fraction}`;
}

const formatters = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: string, currency: Currency): Intl.NumberFormat {
  const key = `${locale}|${currency}`;
  let format = formatters.get(key);
  if (!format) {
    const digits = fractionDigits(currency);
    format = new Intl.NumberFormat(baseLocale(locale), {
      style: 'currency',
      currency,
      numberingSystem: numberingFor(locale),
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
    formatters.set(key, format);
  }
  return format;
}

/** Formats `{ amount, currency }` (amount in minor units) for `locale`, exactly. */
export function formatMoney(money: Pick<Money, 'currency'> & { amount: number | bigint }, locale: string): string {
  // Intl.NumberFormat formats a decimal string exactly (ES2023), with no float in between.
  const exact = toDecimalString(money.amount, money.currency) as Intl.StringNumericLiteral;
  return numberFormat(locale, money.currency).format(exact);
}
