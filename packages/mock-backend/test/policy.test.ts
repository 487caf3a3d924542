import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Classifier, Court, Jurisdiction, listOf, policyEndpoints } from '@adalat/sdk/contract';
import { assertProblem, call, parsed, partnerOf, useSandbox } from './helpers.ts';

const sandbox = useSandbox();
const key = (): string => partnerOf(sandbox, 'PS', 'bank').publishableKey;
const Courts = listOf(Court);

async function listCourts(query: string): Promise<Court[]> {
  const result = await call(`/v1/courts?${query}`, { key: key() });
  assert.equal(result.status, 200, JSON.stringify(result.body));
  return parsed(Courts, result.body).data;
}

/** Every court the filter gives, following nextCursor page by page. */
async function allPages(query: string, limit: number): Promise<{ pages: number; courts: Court[] }> {
  const courts: Court[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const params = new URLSearchParams(query);
    params.set('limit', String(limit));
    if (cursor !== null) params.set('cursor', cursor);
    const result = await call(`/v1/courts?${params}`, { key: key() });
    assert.equal(result.status, 200, JSON.stringify(result.body));
    const page = parsed(Courts, result.body);
    assert.ok(page.data.length <= limit);
    courts.push(...page.data);
    cursor = page.nextCursor;
    pages += 1;
  } while (cursor !== null);
  return { pages, courts };
}

describe('policy endpoints answer with contract-shaped data', () => {
  test('listJurisdictions gives the four jurisdictions on one page', async () => {
    const result = await call('/v1/jurisdictions', { key: key() });
    const page = parsed(policyEndpoints.listJurisdictions.response, result.body);
    assert.deepEqual(page.data.map((j) => j.code), ['PS', 'SA', 'IR', 'KZ']);
    assert.equal(page.nextCursor, null);
  });

  test('getJurisdiction gives one jurisdiction; an unknown code is a 400 on params.jurisdiction', async () => {
    const sa = parsed(Jurisdiction, (await call('/v1/jurisdictions/SA', { key: key() })).body);
    assert.equal(sa.currency, 'SAR');
    const error = assertProblem(await call('/v1/jurisdictions/XX', { key: key() }), 400, 'validation_failed');
    assert.equal(error.issues?.[0]?.path, 'params.jurisdiction');
  });

  test('getCourt gives the court with branches and panels; an unknown id is a 404', async () => {
    const court = parsed(Court, (await call('/v1/courts/crt_ps_ramallah_magistrate', { key: key() })).body);
    assert.equal(court.city.en, 'Ramallah');
    assert.deepEqual(court, sandbox.store.courts.get('crt_ps_ramallah_magistrate'));
    const error = assertProblem(await call('/v1/courts/crt_ps_atlantis', { key: key() }), 404, 'court_not_found');
    assert.equal(error.param, 'params.courtId');
    // A malformed id never reaches the lookup.
    assertProblem(await call('/v1/courts/a%20b', { key: key() }), 400, 'validation_failed');
  });

  test('getClassifier gives the jurisdiction tree in its languages', async () => {
    const classifier = parsed(Classifier, (await call('/v1/jurisdictions/KZ/classifier', { key: key() })).body);
    assert.equal(classifier.jurisdiction, 'KZ');
    assert.deepEqual(Object.keys(classifier.categories[0]!.name), ['kk', 'ru', 'en']);
  });
});

describe('listCourts filters and pages', () => {
  test('filters by jurisdiction and level', async () => {
    const ps = await listCourts('jurisdiction=PS&limit=100');
    assert.equal(ps.length, [...sandbox.store.courts.values()].filter((c) => c.jurisdiction === 'PS').length);
    assert.ok(ps.every((c) => c.jurisdiction === 'PS'));
    const supreme = await listCourts('level=supreme&limit=100');
    assert.deepEqual(supreme.map((c) => c.jurisdiction).sort(), ['IR', 'KZ', 'PS', 'SA']);
  });

  test('filters by city in any language, case-insensitively, whole name only', async () => {
    const english = await listCourts('city=ramallah&limit=100');
    const arabic = await listCourts(`city=${encodeURIComponent('رام الله')}&limit=100`);
    assert.ok(english.length >= 3);
    assert.deepEqual(english, arabic);
    assert.ok(english.every((c) => c.city.en === 'Ramallah'));
    assert.deepEqual(await listCourts('city=Ram'), []);
    const almaty = await listCourts(`city=${encodeURIComponent('АЛМАТЫ')}`);
    assert.deepEqual(almaty.map((c) => c.id).sort(), ['crt_kz_almaty_city', 'crt_kz_almaty_district']);
  });

  test('filters by category: a court hears a node when it accepts it or a node above it', async () => {
    const cheques = await listCourts('jurisdiction=SA&category=execution.papers.cheque&limit=100');
    assert.ok(cheques.some((c) => c.id === 'crt_sa_riyadh_commercial'), 'accepts execution.papers');
    const execution = await listCourts('jurisdiction=SA&category=execution&limit=100');
    assert.ok(!execution.some((c) => c.id === 'crt_sa_riyadh_commercial'), 'accepts only a subtree of execution');
    assert.ok(cheques.length > execution.length);
    const labour = await listCourts('jurisdiction=SA&category=labour.wages&limit=100');
    assert.ok(labour.every((c) => c.acceptedCategories.some((code) => code === 'labour')));
    assert.ok(labour.some((c) => c.id === 'crt_sa_riyadh_labour'));
    assert.ok(!labour.some((c) => c.id === 'crt_sa_riyadh_general'));
  });

  test('cursor pages cover every court exactly once, in order, for several page sizes', async () => {
    const everything = [...sandbox.store.courts.keys()];
    for (const limit of [1, 7, 20, 100]) {
      const { pages, courts } = await allPages('', limit);
      assert.deepEqual(courts.map((c) => c.id), everything, `limit ${limit}`);
      assert.equal(pages, Math.ceil(everything.length / limit));
    }
    const filtered = await allPages('jurisdiction=IR', 4);
    assert.deepEqual(
      filtered.courts.map((c) => c.id),
      everything.filter((id) => id.startsWith('crt_ir_')),
    );
  });

  test('the default page is 20 courts with a cursor', async () => {
    const result = await call('/v1/courts', { key: key() });
    const page = parsed(Courts, result.body);
    assert.equal(page.data.length, 20);
    assert.equal(typeof page.nextCursor, 'string');
  });

  test('bad limits, forged cursors and unknown filters are 400s naming the query field', async () => {
    for (const [query, code, path] of [
      ['limit=0', 'validation_failed', 'query.limit'],
      ['limit=101', 'validation_failed', 'query.limit'],
      ['limit=ten', 'validation_failed', 'query.limit'],
      ['level=district', 'validation_failed', 'query.level'],
      ['jurisdication=PS', 'validation_failed', 'query.jurisdication'],
      ['cursor=not-a-cursor', 'invalid_cursor', 'query.cursor'],
      [`cursor=${btoa(JSON.stringify({ v: 1, after: 'crt_nowhere' }))}`, 'invalid_cursor', 'query.cursor'],
    ] as const) {
      const error = assertProblem(await call(`/v1/courts?${query}`, { key: key() }), 400, code);
      assert.equal(error.type, 'invalid_request', query);
      assert.equal(error.param, path, query);
      assert.ok(error.issues?.some((issue) => issue.path === path), `${query}: ${JSON.stringify(error.issues)}`);
    }
  });
});
