import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LitElement } from 'lit';
import { AdalatClient, ServerError } from '@adalat/sdk';
import '../define/forum-search.ts';
import type { AdalatForumSearch } from './forum-search.ts';
import { ForumSearchController } from './forum-search.controller.ts';
import { readUrlQuery, writeUrlQuery } from './url-state.ts';
import { startTestSandbox, useTestSandbox } from '../test-support/sandbox.ts';

/** A bank large enough for a search with more than 10,000 hits (every decision, with no words). */
const BANK_SIZE = 12_000;

// Registered before `useTestSandbox`'s hook, which then finds the sandbox started: building
// a 12,000-decision bank and its index can take longer than the 10 s default under load.
before(async function () {
  this.timeout(60_000);
  const { client } = await startTestSandbox({ forumDecisions: BANK_SIZE });
  // Build the bank's full-text index now, so no test pays for it while it measures timing.
  await client.forum.searchDecisions({ q: 'суд', limit: 1 });
});
const env = useTestSandbox({ forumDecisions: BANK_SIZE }, { afterEach: () => history.replaceState(null, '', location.pathname) });

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const shadow = (el: AdalatForumSearch) => el.shadowRoot!;
const input = (el: AdalatForumSearch) => shadow(el).querySelector<HTMLInputElement>('#q')!;
const rows = (el: AdalatForumSearch) => [...shadow(el).querySelectorAll<HTMLElement>('[part~="result"]')];
const titleButton = (el: AdalatForumSearch, index: number) =>
  shadow(el).querySelector<HTMLButtonElement>(`button[part~="result-title"][data-index="${index}"]`);
const statusOf = (el: AdalatForumSearch) => shadow(el).querySelector('[role=status]')!.textContent!.trim();
const checkbox = (el: AdalatForumSearch, facet: string, value: string) =>
  shadow(el).querySelector<HTMLInputElement>(`input[data-facet="${facet}"][value="${value}"]`);

/** Waits until the search has settled (any outcome) and its render is done. */
async function settled(el: AdalatForumSearch): Promise<void> {
  await waitUntil(() => el.controller.status !== 'loading' && el.controller.status !== 'idle', 'still searching', { timeout: 8000 });
  await el.updateComplete;
  await new Promise(requestAnimationFrame);
  await el.updateComplete;
}

async function searchWith(attributes: { q?: string; jurisdiction?: string; client?: AdalatClient } = {}): Promise<AdalatForumSearch> {
  const el = await fixture<AdalatForumSearch>(html`<adalat-forum-search
    .client=${attributes.client ?? env.client}
    q=${attributes.q ?? ''}
    jurisdiction=${attributes.jurisdiction ?? ''}
    debounce="50"
  ></adalat-forum-search>`);
  await settled(el);
  return el;
}

interface Logged {
  url: URL;
  request: Request;
  outcome: 'pending' | 'completed' | 'aborted' | 'failed';
}

/** A sandbox client whose every request is logged with how it ended. */
function loggingClient(log: Logged[]): AdalatClient {
  return new AdalatClient({
    baseUrl: location.origin,
    auth: { publishableKey: env.publishableKey },
    retry: false,
    fetch: (input: RequestInfo | URL, init?: RequestInit) => {
      const request = new Request(input, init);
      const entry: Logged = { url: new URL(request.url), request, outcome: 'pending' };
      log.push(entry);
      return fetch(request).then(
        (response) => {
          entry.outcome = 'completed';
          return response;
        },
        (error: unknown) => {
          entry.outcome = request.signal.aborted ? 'aborted' : 'failed';
          throw error;
        },
      );
    },
  });
}

describe('<adalat-forum-search>', () => {
  describe('searching', () => {
    it('lists the newest decisions before any word is typed, and says how many', async () => {
      const el = await searchWith();
      expect(el.matches(':state(ready)')).to.equal(true);
      expect(el.controller.total).to.equal(BANK_SIZE);
      expect(statusOf(el)).to.equal(`Decisions found: ${new Intl.NumberFormat('en').format(BANK_SIZE)}`);
      const days = el.controller.hits.map((hit) => hit.decision.decidedOn);
      expect(days).to.deep.equal([...days].sort().reverse());
      expect(rows(el).length).to.be.greaterThan(0);
    });

    it('marks the matched words with <mark>, as text', async () => {
      const el = await searchWith({ q: 'Верховный' });
      const marks = [...shadow(el).querySelectorAll('[part~="result"] mark')].map((m) => m.textContent!.toLowerCase());
      expect(marks.length).to.be.greaterThan(0);
      expect(marks.every((text) => text.startsWith('верховн'))).to.equal(true);
      const first = el.controller.hits[0]!;
      expect(titleButton(el, 0)!.textContent).to.equal(first.highlights.title.map((s) => s.text).join(''));
    });

    it('renders hostile server text as text, never as markup', async () => {
      const newest = [...env.sandbox.store.forum.bank.corpus.decisions].sort((a, b) => (a.decidedOn < b.decidedOn ? 1 : -1))[0]!;
      const hostile = '<img src=x onerror="window.__pwned=1"><b>bold</b>';
      const saved = { title: newest.title, summary: newest.summary };
      Object.assign(newest, { title: hostile, summary: hostile });
      try {
        const el = await searchWith({ client: loggingClient([]) });
        const row = rows(el).find((r) => r.querySelector('button')!.textContent === hostile);
        expect(row, 'the hostile row').to.not.equal(undefined);
        expect(row!.querySelector('img, b')).to.equal(null);
        expect(row!.querySelector('[part~="snippet"]')!.textContent).to.contain('<img');
        expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
      } finally {
        Object.assign(newest, saved);
      }
    });

    it('waits for typing to pause: a burst of keys is one request', async () => {
      const log: Logged[] = [];
      const el = await searchWith({ client: loggingClient(log) });
      el.debounce = 300;
      input(el).focus();
      const before = log.length;
      await sendKeys({ type: 'judgment' });
      await settled(el);
      await sleep(350);
      const searches = log.slice(before).filter((entry) => entry.url.pathname === '/v1/forum/decisions');
      expect(searches.map((entry) => entry.url.searchParams.get('q'))).to.deep.equal(['judgment']);
    });

    it('aborts the earlier request when typing goes on while it is still running', async () => {
      const log: Logged[] = [];
      const el = await searchWith({ client: loggingClient(log) });
      env.sandbox.faults.setLatency(400);
      input(el).focus();
      const before = log.length;
      for (const key of 'суд') {
        await sendKeys({ type: key });
        await sleep(150); // longer than the debounce (50 ms), shorter than the answer (400 ms)
      }
      await settled(el);
      const searches = log.slice(before).filter((entry) => entry.url.pathname === '/v1/forum/decisions');
      expect(searches.map((entry) => entry.url.searchParams.get('q'))).to.deep.equal(['с', 'су', 'суд']);
      expect(searches.map((entry) => entry.outcome)).to.deep.equal(['aborted', 'aborted', 'completed']);
      expect(el.controller.hits.every((hit) => JSON.stringify(hit.highlights).toLowerCase().includes('суд'))).to.equal(true);
    });

    it('shows :state(empty) and the empty slot when nothing matches', async () => {
      const el = await fixture<AdalatForumSearch>(html`<adalat-forum-search .client=${env.client} q="qwxzvj">
        <span slot="empty">Nothing in the bank.</span>
      </adalat-forum-search>`);
      await settled(el);
      expect(el.matches(':state(empty)')).to.equal(true);
      expect(statusOf(el)).to.equal('No decisions match this search.');
      const slot = shadow(el).querySelector<HTMLSlotElement>('slot[name=empty]')!;
      expect(slot.assignedElements().map((e) => e.textContent)).to.deep.equal(['Nothing in the bank.']);
    });

    it('shows :state(error) with an alert when the search fails, and recovers on retry', async () => {
      env.sandbox.faults.failNext({ status: 500, path: '/v1/forum/decisions' });
      const el = await fixture<AdalatForumSearch>(html`<adalat-forum-search .client=${env.client}></adalat-forum-search>`);
      await settled(el);
      expect(el.matches(':state(error)')).to.equal(true);
      expect(el.controller.error).to.be.instanceOf(ServerError);
      shadow(el).querySelector<HTMLButtonElement>('[part~="retry"]')!.click();
      await settled(el);
      expect(el.matches(':state(ready)')).to.equal(true);
      expect(shadow(el).querySelector('[role=alert]')).to.equal(null);
    });
  });

  describe('facets', () => {
    it('a checked value filters the results; facets add up to the total', async () => {
      const el = await searchWith({ q: 'court' });
      const facets = el.controller.facets!;
      for (const name of ['category', 'jurisdiction', 'courtLevel', 'language', 'year'] as const) {
        expect(facets[name].reduce((sum, c) => sum + c.count, 0), name).to.equal(el.controller.total);
      }
      const kz = facets.jurisdiction.find((c) => c.value === 'KZ')!;
      const box = checkbox(el, 'jurisdiction', 'KZ')!;
      expect(box.closest('label')!.textContent).to.contain('Kazakhstan');
      box.click();
      await settled(el);
      expect(el.controller.total).to.equal(kz.count);
      expect(el.controller.hits.every((hit) => hit.decision.jurisdiction === 'KZ')).to.equal(true);
      expect(checkbox(el, 'jurisdiction', 'KZ')!.checked).to.equal(true);
      // Disjunctive: the other jurisdictions are still offered.
      expect(checkbox(el, 'jurisdiction', 'PS')).to.not.equal(null);

      checkbox(el, 'courtLevel', 'supreme')!.click();
      await settled(el);
      expect(el.controller.hits.every((hit) => hit.decision.courtLevel === 'supreme' && hit.decision.jurisdiction === 'KZ')).to.equal(true);
      shadow(el).querySelector<HTMLButtonElement>('[part~="clear"]')!.click();
      await settled(el);
      expect(el.controller.query.jurisdiction).to.deep.equal([]);
      expect(el.controller.query.q).to.equal('court');
    });

    it('a year button sets the date range to that year', async () => {
      const el = await searchWith({ jurisdiction: 'IR' });
      const year = el.controller.facets!.year[0]!;
      const button = [...shadow(el).querySelectorAll<HTMLButtonElement>('[part~="year"]')].find((b) => b.textContent!.includes(year.value))!;
      button.click();
      await settled(el);
      expect(el.controller.query.decidedFrom).to.equal(`${year.value}-01-01`);
      expect(el.controller.total).to.equal(year.count);
      expect(shadow(el).querySelector<HTMLInputElement>('#from')!.value).to.equal(`${year.value}-01-01`);
    });
  });

  describe('a long result list', () => {
    it('keeps the DOM bounded with 10,000 hits loaded, from the first row to the last', async () => {
      const el = await fixture<AdalatForumSearch>(html`<adalat-forum-search .client=${env.client} page-size="100"></adalat-forum-search>`);
      await settled(el);
      const started = performance.now();
      while (el.controller.hits.length < 10_000) {
        const before = el.controller.hits.length;
        await el.controller.loadMore();
        expect(el.controller.hits.length, 'a page was added').to.be.greaterThan(before);
      }
      await el.updateComplete;
      const loadMs = performance.now() - started;
      const ids = new Set(el.controller.hits.map((hit) => hit.decision.id));
      expect(ids.size, 'every hit once').to.equal(el.controller.hits.length);
      expect(rows(el).length).to.be.within(1, 40);

      const viewport = shadow(el).querySelector<HTMLElement>('[part~="results"]')!;
      const spacer = shadow(el).querySelector<HTMLElement>('[part~="spacer"]')!;
      expect(spacer.offsetHeight).to.equal(el.controller.hits.length * el.virtualList.rowHeight);
      viewport.scrollTop = spacer.offsetHeight;
      await waitUntil(() => rows(el).some((row) => Number(row.dataset.index) >= 9_990), 'the end is not rendered', { timeout: 3000 });
      expect(rows(el).length).to.be.within(1, 40);
      const last = rows(el).at(-1)!;
      expect(last.getAttribute('aria-posinset')).to.equal(String(Number(last.dataset.index) + 1));
      expect(last.getAttribute('aria-setsize')).to.equal(String(BANK_SIZE));
      console.info(`[forum-search] loaded 10,000 hits in ${Math.round(loadMs)} ms; ${rows(el).length} rows in the DOM`);
    });

    it('fetches the next page as the reader scrolls towards the end', async () => {
      const el = await fixture<AdalatForumSearch>(html`<adalat-forum-search .client=${env.client} page-size="20"></adalat-forum-search>`);
      await settled(el);
      expect(el.controller.hits.length).to.equal(20);
      const viewport = shadow(el).querySelector<HTMLElement>('[part~="results"]')!;
      viewport.scrollTop = viewport.scrollHeight;
      await waitUntil(() => el.controller.hits.length >= 40, 'no next page', { timeout: 5000 });
    });

    it('a failed next page shows the alert without retrying on its own; "try again" loads it', async () => {
      const log: Logged[] = [];
      const el = await fixture<AdalatForumSearch>(html`<adalat-forum-search .client=${loggingClient(log)} page-size="20"></adalat-forum-search>`);
      await settled(el);
      env.sandbox.faults.failNext({ status: 500, path: '/v1/forum/decisions' });
      const viewport = shadow(el).querySelector<HTMLElement>('[part~="results"]')!;
      viewport.scrollTop = viewport.scrollHeight;
      await waitUntil(() => el.controller.more.status === 'error', 'the next page did not fail');
      await sleep(300);
      const nextPages = () => log.filter((entry) => entry.url.searchParams.has('cursor')).length;
      expect(nextPages()).to.equal(1);
      await el.updateComplete;
      shadow(el).querySelector<HTMLButtonElement>('[part~="retry"]')!.click();
      await waitUntil(() => el.controller.hits.length >= 40, 'the page was not loaded again');
      // The retried page, then (still at the end of the list) the pages after it.
      expect(nextPages()).to.be.at.least(2);
      expect(el.matches(':state(ready)')).to.equal(true);
    });

    it('starts a new search at the top of the list', async () => {
      const el = await searchWith();
      const viewport = shadow(el).querySelector<HTMLElement>('[part~="results"]')!;
      viewport.scrollTop = viewport.scrollHeight / 2;
      await waitUntil(() => !rows(el).some((row) => row.dataset.index === '0'), 'the list did not scroll');
      el.controller.setText('court');
      await waitUntil(() => el.controller.query.q === 'court' && el.controller.results.value?.data[0]?.score !== null, 'no text search');
      await settled(el);
      expect(viewport.scrollTop).to.equal(0);
      expect(rows(el)[0]!.dataset.index).to.equal('0');
    });
  });

  describe('keyboard', () => {
    it('Arrow Down from the box enters the results; arrows, Home and End move; Enter opens; Escape comes back', async () => {
      const el = await searchWith({ q: 'المحكمة' });
      input(el).focus();
      await sendKeys({ press: 'ArrowDown' });
      expect(shadow(el).activeElement).to.equal(titleButton(el, 0));
      expect(titleButton(el, 0)!.tabIndex).to.equal(0);
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'ArrowDown' });
      expect(shadow(el).activeElement).to.equal(titleButton(el, 2));
      expect(titleButton(el, 0)!.tabIndex).to.equal(-1);
      await sendKeys({ press: 'ArrowUp' });
      expect(shadow(el).activeElement).to.equal(titleButton(el, 1));
      // End goes to the last row loaded when it is pressed; reaching it may load the next
      // page, so read that row before pressing (with no page still arriving).
      await waitUntil(() => el.controller.more.status !== 'loading', 'a page is still loading');
      const lastLoaded = el.controller.hits.length - 1;
      expect(lastLoaded).to.be.greaterThan(2);
      await sendKeys({ press: 'End' });
      await waitUntil(() => shadow(el).activeElement === titleButton(el, lastLoaded), 'End did not reach the last row');
      await sendKeys({ press: 'Home' });
      await waitUntil(() => shadow(el).activeElement === titleButton(el, 0), 'Home did not reach the first row');

      await sendKeys({ press: 'ArrowDown' });
      const opened = oneEvent(el, 'adalat-decision-open');
      await sendKeys({ press: 'Enter' });
      const event = await opened;
      expect(event.detail.decisionId).to.equal(el.controller.hits[1]!.decision.id);
      await waitUntil(() => el.controller.decision.status === 'ready', 'decision not loaded');
      await el.updateComplete;
      const title = shadow(el).querySelector<HTMLElement>('[part~="detail-title"]')!;
      expect(title.textContent!.trim()).to.equal(el.controller.decision.value!.title);
      expect(shadow(el).activeElement).to.equal(title);
      expect(shadow(el).querySelector('[part~="detail-text"]')!.textContent).to.equal(el.controller.decision.value!.text);

      await sendKeys({ press: 'Escape' });
      await waitUntil(() => shadow(el).activeElement === titleButton(el, 1), 'focus did not return to the row');
      expect(shadow(el).querySelector('[part~="detail"]')).to.equal(null);
    });

    it('a cancelled adalat-decision-open leaves the opening to the page', async () => {
      const el = await searchWith();
      el.addEventListener('adalat-decision-open', (event) => event.preventDefault(), { once: true });
      titleButton(el, 0)!.click();
      await el.updateComplete;
      expect(el.controller.decision.status).to.equal('idle');
      expect(shadow(el).querySelector('[part~="detail"]')).to.equal(null);
    });
  });

  describe('the page address', () => {
    it('with sync-url, reads the search from the address and writes it back, keeping other parameters', async () => {
      history.replaceState(null, '', `${location.pathname}?q=${encodeURIComponent('решение')}&jurisdiction=KZ&level=bogus&keep=1`);
      const el = await fixture<AdalatForumSearch>(html`<adalat-forum-search .client=${env.client} sync-url debounce="50"></adalat-forum-search>`);
      await settled(el);
      expect(input(el).value).to.equal('решение');
      expect(el.controller.query.jurisdiction).to.deep.equal(['KZ']);
      expect(el.controller.query.courtLevel).to.deep.equal([], 'a value that is no level is dropped');
      expect(el.controller.hits.every((hit) => hit.decision.jurisdiction === 'KZ')).to.equal(true);

      checkbox(el, 'language', 'ru')!.click();
      await settled(el);
      const params = new URLSearchParams(location.search);
      expect(params.get('q')).to.equal('решение');
      expect(params.getAll('language')).to.deep.equal(['ru']);
      expect(params.get('keep')).to.equal('1');
    });

    it('without sync-url, leaves the address alone', async () => {
      history.replaceState(null, '', `${location.pathname}?q=ignored`);
      const el = await searchWith();
      expect(el.controller.query.q).to.equal('');
      checkbox(el, 'jurisdiction', 'PS')!.click();
      await settled(el);
      expect(location.search).to.equal('?q=ignored');
    });

    it('reads and writes the address as pure functions', () => {
      const query = readUrlQuery('?q=x&category=civil&category=family.divorce&court=crt_ps_ramallah_magistrate&from=2020-01-01&to=nope&sort=date');
      expect(query).to.deep.equal({
        q: 'x',
        category: ['civil', 'family.divorce'],
        courtId: ['crt_ps_ramallah_magistrate'],
        decidedFrom: '2020-01-01',
        sort: 'date',
      });
      const url = writeUrlQuery(new URL('https://bar.example/research?page=2&q=old'), {
        q: 'new',
        category: [],
        courtId: [],
        courtLevel: ['appeal'],
        jurisdiction: ['PS', 'SA'],
        language: [],
        decidedFrom: '',
        decidedTo: '2024-12-31',
        sort: 'relevance',
      });
      expect(url.search).to.equal('?page=2&q=new&level=appeal&jurisdiction=PS&jurisdiction=SA&to=2024-12-31');
    });
  });

  describe('the controller alone', () => {
    it('drives another template', async () => {
      class PlainSearch extends LitElement {
        client: AdalatClient | undefined;
        search = new ForumSearchController(this, { client: () => this.client, pageSize: () => 5 });
        override render() {
          return html`<ol>${this.search.hits.map((hit) => html`<li>${hit.decision.number}</li>`)}</ol>`;
        }
      }
      customElements.define('plain-forum-search', PlainSearch);
      const el = document.createElement('plain-forum-search') as PlainSearch;
      el.client = env.client;
      el.search.setFilter('jurisdiction', ['SA']);
      document.body.append(el);
      try {
        await waitUntil(() => el.search.status === 'ready', 'plain search not ready');
        await el.updateComplete;
        expect(el.shadowRoot!.querySelectorAll('li').length).to.equal(5);
        expect(el.search.hits.every((hit) => hit.decision.jurisdiction === 'SA')).to.equal(true);
      } finally {
        el.remove();
      }
    });
  });

  describe('locale and accessibility', () => {
    it('speaks Arabic right to left, with Arabic digits, and names facets from the server', async () => {
      const wrapper = await fixture(html`<div lang="ar" dir="rtl">
        <adalat-forum-search .client=${env.client} jurisdiction="PS"></adalat-forum-search>
      </div>`);
      const el = wrapper.querySelector('adalat-forum-search')!;
      await settled(el);
      expect(el.dir).to.equal('rtl');
      expect(shadow(el).querySelector('label[for=q]')!.textContent!.trim()).to.equal('ابحث في بنك الأحكام');
      const total = new Intl.NumberFormat('ar', { numberingSystem: 'arab' }).format(el.controller.total!);
      expect(statusOf(el)).to.equal(`عدد الأحكام: ${total}`);
      expect(checkbox(el, 'jurisdiction', 'PS')!.closest('label')!.textContent).to.contain('فلسطين');
      expect(checkbox(el, 'category', 'family')!.closest('label')!.textContent).to.contain('أحوال شخصية');
    });

    it('passes axe in LTR with results', async () => {
      const el = await searchWith({ q: 'court' });
      await expect(el).to.be.accessible();
    });

    it('passes axe in RTL Persian with results, with a decision open, and in its error state', async () => {
      const wrapper = await fixture(html`<div lang="fa" dir="rtl">
        <adalat-forum-search .client=${env.client} q="دادگاه" debounce="50"></adalat-forum-search>
      </div>`);
      const el = wrapper.querySelector('adalat-forum-search')!;
      await settled(el);
      await expect(wrapper).to.be.accessible();

      titleButton(el, 0)!.click();
      await waitUntil(() => el.controller.decision.status === 'ready', 'decision not loaded');
      await el.updateComplete;
      await expect(wrapper).to.be.accessible();

      shadow(el).querySelector<HTMLButtonElement>('[part~="back"]')!.click();
      env.sandbox.faults.failNext({ status: 503, path: '/v1/forum/decisions' });
      el.controller.setSort('date');
      await settled(el);
      expect(el.matches(':state(error)')).to.equal(true);
      await expect(wrapper).to.be.accessible();
    });
  });
});
