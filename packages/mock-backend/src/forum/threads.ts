/**
 * Forum threads: the records the sandbox keeps (who posted, for "my threads" and
 * moderation), the published threads every sandbox starts with, and the thread as
 * the API shows it (reply count and last activity worked out from the replies).
 * @module
 */
import type { ForumReply, ForumThread, JurisdictionCode, PostAuthor } from '@adalat/sdk/contract';
import { toInstant } from '../clock.ts';
import { createPrng, type Prng } from '../seed/prng.ts';
import { textIn, type CorpusContext } from './context.ts';
import type { GeneratedDecision } from './decisions.ts';
import { fill, VOCABULARY } from './vocabulary.ts';

/** Who posted, as the sandbox knows it; the API shows only `author`. */
export interface PostedBy {
  kind: 'person' | 'lawyer';
  id: string;
}

export interface ThreadRecord extends Omit<ForumThread, 'replyCount' | 'lastActivityAt'> {
  postedBy: PostedBy;
  /** When a moderator published it; `null` while pending or once rejected. */
  publishedAt: string | null;
}

export type ReplyRecord = ForumReply;

export const SEED_THREADS = 40;
const FIRST_POST = Date.UTC(2025, 0, 1);
const LAST_POST = Date.UTC(2026, 9, 31);
const HOUR_MS = 3_600_000;

/** The thread as the API shows it. */
export function toThread(record: ThreadRecord, replies: readonly ReplyRecord[]): ForumThread {
  const { postedBy: _, publishedAt, ...thread } = record;
  return {
    ...thread,
    relatedDecisionIds: [...thread.relatedDecisionIds],
    author: structuredClone(thread.author),
    replyCount: replies.length,
    lastActivityAt: replies.at(-1)?.createdAt ?? publishedAt ?? record.createdAt,
  };
}

function lawyerAuthor(context: CorpusContext, jurisdiction: JurisdictionCode, prng: Prng): { author: PostAuthor; id: string } {
  const lawyer = prng.pick(context.seed.lawyers.filter((l) => l.jurisdiction === jurisdiction));
  return { author: { kind: 'lawyer', name: structuredClone(lawyer.name) }, id: lawyer.id };
}

/** Published threads on decisions among `citable`, with replies from lawyers and the court. */
export function generateThreads(
  context: CorpusContext,
  citable: readonly GeneratedDecision[],
): { threads: ThreadRecord[]; replies: ReplyRecord[] } {
  const threads: ThreadRecord[] = [];
  const replies: ReplyRecord[] = [];
  for (let n = 0; n < SEED_THREADS; n += 1) {
    const prng = createPrng(`forum:thread:${n}`);
    const jurisdiction = prng.pick(context.jurisdictionCodes);
    const own = context.languagesOf(jurisdiction).filter((l) => l !== 'en');
    const language = prng.chance(0.2) || own.length === 0 ? 'en' : prng.pick(own);
    const leaf = prng.pick(context.leavesOf(jurisdiction));
    const words = VOCABULARY[language];
    const values = { issue: prng.pick(words.issues[leaf.top]), category: textIn(leaf.name, language) };
    const related = citable.filter((d) => d.jurisdiction === jurisdiction && d.category === leaf.code);
    const byPerson = prng.chance(0.5);
    const person = context.seed.people.filter((p) => p.jurisdiction === jurisdiction);
    const poster = byPerson
      ? { author: { kind: 'person', name: null } as PostAuthor, id: prng.pick(person).id }
      : lawyerAuthor(context, jurisdiction, prng);
    const createdMs = FIRST_POST + prng.int(0, (LAST_POST - FIRST_POST) / HOUR_MS) * HOUR_MS;
    const id = `thr_${String(n + 1).padStart(4, '0')}`;
    threads.push({
      id,
      jurisdiction,
      category: leaf.code,
      language,
      title: fill(words.questionTitle, values),
      body: fill(words.questionBody, values),
      status: 'published',
      author: poster.author,
      postedBy: { kind: byPerson ? 'person' : 'lawyer', id: poster.id },
      createdAt: toInstant(new Date(createdMs)),
      publishedAt: toInstant(new Date(createdMs)),
      relatedDecisionIds: related.length > 0 && prng.chance(0.6) ? [prng.pick(related).id] : [],
      moderationNote: null,
    });
    let at = createdMs;
    const pool = related.length > 0 ? related : citable.filter((d) => d.jurisdiction === jurisdiction);
    for (let r = 0, count = prng.int(0, 5); r < count; r += 1) {
      at += prng.int(2, 96) * HOUR_MS;
      const decision = prng.pick(pool);
      const fromCourt = prng.chance(0.25);
      const supreme = context.supremeCourtOf(jurisdiction);
      replies.push({
        id: `rpl_${String(n + 1).padStart(4, '0')}_${r + 1}`,
        threadId: id,
        author: fromCourt ? { kind: 'court', name: structuredClone(supreme.name) } : lawyerAuthor(context, jurisdiction, prng).author,
        body: fill(words.reply, { number: decision.number, outcome: words.outcomes[decision.outcome] }),
        createdAt: toInstant(new Date(at)),
        citedDecisionIds: [decision.id],
      });
    }
  }
  return { threads, replies };
}
