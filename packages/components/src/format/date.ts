/**
 * Dates and times in the reader's calendar and digits, in the court's time zone.
 * @module
 */
import { baseLocale, calendarFor, numberingFor } from './conventions.ts';

export { calendarFor, numberingFor } from './conventions.ts';

export interface FormatInstantOptions {
  /** BCP 47 tag of the reader: `ar-SA`, `fa-IR`, `kk`, `ru`, `en`. */
  locale: string;
  /** IANA zone the instant is shown in, usually the court's (`Asia/Hebron`). */
  timeZone: string;
  /** Overrides the locale's calendar (`gregory`, `islamic-umalqura`, `persian`). */
  calendar?: string;
  dateStyle?: Intl.DateTimeFormatOptions['dateStyle'];
  timeStyle?: Intl.DateTimeFormatOptions['timeStyle'];
}

// Building an Intl.DateTimeFormat is costly; a page may show hundreds of dates.
const formatters = new Map<string, Intl.DateTimeFormat>();

/** The shared formatter for these options, with the locale's calendar and digits. */
export function dateTimeFormat(options: FormatInstantOptions): Intl.DateTimeFormat {
  const calendar = options.calendar ?? calendarFor(options.locale);
  const numberingSystem = numberingFor(options.locale);
  const dateStyle = options.dateStyle ?? (options.timeStyle ? undefined : 'medium');
  const key = [options.locale, options.timeZone, calendar, numberingSystem, dateStyle, options.timeStyle].join('|');
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(baseLocale(options.locale), {
      calendar,
      numberingSystem,
      timeZone: options.timeZone,
      dateStyle,
      timeStyle: options.timeStyle,
    });
    formatters.set(key, format);
  }
  return format;
}

/**
 * Formats an instant (`2026-11-23T09:00:00Z` or a `Date`) for `locale` in `timeZone`.
 * Shows the date only (`medium`) unless a style is given.
 * @throws {RangeError} for an unparseable instant, locale or time zone.
 */
export function formatInstant(instant: string | Date, options: FormatInstantOptions): string {
  const date = typeof instant === 'string' ? new Date(instant) : instant;
  if (Number.isNaN(date.getTime())) {
    throw new RangeError(`not an instant: ${JSON.stringify(String(instant))}`);
  }
  return dateTimeFormat(options).format(date);
}

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export type FormatLocalDateOptions = Omit<FormatInstantOptions, 'timeZone' | 'timeStyle'>;

/**
 * Formats a calendar date that has no time zone of its own (`2026-12-20`, the API's
 * `LocalDate`, e.g. an appeal deadline already counted in the court's zone) in the
 * reader's calendar and digits, so the day never shifts with the reader's zone.
 * @throws {RangeError} for a string that is not `YYYY-MM-DD`.
 */
export function formatLocalDate(date: string, options: FormatLocalDateOptions): string {
  const match = LOCAL_DATE.exec(date);
  if (!match) throw new RangeError(`not a YYYY-MM-DD date: ${JSON.stringify(date)}`);
  // Noon UTC of that day, shown in UTC: the same day in every calendar conversion.
  const noon = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]), 12));
  return dateTimeFormat({ ...options, timeZone: 'UTC' }).format(noon);
}
