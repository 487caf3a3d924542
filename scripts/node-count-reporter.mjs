/**
 * A node:test reporter that writes one JSON line with the whole run's counts
 * (`{ tests, passed, failed, cancelled, skipped, todo, ... }`) to its destination,
 * so scripts/test.mjs can add them up without parsing human output. Used beside
 * the spec reporter: `--test-reporter=spec --test-reporter-destination=stdout
 * --test-reporter=./scripts/node-count-reporter.mjs --test-reporter-destination=<file>`.
 */
export default async function* nodeCountReporter(source) {
  for await (const event of source) {
    // The run's own summary has no file; per-file summaries do.
    if (event.type === 'test:summary' && event.data.file === undefined) {
      yield `${JSON.stringify({ ...event.data.counts, success: event.data.success })}\n`;
    }
  }
}
