import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { Classifier, Court, Jurisdiction, type CategoryNode } from '@adalat/sdk/contract';
import { isNationalId } from '@adalat/sdk/ids';
import { createSandbox, SEED } from '../src/index.ts';
import { buildSeed } from '../src/seed/index.ts';
import { parsed } from './helpers.ts';

const seedModule = fileURLToPath(new URL('../src/seed/index.ts', import.meta.url));

function storeSnapshot(sandbox: ReturnType<typeof createSandbox>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(sandbox.store).map(([name, value]) => [name, value instanceof Map ? [...value.entries()] : value]),
  );
}

test('the seed is rebuilt identically, in this process and in another one', () => {
  assert.deepEqual(buildSeed(), SEED);
  const script = `import { SEED } from ${JSON.stringify(seedModule)}; process.stdout.write(JSON.stringify(SEED));`;
  const other = execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  assert.equal(other, JSON.stringify(SEED));
});

test('building the seed never calls Math.random', () => {
  const original = Math.random;
  Math.random = () => {
    throw new Error('Math.random used while seeding');
  };
  try {
    assert.deepEqual(buildSeed(), SEED);
  } finally {
    Math.random = original;
  }
});

test('two sandboxes start from deep-equal state and the same keys', () => {
  const a = createSandbox();
  const b = createSandbox();
  assert.deepEqual(storeSnapshot(a), storeSnapshot(b));
  assert.deepEqual(a.keys, b.keys);
  assert.equal(a.store.courts.size, SEED.courts.length);
});

test('the four jurisdictions carry their languages, currencies, zones, calendars and rules', () => {
  const byCode = new Map(SEED.jurisdictions.map((j) => [j.code, parsed(Jurisdiction, j)]));
  assert.deepEqual([...byCode.keys()], ['PS', 'SA', 'IR', 'KZ']);
  const ps = byCode.get('PS')!;
  assert.deepEqual([ps.currency, ps.otherCurrencies, ps.timeZone, ps.languages], ['JOD', ['ILS'], 'Asia/Hebron', ['ar', 'en']]);
  assert.deepEqual(ps.rules, { strikeOffNotBefore: '12:00', notificationCollectDays: 3, trafficFinesPayableNationwide: true });
  const sa = byCode.get('SA')!;
  assert.deepEqual([sa.currency, sa.timeZone, sa.calendars], ['SAR', 'Asia/Riyadh', ['gregory', 'islamic-umalqura']]);
  assert.deepEqual(sa.rules, { strikeOffNotBefore: null, notificationCollectDays: null, trafficFinesPayableNationwide: false });
  const ir = byCode.get('IR')!;
  assert.deepEqual([ir.currency, ir.timeZone, ir.languages, ir.calendars], ['IRR', 'Asia/Tehran', ['fa', 'en'], ['gregory', 'persian']]);
  const kz = byCode.get('KZ')!;
  assert.deepEqual([kz.currency, kz.timeZone, kz.languages], ['KZT', 'Asia/Almaty', ['kk', 'ru', 'en']]);
  for (const j of byCode.values()) {
    assert.equal(j.filePolicy.acceptedMediaTypes.length, 5);
    assert.equal(j.filePolicy.maxFileBytes, 20 * 1024 * 1024);
    assert.equal(j.filePolicy.minScanDpi, 200);
    assert.ok(j.documentTypes.some((d) => d.lead) && j.documentTypes.some((d) => !d.lead));
    for (const type of j.documentTypes) assert.deepEqual(Object.keys(type.name), j.languages, `${j.code} ${type.code}`);
  }
});

test('courts: 15 to 30, well-formed, named in their jurisdiction languages, hearing real categories', () => {
  assert.ok(SEED.courts.length >= 15 && SEED.courts.length <= 30, `${SEED.courts.length} courts`);
  const unitIds = new Set<string>();
  for (const raw of SEED.courts) {
    const court = parsed(Court, raw);
    const jurisdiction = SEED.jurisdictions.find((j) => j.code === court.jurisdiction)!;
    assert.match(court.id, new RegExp(`^crt_${court.jurisdiction.toLowerCase()}_[a-z_]+$`));
    assert.equal(court.timeZone, jurisdiction.timeZone);
    assert.deepEqual(Object.keys(court.name), jurisdiction.languages, court.id);
    assert.deepEqual(Object.keys(court.city), jurisdiction.languages, court.id);
    assert.ok(court.branches.length > 0 && court.branches.every((b) => b.panels.length > 0), court.id);
    for (const id of court.branches.flatMap((b) => [b.id, ...b.panels.map((p) => p.id)])) {
      assert.ok(!unitIds.has(id), `duplicate ${id}`);
      unitIds.add(id);
    }
    const codes = new Set(allCodes(SEED.classifiers.find((c) => c.jurisdiction === court.jurisdiction)!.categories));
    assert.ok(court.acceptedCategories.length > 0);
    for (const code of court.acceptedCategories) assert.ok(codes.has(code), `${court.id} hears unknown ${code}`);
  }
  for (const code of ['PS', 'SA', 'IR', 'KZ'] as const) {
    const levels = new Set(SEED.courts.filter((c) => c.jurisdiction === code).map((c) => c.level));
    assert.ok(levels.has('appeal') && levels.has('supreme'), `${code} has appeal and supreme courts`);
  }
  assert.ok(SEED.courts.some((c) => c.id === 'crt_ps_ramallah_magistrate'));
});

function allCodes(nodes: readonly CategoryNode[]): string[] {
  return nodes.flatMap((node) => [node.code, ...allCodes(node.children)]);
}

function depth(nodes: readonly CategoryNode[]): number {
  return nodes.length === 0 ? 0 : 1 + Math.max(...nodes.map((node) => depth(node.children)));
}

test('classifiers: one tree per jurisdiction, codes nested under their parent, every node named', () => {
  assert.equal(SEED.classifiers.length, 4);
  for (const raw of SEED.classifiers) {
    const classifier = parsed(Classifier, raw);
    const languages = SEED.jurisdictions.find((j) => j.code === classifier.jurisdiction)!.languages;
    assert.deepEqual(
      classifier.categories.map((c) => c.code),
      ['civil', 'commercial', 'family', 'labour', 'administrative', 'criminal', 'execution', 'traffic'],
    );
    assert.ok(depth(classifier.categories) >= 2 && depth(classifier.categories) <= 4);
    const walk = (nodes: readonly CategoryNode[], parent: string | null): void => {
      for (const node of nodes) {
        if (parent !== null) assert.ok(node.code.startsWith(`${parent}.`), `${node.code} under ${parent}`);
        assert.deepEqual(Object.keys(node.name), languages, node.code);
        walk(node.children, node.code);
      }
    };
    walk(classifier.categories, null);
  }
});

test('partners: a bank, a ministry and a bar association per jurisdiction, with unique sandbox keys', () => {
  assert.equal(SEED.partners.length, 12);
  for (const code of ['PS', 'SA', 'IR', 'KZ']) {
    const kinds = SEED.partners.filter((p) => p.jurisdiction === code).map((p) => p.kind);
    assert.deepEqual(kinds.sort(), ['bank', 'bar_association', 'ministry']);
  }
  const keys = SEED.partners.flatMap((p) => [p.secretKey, p.publishableKey]);
  assert.equal(new Set(keys).size, keys.length);
  for (const p of SEED.partners) {
    assert.match(p.secretKey, /^sk_test_[A-Za-z0-9]{24}$/);
    assert.match(p.publishableKey, /^pk_test_[A-Za-z0-9]{24}$/);
  }
});

test('people and lawyers hold national IDs valid under their jurisdiction scheme, all distinct', () => {
  const schemes = new Map(SEED.jurisdictions.map((j) => [j.code, j.nationalIdScheme]));
  const individuals = [...SEED.people, ...SEED.lawyers];
  assert.ok(SEED.people.length >= 40 && SEED.lawyers.length >= 20);
  for (const individual of individuals) {
    assert.ok(isNationalId(schemes.get(individual.jurisdiction)!, individual.nationalId), `${individual.id} ${individual.nationalId}`);
  }
  assert.equal(new Set(individuals.map((i) => i.nationalId)).size, individuals.length);
  for (const person of SEED.people.filter((p) => p.jurisdiction === 'KZ')) {
    // An IIN starts with the birth date, YYMMDD.
    assert.equal(person.nationalId.slice(0, 6), person.birthDate.slice(2).replaceAll('-', ''));
  }
  const bars = new Set(SEED.partners.filter((p) => p.kind === 'bar_association').map((p) => p.id));
  for (const lawyer of SEED.lawyers) {
    assert.ok(bars.has(lawyer.barAssociationId));
    assert.match(lawyer.barNumber, /^[1-9]\d{4}$/);
  }
  for (const member of SEED.staff) assert.ok(SEED.courts.some((c) => c.id === member.courtId && c.jurisdiction === member.jurisdiction));
});

test('sample tokens: one person, lawyer and staff token per jurisdiction, and they authenticate', () => {
  assert.equal(SEED.tokens.length, 12);
  const sandbox = createSandbox();
  for (const token of sandbox.keys.tokens) {
    const record = sandbox.store.tokens.get(token.token);
    assert.ok(record && record.subject === token.subject && record.id === token.id);
    assert.ok(Date.parse(record.expiresAt) > sandbox.clock.now().getTime());
  }
});
