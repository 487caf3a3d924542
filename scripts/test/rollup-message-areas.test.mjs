/**
 * The message-areas rollup plugin (scripts/rollup-message-areas.mjs): small in-memory
 * fixtures for its rules and its refusals, then the real court-picker CDN bundle
 * (built from packages/components/dist, so after `tsc -b`) against the source catalogs.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { rollup } from 'rollup';
import { parseAst } from 'rollup/parseAst';
import { bundles } from '../../rollup.config.mjs';
import { messageAreas } from '../rollup-message-areas.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const LANGUAGES = ['en', 'ar', 'fa', 'kk', 'ru'];

/** Every ESTree node below `node`. */
function* nodesOf(node) {
  if (Array.isArray(node)) for (const child of node) yield* nodesOf(child);
  else if (node && typeof node === 'object') {
    if (typeof node.type === 'string') yield node;
    for (const [key, value] of Object.entries(node)) if (key !== 'type') yield* nodesOf(value);
  }
}

const stringOf = (node) =>
  node.type === 'Literal' && typeof node.value === 'string'
    ? node.value
    : node.type === 'TemplateLiteral' && node.expressions.length === 0
      ? node.quasis[0].value.cooked
      : null;

/** The object literals of `code` whose keys are all strings with a dot, as plain objects: the catalogs. */
function catalogsIn(code) {
  return [...nodesOf(parseAst(code))]
    .filter((node) => node.type === 'ObjectExpression' && node.properties.length > 0)
    .map((node) => node.properties.map((p) => (p.type === 'Property' ? [stringOf(p.key), stringOf(p.value)] : [null, null])))
    .filter((entries) => entries.every(([key, value]) => key?.includes('.') && value !== null))
    .map((entries) => Object.fromEntries(entries));
}

/** Builds `files` (name → code, `entry.js` the input) in a temp folder with the plugin; returns rollup's output. */
async function buildFixture(files, outputOptions = { inlineDynamicImports: true }) {
  const dir = mkdtempSync(join(tmpdir(), 'message-areas-'));
  try {
    for (const [name, code] of Object.entries(files)) {
      mkdirSync(join(dir, name, '..'), { recursive: true });
      writeFileSync(join(dir, name), code);
    }
    const build = await rollup({ input: join(dir, 'entry.js'), plugins: [messageAreas({ catalogDir: join(dir, 'catalogs') })], onwarn: () => {} });
    try {
      return (await build.generate({ format: 'es', ...outputOptions })).output;
    } finally {
      await build.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const EN = `const en = {
  'picker.title': 'Pick',
  'picker.empty': 'Nothing',
  'status.state.open': 'Open',
  'status.state.closed': 'Closed',
  'other.title': 'Other widget',
  'error.generic': 'Failed',
};
export default en;
`;
const AR = `const ar = {
  'picker.title': 'اختر',
  'picker.empty': 'لا شيء',
  'status.state.open': 'مفتوح',
  'status.state.closed': 'مغلق',
  'other.title': 'عنصر آخر',
  'error.generic': 'فشل',
};
export default ar;
`;
const ENTRY = `import en from './catalogs/en.js';
const load = () => import('./catalogs/ar.js');
export const title = (c) => c['picker.title'];
export const state = (c, s) => c[\`status.state.\${s}\`];
export { en, load };
`;

describe('messageAreas on fixtures', () => {
  test('keeps the areas a string or template literal names, in every catalog, and drops the others', async () => {
    const [chunk] = await buildFixture({ 'entry.js': ENTRY, 'catalogs/en.js': EN, 'catalogs/ar.js': AR });
    const catalogs = catalogsIn(chunk.code);
    assert.equal(catalogs.length, 2);
    for (const catalog of catalogs) {
      assert.deepEqual(Object.keys(catalog).sort(), ['picker.empty', 'picker.title', 'status.state.closed', 'status.state.open']);
    }
    assert.ok(catalogs.some((catalog) => catalog['picker.title'] === 'اختر'));
  });

  test('filters a catalog split into its own chunk by what the other chunks use', async () => {
    const output = await buildFixture({ 'entry.js': ENTRY, 'catalogs/en.js': EN, 'catalogs/ar.js': AR }, {});
    const arChunk = output.find((file) => file.type === 'chunk' && !file.isEntry);
    assert.ok(arChunk, 'the Arabic catalog is a chunk of its own');
    assert.deepEqual(catalogsIn(arChunk.code), [
      { 'picker.title': 'اختر', 'picker.empty': 'لا شيء', 'status.state.open': 'مفتوح', 'status.state.closed': 'مغلق' },
    ]);
  });

  test('a literal naming an area that is not in the reference catalog keeps nothing', async () => {
    const entry = `import en from './catalogs/en.js';\nexport const x = ['nowhere.title', en];\n`;
    const [chunk] = await buildFixture({ 'entry.js': entry, 'catalogs/en.js': EN });
    assert.match(chunk.code, /const en = \{\};/);
  });

  test('fails the build when a catalog is not a plain object literal of strings', async () => {
    const broken = {
      spread: `const ar = { ...globalThis.extra, 'picker.title': 'اختر' };\nexport default ar;\n`,
      computed: `const k = 'picker.title';\nconst ar = { [k]: 'اختر' };\nexport default ar;\n`,
      'non-string value': `const ar = { 'picker.title': 42 };\nexport default ar;\n`,
      'no object': `const ar = Object.fromEntries([['picker.title', 'اختر']]);\nexport default ar;\n`,
    };
    for (const [why, code] of Object.entries(broken)) {
      await assert.rejects(
        buildFixture({ 'entry.js': ENTRY, 'catalogs/en.js': EN, 'catalogs/ar.js': code }),
        /cannot read the catalog .*ar\.js/,
        why,
      );
    }
  });
});

/** The dist module → its TypeScript source in packages/components/src, or null for other packages. */
function sourceOf(id) {
  const match = /packages[\\/]components[\\/]dist[\\/](.+)\.js$/.exec(id);
  return match ? join(ROOT, 'packages/components/src', `${match[1]}.ts`) : null;
}

/**
 * The keys the bundle's own sources name, read with a regex over the TypeScript (not
 * the plugin's AST walk): a quoted key as written, and every key a template literal's
 * leading text (`` `case.status.${…}` ``) is a prefix of.
 */
function keysNamedBy(sources, allKeys) {
  const named = new Set();
  for (const source of sources) {
    for (const key of allKeys) if (new RegExp(`(['"\`])${key.replaceAll('.', '\\.')}\\1`).test(source)) named.add(key);
    for (const [, prefix] of source.matchAll(/`([A-Za-z]+\.[A-Za-z0-9_.]*)\$\{/g)) {
      for (const key of allKeys) if (key.startsWith(prefix)) named.add(key);
    }
  }
  return named;
}

describe('the court-picker CDN bundle', () => {
  const file = join(ROOT, 'packages/components/cdn/adalat-court-picker.js');
  let catalogs; // language → the catalog as bundled
  let sources; // the TypeScript sources of the bundle's components modules, catalogs excepted
  let source; // language → the source catalog

  before(async () => {
    const config = bundles().find((bundle) => bundle.output.file === file);
    assert.ok(config, `rollup.config.mjs has a bundle for ${file} (run \`tsc -b\` first)`);
    const { file: _file, ...output } = config.output;
    const build = await rollup({ ...config, onwarn: () => {} });
    let chunk;
    try {
      [chunk] = (await build.generate(output)).output;
    } finally {
      await build.close();
    }
    source = Object.fromEntries(
      await Promise.all(LANGUAGES.map(async (lang) => [lang, (await import(`../../packages/components/src/i18n/catalogs/${lang}.ts`)).default])),
    );
    // Which bundled object is which language: the one whose every message is that catalog's.
    const bundled = catalogsIn(chunk.code);
    catalogs = Object.fromEntries(
      LANGUAGES.map((lang) => {
        const matches = bundled.filter((catalog) => Object.entries(catalog).every(([key, text]) => source[lang][key] === text));
        assert.equal(matches.length, 1, `exactly one bundled catalog is a part of ${lang}.ts`);
        return [lang, matches[0]];
      }),
    );
    sources = chunk.moduleIds
      .map(sourceOf)
      .filter((path) => path && !/[\\/]i18n[\\/]catalogs[\\/]/.test(path) && existsSync(path))
      .map((path) => readFileSync(path, 'utf8'));
  });

  test('carries no key of an area its code never names', () => {
    const areaOf = (key) => key.slice(0, key.indexOf('.'));
    const unnamed = [...new Set(Object.keys(source.en).map(areaOf))].filter(
      (area) => !sources.some((code) => new RegExp(`['"\`]${area}\\.`).test(code)),
    );
    assert.ok(unnamed.includes('forumSearch') && unnamed.includes('caseStatus'), `other widgets' areas: ${unnamed.join(', ')}`);
    for (const lang of LANGUAGES) {
      const leaked = Object.keys(catalogs[lang]).filter((key) => unnamed.includes(areaOf(key)));
      assert.deepEqual(leaked, [], `${lang}: keys of areas the court picker never names`);
    }
    assert.ok(Object.keys(catalogs.en).length < Object.keys(source.en).length / 4);
  });

  test('carries every key the court picker names, with its text, in all five languages', () => {
    const named = keysNamedBy(sources, Object.keys(source.en));
    assert.ok(named.has('courtPicker.court') && named.has('error.generic'), 'the sources were read');
    for (const lang of LANGUAGES) {
      for (const key of named) assert.equal(catalogs[lang][key], source[lang][key], `${lang}: ${key}`);
    }
  });
});
