/**
 * Court-local calendar dates and wall-clock times from UTC instants, and back,
 * through `Intl.DateTimeFormat` alone (no date library): the noon rule, appeal
 * deadlines and the seed's hearing times all count in the court's own time zone.
 * @module
 */

export interface LocalParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (formatter === undefined) {
    // `h23` so midnight reads 00, never 24; throws RangeError for an unknown zone.
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      calendar: 'gregory',
      numberingSystem: 'latn',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The Gregorian date and wall-clock time of `instant` in `timeZone`. */
export function localParts(instant: Date, timeZone: string): LocalParts {
  const parts: Partial<Record<Intl.DateTimeFormatPartTypes, number>> = {};
  for (const part of formatterFor(timeZone).formatToParts(instant)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return { year: parts.year!, month: parts.month!, day: parts.day!, hour: parts.hour!, minute: parts.minute! };
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** `YYYY-MM-DD` of `instant` in `timeZone`. */
export function localDateOf(instant: Date, timeZone: string): string {
  const { year, month, day } = localParts(instant, timeZone);
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** Minutes since local midnight of `instant` in `timeZone`. */
export function localMinutesOf(instant: Date, timeZone: string): number {
  const { hour, minute } = localParts(instant, timeZone);
  return hour * 60 + minute;
}

/** `HH:MM` as minutes since midnight; throws `RangeError` for anything else. */
export function parseHhMm(text: string): number {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(text);
  if (match === null) throw new RangeError(`not an HH:MM time: ${text}`);
  return Number(match[1]) * 60 + Number(match[2]);
}

/** A `YYYY-MM-DD` date as UTC-midnight milliseconds, for pure calendar arithmetic. */
export function dateToUtcMs(date: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (match === null) throw new RangeError(`not a YYYY-MM-DD date: ${date}`);
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
}

export function utcMsToDate(ms: number): string {
  const d = new Date(ms);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** `date` plus `days` calendar days. */
export function addDays(date: string, days: number): string {
  return utcMsToDate(dateToUtcMs(date) + days * 86_400_000);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(date: string): number {
  return new Date(dateToUtcMs(date)).getUTCDay();
}

/**
 * The UTC instant at which the wall clock in `timeZone` reads `date` `time`.
 * Found by correcting a first guess with the zone's offset, twice (enough across
 * one offset change); a wall time skipped by a DST jump lands just after the gap.
 */
export function zonedInstant(date: string, time: string, timeZone: string): Date {
  const wall = dateToUtcMs(date) + parseHhMm(time) * 60_000;
  let guess = wall;
  for (let i = 0; i < 2; i += 1) {
    const p = localParts(new Date(guess), timeZone);
    const seen = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute);
    guess += wall - seen;
  }
  return new Date(guess);
}
