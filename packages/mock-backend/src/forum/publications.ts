/**
 * The supreme courts' normative regulations and generalizations of judicial
 * practice, each on one top-level category and citing decisions of the bank on it.
 * They cite only among the first `CITABLE_DECISIONS` decisions, which every bank
 * size has, so the links hold however large the bank is generated.
 * @module
 */
import type { JurisdictionCode, LanguageCode, PracticeSummary, Regulation, RegulationStatus } from '@adalat/sdk/contract';
import { TOP_CATEGORIES } from '../seed/classifiers.ts';
import { createPrng, type Prng } from '../seed/prng.ts';
import { covers, textIn, type CorpusContext } from './context.ts';
import { weighted, type GeneratedDecision } from './decisions.ts';
import { fill, VOCABULARY, type TopCategory } from './vocabulary.ts';

/** Publications, seed threads and replies cite only decisions below this index. */
export const CITABLE_DECISIONS = 1000;
export const REGULATIONS_PER_JURISDICTION = 10;
export const SUMMARIES_PER_JURISDICTION = 6;

const STATUSES: ReadonlyArray<[RegulationStatus, number]> = [
  ['in_force', 8],
  ['amended', 1.5],
  ['repealed', 0.5],
];

/** Supreme courts publish in the jurisdiction's own languages, taking turns in Kazakhstan. */
function publicationLanguage(context: CorpusContext, jurisdiction: JurisdictionCode, n: number): LanguageCode {
  const own = context.languagesOf(jurisdiction).filter((l) => l !== 'en');
  return own[n % own.length] ?? 'en';
}

/** Up to `count` decisions of the jurisdiction on `top`, drawn without repeats, in the order drawn. */
function cite(decisions: readonly GeneratedDecision[], jurisdiction: JurisdictionCode, top: string, count: number, prng: Prng): string[] {
  const pool = decisions.filter((d) => d.jurisdiction === jurisdiction && covers(top, d.category)).map((d) => d.id);
  const cited: string[] = [];
  while (cited.length < count && pool.length > 0) cited.push(...pool.splice(prng.int(0, pool.length - 1), 1));
  return cited;
}

interface Drawn {
  prng: Prng;
  language: LanguageCode;
  top: TopCategory;
  values: Record<string, string>;
}

/** What a regulation and a summary both draw: language, category, an issue, the names to fill in. */
function draw(context: CorpusContext, stream: string, jurisdiction: JurisdictionCode, n: number): Drawn {
  const prng = createPrng(stream);
  const language = publicationLanguage(context, jurisdiction, n);
  const top = TOP_CATEGORIES[(n * 3 + jurisdiction.charCodeAt(0)) % TOP_CATEGORIES.length] as TopCategory;
  const classifier = context.seed.classifiers.find((c) => c.jurisdiction === jurisdiction);
  const topName = classifier?.categories.find((c) => c.code === top)?.name ?? { en: top };
  const words = VOCABULARY[language];
  const values = { top: textIn(topName, language), issue: prng.pick(words.issues[top]), number: String(n + 1) };
  return { prng, language, top, values };
}

const id = (prefix: string, jurisdiction: JurisdictionCode, n: number): string =>
  `${prefix}_${jurisdiction.toLowerCase()}_${String(n + 1).padStart(2, '0')}`;

export function generateRegulations(context: CorpusContext, decisions: readonly GeneratedDecision[]): Regulation[] {
  return context.jurisdictionCodes.flatMap((jurisdiction) =>
    Array.from({ length: REGULATIONS_PER_JURISDICTION }, (_, n): Regulation => {
      const { prng, language, top, values } = draw(context, `forum:regulation:${jurisdiction}:${n}`, jurisdiction, n);
      const words = VOCABULARY[language];
      const text = words.regulationText.map((t) => fill(t, values));
      return {
        id: id('reg', jurisdiction, n),
        jurisdiction,
        courtId: context.supremeCourtOf(jurisdiction).id,
        number: values.number!,
        language,
        title: fill(words.regulationTitle, values),
        categories: [top],
        summary: text[0]!,
        text: text.join(' '),
        citedDecisionIds: cite(decisions, jurisdiction, top, prng.int(3, 8), prng),
        adoptedOn: `${prng.int(2016, 2026)}-${String(prng.int(1, 10)).padStart(2, '0')}-${String(prng.int(1, 28)).padStart(2, '0')}`,
        status: weighted(prng, STATUSES),
      };
    }),
  );
}

export function generatePracticeSummaries(
  context: CorpusContext,
  decisions: readonly GeneratedDecision[],
  regulations: readonly Regulation[],
): PracticeSummary[] {
  return context.jurisdictionCodes.flatMap((jurisdiction) =>
    Array.from({ length: SUMMARIES_PER_JURISDICTION }, (_, n): PracticeSummary => {
      const { prng, language, top, values } = draw(context, `forum:summary:${jurisdiction}:${n}`, jurisdiction, n + 5);
      const year = String(prng.int(2019, 2025));
      const all = { ...values, year, number: `${n + 1}/${year}` };
      const words = VOCABULARY[language];
      const text = words.summaryText.map((t) => fill(t, all));
      return {
        id: id('psm', jurisdiction, n),
        jurisdiction,
        courtId: context.supremeCourtOf(jurisdiction).id,
        number: all.number,
        language,
        title: fill(words.summaryTitle, all),
        categories: [top],
        summary: text[0]!,
        text: text.join(' '),
        citedDecisionIds: cite(decisions, jurisdiction, top, prng.int(5, 12), prng),
        publishedOn: `${Number(year) + 1}-${String(prng.int(1, 6)).padStart(2, '0')}-${String(prng.int(1, 28)).padStart(2, '0')}`,
        regulationIds: regulations.filter((r) => r.jurisdiction === jurisdiction && r.categories.includes(top)).map((r) => r.id),
      };
    }),
  );
}
