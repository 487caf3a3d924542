/**
 * Which calendar and digits a locale shows, following local practice: Umm al-Qura
 * Hijri in Saudi Arabia, the Solar Hijri calendar for Persian, Arabic-Indic digits for
 * Arabic and extended Arabic-Indic digits for Persian. An explicit Unicode extension in
 * the tag (`-u-ca-…`, `-u-nu-…`) always wins.
 * @module
 */
import type { CalendarName } from '@adalat/sdk/contract';

/** A numbering system `Intl` understands; the three these locales use by default. */
export type NumberingSystem = 'latn' | 'arab' | 'arabext' | (string & {});

function parse(locale: string): Intl.Locale {
  try {
    return new Intl.Locale(locale);
  } catch {
    throw new RangeError(`not a BCP 47 language tag: ${JSON.stringify(locale)}`);
  }
}

/** The calendar `locale` shows dates in: `islamic-umalqura` for ar-SA, `persian` for fa, else `gregory`. */
export function calendarFor(locale: string): CalendarName | (string & {}) {
  const tag = parse(locale);
  if (tag.calendar) return tag.calendar;
  if (tag.language === 'fa') return 'persian';
  if (tag.language === 'ar' && tag.region === 'SA') return 'islamic-umalqura';
  return 'gregory';
}

/** The digits `locale` writes numbers with: `arab` for Arabic, `arabext` for Persian, else `latn`. */
export function numberingFor(locale: string): NumberingSystem {
  const tag = parse(locale);
  if (tag.numberingSystem) return tag.numberingSystem;
  if (tag.language === 'ar') return 'arab';
  if (tag.language === 'fa') return 'arabext';
  return 'latn';
}

/** The tag without Unicode extensions, so `Intl` options (not the tag) carry calendar and digits. */
export function baseLocale(locale: string): string {
  return parse(locale).baseName;
}
