/**
 * Rollup plugin: the SDK's contract modules keep in a bundle only the schemas and
 * endpoint tables something in it uses.
 *
 * Why: a contract module (packages/sdk/dist/contract/<domain>.js) is declarations only —
 * zod/mini schemas, `defineEndpoints({...})` tables, constants. zod marks its factories
 * `@__NO_SIDE_EFFECTS__`, but not the `.check(...)` method nor a few factories (`int()`),
 * so rollup must assume `z.string().check(z.minLength(1))` could have effects and keeps
 * every such initializer even when nothing reads it. One enum imported from
 * contract/payments.js (as contract/events.js does) then carried the payment request and
 * payable schemas too (and a table like policy's), into every widget that listens to events.
 *
 * What: in those modules, every call or `new` in the initializer of a top-level `const`
 * / `let` / `var` (exported or not) gets a `/*#__PURE__*\/` annotation, so a declaration
 * nothing uses is dropped. An annotated call still counts its arguments' effects, and
 * rollup counts spreading an object (`{ ...Draft }`) or reading a property of an unknown
 * value (`Notification.shape`) as one; an initializer with either (or a class) is wrapped
 * whole in an annotated arrow call instead, `/*#__PURE__*\/ (() => …)()`, which evaluates
 * the same thing at the same moment (one with `await`, `this` or `import.meta` is left as
 * it is). Calls inside functions are left alone (they do not run at load), and so is
 * any top-level statement that is not a declaration.
 *
 * The rule this relies on: a contract module's declarations only build values. A
 * declaration whose initializer has an effect something else needs (registering in a
 * global registry, say) would be dropped when its own value is unused; write such an
 * effect as a statement of its own, which this plugin never touches.
 */
const PLUGIN = 'adalat-pure-contract';
const PURE = '/*#__PURE__*/ ';

/** The modules whose top-level declarations are pure: the contract and the id schemas. */
const DECLARATIVE = /[\\/]packages[\\/]sdk[\\/]dist[\\/](?:contract[\\/][^\\/]+|ids[\\/]schemas)\.js$/;

const FUNCTION = new Set(['ArrowFunctionExpression', 'FunctionExpression']);
/** Nodes rollup counts as possible effects even inside an annotated call: the whole initializer is wrapped. */
const OPAQUE = new Set(['SpreadElement', 'ClassExpression', 'TaggedTemplateExpression']);
/** Nodes that cannot move into an arrow function: the initializer is left as it is. */
const UNMOVABLE = new Set(['AwaitExpression', 'YieldExpression', 'ThisExpression', 'MetaProperty']);

/**
 * What evaluating `node` does, outside function bodies (they do not run at load): the
 * start offsets of its calls and `new`s, and whether it spreads, defines a class, or reads
 * a property other than to call it (`z.object(…)` reads `object` of a namespace, which
 * rollup knows), or has anything that must stay where it is.
 */
function effectsOf(node, found = { calls: new Set(), opaque: false, unmovable: false }, callee = false) {
  if (Array.isArray(node)) {
    for (const child of node) effectsOf(child, found);
  } else if (node && typeof node === 'object' && typeof node.type === 'string' && !FUNCTION.has(node.type)) {
    if (UNMOVABLE.has(node.type)) found.unmovable = true;
    if (OPAQUE.has(node.type)) found.opaque = true;
    if (node.type === 'CallExpression' || node.type === 'NewExpression') {
      found.calls.add(node.start);
      effectsOf(node.callee, found, true);
      effectsOf(node.arguments, found);
      return found;
    }
    if (node.type === 'MemberExpression' && !callee) found.opaque = true;
    for (const [key, value] of Object.entries(node)) {
      if (key !== 'type' && value && typeof value === 'object') effectsOf(value, found, callee && key === 'object');
    }
  }
  return found;
}

/** The top-level variable declarations of a program, exported or not. */
function* topLevelDeclarations(program) {
  for (const statement of program.body) {
    const declaration = statement.type === 'ExportNamedDeclaration' ? statement.declaration : statement;
    if (declaration?.type === 'VariableDeclaration') yield declaration;
  }
}

/**
 * The plugin; see the module comment.
 * @param {{ include?: RegExp }} [options] which module ids are declarative (default: the SDK's contract and id schemas)
 */
export function pureContract({ include = DECLARATIVE } = {}) {
  return {
    name: PLUGIN,
    transform(code, id) {
      if (!include.test(id)) return null;
      const inserts = new Map(); // offset → text to insert there
      for (const declaration of topLevelDeclarations(this.parse(code))) {
        for (const { init } of declaration.declarations) {
          if (!init) continue;
          const { calls, opaque, unmovable } = effectsOf(init);
          if (unmovable) continue;
          if (opaque) {
            inserts.set(init.start, `${PURE}(() => (`);
            inserts.set(init.end, '))()');
          } else {
            // One annotation per offset: it marks the outermost call starting there, and a
            // second one in a row would make rollup ignore both.
            for (const at of calls) if (!/__PURE__\*\/\s*$/.test(code.slice(Math.max(0, at - 20), at))) inserts.set(at, PURE);
          }
        }
      }
      if (inserts.size === 0) return null;
      let annotated = code;
      for (const at of [...inserts.keys()].sort((a, b) => b - a)) annotated = annotated.slice(0, at) + inserts.get(at) + annotated.slice(at);
      return { code: annotated, map: null };
    },
  };
}
