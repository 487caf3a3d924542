/**
 * A widget's CDN bundle carries the contract of the API domains it calls, not every
 * domain's (scripts/rollup-pure-contract.mjs). Builds real bundles in memory from
 * packages/components/dist and packages/sdk/dist, so after `tsc -b`.
 *
 * Which endpoints a bundle holds: the contract paths (from packages/sdk/dist/contract's
 * tables) that are in its code as string literals.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { rollup } from 'rollup';
import { bundles } from '../../rollup.config.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CONTRACT_DIST = /[\\/]packages[\\/]sdk[\\/]dist[\\/]contract[\\/]([^\\/]+)\.js$/;

/** Builds the CDN bundle of `widget` (`court-picker`) in memory; its one chunk. */
async function buildWidget(widget) {
  const file = join(ROOT, `packages/components/cdn/adalat-${widget}.js`);
  const config = bundles().find((bundle) => bundle.output.file === file);
  assert.ok(config, `rollup.config.mjs has a bundle for ${file} (run \`tsc -b\` first)`);
  const { file: _file, ...output } = config.output;
  const build = await rollup({ ...config, onwarn: () => {} });
  try {
    return (await build.generate(output)).output[0];
  } finally {
    await build.close();
  }
}

/** Every endpoint table of the contract: its export name → its paths. */
async function endpointTables() {
  const contract = await import('../../packages/sdk/dist/contract/index.js');
  return new Map(
    Object.entries(contract)
      .filter(([name]) => name.endsWith('Endpoints'))
      .map(([name, table]) => [name, Object.values(table).map((endpoint) => endpoint.path)]),
  );
}

/** The paths of `tables` the bundle holds as a string literal. */
function pathsIn(code, tables) {
  const quoted = (path) => ["'", '"', '`'].some((quote) => code.includes(`${quote}${path}${quote}`));
  return [...new Set([...tables.values()].flat())].filter(quoted).sort();
}

/** contract module (`payments`) → the top-level names its rendered code declares, for modules that render anything. */
function contractModulesIn(chunk) {
  const modules = new Map();
  for (const [id, module] of Object.entries(chunk.modules)) {
    const domain = CONTRACT_DIST.exec(id)?.[1];
    if (!domain || !module.code) continue;
    modules.set(domain, [...module.code.matchAll(/^(?:const|let|var|function|class) ([\w$]+)/gm)].map(([, name]) => name).sort());
  }
  return modules;
}

let tables;
before(async () => {
  tables = await endpointTables();
  assert.ok(tables.has('paymentsEndpoints') && tables.has('forumEndpoints') && tables.has('policyEndpoints'), 'the contract tables were read');
});

describe('the court-picker CDN bundle', () => {
  let chunk;
  before(async () => {
    chunk = await buildWidget('court-picker');
  });

  test('holds the policy table it calls and no other domain’s', () => {
    assert.deepEqual(pathsIn(chunk.code, tables), [...tables.get('policyEndpoints')].sort());
    for (const path of ['/v1/payments', '/v1/forum', '/v1/cases', '/v1/filings', '/v1/events']) {
      assert.ok(!chunk.code.includes(path), `no ${path} path in the court picker`);
    }
  });

  test('renders no contract module but the shared ones and policy', () => {
    assert.deepEqual([...contractModulesIn(chunk).keys()].sort(), ['common', 'http', 'policy']);
  });
});

describe('the notification-badge CDN bundle', () => {
  let chunk;
  before(async () => {
    chunk = await buildWidget('notification-badge');
  });

  // Lawyer summaries, the event stream, and `cases.get` alone for live events' polling fallback.
  test('holds the endpoints it calls and no others', () => {
    const expected = [...tables.get('lawyersEndpoints'), ...tables.get('eventsEndpoints'), '/v1/cases/:caseId'];
    assert.deepEqual(pathsIn(chunk.code, tables), [...new Set(expected)].sort());
  });

  // contract/events.ts reads these domains' enums for its event data; nothing else of them comes along.
  test('takes from the domains its events mention only the schemas the events use', () => {
    const modules = contractModulesIn(chunk);
    assert.deepEqual(modules.get('payments'), ['PayableKind', 'PaymentFailureCode']);
    assert.deepEqual(modules.get('filings'), ['ReviewOutcome']);
    assert.deepEqual(modules.get('notifications'), ['NotificationKind', 'NotificationRecipient']);
    assert.ok(!modules.has('policy') && !modules.has('documents') && !modules.has('fees'), [...modules.keys()].join(', '));
  });
});
