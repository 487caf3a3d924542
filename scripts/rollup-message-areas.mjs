/**
 * Rollup plugin: each bundle keeps only the catalog messages of the areas its own code uses.
 *
 * The catalogs (packages/components/dist/i18n/catalogs/<lang>.js) hold every widget's
 * messages under flat keys `<area>.<message>`; a bundle of one widget needs its own
 * areas and the shared ones it touches (`error.*`, …), not the other widgets'.
 *
 * Where in the pipeline: `renderChunk`, before minification. By then the module graph
 * is complete and tree-shaken, and `chunk.modules[id].code` is each module's rendered
 * code, which appears verbatim in the chunk. So:
 *   1. the areas are the reference (English) catalog's key prefixes;
 *   2. the used areas are those that a string literal, or a template literal's text up
 *      to its first `${`, starts with (`'courtPicker.court'`, `` `timeline.${type}` ``),
 *      in the rendered code of every non-catalog module of the output (all chunks, so
 *      a split-out language chunk keeps what the entry chunk uses);
 *   3. each catalog's object literal is re-generated from its kept properties' own source.
 * A key built without its area as a literal prefix (`${area}.title`) would be missed: keys
 * in this code base are always written with their area first.
 *
 * Anything in a catalog that is not a plain `'key': 'text'` object literal fails the build:
 * dropping messages silently would show English, or nothing, to a partner's readers.
 */
import { basename, dirname, resolve } from 'node:path';

const PLUGIN = 'adalat-message-areas';
const CATALOG_FILE = /^([a-z]{2,3})\.js$/;

/** `node` (an ESTree node or array of them) and every node below it, depth first. */
function* nodesOf(node) {
  if (Array.isArray(node)) {
    for (const child of node) yield* nodesOf(child);
  } else if (node && typeof node === 'object') {
    if (typeof node.type === 'string') yield node;
    for (const [key, value] of Object.entries(node)) {
      if (key !== 'type' && value && typeof value === 'object') yield* nodesOf(value);
    }
  }
}

/** The text a string literal holds, or a template literal holds before its first `${`. */
function leadingText(node) {
  if (node.type === 'Literal' && typeof node.value === 'string') return node.value;
  if (node.type === 'TemplateLiteral') return node.quasis[0]?.value.cooked ?? null;
  return null;
}

/** A string-valued key or value of a catalog property, or `null` when it is anything else. */
function staticString(node) {
  if (node.type === 'Literal' && typeof node.value === 'string') return node.value;
  if (node.type === 'TemplateLiteral' && node.expressions.length === 0) return node.quasis[0].value.cooked ?? null;
  return null;
}

/** `courtPicker.court` → `courtPicker`; `null` for text without an area prefix. */
function areaOf(text) {
  const dot = text.indexOf('.');
  return dot > 0 ? text.slice(0, dot) : null;
}

/**
 * The one catalog object literal in a catalog module's code, and its `[key, property]`
 * pairs. Throws on anything but `const <name> = { 'key': 'text', … }`.
 */
function catalogObject(ast, id) {
  const fail = (why) => {
    throw new Error(`${PLUGIN}: cannot read the catalog ${id}: ${why}; refusing to drop its messages blindly`);
  };
  const objects = ast.body
    .filter((statement) => statement.type === 'VariableDeclaration')
    .flatMap((statement) => statement.declarations)
    .filter((declarator) => declarator.init?.type === 'ObjectExpression')
    .map((declarator) => declarator.init);
  if (objects.length !== 1) fail(`expected one top-level \`const <lang> = { … }\`, found ${objects.length}`);
  const [object] = objects;
  const entries = object.properties.map((property) => {
    if (property.type !== 'Property' || property.kind !== 'init' || property.computed || property.method) {
      fail(`a ${property.type === 'SpreadElement' ? 'spread' : 'computed, method or accessor'} property at offset ${property.start}`);
    }
    const key = property.key.type === 'Identifier' ? property.key.name : staticString(property.key);
    if (key === null) fail(`a key that is not a string at offset ${property.key.start}`);
    if (staticString(property.value) === null) fail(`the value of '${key}' is not a string`);
    return [key, property];
  });
  return { object, entries };
}

/**
 * @param {{ catalogDir: string, reference?: string }} options
 *   `catalogDir`: the folder of the compiled catalogs (`<lang>.js`);
 *   `reference`: the language whose keys define the areas (English, the fallback catalog).
 * @returns {import('rollup').Plugin}
 */
export function messageAreas({ catalogDir, reference = 'en' }) {
  const dir = resolve(catalogDir);
  const isCatalog = (id) => dirname(id) === dir && CATALOG_FILE.test(basename(id));
  const referenceId = resolve(dir, `${reference}.js`);
  // One answer per output: every chunk of a `generate`/`write` call shares `meta.chunks`.
  const usedByOutput = new WeakMap();

  /** The areas the reference catalog defines, from its module in this build. */
  function knownAreas(context) {
    const info = context.getModuleInfo(referenceId);
    if (!info?.ast) throw new Error(`${PLUGIN}: the bundle has catalogs but not the reference catalog ${referenceId}`);
    return new Set(catalogObject(info.ast, referenceId).entries.map(([key]) => areaOf(key)).filter(Boolean));
  }

  /** The areas that the non-catalog modules of every chunk of this output refer to. */
  function usedAreas(context, chunks) {
    const known = knownAreas(context);
    const used = new Set();
    for (const chunk of Object.values(chunks)) {
      for (const [id, rendered] of Object.entries(chunk.modules)) {
        if (isCatalog(id) || !rendered.code) continue;
        let ast;
        try {
          ast = context.parse(rendered.code);
        } catch {
          // A rendered fragment that does not parse alone: the whole original module is a safe superset.
          ast = context.getModuleInfo(id)?.ast;
          if (!ast) throw new Error(`${PLUGIN}: cannot read the code of ${id} to find the message areas it uses`);
        }
        for (const node of nodesOf(ast)) {
          const text = leadingText(node);
          const area = text === null ? null : areaOf(text);
          if (area !== null && known.has(area)) used.add(area);
        }
      }
    }
    return used;
  }

  return {
    name: PLUGIN,
    renderChunk(code, chunk, _options, meta) {
      const catalogs = Object.keys(chunk.modules).filter((id) => isCatalog(id) && chunk.modules[id].code);
      if (catalogs.length === 0) return null;
      let used = usedByOutput.get(meta.chunks);
      if (!used) {
        used = usedAreas(this, meta.chunks);
        usedByOutput.set(meta.chunks, used);
      }
      let result = code;
      for (const id of catalogs) {
        const rendered = chunk.modules[id].code;
        const at = result.indexOf(rendered);
        if (at === -1 || result.indexOf(rendered, at + 1) !== -1) {
          throw new Error(`${PLUGIN}: cannot find the rendered catalog ${id} exactly once in ${chunk.fileName}`);
        }
        const { object, entries } = catalogObject(this.parse(rendered), id);
        // A key without an area prefix cannot be attributed to a widget: it stays.
        const kept = entries.filter(([key]) => areaOf(key) === null || used.has(areaOf(key)));
        const literal = kept.length ? `{\n${kept.map(([, property]) => `  ${rendered.slice(property.start, property.end)},`).join('\n')}\n}` : '{}';
        const filtered = rendered.slice(0, object.start) + literal + rendered.slice(object.end);
        result = result.slice(0, at) + filtered + result.slice(at + rendered.length);
      }
      // Only the catalogs' object literals changed; the CDN bundles are built without source maps.
      return { code: result, map: null };
    },
  };
}
