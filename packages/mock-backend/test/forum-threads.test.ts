/**
 * Regulations, practice summaries and forum threads over HTTP (msw): the links
 * between publications and decisions, who sees a question before moderation, and
 * what posting and moderating refuse.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  ForumReply,
  ForumThread,
  listOf,
  PracticeSummary,
  Regulation,
  type Decision,
  type JurisdictionCode,
} from '@adalat/sdk/contract';
import { corpusOf, generateCorpus } from '../src/forum/corpus.ts';
import { createSandbox } from '../src/index.ts';
import { as } from './cases-helpers.ts';
import { assertProblem, call, parsed, partnerOf, useSandbox, type ApiResult } from './helpers.ts';

const sandbox = useSandbox();
const key = (): string => partnerOf(sandbox, 'PS', 'bank').publishableKey;
const corpus = () => sandbox.store.forum.bank.corpus;
const first = <T extends { jurisdiction: JurisdictionCode }>(items: Iterable<T>, jurisdiction: JurisdictionCode): T =>
  [...items].find((item) => item.jurisdiction === jurisdiction)!;

async function ok<S extends Parameters<typeof parsed>[0]>(schema: S, result: Promise<ApiResult>) {
  const answer = await result;
  assert.ok(answer.status >= 200 && answer.status < 300, JSON.stringify(answer.body));
  return parsed(schema, answer.body);
}

describe('regulations and practice summaries', () => {
  test('list newest first, filtered by jurisdiction and status, on pages', async () => {
    const page = await ok(listOf(Regulation), call('/v1/forum/regulations?jurisdiction=KZ&limit=100', { key: key() }));
    assert.equal(page.data.length, corpus().regulations.filter((r) => r.jurisdiction === 'KZ').length);
    assert.ok(page.data.every((r) => r.jurisdiction === 'KZ'));
    const days = page.data.map((r) => r.adoptedOn);
    assert.deepEqual(days, [...days].sort().reverse());
    const inForce = await ok(listOf(Regulation), call('/v1/forum/regulations?status=in_force&limit=100', { key: key() }));
    assert.equal(inForce.data.length, corpus().regulations.filter((r) => r.status === 'in_force').length);

    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const next: { data: Regulation[]; nextCursor: string | null } = await ok(
        listOf(Regulation),
        call(`/v1/forum/regulations?limit=7${cursor ? `&cursor=${cursor}` : ''}`, { key: key() }),
      );
      seen.push(...next.data.map((r) => r.id));
      cursor = next.nextCursor;
    } while (cursor !== null);
    assert.equal(new Set(seen).size, corpus().regulations.length);
  });

  test('a category filter finds publications on the node, under it or above it', async () => {
    const page = await ok(listOf(PracticeSummary), call('/v1/forum/practice-summaries?category=family.divorce&limit=100', { key: key() }));
    assert.ok(page.data.length > 0);
    assert.ok(page.data.every((s) => s.categories.includes('family')));
  });

  test('get gives the publication; every cited decision exists, is of its jurisdiction, and lists it back', async () => {
    for (const summary of corpus().practiceSummaries) {
      const got = await ok(PracticeSummary, call(`/v1/forum/practice-summaries/${summary.id}`, { key: key() }));
      assert.ok(got.citedDecisionIds.length > 0);
      for (const id of got.citedDecisionIds) {
        const decision = corpus().decisionsById.get(id)!;
        assert.equal(decision.jurisdiction, got.jurisdiction);
        assert.ok(decision.category.startsWith(`${got.categories[0]}.`));
        assert.ok(decision.citedBy.practiceSummaryIds.includes(got.id));
      }
      for (const regulationId of got.regulationIds) {
        const regulation = await ok(Regulation, call(`/v1/forum/regulations/${regulationId}`, { key: key() }));
        assert.equal(regulation.jurisdiction, got.jurisdiction);
      }
    }
    assertProblem(await call('/v1/forum/regulations/reg_xx_01', { key: key() }), 404, 'regulation_not_found');
    assertProblem(await call('/v1/forum/practice-summaries/psm_xx_01', { key: key() }), 404, 'practice_summary_not_found');
  });
});

describe('threads and replies', () => {
  test('the forum lists published threads, most recently active first; replies oldest first', async () => {
    const page = await ok(listOf(ForumThread), call('/v1/forum/threads?limit=100', { key: key() }));
    assert.equal(page.data.length, sandbox.store.forum.threads.size);
    assert.ok(page.data.every((t) => t.status === 'published'));
    const activity = page.data.map((t) => t.lastActivityAt);
    assert.deepEqual(activity, [...activity].sort().reverse());
    const busy = page.data.find((t) => t.replyCount > 1)!;
    const replies = await ok(listOf(ForumReply), call(`/v1/forum/threads/${busy.id}/replies`, { key: key() }));
    assert.equal(replies.data.length, busy.replyCount);
    assert.equal(replies.data.at(-1)!.createdAt, busy.lastActivityAt);
    const times = replies.data.map((r) => r.createdAt);
    assert.deepEqual(times, [...times].sort());
    for (const reply of replies.data) for (const id of reply.citedDecisionIds) assert.ok(corpus().decisionsById.has(id));
    // A person is never named.
    assert.ok(page.data.filter((t) => t.author.kind === 'person').every((t) => t.author.name === null));
  });

  test('a person’s question waits for moderation: only the author and the jurisdiction’s staff see it', async () => {
    const person = first(sandbox.store.people.values(), 'PS');
    const other = [...sandbox.store.people.values()].filter((p) => p.jurisdiction === 'PS')[1]!;
    const asPerson = as(sandbox, 'person', person.id);
    const related = corpus().decisions.find((d) => d.jurisdiction === 'PS')!.id;
    const posted = await ok(
      ForumThread,
      asPerson('/v1/forum/threads', {
        body: { jurisdiction: 'PS', category: 'family.alimony', title: 'نفقة الأولاد بعد الطلاق', body: 'كيف تقدّر المحاكم نفقة الأولاد بعد الطلاق؟', relatedDecisionIds: [related] },
      }),
    );
    assert.equal(posted.status, 'pending_moderation');
    assert.equal(posted.language, 'ar', 'the jurisdiction’s first language by default');
    assert.deepEqual(posted.author, { kind: 'person', name: null });
    assert.deepEqual(posted.relatedDecisionIds, [related]);
    assert.equal(posted.createdAt, sandbox.clock.now().toISOString().replace('.000Z', 'Z'));

    // The public and other people: not there.
    const publicList = await ok(listOf(ForumThread), call('/v1/forum/threads?limit=100', { key: key() }));
    assert.ok(!publicList.data.some((t) => t.id === posted.id));
    assertProblem(await call(`/v1/forum/threads/${posted.id}`, { key: key() }), 404, 'thread_not_found');
    assertProblem(await as(sandbox, 'person', other.id)(`/v1/forum/threads/${posted.id}`), 404, 'thread_not_found');
    assertProblem(await call(`/v1/forum/threads/${posted.id}/replies`, { key: key() }), 404, 'thread_not_found');
    // The author: there.
    assert.equal((await ok(ForumThread, asPerson(`/v1/forum/threads/${posted.id}`))).id, posted.id);
    const mine = await ok(listOf(ForumThread), asPerson('/v1/forum/threads?author=me'));
    const seededByPerson = corpus().seedThreads.filter((t) => t.postedBy.kind === 'person' && t.postedBy.id === person.id).map((t) => t.id);
    assert.equal(mine.data[0]!.id, posted.id);
    assert.deepEqual(mine.data.slice(1).map((t) => t.id).sort(), seededByPerson.sort(), 'the rest: their seeded threads');
    // Staff of the jurisdiction: in the moderation queue.
    const staff = as(sandbox, 'staff', first(sandbox.store.staff.values(), 'PS').id);
    const queue = await ok(listOf(ForumThread), staff('/v1/forum/threads?status=pending_moderation'));
    assert.deepEqual(queue.data.map((t) => t.id), [posted.id]);
    const foreignStaff = as(sandbox, 'staff', first(sandbox.store.staff.values(), 'KZ').id);
    const foreignQueue = await ok(listOf(ForumThread), foreignStaff('/v1/forum/threads?status=pending_moderation'));
    assert.deepEqual(foreignQueue.data, []);
    assertProblem(await foreignStaff(`/v1/forum/threads/${posted.id}/moderation`, { body: { decision: 'publish' } }), 403, 'thread_outside_jurisdiction');

    sandbox.clock.advance(3_600_000);
    const published = await ok(ForumThread, staff(`/v1/forum/threads/${posted.id}/moderation`, { body: { decision: 'publish' } }));
    assert.equal(published.status, 'published');
    assert.equal(published.lastActivityAt, sandbox.clock.now().toISOString().replace('.000Z', 'Z'));
    const now = await ok(listOf(ForumThread), call('/v1/forum/threads?limit=1', { key: key() }));
    assert.equal(now.data[0]!.id, posted.id, 'just published: the most recently active');
    assertProblem(await staff(`/v1/forum/threads/${posted.id}/moderation`, { body: { decision: 'reject' } }), 409, 'thread_already_moderated');
  });

  test('a rejected question stays hidden and tells its author why', async () => {
    const lawyer = first(sandbox.store.lawyers.values(), 'KZ');
    const asLawyer = as(sandbox, 'lawyer', lawyer.id);
    const posted = await ok(
      ForumThread,
      asLawyer('/v1/forum/threads', {
        body: { jurisdiction: 'KZ', category: 'labour', language: 'ru', title: 'Сроки обжалования увольнения', body: 'Какой срок для иска о восстановлении на работе?' },
      }),
    );
    assert.deepEqual(posted.author, { kind: 'lawyer', name: lawyer.name });
    const staff = as(sandbox, 'staff', first(sandbox.store.staff.values(), 'KZ').id);
    const rejected = await ok(
      ForumThread,
      staff(`/v1/forum/threads/${posted.id}/moderation`, { body: { decision: 'reject', note: 'Вопрос уже обсуждался.' } }),
    );
    assert.equal(rejected.status, 'rejected');
    assert.equal(rejected.moderationNote, 'Вопрос уже обсуждался.');
    assertProblem(await call(`/v1/forum/threads/${posted.id}`, { key: key() }), 404, 'thread_not_found');
    const own = await ok(ForumThread, asLawyer(`/v1/forum/threads/${posted.id}`));
    assert.equal(own.moderationNote, 'Вопрос уже обсуждался.');
  });

  test('posting is for people and lawyers, checked field by field, and nothing is created on a refusal', async () => {
    const before = sandbox.store.forum.threads.size;
    const person = as(sandbox, 'person', first(sandbox.store.people.values(), 'IR').id);
    const question = { jurisdiction: 'IR', category: 'civil.contract', title: 'پرسش درباره اجاره', body: 'آیا موجر می‌تواند پیش از پایان مدت اجاره را فسخ کند؟' };
    const error = assertProblem(
      await person('/v1/forum/threads', {
        body: { ...question, category: 'civil.contract.barter', language: 'kk', relatedDecisionIds: ['dec_ir_99999'] },
      }),
      400,
      'validation_failed',
    );
    assert.deepEqual(error.issues?.map((i) => i.path), ['body.category', 'body.language', 'body.relatedDecisionIds.0']);
    const short = assertProblem(await person('/v1/forum/threads', { body: { ...question, title: 'x' } }), 400, 'validation_failed');
    assert.deepEqual(short.issues?.map((i) => i.path), ['body.title']);
    assertProblem(
      await as(sandbox, 'staff', first(sandbox.store.staff.values(), 'IR').id)('/v1/forum/threads', { body: question }),
      403,
      'people_and_lawyers_only',
    );
    assertProblem(await call('/v1/forum/threads', { key: key(), body: question }), 403, 'credential_not_allowed');
    assertProblem(await call('/v1/forum/threads?author=me', { key: key() }), 400, 'author_needs_user_token');
    assert.equal(sandbox.store.forum.threads.size, before);

    // With an idempotency key, a retried post creates one thread.
    const once = await person('/v1/forum/threads', { body: question, idempotencyKey: 'q-1' });
    const again = await person('/v1/forum/threads', { body: question, idempotencyKey: 'q-1' });
    assert.equal(once.status, 201);
    assert.deepEqual(again.body, once.body);
    assert.equal(again.headers.get('Idempotent-Replayed'), 'true');
    assert.equal(sandbox.store.forum.threads.size, before + 1);
  });

  test('reset forgets posted questions', async () => {
    const person = as(sandbox, 'person', first(sandbox.store.people.values(), 'SA').id);
    await person('/v1/forum/threads', { body: { jurisdiction: 'SA', category: 'traffic', title: 'مخالفة سير', body: 'هل يمكن الاعتراض على مخالفة السير إلكترونيًا؟' } });
    const seeded = corpus().seedThreads.length;
    assert.equal(sandbox.store.forum.threads.size, seeded + 1);
    sandbox.reset();
    assert.equal(sandbox.store.forum.threads.size, seeded);
  });
});

describe('the generated bank', () => {
  test('is the same on every run, and a larger bank starts with the smaller one', () => {
    const small = generateCorpus(1000);
    assert.deepEqual(generateCorpus(1000).decisions, small.decisions);
    const larger = corpusOf(3000);
    assert.deepEqual(larger.decisions.slice(0, 1000), small.decisions);
    assert.deepEqual(larger.regulations, small.regulations);
  });

  test('spans the four jurisdictions and five languages; courts hear the categories they decide', () => {
    const decisions: readonly Decision[] = corpusOf(3000).decisions;
    assert.deepEqual([...new Set(decisions.map((d) => d.jurisdiction))].sort(), ['IR', 'KZ', 'PS', 'SA']);
    assert.deepEqual([...new Set(decisions.map((d) => d.language))].sort(), ['ar', 'en', 'fa', 'kk', 'ru']);
    const courts = new Map(sandbox.store.courts.entries());
    for (const d of decisions) {
      const court = courts.get(d.courtId)!;
      assert.equal(court.jurisdiction, d.jurisdiction);
      assert.equal(court.level, d.courtLevel);
      assert.ok(court.acceptedCategories.some((node) => d.category === node || d.category.startsWith(`${node}.`)), `${d.id} at ${court.id}`);
    }
  });

  test('a sandbox takes its bank size; sizes outside 1,000–50,000 are refused', () => {
    assert.equal(createSandbox({ forumDecisions: 1000 }).store.forum.decisionCount, 1000);
    assert.throws(() => createSandbox({ forumDecisions: 10 }), RangeError);
    assert.throws(() => createSandbox({ forumDecisions: 60_000 }), RangeError);
  });
});
