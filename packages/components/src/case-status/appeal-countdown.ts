/**
 * Where a judicial act stands with its appeal: counted in whole court-local days,
 * because the API gives the deadline as the court's calendar date (`LocalDate`) and a
 * reader in another time zone must see the same count as the court.
 * @module
 */
import type { JudicialAct } from '@adalat/sdk/contract';

/**
 * - `not_served`: no deadline yet (the period starts at service);
 * - `open`: the deadline is `daysLeft` (≥ 1) court-local days away;
 * - `last_day`: today, in the court's zone, is the last day;
 * - `passed`: the last day is over (the server may not have said "in force" yet);
 * - `appealed`: an appeal was filed;
 * - `in_legal_force`: served, not appealed, and the period is over.
 */
export type AppealPhase = 'not_served' | 'open' | 'last_day' | 'passed' | 'appealed' | 'in_legal_force';

export interface AppealCountdown {
  phase: AppealPhase;
  /** The last day to appeal (`YYYY-MM-DD`, court-local), or `null` before service. */
  deadline: string | null;
  /** Whole court-local days from today to the deadline (0 on the last day, negative after); `null` without a deadline. */
  daysLeft: number | null;
}

const DAY_MS = 86_400_000;
const parts = new Map<string, Intl.DateTimeFormat>();

/** The court-local calendar date (`YYYY-MM-DD`, Gregorian) of `instant` in `timeZone`. */
export function courtLocalDate(instant: Date, timeZone: string): string {
  let format = parts.get(timeZone);
  if (!format) {
    // en-CA writes ISO order; calendar and digits pinned so no locale default leaks in.
    format = new Intl.DateTimeFormat('en-CA', { timeZone, calendar: 'gregory', numberingSystem: 'latn', year: 'numeric', month: '2-digit', day: '2-digit' });
    parts.set(timeZone, format);
  }
  const byType = Object.fromEntries(format.formatToParts(instant).map((p) => [p.type, p.value]));
  return `${byType.year}-${byType.month}-${byType.day}`;
}

/**
 * The first instant after `now` that is on another court-local day: the next midnight in
 * `timeZone`, or the hour a daylight-saving change makes that day start at. Found by
 * bisection over two days (well past the longest day), so it needs no offset table.
 */
export function nextCourtMidnight(now: Date, timeZone: string): Date {
  const today = courtLocalDate(now, timeZone);
  let sameDay = now.getTime();
  let nextDay = sameDay + 2 * DAY_MS;
  while (nextDay - sameDay > 1) {
    const middle = Math.floor((sameDay + nextDay) / 2);
    if (courtLocalDate(new Date(middle), timeZone) === today) sameDay = middle;
    else nextDay = middle;
  }
  return new Date(nextDay);
}

/** Whole days from `from` to `to`, both `YYYY-MM-DD`. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** Where `act` stands at `now`, counted in the court's `timeZone`. */
export function appealCountdown(act: JudicialAct, now: Date, timeZone: string): AppealCountdown {
  const deadline = act.appealDeadline;
  const daysLeft = deadline === null ? null : daysBetween(courtLocalDate(now, timeZone), deadline);
  let phase: AppealPhase;
  if (act.appealed) phase = 'appealed';
  else if (act.inLegalForce) phase = 'in_legal_force';
  else if (daysLeft === null) phase = 'not_served';
  else if (daysLeft > 0) phase = 'open';
  else if (daysLeft === 0) phase = 'last_day';
  else phase = 'passed';
  return { phase, deadline, daysLeft };
}
