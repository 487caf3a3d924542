/**
 * Size benchmark of the CDN bundles: minified and gzipped (zlib level 9) bytes of
 * every bundle against its budget, and what the SDK core and each element bundle
 * are made of (measured with in-memory rollup builds that leave parts out).
 *
 * Builds nothing itself: run `npm run bench` (which builds first) or `npm run build`
 * before `node bench/size.mjs`. Exits 0 even over budget (a benchmark, not a test);
 * rows over budget are marked.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import { bundlePlugins, defineEntries } from '../rollup.config.mjs';

const root = (path) => fileURLToPath(new URL(`../${path}`, import.meta.url));

const KB = 1000;
// The budget is on the core (AdalatCore): the full client grows with every domain.
const SDK_CORE_BUNDLE = 'packages/sdk/cdn/adalat-sdk-core.js';
const SDK_BUNDLE = 'packages/sdk/cdn/adalat-sdk.js';
const COMPONENTS_CDN = 'packages/components/cdn';
const ALL_COMPONENTS = 'adalat-components.js';
const BUDGET_GZIP = { sdk: 15 * KB, widget: 28 * KB };

const gzipSize = (code) => gzipSync(code, { level: 9 }).length;
const kb = (bytes) => `${(bytes / KB).toFixed(1)} kB`;

function bundleFiles() {
  const widgets = existsSync(root(COMPONENTS_CDN))
    ? readdirSync(root(COMPONENTS_CDN))
        .filter((file) => /^adalat-.*\.js$/.test(file))
        .sort((a, b) => (a === ALL_COMPONENTS) - (b === ALL_COMPONENTS) || a.localeCompare(b))
        .map((file) => `${COMPONENTS_CDN}/${file}`)
    : [];
  return [...[SDK_CORE_BUNDLE, SDK_BUNDLE].filter((file) => existsSync(root(file))), ...widgets];
}

function budgetOf(path) {
  if (path === SDK_CORE_BUNDLE) return BUDGET_GZIP.sdk;
  if (path === SDK_BUNDLE) return null; // AdalatClient with every domain's schemas: reported, not budgeted
  if (path.endsWith(`/${ALL_COMPONENTS}`)) return null; // every widget at once: reported, not budgeted
  return BUDGET_GZIP.widget;
}

function sizeTable(files) {
  const rows = files.map((path) => {
    const code = readFileSync(root(path));
    const gzip = gzipSize(code);
    const budget = budgetOf(path);
    const ok = budget === null ? '–' : gzip <= budget ? 'ok' : `**over by ${kb(gzip - budget)}**`;
    return { path, min: code.length, gzip, budget, ok };
  });
  const lines = [
    '| entry | min | gzip | budget | ok |',
    '| --- | ---: | ---: | ---: | --- |',
    ...rows.map(
      ({ path, min, gzip, budget, ok }) =>
        `| ${path} | ${kb(min)} | ${kb(gzip)} | ${budget === null ? '–' : `≤ ${kb(budget)}`} | ${ok} |`,
    ),
  ];
  return { lines, over: rows.filter(({ ok }) => ok.startsWith('**')).length };
}

const LAYERS = {
  lit: { label: 'lit', packages: ['lit', 'lit-html', 'lit-element', '@lit/reactive-element'] },
  sdk: { label: '@adalat/sdk (own code)', packages: ['@adalat/sdk'] },
  ky: { label: 'ky', packages: ['ky'] },
  zod: { label: 'zod/mini', packages: ['zod'] },
};

/** Builds one entry in memory with the given packages left out, and measures what remains. */
async function measureWithout(input, externalPackages) {
  const external = (id) => externalPackages.some((name) => id === name || id.startsWith(`${name}/`));
  const build = await rollup({ input, plugins: bundlePlugins(), external, onwarn: () => {} });
  try {
    const { output } = await build.generate({ format: 'es', inlineDynamicImports: true });
    const code = output[0].code;
    return { min: Buffer.byteLength(code), gzip: gzipSize(code) };
  } finally {
    await build.close();
  }
}

/**
 * What a bundle is made of, each part measured as what it adds: the entry built with
 * every layer left out is its own code; adding the layers back one at a time gives
 * each one's share. Gzip sizes do not add up file by file; marginal sizes do.
 */
async function breakdown(title, input, ownLabel, layers) {
  const steps = [await measureWithout(input, layers.flatMap((layer) => layer.packages))];
  for (let i = 1; i <= layers.length; i += 1) {
    steps.push(await measureWithout(input, layers.slice(i).flatMap((layer) => layer.packages)));
  }
  const total = steps.at(-1);
  const parts = [
    { part: ownLabel, ...steps[0] },
    ...layers.map((layer, i) => ({
      part: layer.label,
      min: steps[i + 1].min - steps[i].min,
      gzip: steps[i + 1].gzip - steps[i].gzip,
    })),
  ];
  const share = (bytes) => `${((100 * bytes) / total.gzip).toFixed(0)} %`;
  return [
    `| part of ${title} | min | gzip | share of gzip |`,
    '| --- | ---: | ---: | ---: |',
    ...parts.map(({ part, min, gzip }) => `| ${part} | ${kb(min)} | ${kb(gzip)} | ${share(gzip)} |`),
    `| **total** | ${kb(total.min)} | ${kb(total.gzip)} | 100 % |`,
  ];
}

/** The dist file an export of @adalat/sdk points to, if the package has that export and it is built. */
function sdkExportFile(subpath) {
  const { exports = {} } = JSON.parse(readFileSync(root('packages/sdk/package.json'), 'utf8'));
  const target = exports[subpath]?.default ?? exports[subpath];
  const file = typeof target === 'string' ? root(`packages/sdk/${target}`) : null;
  return file && existsSync(file) ? file : null;
}

async function main() {
  const files = bundleFiles();
  if (files.length === 0) {
    console.error('bench: no bundles in packages/*/cdn; run `npm run build` first (`npm run bench` does).');
    return 1;
  }
  const { lines, over } = sizeTable(files);
  console.log(`## Bundle sizes (1 kB = ${KB} bytes; gzip level 9)\n`);
  console.log(lines.join('\n'));
  if (files.includes(SDK_BUNDLE)) {
    console.log('\n## What the SDK core is made of\n');
    const input = root('packages/sdk/dist/index.js');
    console.log((await breakdown('adalat-sdk.js', input, 'own code (contract, client, errors, ids)', [LAYERS.ky, LAYERS.zod])).join('\n'));
  }
  const coreEntry = sdkExportFile('./core');
  if (coreEntry) {
    // Not shipped as a CDN file: what a bundler pulls in for `@adalat/sdk/core` before any resource.
    console.log('\n## `@adalat/sdk/core` (the request layer without domains), bundled alone\n');
    console.log((await breakdown('@adalat/sdk/core', coreEntry, 'own code', [LAYERS.ky, LAYERS.zod])).join('\n'));
  }
  const elements = defineEntries().filter(({ name }) => files.includes(`${COMPONENTS_CDN}/${name}.js`));
  if (elements.length) console.log('\n## What each element bundle is made of');
  for (const { name, file } of elements) {
    const layers = [LAYERS.lit, LAYERS.sdk, LAYERS.ky, LAYERS.zod];
    console.log(`\n${(await breakdown(`${name}.js`, file, '@adalat/components (own code)', layers)).join('\n')}`);
  }
  console.log(`\n${over === 0 ? 'All bundles within budget.' : `${over} bundle(s) over budget.`}`);
  return 0;
}

process.exitCode = await main();
