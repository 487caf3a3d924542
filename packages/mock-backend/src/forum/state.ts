/**
 * One sandbox's forum: which bank it reads (by size) and its threads and replies,
 * which change as people post and staff moderate. Nothing is generated until the
 * forum is first used, so creating or resetting a sandbox stays fast.
 * @module
 */
import { bankOf, type DecisionBank } from './bank.ts';
import { checkDecisionCount, DEFAULT_DECISION_COUNT } from './corpus.ts';
import type { ReplyRecord, ThreadRecord } from './threads.ts';

interface Threads {
  threads: Map<string, ThreadRecord>;
  /** Replies per thread id, oldest first. */
  replies: Map<string, ReplyRecord[]>;
}

export class ForumState {
  /** How many decisions the bank holds. */
  readonly decisionCount: number;
  #threads: Threads | undefined;
  #posted = 0;

  /** @throws {RangeError} for a bank size the generator does not make. */
  constructor(decisionCount = DEFAULT_DECISION_COUNT) {
    this.decisionCount = checkDecisionCount(decisionCount);
  }

  get bank(): DecisionBank {
    return bankOf(this.decisionCount);
  }

  get threads(): Map<string, ThreadRecord> {
    return this.#loaded().threads;
  }

  /** The replies of a thread, oldest first (empty for a thread without any). */
  repliesOf(threadId: string): readonly ReplyRecord[] {
    return this.#loaded().replies.get(threadId) ?? [];
  }

  /** An id for a thread posted now: `thr_p000001`, … (seeded threads are `thr_0001`, …). */
  nextThreadId(): string {
    this.#posted += 1;
    return `thr_p${String(this.#posted).padStart(6, '0')}`;
  }

  /** Back to the seeded threads (loaded again on next use). */
  reset(): void {
    this.#threads = undefined;
    this.#posted = 0;
  }

  #loaded(): Threads {
    if (this.#threads === undefined) {
      const { seedThreads, seedReplies } = this.bank.corpus;
      const replies = new Map<string, ReplyRecord[]>();
      for (const reply of seedReplies) replies.set(reply.threadId, [...(replies.get(reply.threadId) ?? []), structuredClone(reply)]);
      this.#threads = { threads: new Map(seedThreads.map((t) => [t.id, structuredClone(t)])), replies };
    }
    return this.#threads;
  }
}
