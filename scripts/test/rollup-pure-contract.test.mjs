/**
 * The pure-contract rollup plugin (scripts/rollup-pure-contract.mjs) on small fixtures:
 * unused declarations go, whatever their initializers call; used ones and top-level
 * statements stay and run as before. The real bundles: widget-bundle-domains.test.mjs.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { rollup } from 'rollup';
import { pureContract } from '../rollup-pure-contract.mjs';

/** A stand-in for zod: factories that count their calls, and a `.check` method rollup cannot see through. */
const LIB = `
globalThis.calls = [];
export function object(shape) { globalThis.calls.push('object'); return { shape, check(...c) { globalThis.calls.push('check'); return this; } }; }
export function string() { globalThis.calls.push('string'); return { check() { globalThis.calls.push('check'); return this; } }; }
export function minLength(n) { globalThis.calls.push('minLength'); return { n }; }
`;

const CONTRACT = `
import * as z from './lib.js';
export const Name = z.string().check(z.minLength(1));
export const Unused = z.object({ name: z.string().check(z.minLength(2)) }).check();
const Fields = { a: Name };
export const Spread = z.object({ ...Fields, b: Name });
export const ReadsShape = z.object({ ...Spread.shape });
export const UsedSpread = z.object({ ...Fields, c: Name });
export const Table = { get: { path: '/v1/unused', body: z.object({ n: Name }).check() } };
globalThis.calls.push('statement');
`;

const ENTRY = `import { Name, UsedSpread } from './contract.js';\nexport const used = [Name, UsedSpread];\n`;

/** Builds the fixture with the plugin applied to contract.js; returns the bundled code. */
async function bundle(include = /contract\.js$/) {
  const dir = mkdtempSync(join(tmpdir(), 'pure-contract-'));
  try {
    for (const [name, code] of Object.entries({ 'lib.js': LIB, 'contract.js': CONTRACT, 'entry.js': ENTRY })) writeFileSync(join(dir, name), code);
    const build = await rollup({ input: join(dir, 'entry.js'), plugins: [pureContract({ include })], onwarn: () => {} });
    try {
      return (await build.generate({ format: 'es' })).output[0].code;
    } finally {
      await build.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Runs bundled code as a module; the calls it made and its exports. */
async function run(code) {
  const exports = await import(`data:text/javascript,${encodeURIComponent(code)}`);
  const calls = globalThis.calls;
  delete globalThis.calls;
  return { calls, exports };
}

test('drops the declarations nothing uses, whatever their initializers call or spread', async () => {
  const code = await bundle();
  for (const gone of ['minLength(2)', '/v1/unused', 'ReadsShape', 'Spread.shape', 'b: Name']) assert.ok(!code.includes(gone), `${gone} is gone:\n${code}`);
  assert.match(code, /minLength\(1\)/);
  assert.match(code, /c: Name/);
});

test('keeps what is used and every top-level statement, and they run in the same order', async () => {
  const { calls, exports } = await run(await bundle());
  assert.deepEqual(calls, ['string', 'minLength', 'check', 'object', 'statement']);
  const [name, usedSpread] = exports.used;
  assert.deepEqual(Object.keys(usedSpread.shape), ['a', 'c']);
  assert.equal(usedSpread.shape.a, name);
});

test('without the plugin the same fixture keeps the unused initializers (what the plugin is for)', async () => {
  const code = await bundle(/^$/);
  assert.ok(code.includes('minLength(2)') && code.includes('Spread.shape') && code.includes('body: object('), code);
});
