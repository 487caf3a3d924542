/**
 * Speed of the decisions bank search: how long the sandbox takes to generate its bank
 * and build the full-text index, query latency (p50/p95) through the sandbox's
 * handlers for several kinds of query, and, in Chromium, how `<adalat-forum-search>`
 * holds 10,000 hits (time to load them, time to re-render, DOM rows kept).
 *
 *   node bench/forum.mjs                 both parts (about 30 s)
 *   node bench/forum.mjs --no-browser    the Node part only
 *
 * Builds nothing itself: run `npm run build` first (`npm run bench` does). Prints
 * Markdown tables and exits 0: a benchmark, not a test. The browser part needs
 * Chromium (`CHROME_PATH`, default /usr/bin/chromium); without it, it says so and skips.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = (path) => fileURLToPath(new URL(`../${path}`, import.meta.url));
const MOCK_BACKEND = root('packages/mock-backend/dist/index.js');
const MOCK_NODE = root('packages/mock-backend/dist/node.js');
const NORMALIZE = root('packages/mock-backend/dist/forum/normalize.js');
const BUNDLE = root('packages/components/cdn/adalat-forum-search.js');
const CHROME = process.env.CHROME_PATH || '/usr/bin/chromium';
const SIZES = [3_000, 12_000];
const QUERIES_PER_KIND = 40;
const ORIGIN = 'https://bench.adalat.test';

const ms = (value) => `${value.toFixed(value < 10 ? 2 : value < 100 ? 1 : 0)} ms`;
const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

/** A deterministic pick of `count` words of at least 4 letters from decisions in `language`. */
function wordsOf(decisions, language, count, tokenize) {
  const words = [];
  const pool = decisions.filter((d) => d.language === language);
  for (let i = 0; words.length < count && i < pool.length * 4; i += 1) {
    const decision = pool[(i * 7919) % pool.length];
    const tokens = tokenize(decision.summary).map((t) => t.text).filter((w) => w.length >= 4 && !/\d/.test(w));
    const word = tokens[(i * 31) % tokens.length];
    if (word && !words.includes(word)) words.push(word);
  }
  return words;
}

/** Kinds of query, each a list of query strings; distinct strings, so the bank's result cache rarely helps. */
function queryKinds(decisions, tokenize) {
  const words = (language) => wordsOf(decisions, language, QUERIES_PER_KIND + 1, tokenize);
  const ar = words('ar');
  const fa = words('fa');
  const ru = words('ru');
  const kk = words('kk');
  const en = words('en');
  const q = (text, extra = '') => `q=${encodeURIComponent(text)}${extra}`;
  const take = (list, make) => list.slice(0, QUERIES_PER_KIND).map(make);
  return [
    ['one word, Arabic', take(ar, (w) => q(w))],
    ['one word, Persian', take(fa, (w) => q(w))],
    ['one word, Russian', take(ru, (w) => q(w))],
    ['one word, Kazakh', take(kk, (w) => q(w))],
    ['one word, English', take(en, (w) => q(w))],
    ['prefix (as you type)', take(ru, (w) => q(w.slice(0, 3)))],
    ['two words', take(ar, (w, i) => q(`${w} ${ar[i + 1]}`))],
    ['word + filters', take(en, (w, i) => q(w, `&jurisdiction=${['PS', 'SA', 'IR', 'KZ'][i % 4]}&courtLevel=first_instance&category=civil`))],
    ['no words, filters only', take(en, (_, i) => `jurisdiction=${['PS', 'SA', 'IR', 'KZ'][i % 4]}&decidedFrom=${2015 + (i % 10)}-01-01&sort=date`)],
  ];
}

async function timed(sandbox, key, search) {
  const started = performance.now();
  const response = await sandbox.handle(new Request(`${ORIGIN}/v1/forum/decisions?${search}&limit=20`, { headers: { Authorization: `Bearer ${key}` } }));
  const body = await response.json();
  const elapsed = performance.now() - started;
  if (response.status !== 200) throw new Error(`${search}: ${response.status} ${JSON.stringify(body)}`);
  return { elapsed, body };
}

async function nodePart() {
  const { createSandbox } = await import(pathToFileURL(MOCK_BACKEND).href);
  const { tokenize } = await import(pathToFileURL(NORMALIZE).href);
  const buildRows = [];
  const latencyRows = [];
  for (const size of SIZES) {
    const created = performance.now();
    const sandbox = createSandbox({ forumDecisions: size });
    const createMs = performance.now() - created;
    const key = sandbox.keys.partners[0].publishableKey;
    const first = await timed(sandbox, key, 'sort=date');
    const bank = sandbox.store.forum.bank;
    const firstText = await timed(sandbox, key, `q=${encodeURIComponent('court')}`);
    buildRows.push(
      `| ${size.toLocaleString('en')} | ${ms(createMs)} | ${ms(bank.corpus.generatedInMs)} | ${ms(first.elapsed)} | ${ms(bank.index.buildMs)} | ${ms(firstText.elapsed)} |`,
    );
    for (const [kind, searches] of queryKinds(bank.corpus.decisions, tokenize)) {
      const times = [];
      let hits = 0;
      for (const search of searches) {
        const { elapsed, body } = await timed(sandbox, key, search);
        times.push(elapsed);
        hits += body.total;
      }
      times.sort((a, b) => a - b);
      latencyRows.push(
        `| ${size.toLocaleString('en')} | ${kind} | ${times.length} | ${Math.round(hits / times.length).toLocaleString('en')} | ${ms(percentile(times, 50))} | ${ms(percentile(times, 95))} |`,
      );
    }
    // Walking the pages of one search: its result is cached, each page is a slice.
    const pages = [];
    let cursor = null;
    let search = `q=${encodeURIComponent('court')}`;
    for (let i = 0; i < QUERIES_PER_KIND; i += 1) {
      const { elapsed, body } = await timed(sandbox, key, cursor ? `${search}&cursor=${cursor}` : search);
      pages.push(elapsed);
      cursor = body.nextCursor;
      if (!cursor) break;
    }
    pages.sort((a, b) => a - b);
    latencyRows.push(`| ${size.toLocaleString('en')} | next pages of one search | ${pages.length} | – | ${ms(percentile(pages, 50))} | ${ms(percentile(pages, 95))} |`);
  }
  console.log('## Decisions bank: generation and index (Node, through the sandbox handlers)\n');
  console.log('| decisions | createSandbox | generate bank | first request (generates) | build index | first text query (builds) |');
  console.log('| ---: | ---: | ---: | ---: | ---: | ---: |');
  console.log(buildRows.join('\n'));
  console.log(`\n## Query latency (Node, request to parsed JSON answer, 20 hits a page, ${QUERIES_PER_KIND} distinct queries per kind)\n`);
  console.log('| decisions | kind | queries | mean hits | p50 | p95 |');
  console.log('| ---: | --- | ---: | ---: | ---: | ---: |');
  console.log(latencyRows.join('\n'));
}

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<script type="module" src="/__bench/adalat-forum-search.js"></script></head>
<body><adalat-provider id="provider"><adalat-forum-search page-size="100"></adalat-forum-search></adalat-provider></body></html>`;

async function browserPart() {
  if (!existsSync(CHROME)) return console.log(`\n(Render benchmark skipped: no Chromium at ${CHROME}; set CHROME_PATH.)`);
  if (!existsSync(BUNDLE)) return console.log('\n(Render benchmark skipped: no CDN bundle; run `npm run build`.)');
  const { chromium } = await import('playwright-core');
  const { createSandbox } = await import(pathToFileURL(MOCK_BACKEND).href);
  const { startSandboxServer } = await import(pathToFileURL(MOCK_NODE).href);
  const server = await startSandboxServer({ port: 0, host: '127.0.0.1', sandbox: createSandbox({ forumDecisions: 12_000 }) });
  const browser = await chromium.launch({ executablePath: CHROME, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    // The page and the bundle are served on the sandbox's own origin (Chromium keeps other pages off loopback).
    await page.route(`${server.url}/__bench/**`, (route) => {
      const path = new URL(route.request().url()).pathname;
      if (path === '/__bench/') return route.fulfill({ contentType: 'text/html', body: PAGE });
      if (path === '/__bench/adalat-forum-search.js') return route.fulfill({ contentType: 'text/javascript', body: readFileSync(BUNDLE) });
      return route.fulfill({ status: 404, body: '' });
    });
    await page.goto(`${server.url}/__bench/`);
    const key = server.sandbox.keys.partners[0].publishableKey;
    const result = await page.evaluate(
      async ({ baseUrl, key }) => {
        const provider = document.querySelector('#provider');
        provider.setAttribute('base-url', baseUrl);
        provider.setAttribute('publishable-key', key);
        const el = document.querySelector('adalat-forum-search');
        const frame = () => new Promise(requestAnimationFrame);
        const until = async (test, what) => {
          const deadline = performance.now() + 30_000;
          while (!test()) {
            if (performance.now() > deadline) throw new Error(`timed out waiting for ${what} (status ${el.controller.status}: ${el.controller.error?.message ?? 'no error'})`);
            await new Promise((r) => setTimeout(r, 10));
          }
        };
        await customElements.whenDefined('adalat-forum-search');
        await until(() => el.controller.status === 'ready', 'the first page');
        const rows = () => el.shadowRoot.querySelectorAll('[part~="result"]').length;
        let started = performance.now();
        while (el.controller.hits.length < 10_000) {
          const before = el.controller.hits.length;
          await el.controller.loadMore();
          if (el.controller.hits.length === before) throw new Error(`no page added after ${before} hits (${el.controller.error?.message ?? 'no error'})`);
        }
        await el.updateComplete;
        const loadMs = performance.now() - started;
        const renders = [];
        for (let i = 0; i < 10; i += 1) {
          started = performance.now();
          el.requestUpdate();
          await el.updateComplete;
          renders.push(performance.now() - started);
        }
        renders.sort((a, b) => a - b);
        const viewport = el.shadowRoot.querySelector('[part~="results"]');
        started = performance.now();
        viewport.scrollTop = viewport.scrollHeight;
        await frame();
        await el.updateComplete;
        await frame();
        const scrollMs = performance.now() - started;
        return { loadMs, renderMs: renders[5], scrollMs, rows: rows(), hits: el.controller.hits.length, total: el.controller.total, nodes: el.shadowRoot.querySelectorAll('*').length };
      },
      { baseUrl: server.url, key },
    );
    console.log('\n## `<adalat-forum-search>` with 10,000 hits (Chromium, sandbox over HTTP, 100 hits a page)\n');
    console.log('| hits loaded | load 10,000 (100 requests, parse, append) | re-render (median of 10) | scroll to the end, rendered | result rows in the DOM | shadow DOM elements |');
    console.log('| ---: | ---: | ---: | ---: | ---: | ---: |');
    console.log(`| ${result.hits.toLocaleString('en')} of ${result.total.toLocaleString('en')} | ${ms(result.loadMs)} | ${ms(result.renderMs)} | ${ms(result.scrollMs)} | ${result.rows} | ${result.nodes} |`);
  } finally {
    await browser.close();
    await server.close();
  }
}

async function main() {
  if (!existsSync(MOCK_BACKEND)) {
    console.error('bench: packages/mock-backend/dist is missing; run `npm run build` first (`npm run bench` does).');
    return 0;
  }
  await nodePart();
  if (!process.argv.includes('--no-browser')) await browserPart();
  return 0;
}

process.exitCode = await main();
