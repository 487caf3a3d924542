/**
 * What the forum corpus is generated from: the seed's jurisdictions, courts,
 * classifiers and lawyers, looked at the way the generator needs them (leaf
 * categories per jurisdiction, the courts that hear each one, names per language).
 * @module
 */
import type { CategoryNode, Court, JurisdictionCode, LanguageCode, LocalizedText } from '@adalat/sdk/contract';
import type { SeedData } from '../store/types.ts';
import type { TopCategory } from './vocabulary.ts';

export interface Leaf {
  code: string;
  name: LocalizedText;
  top: TopCategory;
  topName: LocalizedText;
}

export interface CorpusContext {
  seed: Pick<SeedData, 'jurisdictions' | 'courts' | 'classifiers' | 'lawyers' | 'people'>;
  jurisdictionCodes: readonly JurisdictionCode[];
  languagesOf(jurisdiction: JurisdictionCode): readonly LanguageCode[];
  leavesOf(jurisdiction: JurisdictionCode): readonly Leaf[];
  /** Courts of the jurisdiction that hear `category` (they accept it or a node above it). */
  courtsHearing(jurisdiction: JurisdictionCode, category: string): readonly Court[];
  supremeCourtOf(jurisdiction: JurisdictionCode): Court;
}

/** The text in `language`, else English, else any: generated prose never has a hole. */
export function textIn(text: LocalizedText, language: LanguageCode): string {
  return text[language] ?? text.en ?? Object.values(text).find(Boolean) ?? '';
}

export const covers = (node: string, code: string): boolean => code === node || code.startsWith(`${node}.`);

function leavesUnder(nodes: readonly CategoryNode[], top: CategoryNode | undefined, out: Leaf[]): Leaf[] {
  for (const node of nodes) {
    const root = top ?? node;
    if (node.children.length === 0) {
      out.push({ code: node.code, name: node.name, top: root.code as TopCategory, topName: root.name });
    } else {
      leavesUnder(node.children, root, out);
    }
  }
  return out;
}

export function corpusContext(seed: CorpusContext['seed']): CorpusContext {
  const codes = seed.jurisdictions.map((j) => j.code);
  const leaves = new Map(seed.classifiers.map((c) => [c.jurisdiction, leavesUnder(c.categories, undefined, [])]));
  const hearing = new Map<string, Court[]>();
  return {
    seed,
    jurisdictionCodes: codes,
    languagesOf: (code) => seed.jurisdictions.find((j) => j.code === code)?.languages ?? ['en'],
    leavesOf: (code) => leaves.get(code) ?? [],
    courtsHearing(code, category) {
      const key = `${code}:${category}`;
      let courts = hearing.get(key);
      if (courts === undefined) {
        courts = seed.courts.filter((c) => c.jurisdiction === code && c.acceptedCategories.some((node) => covers(node, category)));
        hearing.set(key, courts);
      }
      return courts;
    },
    supremeCourtOf(code) {
      const court = seed.courts.find((c) => c.jurisdiction === code && c.level === 'supreme');
      if (court === undefined) throw new Error(`the seed has no supreme court in ${code}`);
      return court;
    },
  };
}
