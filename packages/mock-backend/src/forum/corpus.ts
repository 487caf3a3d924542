/**
 * The forum's reference data: the decisions bank, the regulations and practice
 * summaries that cite it, and the threads every sandbox starts with. Generated
 * deterministically from the seed, on first use, once per bank size per process
 * (it is read-only, so every sandbox of that size shares it).
 * @module
 */
import type { Decision, PracticeSummary, Regulation } from '@adalat/sdk/contract';
import { SEED } from '../seed/index.ts';
import { corpusContext } from './context.ts';
import { generateDecision } from './decisions.ts';
import { CITABLE_DECISIONS, generatePracticeSummaries, generateRegulations } from './publications.ts';
import { generateThreads, type ReplyRecord, type ThreadRecord } from './threads.ts';

/** The bank's size unless the sandbox is told otherwise (`createSandbox({ forumDecisions })`). */
export const DEFAULT_DECISION_COUNT = 3000;
/** Large enough for the 10,000-hit browser test and the render benchmark. */
export const MAX_DECISION_COUNT = 50_000;

export interface ForumCorpus {
  decisions: readonly Decision[];
  decisionsById: ReadonlyMap<string, Decision>;
  regulations: readonly Regulation[];
  practiceSummaries: readonly PracticeSummary[];
  /** The threads and replies a sandbox starts with (and returns to on reset). */
  seedThreads: readonly ThreadRecord[];
  seedReplies: readonly ReplyRecord[];
  /** How long generating took, in ms. */
  generatedInMs: number;
}

/** Throws a RangeError for a size outside `CITABLE_DECISIONS`…`MAX_DECISION_COUNT`. */
export function checkDecisionCount(count: number): number {
  if (!Number.isInteger(count) || count < CITABLE_DECISIONS || count > MAX_DECISION_COUNT) {
    throw new RangeError(`forumDecisions must be an integer from ${CITABLE_DECISIONS} to ${MAX_DECISION_COUNT}, got ${count}`);
  }
  return count;
}

export function generateCorpus(count: number): ForumCorpus {
  const started = performance.now();
  const context = corpusContext(SEED);
  const generated = Array.from({ length: checkDecisionCount(count) }, (_, i) => generateDecision(i, context));
  const citable = generated.slice(0, CITABLE_DECISIONS);
  const regulations = generateRegulations(context, citable);
  const practiceSummaries = generatePracticeSummaries(context, citable, regulations);
  const citedBy = (id: string) => ({
    regulationIds: regulations.filter((r) => r.citedDecisionIds.includes(id)).map((r) => r.id),
    practiceSummaryIds: practiceSummaries.filter((s) => s.citedDecisionIds.includes(id)).map((s) => s.id),
  });
  const decisions = generated.map((d, i): Decision => ({
    ...d,
    citedBy: i < CITABLE_DECISIONS ? citedBy(d.id) : { regulationIds: [], practiceSummaryIds: [] },
  }));
  const { threads, replies } = generateThreads(context, citable);
  return {
    decisions,
    decisionsById: new Map(decisions.map((d) => [d.id, d])),
    regulations,
    practiceSummaries,
    seedThreads: threads,
    seedReplies: replies,
    generatedInMs: performance.now() - started,
  };
}

const cache = new Map<number, ForumCorpus>();

/** The corpus of `count` decisions, generated on first use. */
export function corpusOf(count: number): ForumCorpus {
  let corpus = cache.get(count);
  if (corpus === undefined) {
    corpus = generateCorpus(count);
    cache.set(count, corpus);
  }
  return corpus;
}
