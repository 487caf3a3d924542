/**
 * `npm run build`: compile every package, generate openapi.json, bundle for the CDN.
 *
 *   1. tsc -b                      JS + .d.ts into each package's dist/
 *   2. generate-openapi.mjs        packages/sdk/openapi.json from the endpoint tables
 *                                  (with CI set: --check, so a stale checked-in copy fails CI)
 *   3. rollup -c                   packages/{sdk,components}/cdn/*.js
 *
 * Stops at the first failing step with its name and exit code. Child processes run
 * on this script's own Node (the repo's Node 24), not whatever `node` is on PATH.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const bin = (path) => fileURLToPath(new URL(`../node_modules/${path}`, import.meta.url));

const inCi = Boolean(process.env.CI) && process.env.CI !== 'false';

const STEPS = [
  { name: 'tsc -b', args: [bin('typescript/bin/tsc'), '-b'] },
  {
    name: inCi ? 'openapi.json (check)' : 'openapi.json',
    args: ['packages/sdk/scripts/generate-openapi.mjs', ...(inCi ? ['--check'] : [])],
  },
  {
    name: 'rollup (CDN bundles)',
    before: () => ['packages/sdk/cdn', 'packages/components/cdn'].forEach((dir) => rmSync(`${ROOT}/${dir}`, { recursive: true, force: true })),
    args: [bin('rollup/dist/bin/rollup'), '--config', 'rollup.config.mjs'],
  },
];

/** Runs every step in order; returns 0 or the failing step's exit code. */
export function build() {
  const started = Date.now();
  for (const step of STEPS) {
    const stepStarted = Date.now();
    console.log(`\n▶ build: ${step.name}`);
    step.before?.();
    const result = spawnSync(process.execPath, step.args, { cwd: ROOT, stdio: 'inherit' });
    const code = result.status ?? 1;
    if (result.error || code !== 0) {
      const why = result.error ? result.error.message : result.signal ? `signal ${result.signal}` : `exit code ${code}`;
      console.error(`\n✖ build failed at "${step.name}" (${why})`);
      return code || 1;
    }
    console.log(`✔ build: ${step.name} (${((Date.now() - stepStarted) / 1000).toFixed(1)} s)`);
  }
  console.log(`\n✔ build done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return 0;
}

if (process.argv[1] && pathToFileURL(process.argv[1]).href === import.meta.url) {
  process.exitCode = build();
}
