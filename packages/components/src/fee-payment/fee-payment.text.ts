/** The fee payment element's words and formats in one locale, handed to its templates. @module */
import type { JurisdictionCode, Money } from '@adalat/sdk/contract';
import { JURISDICTION_TIME_ZONE } from '../format/court-time-zone.ts';
import { formatInstant, formatLocalDate } from '../format/date.ts';
import { formatMoney } from '../format/money.ts';
import { msg, type MessageKey } from '../i18n/msg.ts';

/** Words and formats in the element's locale. */
export interface FeePaymentText {
  locale: string;
  msg(key: MessageKey, vars?: Readonly<Record<string, string | number>>): string;
  money(money: Money): string;
  /** An instant on the court's calendar (its jurisdiction's time zone). */
  date(instant: string, jurisdiction: JurisdictionCode, withTime?: boolean): string;
  /** A court-local calendar date (a due date), the same day for every reader, in their calendar and digits. */
  day(date: string): string;
}

export function feePaymentText(locale: string): FeePaymentText {
  return {
    locale,
    msg: (key, vars) => msg(locale, key, vars),
    money: (money) => formatMoney(money, locale),
    date: (instant, jurisdiction, withTime = false) =>
      formatInstant(instant, {
        locale,
        timeZone: JURISDICTION_TIME_ZONE[jurisdiction],
        dateStyle: 'medium',
        ...(withTime ? { timeStyle: 'short' as const } : {}),
      }),
    day: (date) => formatLocalDate(date, { locale, dateStyle: 'medium' }),
  };
}
