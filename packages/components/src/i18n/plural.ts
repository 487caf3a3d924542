/**
 * Plural categories (CLDR: zero, one, two, few, many, other) for counted messages.
 * A counted message has one catalog key per category (`caseStatus.daysLeft.few`), so
 * Arabic and Russian get their own forms while English fills two of the six.
 * @module
 */
import { catalogLanguage } from './msg.ts';

export type PluralCategory = Intl.LDMLPluralRule;

const rules = new Map<string, Intl.PluralRules>();

/** The plural category of `count` in the language `locale`'s messages are written in. */
export function pluralCategory(locale: string, count: number): PluralCategory {
  const language = catalogLanguage(locale);
  let rule = rules.get(language);
  if (!rule) {
    rule = new Intl.PluralRules(language);
    rules.set(language, rule);
  }
  return rule.select(count);
}
