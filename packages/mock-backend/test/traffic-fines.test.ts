import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { listOf, listOperations, TrafficFine } from '@adalat/sdk/contract';
import { SEED } from '../src/index.ts';
import { assertProblem, call, parsed, partnerOf, useSandbox } from './helpers.ts';
import { tokenFor } from './cases-helpers.ts';
import { bankOf, finesOf, nationalIdOf, widget, withKey, type Caller } from './payments-helpers.ts';

const sandbox = useSandbox();
const Fines = listOf(TrafficFine);
const search = (as: Caller, body: Record<string, unknown>) => as('/v1/traffic-fines/search', { body });
const found = async (as: Caller, body: Record<string, unknown>) => {
  const result = await search(as, body);
  assert.equal(result.status, 200, JSON.stringify(result.body));
  return parsed(Fines, result.body).data;
};
const bank = () => withKey(bankOf(sandbox, 'PS').secretKey);
/** Arabic-Indic digits with spaces, as people copy them from an Arabic page. */
const arabicIndic = (digits: string) => digits.replace(/\d/g, (d) => String.fromCharCode(0x0660 + Number(d))).replace(/(.{3})/g, '$1 ');

describe('the seed', () => {
  test('several fines per jurisdiction, over at least three cities, some paid, on people with valid IDs', () => {
    for (const jurisdiction of ['PS', 'SA', 'IR', 'KZ'] as const) {
      const fines = SEED.trafficFines.filter((f) => f.jurisdiction === jurisdiction);
      assert.ok(fines.length >= 5, jurisdiction);
      assert.ok(new Set(fines.map((f) => f.city.en)).size >= 3, `${jurisdiction} cities`);
      assert.ok(fines.some((f) => f.status === 'paid') && fines.some((f) => f.status === 'unpaid'));
      for (const fine of fines) {
        const person = SEED.people.find((p) => p.id === fine.personId);
        assert.equal(person?.nationalId, fine.nationalId);
        assert.equal(SEED.courts.find((c) => c.id === fine.courtId)?.city.en, fine.city.en);
        assert.equal(fine.amount.currency, SEED.jurisdictions.find((j) => j.code === jurisdiction)?.currency);
      }
    }
  });

  test('plates follow each jurisdiction’s format', () => {
    const formats = { PS: /^\d-\d{4}-\d{2}$/, SA: /^[A-Z]{3} \d{4}$/, IR: /^\d{2} [\u0600-\u06ff] \d{3} - \d{2}$/, KZ: /^\d{3} [A-Z]{3} \d{2}$/ };
    for (const fine of SEED.trafficFines) assert.match(fine.plate, formats[fine.jurisdiction], fine.id);
  });

  test('reset restores paid and unpaid fines', () => {
    sandbox.store.trafficFines.get('tfn_ps_001')!.status = 'paid';
    sandbox.reset();
    assert.equal(sandbox.store.trafficFines.get('tfn_ps_001')?.status, 'unpaid');
  });
});

describe('trafficFines.search by a partner’s secret key', () => {
  test('a national ID finds the person’s fines in every city, unpaid first, newest first; no answer names the person', async () => {
    const nationalId = nationalIdOf(sandbox, 'per_ps_001');
    const result = await search(bank(), { jurisdiction: 'PS', nationalId });
    const fines = parsed(Fines, result.body).data;
    assert.deepEqual(fines.map((f) => f.id).sort(), finesOf(sandbox, 'per_ps_001').sort());
    assert.deepEqual(fines.map((f) => f.status), ['unpaid', 'unpaid', 'paid']);
    assert.ok(Date.parse(fines[0]!.issuedAt) > Date.parse(fines[1]!.issuedAt));
    assert.equal(new Set(fines.map((f) => f.city.en)).size, 3);
    assert.ok(!JSON.stringify(result.body).includes(nationalId));
    assert.ok(fines.every((f) => !('nationalId' in f) && !('personId' in f)));
  });

  test('Arabic-Indic digits and spaces in the ID are fine; a wrong check digit is a 400 that does not repeat the ID', async () => {
    const nationalId = nationalIdOf(sandbox, 'per_ps_002');
    assert.deepEqual((await found(bank(), { jurisdiction: 'PS', nationalId: arabicIndic(nationalId) })).map((f) => f.id).sort(), finesOf(sandbox, 'per_ps_002'));
    const wrong = nationalId.slice(0, -1) + String((Number(nationalId.at(-1)) + 1) % 10);
    const result = await search(bank(), { jurisdiction: 'PS', nationalId: wrong });
    const error = assertProblem(result, 400, 'validation_failed');
    assert.deepEqual(error.issues?.map((i) => [i.path, i.message]), [['body.nationalId', 'check digit does not match']]);
    assert.ok(!JSON.stringify(result.body).includes(wrong));
  });

  test('plates and violation numbers match whatever their spacing, case and digits', async () => {
    const ir = withKey(bankOf(sandbox, 'IR').secretKey);
    const persianPlate = '۱۲ب۳۴۵ ۶۷'; // the seeded "12 ب 345 - 67"
    assert.deepEqual((await found(ir, { jurisdiction: 'IR', plate: persianPlate })).map((f) => f.plate), ['12 ب 345 - 67', '12 ب 345 - 67']);
    const kz = withKey(bankOf(sandbox, 'KZ').secretKey);
    assert.deepEqual((await found(kz, { jurisdiction: 'KZ', plate: '907kzt02' })).map((f) => f.id), ['tfn_kz_002']);
    const number = sandbox.store.trafficFines.get('tfn_ps_004')!.number;
    assert.deepEqual((await found(bank(), { jurisdiction: 'PS', violationNumber: number.toLowerCase().replaceAll('-', ' ') })).map((f) => f.id), ['tfn_ps_004']);
    assert.deepEqual(await found(bank(), { jurisdiction: 'PS', plate: '0-0000-00' }), []);
  });

  test('status narrows; pages follow the cursor', async () => {
    const nationalId = nationalIdOf(sandbox, 'per_ps_001');
    assert.deepEqual((await found(bank(), { jurisdiction: 'PS', nationalId, status: 'paid' })).map((f) => f.id), ['tfn_ps_003']);
    const first = parsed(Fines, (await search(bank(), { jurisdiction: 'PS', nationalId, limit: 2 })).body);
    assert.equal(first.data.length, 2);
    assert.ok(first.nextCursor);
    const second = parsed(Fines, (await search(bank(), { jurisdiction: 'PS', nationalId, limit: 2, cursor: first.nextCursor })).body);
    assert.deepEqual(second.data.map((f) => f.id), ['tfn_ps_003']);
    assert.equal(second.nextCursor, null);
    assert.equal(assertProblem(await search(bank(), { jurisdiction: 'PS', nationalId, cursor: 'nope' }), 400, 'invalid_cursor').param, 'body.cursor');
  });

  test('exactly one criterion; another jurisdiction is a 403', async () => {
    const none = assertProblem(await search(bank(), { jurisdiction: 'PS' }), 400, 'validation_failed');
    assert.deepEqual(none.issues?.map((i) => i.path), ['body.nationalId']);
    const two = assertProblem(await search(bank(), { jurisdiction: 'PS', plate: '6-4521-95', violationNumber: 'TRF-1' }), 400, 'validation_failed');
    assert.deepEqual(two.issues?.map((i) => i.path), ['body.violationNumber']);
    const sa = nationalIdOf(sandbox, 'per_sa_001');
    assertProblem(await search(bank(), { jurisdiction: 'SA', nationalId: sa }), 403, 'outside_jurisdiction');
  });
});

describe('who else may search', () => {
  test('a person finds their own fines, not another’s, and nothing by someone else’s plate', async () => {
    const me = withKey(tokenFor(sandbox, 'person', 'per_sa_001'));
    assert.deepEqual((await found(me, { jurisdiction: 'SA', nationalId: nationalIdOf(sandbox, 'per_sa_001') })).length, 3);
    const result = await search(me, { jurisdiction: 'SA', nationalId: nationalIdOf(sandbox, 'per_sa_002') });
    assertProblem(result, 403, 'not_your_national_id');
    assert.ok(!JSON.stringify(result.body).includes(nationalIdOf(sandbox, 'per_sa_002')));
    assert.deepEqual(await found(me, { jurisdiction: 'SA', plate: 'HSL 4410' }), []);
    const list = parsed(Fines, (await me('/v1/traffic-fines')).body);
    assert.deepEqual(list.data.map((f) => f.id).sort(), finesOf(sandbox, 'per_sa_001'));
  });

  test('court staff search their jurisdiction; lawyers and publishable keys may not', async () => {
    const clerk = withKey(tokenFor(sandbox, 'staff', 'stf_ir_002'));
    assert.equal((await found(clerk, { jurisdiction: 'IR', plate: '31 د 902 - 13' })).length, 2);
    const lawyer = withKey(tokenFor(sandbox, 'lawyer', 'law_ir_001'));
    assertProblem(await search(lawyer, { jurisdiction: 'IR', plate: '31 د 902 - 13' }), 403, 'person_token_required');
    assertProblem(await lawyer('/v1/traffic-fines'), 403, 'person_token_required');
    const publishable = withKey(partnerOf(sandbox, 'IR', 'bank').publishableKey);
    assertProblem(await search(publishable, { jurisdiction: 'IR', plate: '31 د 902 - 13' }), 403, 'credential_not_allowed');
  });

  test('a widget scoped to a person finds that person’s fines only', async () => {
    const ops = ['trafficFines.search', 'trafficFines.list', 'trafficFines.get'];
    const page = await widget(bankOf(sandbox, 'PS'), { person: 'per_ps_002' }, ops);
    assert.deepEqual((await found(page, { jurisdiction: 'PS', nationalId: nationalIdOf(sandbox, 'per_ps_002') })).map((f) => f.id).sort(), finesOf(sandbox, 'per_ps_002'));
    assertProblem(await search(page, { jurisdiction: 'PS', nationalId: nationalIdOf(sandbox, 'per_ps_001') }), 403, 'subject_not_in_scope');
    // Someone else's plate finds nothing in scope.
    assert.deepEqual(await found(page, { jurisdiction: 'PS', plate: '6-4521-95' }), []);
    assertProblem(await page('/v1/traffic-fines/tfn_ps_001'), 404, 'fine_not_found');
  });

  test('a widget scoped to fine ids sees those fines and no others', async () => {
    const page = await widget(bankOf(sandbox, 'PS'), { trafficFines: ['tfn_ps_001', 'tfn_ps_002'] }, ['trafficFines.list', 'trafficFines.get', 'trafficFines.search']);
    assert.deepEqual(parsed(Fines, (await page('/v1/traffic-fines')).body).data.map((f) => f.id), ['tfn_ps_002', 'tfn_ps_001']);
    assert.equal(parsed(TrafficFine, (await page('/v1/traffic-fines/tfn_ps_001')).body).id, 'tfn_ps_001');
    assertProblem(await page('/v1/traffic-fines/tfn_ps_003'), 404, 'fine_not_found');
    assertProblem(await search(page, { jurisdiction: 'PS', nationalId: nationalIdOf(sandbox, 'per_ps_001') }), 403, 'subject_not_in_scope');
    assert.deepEqual((await found(page, { jurisdiction: 'PS', plate: '6-4521-95' })).map((f) => f.id), ['tfn_ps_002', 'tfn_ps_001']);
  });

  test('a widget needs the operation; a session cannot be scoped to unknown or foreign fines', async () => {
    const page = await widget(bankOf(sandbox, 'PS'), { trafficFines: ['tfn_ps_001'] }, ['trafficFines.get']);
    assertProblem(await search(page, { jurisdiction: 'PS', plate: '6-4521-95' }), 403, 'operation_not_in_scope');
    const created = await call('/v1/widget-sessions', {
      key: bankOf(sandbox, 'PS').secretKey,
      body: { subjects: { trafficFines: ['tfn_ps_001', 'tfn_sa_001', 'tfn_xx_1'] }, operations: ['trafficFines.get'] },
    });
    const error = assertProblem(created, 400, 'validation_failed');
    assert.deepEqual(error.issues?.map((i) => [i.path, i.code]), [
      ['body.subjects.trafficFines.1', 'unknown_subject'],
      ['body.subjects.trafficFines.2', 'unknown_subject'],
    ]);
  });
});

test('a national ID is never part of a URL: no operation takes one in its path or query', () => {
  for (const { name, endpoint } of listOperations()) {
    const keys = [...Object.keys(endpoint.params?.shape ?? {}), ...Object.keys(endpoint.query?.shape ?? {})];
    assert.ok(!keys.some((key) => /nationalid/i.test(key)), name);
  }
});
