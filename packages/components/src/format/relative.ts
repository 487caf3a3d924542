/**
 * "In 2 days", "3 hours ago": a time span from now, in the reader's language and digits,
 * through `Intl.RelativeTimeFormat` (so no plural tables of our own).
 * @module
 */
import { baseLocale, numberingFor } from './conventions.ts';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const formatters = new Map<string, Intl.RelativeTimeFormat>();

function formatterFor(locale: string): Intl.RelativeTimeFormat {
  let format = formatters.get(locale);
  if (!format) {
    format = new Intl.RelativeTimeFormat(baseLocale(locale), { numeric: 'auto', numberingSystem: numberingFor(locale) } as Intl.RelativeTimeFormatOptions);
    formatters.set(locale, format);
  }
  return format;
}

/**
 * `target` relative to `now` in whole days (a day or more away), hours (an hour or more)
 * or minutes, rounded towards now so "in 2 days" never overstates the time left.
 */
export function formatRelative(target: Date | string, now: Date, locale: string): string {
  const ms = (typeof target === 'string' ? Date.parse(target) : target.getTime()) - now.getTime();
  const size = Math.abs(ms);
  const [unit, length]: [Intl.RelativeTimeFormatUnit, number] = size >= DAY ? ['day', DAY] : size >= HOUR ? ['hour', HOUR] : ['minute', MINUTE];
  const value = Math.trunc(ms / length);
  return formatterFor(locale).format(value === 0 ? 0 : value, unit);
}
