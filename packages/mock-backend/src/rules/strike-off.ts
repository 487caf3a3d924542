/**
 * The noon strike-off rule (Palestine): a panel may not strike a case off the roll
 * (شطب) before 12:00 court-local time, so a party or lawyer delayed by another
 * hearing still has the morning to appear. A jurisdiction sets it with
 * `rules.strikeOffNotBefore` (`'12:00'` in Palestine, `null` elsewhere).
 * @module
 */
import { localMinutesOf, parseHhMm } from './court-time.ts';

/**
 * Whether `now` is still before `notBefore` (`HH:MM`) on the wall clock of
 * `timeZone`: `true` means a strike-off must be refused. Exactly `notBefore` is allowed.
 * @throws RangeError for a malformed `notBefore` or an unknown time zone.
 */
export function strikeOffBeforeNoon(now: Date, timeZone: string, notBefore: string): boolean {
  return localMinutesOf(now, timeZone) < parseHhMm(notBefore);
}
