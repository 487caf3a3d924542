/**
 * `client.forum` against the real sandbox: first its msw handlers in this process,
 * then its HTTP server. Search pages walk with `for await`, keep their total and
 * facets, and bad input stops in the client before anything is sent.
 */
import assert from 'node:assert/strict';
import { after, afterEach, before, describe, it } from 'node:test';
import type { Sandbox } from '@adalat/mock-backend';
import { AdalatClient, InvalidRequestError, NotFoundError, PermissionError, type AdalatAuth, type DecisionHit } from '../src/index.ts';
import { forumResource } from '../src/resources/forum.ts';
import { AdalatCore } from '../src/core.ts';
import { httpTarget, mswTarget, type SandboxTarget } from './sandbox-setup.ts';

/** A client for `baseUrl` that counts the requests it sends. */
function clientFor(baseUrl: string, auth: AdalatAuth, sent: { count: number } = { count: 0 }): AdalatClient {
  const fetch: typeof globalThis.fetch = (input, init) => {
    sent.count += 1;
    return globalThis.fetch(input, init);
  };
  return new AdalatClient({ baseUrl, auth, fetch, retry: { limit: 1, baseDelayMs: 5, maxDelayMs: 50 } });
}

function forumSuite(setup: SandboxTarget) {
  let baseUrl = '';
  let sandbox: Sandbox;
  const publishable = (sent?: { count: number }) =>
    clientFor(baseUrl, { publishableKey: sandbox.keys.partners.find((p) => p.jurisdiction === 'KZ')!.publishableKey }, sent);

  before(async () => ({ baseUrl, sandbox } = await setup.start()));
  afterEach(() => sandbox.reset());
  after(() => setup.stop());

  it('searches with a publishable key: the first page carries the total, facets and highlighted snippets', async () => {
    const page = await publishable().forum.searchDecisions({ q: 'Верховный', jurisdiction: 'KZ', limit: 5 });
    assert.ok(page.total > 5);
    assert.equal(page.data.length, 5);
    assert.equal(page.facets.jurisdiction.reduce((sum, c) => sum + c.count, 0), page.total);
    const marked = page.data.flatMap((hit) => [...hit.highlights.title, ...hit.highlights.snippet]).filter((s) => s.match);
    assert.ok(marked.length > 0 && marked.every((s) => s.text.toLowerCase().startsWith('верховн')));
  });

  it('iterates every hit of a search across pages, exactly once, in as many requests as pages', async () => {
    const sent = { count: 0 };
    const client = publishable(sent);
    const { total } = await client.forum.searchDecisions({ category: 'family', jurisdiction: ['PS', 'SA'], limit: 1 });
    sent.count = 0;
    const seen: DecisionHit[] = [];
    for await (const hit of client.forum.searchDecisions({ category: 'family', jurisdiction: ['PS', 'SA'], limit: 40 })) seen.push(hit);
    assert.equal(seen.length, total);
    assert.equal(new Set(seen.map((hit) => hit.decision.id)).size, total);
    assert.ok(seen.every((hit) => hit.decision.category.startsWith('family.') && ['PS', 'SA'].includes(hit.decision.jurisdiction)));
    assert.equal(sent.count, Math.ceil(total / 40));
  });

  it('pages() gives each page with its total and facets', async () => {
    let pages = 0;
    for await (const page of publishable().forum.searchDecisions({ q: 'court', language: 'en', limit: 100 }).pages()) {
      pages += 1;
      assert.ok(page.total >= page.data.length);
      assert.ok(page.facets.language.some((c) => c.value === 'en'));
      if (pages === 2) break;
    }
    assert.equal(pages, 2);
  });

  it('stops bad input in the client: nothing is sent', async () => {
    const sent = { count: 0 };
    const client = publishable(sent);
    for (const input of [{ q: 'x'.repeat(201) }, { courtLevel: 'district' as never }, { category: 'Civil' }, { limit: 500 }]) {
      const error = await client.forum.searchDecisions(input).catch((e: unknown) => e);
      assert.ok(error instanceof InvalidRequestError, JSON.stringify(input));
    }
    assert.equal(sent.count, 0);
  });

  it('the sandbox names an unknown category by its path', async () => {
    const error = await publishable().forum.searchDecisions({ category: ['family', 'family.polygamy'] }).catch((e: unknown) => e);
    assert.ok(error instanceof InvalidRequestError);
    assert.deepEqual(error.issues.map((issue) => issue.path), ['query.category.1']);
  });

  it('gets a decision, a regulation it is cited by, and walks back', async () => {
    const client = publishable();
    const [regulation] = (await client.forum.listRegulations({ jurisdiction: 'KZ', limit: 1 })).data;
    const decision = await client.forum.getDecision({ decisionId: regulation!.citedDecisionIds[0]! });
    assert.ok(decision.citedBy.regulationIds.includes(regulation!.id));
    assert.ok(decision.text.length > decision.summary.length);
    const error = await client.forum.getDecision({ decisionId: 'dec_kz_99999' }).catch((e: unknown) => e);
    assert.ok(error instanceof NotFoundError);
  });

  it('a lawyer asks a question through a token provider; it is pending and theirs only', async () => {
    const lawyer = [...sandbox.store.lawyers.values()].find((l) => l.jurisdiction === 'KZ')!;
    const token = sandbox.mintToken({ kind: 'lawyer', id: lawyer.id });
    const client = clientFor(baseUrl, { token: () => token });
    const thread = await client.forum.postQuestion({
      jurisdiction: 'KZ',
      category: 'civil.property',
      language: 'kk',
      title: 'Меншік құқығын тану мерзімі',
      body: 'Меншік құқығын тану туралы талап қою мерзімі қандай?',
    });
    assert.equal(thread.status, 'pending_moderation');
    const mine = await client.forum.listThreads({ author: 'me' });
    assert.ok(mine.data.some((t) => t.id === thread.id));
    const error = await publishable().forum.getThread({ threadId: thread.id }).catch((e: unknown) => e);
    assert.ok(error instanceof NotFoundError);
    const refused = await publishable()
      .forum.postQuestion({ jurisdiction: 'KZ', category: 'civil', title: 'A question', body: 'A question long enough.' })
      .catch((e: unknown) => e);
    assert.ok(refused instanceof PermissionError);
  });

  it('works from the core alone with forumResource, as the components use it', async () => {
    const core = new AdalatCore({ baseUrl, auth: { publishableKey: sandbox.keys.partners[0]!.publishableKey } });
    const page = await forumResource(core).listThreads({ limit: 3 });
    assert.equal(page.data.length, 3);
  });
}

describe('forum against the sandbox msw handlers', () => {
  forumSuite(mswTarget());
});

describe('forum against the sandbox HTTP server', () => {
  forumSuite(httpTarget());
});
