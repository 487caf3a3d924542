/**
 * Single-file CDN bundles (ES modules, everything inlined: lit, the SDK, ky, zod/mini).
 *
 *   packages/sdk/cdn/adalat-sdk.js                 the SDK's root entry (AdalatClient, every domain)
 *   packages/sdk/cdn/adalat-sdk-core.js            `@adalat/sdk/core` (AdalatCore: the request layer, no schemas)
 *   packages/components/cdn/adalat-<name>.js       one per packages/components/src/define/<name>.ts
 *   packages/components/cdn/adalat-components.js   every define entry in one file
 *
 * Bundles are built from the JavaScript `tsc -b` emitted into each package's dist/
 * (decorators already compiled there), so run `tsc -b` first; `npm run build` does.
 * Entries are discovered from the define folder, so a new widget gets a bundle without
 * touching this file.
 *
 * Each bundle keeps only the message areas its own code uses (scripts/rollup-message-areas.mjs),
 * so a new widget's messages do not grow the other widgets' bundles, and only the contract
 * schemas and endpoint tables its code uses (scripts/rollup-pure-contract.mjs), so a widget
 * does not carry the API domains it never calls.
 */
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import nodeResolve from '@rollup/plugin-node-resolve';
import { minify } from 'rollup-plugin-esbuild';
import { messageAreas } from './scripts/rollup-message-areas.mjs';
import { pureContract } from './scripts/rollup-pure-contract.mjs';

const root = (path) => fileURLToPath(new URL(path, import.meta.url));

const SDK_ENTRY = root('packages/sdk/dist/index.js');
const SDK_CORE_ENTRY = root('packages/sdk/dist/core-entry.js');
const SDK_CDN = root('packages/sdk/cdn');
const DEFINE_SOURCES = root('packages/components/src/define');
const DEFINE_DIST = root('packages/components/dist/define');
const COMPONENTS_CDN = root('packages/components/cdn');
const CATALOGS_DIST = root('packages/components/dist/i18n/catalogs');
const ALL_COMPONENTS = 'adalat-components';

/**
 * The plugins every bundle uses; bench/size.mjs reuses them for its breakdown builds.
 * messageAreas must come before minify: both work in renderChunk, and it reads the unminified catalogs.
 */
export function bundlePlugins() {
  return [
    pureContract(),
    messageAreas({ catalogDir: CATALOGS_DIST }),
    nodeResolve({ browser: true, exportConditions: ['browser', 'production', 'default'] }),
    minify({ target: 'es2022', legalComments: 'eof' }),
  ];
}

/** `src/define/court-picker.ts` → `{ name: 'adalat-court-picker', file: '<dist>/define/court-picker.js' }`. */
export function defineEntries() {
  if (!existsSync(DEFINE_SOURCES)) return [];
  return readdirSync(DEFINE_SOURCES)
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts') && !file.endsWith('.test.ts'))
    .sort()
    .map((file) => {
      const base = file.slice(0, -'.ts'.length);
      return { name: base.startsWith('adalat-') ? base : `adalat-${base}`, file: `${DEFINE_DIST}/${base}.js` };
    });
}

/** A virtual module re-exporting every define entry (so registering them all), for the all-in-one bundle. */
function allDefinesEntry(files) {
  const id = `\0${ALL_COMPONENTS}`;
  return {
    name: 'adalat-all-defines',
    resolveId: (source) => (source === ALL_COMPONENTS ? id : null),
    load: (moduleId) => (moduleId === id ? files.map((file) => `export * from ${JSON.stringify(file)};`).join('\n') : null),
  };
}

/** Warnings that mean the bundle would not run on its own. */
const BROKEN_OUTPUT = new Set(['UNRESOLVED_IMPORT', 'MISSING_EXPORT', 'MISSING_NODE_BUILTINS']);

/**
 * Warnings that change nothing in the output: tsc's `__decorate` helper tests `this` at
 * module level, and dependencies' own comment placement and internal import cycles.
 */
function isHarmless(warning) {
  const inDependency = (id) => /[\\/]node_modules[\\/]/.test(id ?? '');
  if (warning.code === 'THIS_IS_UNDEFINED') return true;
  if (warning.code === 'INVALID_ANNOTATION') return inDependency(warning.id);
  if (warning.code === 'CIRCULAR_DEPENDENCY') return (warning.ids ?? []).every(inDependency);
  return false;
}

function bundle({ input, file, plugins = [] }) {
  return {
    input,
    plugins: [...plugins, ...bundlePlugins()],
    output: { file, format: 'es', inlineDynamicImports: true, sourcemap: false },
    onwarn(warning, warn) {
      if (isHarmless(warning)) return;
      // A bundle with an unresolved import would fail in every partner's page: stop the build.
      if (BROKEN_OUTPUT.has(warning.code)) throw new Error(`rollup: ${warning.message}`);
      warn(warning);
    },
  };
}

export function bundles() {
  const defines = defineEntries();
  for (const { file } of defines) {
    if (!existsSync(file)) throw new Error(`rollup: ${file} is missing; run \`tsc -b\` first (npm run build does)`);
  }
  if (!existsSync(SDK_ENTRY)) throw new Error(`rollup: ${SDK_ENTRY} is missing; run \`tsc -b\` first (npm run build does)`);
  return [
    bundle({ input: SDK_ENTRY, file: `${SDK_CDN}/adalat-sdk.js` }),
    bundle({ input: SDK_CORE_ENTRY, file: `${SDK_CDN}/adalat-sdk-core.js` }),
    ...defines.map(({ name, file }) => bundle({ input: file, file: `${COMPONENTS_CDN}/${name}.js` })),
    ...(defines.length
      ? [
          bundle({
            input: ALL_COMPONENTS,
            file: `${COMPONENTS_CDN}/${ALL_COMPONENTS}.js`,
            plugins: [allDefinesEntry(defines.map(({ file }) => file))],
          }),
        ]
      : []),
  ];
}

// A function, so importing this file (bench/size.mjs does) builds nothing.
export default () => bundles();
