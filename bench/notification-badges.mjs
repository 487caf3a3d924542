/**
 * Many `<adalat-notification-badge>` elements on one page (a bar association's roster):
 * for 100 and 500 badges, the requests the page makes (one batch read and one event
 * stream are the goal, not one request per badge) and the time until every badge shows
 * its lawyer's summary. Chromium, against the sandbox over HTTP, with the CDN bundle.
 *
 *   node bench/notification-badges.mjs
 *
 * Builds nothing itself: run `npm run build` first. Prints a Markdown table and exits 0:
 * a benchmark, not a test. Needs Chromium (`CHROME_PATH`, default /usr/bin/chromium).
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = (path) => fileURLToPath(new URL(`../${path}`, import.meta.url));
const MOCK_NODE = root('packages/mock-backend/dist/node.js');
const BUNDLE = root('packages/components/cdn/adalat-notification-badge.js');
const CHROME = process.env.CHROME_PATH || '/usr/bin/chromium';
const COUNTS = [100, 500];
const RUNS = 3;

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>badges</title>
<script type="module" src="/__bench/adalat-notification-badge.js"></script></head>
<body><adalat-provider id="provider"><div id="roster"></div></adalat-provider></body></html>`;

const ms = (value) => `${value.toFixed(value < 100 ? 1 : 0)} ms`;
const lawyerIds = (count) => Array.from({ length: count }, (_, i) => `law_ps_${String(i + 1).padStart(3, '0')}`);

async function widgetSession(server, lawyers) {
  const bar = server.sandbox.keys.partners.find((p) => p.jurisdiction === 'PS' && p.kind === 'bar_association');
  const response = await fetch(`${server.url}/v1/widget-sessions`, {
    method: 'POST',
    headers: { authorization: `Bearer ${bar.secretKey}`, 'content-type': 'application/json' },
    body: JSON.stringify({ subjects: { lawyers }, operations: ['lawyers.batchNotificationSummaries', 'events.stream'] }),
  });
  if (!response.ok) throw new Error(`widget session: ${response.status} ${await response.text()}`);
  return { clientSecret: (await response.json()).clientSecret, publishableKey: bar.publishableKey };
}

async function run(browser, server, count) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.route(`${server.url}/__bench/**`, (route) => {
    const path = new URL(route.request().url()).pathname;
    if (path === '/__bench/') return route.fulfill({ contentType: 'text/html', body: PAGE });
    if (path === '/__bench/adalat-notification-badge.js') return route.fulfill({ contentType: 'text/javascript', body: readFileSync(BUNDLE) });
    return route.fulfill({ status: 404, body: '' });
  });
  const requests = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname.startsWith('/v1/')) requests.push(`${request.method()} ${url.pathname}`);
  });
  await page.goto(`${server.url}/__bench/`);
  const session = await widgetSession(server, lawyerIds(count));
  const elapsed = await page.evaluate(
    async ({ baseUrl, session, ids }) => {
      await customElements.whenDefined('adalat-notification-badge');
      const provider = document.querySelector('#provider');
      provider.clientSecret = () => session.clientSecret;
      provider.baseUrl = baseUrl;
      provider.publishableKey = session.publishableKey;
      const roster = document.querySelector('#roster');
      const started = performance.now();
      const badges = ids.map((id) => {
        const badge = document.createElement('adalat-notification-badge');
        badge.setAttribute('lawyer-id', id);
        return badge;
      });
      roster.append(...badges);
      const done = () => badges.every((b) => b.matches(':state(ready)') || b.matches(':state(empty)'));
      const failed = () => badges.find((b) => b.matches(':state(error)'));
      while (!done()) {
        if (failed()) throw new Error(`a badge failed: ${failed().controller.error?.message}`);
        if (performance.now() - started > 30_000) throw new Error('timed out');
        await new Promise((resolve) => setTimeout(resolve, 2));
      }
      await Promise.all(badges.map((b) => b.updateComplete));
      await new Promise(requestAnimationFrame);
      return performance.now() - started;
    },
    { baseUrl: server.url, session, ids: lawyerIds(count) },
  );
  // Let the event stream connect before counting it.
  await page.waitForTimeout(300);
  await page.close();
  return {
    elapsed,
    total: requests.length,
    batch: requests.filter((r) => r === 'POST /v1/lawyers/notification-summaries/batch').length,
    streams: requests.filter((r) => r === 'GET /v1/events').length,
  };
}

async function main() {
  if (!existsSync(CHROME)) return console.log(`(Badge benchmark skipped: no Chromium at ${CHROME}; set CHROME_PATH.)`);
  if (!existsSync(BUNDLE) || !existsSync(MOCK_NODE)) return console.log('(Badge benchmark skipped: no build; run `npm run build`.)');
  const { chromium } = await import('playwright-core');
  const { startSandboxServer } = await import(pathToFileURL(MOCK_NODE).href);
  const server = await startSandboxServer({ port: 0, host: '127.0.0.1' });
  const browser = await chromium.launch({ executablePath: CHROME, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    console.log('## `<adalat-notification-badge>` × N on one page (Chromium, sandbox over HTTP)\n');
    console.log(`| badges | requests to /v1 | batch reads | event streams | time until every badge shows its summary (median of ${RUNS}) |`);
    console.log('| ---: | ---: | ---: | ---: | ---: |');
    for (const count of COUNTS) {
      const runs = [];
      for (let i = 0; i < RUNS; i += 1) runs.push(await run(browser, server, count));
      runs.sort((a, b) => a.elapsed - b.elapsed);
      const median = runs[Math.floor(RUNS / 2)];
      console.log(`| ${count} | ${median.total} | ${median.batch} | ${median.streams} | ${ms(median.elapsed)} |`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
