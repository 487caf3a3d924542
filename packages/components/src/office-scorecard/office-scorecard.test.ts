import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import type { AdalatClient } from '@adalat/sdk';
import '../define/office-scorecard.ts';
import type { AdalatOfficeScorecard } from './office-scorecard.ts';
import { OfficeScorecardController, trendOf } from './office-scorecard.controller.ts';
import { msg } from '../i18n/msg.ts';
import { useTestSandbox } from '../test-support/sandbox.ts';

const env = useTestSandbox();

async function card(officeId: string, options: { lang?: string; client?: AdalatClient | undefined; from?: string; to?: string } = {}): Promise<AdalatOfficeScorecard> {
  const client = 'client' in options ? options.client : env.client;
  const wrapper = await fixture(html`<div lang=${options.lang ?? 'en'}>
    <adalat-office-scorecard office-id=${officeId} from=${options.from ?? ''} to=${options.to ?? ''} .client=${client}></adalat-office-scorecard>
  </div>`);
  const el = wrapper.querySelector<AdalatOfficeScorecard>('adalat-office-scorecard')!;
  await waitUntil(() => !el.hasStatus('loading'), 'the scorecard settles', { timeout: 5000 });
  await el.updateComplete;
  return el;
}

const cell = (el: AdalatOfficeScorecard, measure: string, part: string) =>
  el.shadowRoot!.querySelector(`tr[data-measure="${measure}"] [part~="${part}"]`)!.textContent!.trim();

describe('adalat-office-scorecard', () => {
  it('shows the office, the period against the previous one, and each trend in words', async () => {
    const el = await card('off_ir_tehran_2217');
    expect(el.hasStatus('ready')).to.equal(true);
    const root = el.shadowRoot!;
    expect(root.querySelector('[part~="office"]')!.textContent).to.contain('Judicial e-services office 2217, Tehran');
    expect(root.querySelector('[part~="licence"]')!.textContent).to.contain('IR-DKQ-2217');
    const metrics = await env.client.offices.getMetrics({ officeId: 'off_ir_tehran_2217' });
    expect(cell(el, 'filingsReceived', 'current')).to.equal(String(metrics.current.filingsReceived));
    expect(cell(el, 'filingsReceived', 'previous')).to.equal(String(metrics.previous.filingsReceived));
    // The seeded slow office returned a larger share than in the previous period; lower is better.
    expect(metrics.current.returnedShare!).to.be.greaterThan(metrics.previous.returnedShare!);
    expect(cell(el, 'returnedShare', 'trend')).to.contain(msg('en', 'officeScorecard.worse'));
    expect(cell(el, 'returnedShare', 'trend')).to.not.contain(msg('en', 'officeScorecard.better'));
    expect(root.querySelectorAll('tbody tr')).to.have.length(5);
    expect(root.querySelector('caption')!.textContent).to.match(/2026/);
  });

  it('says a shorter dispatch time than in the previous period is better', async () => {
    const el = await card('off_ir_tehran_1042');
    const metrics = await env.client.offices.getMetrics({ officeId: 'off_ir_tehran_1042' });
    expect(metrics.current.dispatchSecondsMedian!).to.be.lessThan(metrics.previous.dispatchSecondsMedian!);
    expect(cell(el, 'dispatchMedian', 'trend')).to.contain(msg('en', 'officeScorecard.better'));
    expect(cell(el, 'dispatchMedian', 'trend')).to.not.contain(msg('en', 'officeScorecard.worse'));
  });

  it('says when the office dispatched nothing in the period', async () => {
    const el = await card('off_ir_tehran_1042', { from: '2025-01-01', to: '2025-01-31' });
    expect(el.hasStatus('empty')).to.equal(true);
    expect(el.shadowRoot!.querySelector('[part~="empty"]')!.textContent).to.equal(msg('en', 'officeScorecard.empty'));
  });

  it('says an unknown office is not found, and retries after a server failure', async () => {
    const missing = await card('off_nowhere');
    expect(missing.hasStatus('error')).to.equal(true);
    expect(missing.shadowRoot!.querySelector('[part~="error-message"]')!.textContent).to.equal(msg('en', 'officeScorecard.error.notFound'));
    fixtureCleanup();
    env.sandbox.faults.failNext({ status: 503, path: '/v1/offices', count: 2 });
    const el = await card('off_kz_almaty_03');
    expect(el.hasStatus('error')).to.equal(true);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="retry"]')!.click();
    await waitUntil(() => el.hasStatus('ready'), 'ready after retry', { timeout: 5000 });
  });

  it('says there is no client when none is found', async () => {
    const el = await card('off_ir_tehran_1042', { client: undefined });
    expect(el.shadowRoot!.querySelector('[part~="error-message"]')!.textContent).to.equal(msg('en', 'error.noClient'));
  });

  it('is accessible in English (LTR) and Persian and Arabic (RTL), with localized digits', async () => {
    for (const lang of ['en', 'ar', 'fa']) {
      const el = await card('off_ir_tehran_1042', { lang });
      expect(el.dir).to.equal(lang === 'en' ? 'ltr' : 'rtl');
      expect(el.shadowRoot!.querySelector('th[scope="col"]')!.textContent).to.equal(msg(lang, 'officeScorecard.metric'));
      if (lang === 'fa') expect(cell(el, 'filingsReceived', 'current')).to.match(/^[۰-۹]+$/);
      await expect(el).to.be.accessible();
      fixtureCleanup();
    }
  });
});

describe('OfficeScorecardController without the element', () => {
  it('loads and compares for any template', async () => {
    const host = { addController() {}, removeController() {}, requestUpdate() {}, updateComplete: Promise.resolve(true) };
    const controller = new OfficeScorecardController(host, { client: () => env.client, officeId: () => 'off_ps_ramallah_01', from: () => null, to: () => null });
    controller.hostUpdate();
    await waitUntil(() => controller.status !== 'loading', 'loaded', { timeout: 5000 });
    expect(controller.status).to.equal('ready');
    expect(controller.measures.map((m) => m.name)).to.deep.equal(['filingsReceived', 'dispatchMedian', 'dispatchP90', 'illegibleShare', 'returnedShare']);
  });

  it('calls lower durations and shares better, and volume neither', () => {
    expect(trendOf('dispatchP90', 3600, 7200)).to.equal('better');
    expect(trendOf('illegibleShare', 0.2, 0.1)).to.equal('worse');
    expect(trendOf('returnedShare', 0.1, 0.1)).to.equal('same');
    expect(trendOf('filingsReceived', 12, 10)).to.equal('up');
    expect(trendOf('dispatchMedian', null, 10)).to.equal('none');
  });
});
