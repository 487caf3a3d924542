/**
 * The decisions of the bank, one at a time: decision `i` draws from its own seeded
 * stream (`forum:decision:<i>`), so it is the same whatever the size of the bank,
 * and a bank of 12,000 starts with the bank of 3,000.
 * @module
 */
import type { CourtLevel, DecisionOutcome, DecisionSummary, JurisdictionCode, LanguageCode } from '@adalat/sdk/contract';
import { localDigits } from '../seed/localize.ts';
import { createPrng, type Prng } from '../seed/prng.ts';
import { textIn, type CorpusContext } from './context.ts';
import { drawStyle, spell } from './spelling.ts';
import { fill, VOCABULARY } from './vocabulary.ts';

/** A decision as generated: its summary fields and full text; what cites it is added by the corpus. */
export interface GeneratedDecision extends DecisionSummary {
  text: string;
}

/** Decisions are dated from here up to shortly before the sandbox's default clock. */
const FIRST_DAY = Date.UTC(2015, 0, 1);
const LAST_DAY = Date.UTC(2026, 10, 20);
const DAY_MS = 86_400_000;

const OUTCOMES: ReadonlyArray<[DecisionOutcome, number]> = [
  ['granted', 35],
  ['partly_granted', 20],
  ['dismissed', 30],
  ['remanded', 10],
  ['discontinued', 5],
];
/** Trial courts decide more cases than appeal courts, and those more than the supreme court. */
const LEVEL_WEIGHT: Partial<Record<CourtLevel, number>> = { magistrate: 3, first_instance: 4, appeal: 2, supreme: 1 };
const CURRENCY: Record<JurisdictionCode, string> = { PS: 'JOD', SA: 'SAR', IR: 'IRR', KZ: 'KZT' };

export function weighted<T>(prng: Prng, entries: ReadonlyArray<readonly [T, number]>): T {
  const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
  let roll = prng.next() * total;
  for (const [value, weight] of entries) {
    roll -= weight;
    if (roll < 0) return value;
  }
  return entries.at(-1)![0];
}

/** Mostly the jurisdiction's own languages, one decision in eight translated into English. */
function drawLanguage(languages: readonly LanguageCode[], prng: Prng): LanguageCode {
  const own = languages.filter((l) => l !== 'en');
  return own.length === 0 || prng.chance(0.125) ? 'en' : prng.pick(own);
}

/** 0–9 in the language's digits, where it has its own. */
export function digitsOf(language: LanguageCode): string | undefined {
  return language === 'ar' || language === 'fa' ? Array.from({ length: 10 }, (_, d) => localDigits(d, language)).join('') : undefined;
}

const isoDay = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/** Keeps the first and last sentence and, in order, a random half or more of the ones between. */
function someSentences(sentences: readonly string[], prng: Prng): string[] {
  const middle = sentences.slice(1, -1).filter(() => prng.chance(0.7));
  return [sentences[0]!, ...middle, sentences.at(-1)!];
}

export function generateDecision(index: number, context: CorpusContext): GeneratedDecision {
  const prng = createPrng(`forum:decision:${index}`);
  const jurisdiction = prng.pick(context.jurisdictionCodes);
  const language = drawLanguage(context.languagesOf(jurisdiction), prng);
  const leaf = prng.pick(context.leavesOf(jurisdiction));
  const courts = context.courtsHearing(jurisdiction, leaf.code);
  const court = weighted(prng, courts.map((c) => [c, LEVEL_WEIGHT[c.level] ?? 1] as const));
  const outcome = weighted(prng, OUTCOMES);
  const ruling = court.level === 'supreme' || outcome === 'remanded' || prng.chance(0.2);
  const day = FIRST_DAY + prng.int(0, (LAST_DAY - FIRST_DAY) / DAY_MS) * DAY_MS;
  const decidedOn = isoDay(day);
  const year = decidedOn.slice(0, 4);
  const number = `${prng.int(1, 9999)}/${year}`;
  const words = VOCABULARY[language];
  const style = drawStyle(language, prng);
  const digits = digitsOf(language);
  const written = (text: string): string => spell(text, style, digits);

  const values = {
    kind: words.kinds[ruling ? 1 : 0],
    court: textIn(court.name, language),
    category: textIn(leaf.name, language),
    top: textIn(leaf.topName, language),
    issue: prng.pick(words.issues[leaf.top]),
    outcome: words.outcomes[outcome],
    article: String(prng.int(1, 400)),
    amount: words.amount(String(prng.int(5, 900) * 100), CURRENCY[jurisdiction]),
    date: language === 'ar' || language === 'fa' ? decidedOn.replaceAll('-', '/') : decidedOn,
    number,
  };
  const issue = values.issue;
  const all = { ...values, Issue: issue.charAt(0).toLocaleUpperCase(language) + issue.slice(1) };
  const sentences = (templates: readonly string[]): string => written(templates.map((t) => fill(t, all)).join(' '));
  return {
    id: `dec_${jurisdiction.toLowerCase()}_${String(index + 1).padStart(5, '0')}`,
    number,
    jurisdiction,
    courtId: court.id,
    courtName: structuredClone(court.name),
    courtLevel: court.level,
    category: leaf.code,
    categoryName: structuredClone(leaf.name),
    language,
    decidedOn,
    title: written(fill(words.title, all)),
    summary: sentences(words.summary),
    keywords: [values.category, values.top].map(written),
    outcome,
    text: sentences(someSentences(words.text, prng)),
  };
}
