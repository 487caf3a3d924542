/**
 * `npm test`: every test of the repository, ending with one line `N passed, N failed`.
 *
 *   1. Chromium from Debian when missing (scripts/ensure-chromium.mjs)
 *   2. the build (scripts/build.mjs)
 *   3. Node suites: packages/{sdk,mock-backend}/test/**\/*.test.ts and scripts/test/**\/*.test.mjs with node --test
 *   4. browser suites: web-test-runner with web-test-runner.config.mjs
 *
 * Both suites stream their own output; their counts come from small reporters that
 * write JSON beside it (scripts/node-count-reporter.mjs, scripts/run-browser-tests.mjs).
 * Exits non-zero when a test failed, a suite crashed or found no test file (a missing
 * web-test-runner.config.mjs counts as a crash), or no test ran at all.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, globSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureChromium } from './ensure-chromium.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const script = (name) => fileURLToPath(new URL(name, import.meta.url));

const NODE_TEST_GLOBS = ['packages/sdk/test/**/*.test.ts', 'packages/mock-backend/test/**/*.test.ts', 'scripts/test/**/*.test.mjs'];
const WTR_CONFIG = join(ROOT, 'web-test-runner.config.mjs');

/** Runs a Node script on this Node with live output; returns its exit code. */
function runNode(args, env = {}) {
  const result = spawnSync(process.execPath, args, { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.error) console.error(result.error.message);
  return result.status ?? 1;
}

/** The last JSON line a reporter wrote, or null when it wrote none (the suite crashed first). */
function readCounts(file) {
  if (!existsSync(file)) return null;
  const lines = readFileSync(file, 'utf8').trim().split('\n').filter(Boolean);
  return lines.length ? JSON.parse(lines.at(-1)) : null;
}

function heading(text) {
  console.log(`\n━━ ${text} ━━`);
}

/**
 * A suite's outcome from its reporter's counts and its exit code. No counts means the
 * runner died before reporting; a non-zero exit with nothing failed means it broke.
 */
function outcome(name, counts, code, runner) {
  if (!counts) return { name, passed: 0, failed: 0, skipped: 0, crashed: true, why: `${runner} exited ${code} without a summary` };
  return { ...counts, name, crashed: code !== 0 && counts.failed === 0, why: `${runner} exited ${code}` };
}

function runNodeSuites(workDir) {
  heading('Node suites');
  const files = NODE_TEST_GLOBS.flatMap((pattern) => globSync(pattern, { cwd: ROOT })).sort();
  if (files.length === 0) {
    console.error(`✖ no Node test file matches ${NODE_TEST_GLOBS.join(', ')}`);
    return outcome('Node suites', null, 1, 'node --test');
  }
  const countsFile = join(workDir, 'node-counts.jsonl');
  const code = runNode([
    '--test',
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    `--test-reporter=${script('node-count-reporter.mjs')}`,
    `--test-reporter-destination=${countsFile}`,
    ...files,
  ]);
  const counts = readCounts(countsFile);
  return outcome(
    'Node suites',
    counts && { passed: counts.passed, failed: counts.failed + counts.cancelled, skipped: counts.skipped + counts.todo },
    code,
    'node --test',
  );
}

function runBrowserSuites(workDir, chromePath) {
  heading('Browser suites');
  if (!existsSync(WTR_CONFIG)) {
    console.error(`✖ ${WTR_CONFIG} is missing`);
    return outcome('Browser suites', null, 1, 'web-test-runner');
  }
  const countsFile = join(workDir, 'wtr-counts.json');
  const code = runNode([script('run-browser-tests.mjs')], { ADALAT_WTR_COUNTS: countsFile, CHROME_PATH: chromePath });
  const counts = readCounts(countsFile);
  return outcome('Browser suites', counts && { passed: counts.passed, failed: counts.failed, skipped: counts.skipped }, code, 'web-test-runner');
}

function main() {
  let chromePath;
  try {
    chromePath = ensureChromium();
  } catch (error) {
    console.error(`✖ ${error.message}`);
    console.log('0 passed, 0 failed');
    return 1;
  }

  heading('Build');
  if (runNode([script('build.mjs')]) !== 0) {
    console.error('✖ the build failed; no test ran');
    console.log('0 passed, 0 failed');
    return 1;
  }

  const workDir = mkdtempSync(join(tmpdir(), 'adalat-test-'));
  let results;
  try {
    results = [runNodeSuites(workDir), runBrowserSuites(workDir, chromePath)];
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }

  heading('Summary');
  for (const { name, passed, failed, skipped, crashed, why } of results) {
    const extra = [skipped ? `${skipped} skipped` : '', crashed ? `CRASHED (${why})` : ''].filter(Boolean).join(', ');
    // Two words before the counts: only the last line may read like a closing `N passed, N failed` line.
    console.log(`${name}: ${passed} passed, ${failed} failed${extra ? ` — ${extra}` : ''}`);
  }
  const passed = results.reduce((sum, r) => sum + r.passed, 0);
  const failed = results.reduce((sum, r) => sum + r.failed, 0);
  const crashed = results.some((r) => r.crashed);
  if (passed + failed === 0) console.error('✖ no test ran');
  console.log(`${passed} passed, ${failed} failed`);
  return failed > 0 || crashed || passed + failed === 0 ? 1 : 0;
}

process.exitCode = main();
