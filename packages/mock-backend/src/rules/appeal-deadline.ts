/**
 * Appeal deadlines of judicial acts, counted from the date the act is served, per
 * jurisdiction. Periods as the sandbox models them (illustrative, from each
 * jurisdiction's civil procedure; a real deployment loads its own):
 *
 * | jurisdiction | period | source |
 * | --- | --- | --- |
 * | PS | 30 days | Law of Civil and Commercial Procedure No. 2 of 2001 |
 * | SA | 30 days | Law of Sharia Procedure (1435 H) |
 * | IR | 20 days; 2 months for a party living abroad | Civil Procedure Code (1379), art. 336 |
 * | KZ | 1 month | Civil Procedure Code (2015), art. 403 |
 *
 * Counting, in the court's local calendar (not UTC): the day of service is day 0,
 * so a 30-day period served on 1 March ends on 31 March. A period in months ends
 * on the same day of the month, or on the month's last day when it has no such
 * day (served 31 January, one month: 28 or 29 February). A last day that falls on
 * the jurisdiction's weekend moves to the next working day. Public holidays are
 * not modelled.
 *
 * The longer period for a party living abroad is applied per case, not per party:
 * an act has one deadline, and it stays open to appeal (and out of legal force)
 * until the longer period ends whenever any party of its case resides abroad
 * (`CaseParty.residesAbroad`; see `cases/act-deadline.ts`).
 * @module
 */
import type { JurisdictionCode, LocalDate } from '@adalat/sdk/contract';
import { addDays, dateToUtcMs, localDateOf, utcMsToDate, weekdayOf } from './court-time.ts';

/** A period of whole days or whole calendar months. */
export type AppealPeriod = { days: number } | { months: number };

export interface AppealRule {
  period: AppealPeriod;
  /** For a party living abroad, where the law gives longer. */
  abroad?: AppealPeriod;
  /** Non-working weekdays, 0 = Sunday … 6 = Saturday. */
  weekend: readonly number[];
}

const FRIDAY = 5;
const SATURDAY = 6;
const SUNDAY = 0;

export const APPEAL_RULES: Readonly<Record<JurisdictionCode, AppealRule>> = {
  PS: { period: { days: 30 }, weekend: [FRIDAY, SATURDAY] },
  SA: { period: { days: 30 }, weekend: [FRIDAY, SATURDAY] },
  IR: { period: { days: 20 }, abroad: { months: 2 }, weekend: [FRIDAY] },
  KZ: { period: { months: 1 }, weekend: [SATURDAY, SUNDAY] },
};

/** `date` plus whole months, clamped to the target month's last day. */
export function addMonths(date: LocalDate, months: number): LocalDate {
  const start = new Date(dateToUtcMs(date));
  const year = start.getUTCFullYear();
  const month = start.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return utcMsToDate(Date.UTC(year, month, Math.min(start.getUTCDate(), lastDay)));
}

function addPeriod(date: LocalDate, period: AppealPeriod): LocalDate {
  return 'days' in period ? addDays(date, period.days) : addMonths(date, period.months);
}

export interface AppealDeadlineInput {
  /** When the act was served. */
  servedAt: Date;
  jurisdiction: JurisdictionCode;
  /** The court's IANA time zone; the served date is its local date there. */
  timeZone: string;
  /** The appealing party lives abroad (Iran gives two months). */
  partyAbroad?: boolean;
}

/** The last court-local day on which the act can be appealed. */
export function appealDeadline({ servedAt, jurisdiction, timeZone, partyAbroad = false }: AppealDeadlineInput): LocalDate {
  const rule = APPEAL_RULES[jurisdiction];
  const period = partyAbroad && rule.abroad !== undefined ? rule.abroad : rule.period;
  let last = addPeriod(localDateOf(servedAt, timeZone), period);
  while (rule.weekend.includes(weekdayOf(last))) last = addDays(last, 1);
  return last;
}

/** Whether `now` is past the whole last day `deadline` in the court's time zone. */
export function appealPeriodOver(deadline: LocalDate, now: Date, timeZone: string): boolean {
  return localDateOf(now, timeZone) > deadline;
}
