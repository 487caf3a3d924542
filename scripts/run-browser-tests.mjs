/**
 * Runs the browser suites with the repository's web-test-runner.config.mjs, unchanged,
 * plus one extra reporter that writes the run's counts as JSON to the file named by
 * ADALAT_WTR_COUNTS, for scripts/test.mjs to add up. The config's own reporters (or
 * wtr's default reporter when it names none) still print as usual.
 *
 *   ADALAT_WTR_COUNTS=/tmp/counts.json node scripts/run-browser-tests.mjs
 *
 * Exits as web-test-runner does: 0 when every test passed, 1 otherwise.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { defaultReporter, startTestRunner } from '@web/test-runner';

export const WTR_CONFIG = fileURLToPath(new URL('../web-test-runner.config.mjs', import.meta.url));

/** Adds up tests in a session's nested suites. */
function countResults(suite, counts) {
  for (const test of suite?.tests ?? []) {
    if (test.skipped) counts.skipped += 1;
    else if (test.passed) counts.passed += 1;
    else counts.failed += 1;
  }
  for (const child of suite?.suites ?? []) countResults(child, counts);
}

/** A wtr reporter that writes `{ passed, failed, skipped, files, fileErrors }` when the run finishes. */
export function countReporter(destination) {
  return {
    onTestRunFinished({ sessions }) {
      const counts = { passed: 0, failed: 0, skipped: 0, files: 0, fileErrors: 0 };
      const files = new Set();
      for (const session of sessions) {
        files.add(session.testFile);
        const before = counts.failed;
        countResults(session.testResults, counts);
        // A file that failed to load or threw outside a test has no failed test to show for it: count it once.
        if ((session.errors?.length > 0 || session.passed === false) && counts.failed === before) {
          counts.failed += 1;
          counts.fileErrors += 1;
        }
      }
      counts.files = files.size;
      writeFileSync(destination, `${JSON.stringify(counts)}\n`);
    },
  };
}

async function main() {
  const destination = process.env.ADALAT_WTR_COUNTS;
  if (!destination) throw new Error('ADALAT_WTR_COUNTS must name the file to write the counts to');
  const { default: fileConfig } = await import(pathToFileURL(WTR_CONFIG).href);
  if (typeof fileConfig !== 'object' || fileConfig === null) {
    throw new Error(`${WTR_CONFIG} must export a config object as its default export`);
  }
  const reporters = fileConfig.reporters ?? [defaultReporter()];
  await startTestRunner({
    config: { ...fileConfig, reporters: [...reporters, countReporter(destination)] },
    readFileConfig: false,
    readCliArgs: false,
    autoExitProcess: true,
  });
}

if (process.argv[1] && pathToFileURL(process.argv[1]).href === import.meta.url) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
