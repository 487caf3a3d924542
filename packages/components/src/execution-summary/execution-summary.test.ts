import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LitElement, html as litHtml } from 'lit';
import { property } from 'lit/decorators.js';
import type { AdalatCore } from '@adalat/sdk/core';
import type { ExecutionTransfer } from '@adalat/sdk/contract';
import '../define/execution-summary.ts';
import { defineElement } from '../define.ts';
import type { AdalatExecutionSummary } from './execution-summary.ts';
import { checkIbanInput, ExecutionSummaryController } from './execution-summary.controller.ts';
import { useTestSandbox } from '../test-support/sandbox.ts';
import { ministryServer, widgetClient } from '../test-support/widget-session.ts';
import { part, parts, partText as text } from '../test-support/parts.ts';

const env = useTestSandbox();

const FILE = 'exf_ps_001';
const CREDITOR = 'per_ps_007';
const READS = ['execution.get', 'execution.listCheques', 'execution.listTransfers', 'execution.listRequests'];
const WITH_TRANSFER = [...READS, 'execution.requestTransfer'];

const ibanOf = (personId: string) => [...env.sandbox.store.execution.accounts.values()].find((a) => a.personId === personId)!.iban;
const transfersOf = (fileId: string) => [...env.sandbox.store.execution.transfers.values()].filter((t) => t.executionFileId === fileId);

async function sessionClient(fileIds: string[], operations: readonly string[] = WITH_TRANSFER, ttlSeconds?: number) {
  const session = await ministryServer(env, 'PS').widgetSessions.create({
    subjects: { executionFiles: fileIds, person: CREDITOR },
    operations: [...operations],
    ...(ttlSeconds === undefined ? {} : { ttlSeconds }),
  });
  return { session, client: widgetClient(env, 'PS', session.clientSecret) };
}

async function settled(el: AdalatExecutionSummary): Promise<void> {
  await waitUntil(() => el.controller.status === 'ready' || el.controller.status === 'error', 'execution summary still loading', { timeout: 5000 });
  await el.updateComplete;
}

async function summary(options: { fileId?: string; lang?: string; dir?: string; operations?: readonly string[]; scopedTo?: string } = {}) {
  const fileId = options.fileId ?? FILE;
  const { client } = await sessionClient([options.scopedTo ?? fileId], options.operations);
  const wrapper = await fixture(html`<div lang=${options.lang ?? 'en'} dir=${options.dir ?? 'ltr'}>
    <adalat-execution-summary file-id=${fileId} .client=${client}></adalat-execution-summary>
  </div>`);
  const el = wrapper.querySelector('adalat-execution-summary')!;
  await settled(el);
  return el;
}

async function typeIban(el: AdalatExecutionSummary, value: string): Promise<void> {
  const input = part(el, 'iban-input') as HTMLInputElement;
  input.focus();
  input.value = '';
  input.dispatchEvent(new Event('input'));
  await sendKeys({ type: value });
  await el.updateComplete;
}

describe('<adalat-execution-summary>', () => {
  it('shows the outstanding amount, the overdue installment, the cheque ready, transfers and requests', async () => {
    const el = await summary();
    expect(el.matches(':state(ready)')).to.equal(true);
    expect(text(el, 'title')).to.equal('Execution file EXE-PS-2026-000114');
    expect(text(el, 'kind-value')).to.equal('Alimony');
    expect(text(el, 'creditor-value')).to.equal('Heba Al-Sharif');
    expect(text(el, 'outstanding-value')).to.match(/1,050\.000/);
    expect(text(el, 'balance-value')).to.match(/150\.000/);
    expect(part(el, 'installment-overdue')).to.not.equal(null);
    expect(text(el, 'installment')).to.contain('Installment 6 of 12');
    expect(text(el, 'installment-status')).to.equal('Overdue');
    expect(parts(el, 'cheque').map((li) => li.textContent!.replace(/\s+/g, ' ').trim())).to.have.length(1);
    expect(text(el, 'cheque')).to.contain('CHQ-RAM-2026-0561');
    expect(text(el, 'transfer-status-label')).to.equal('Paid');
    expect(text(el, 'transfer')).to.match(/PS\d\d \*\*\*\* \d{4}/);
    expect(parts(el, 'request').map((r) => r.getAttribute('part'))).to.deep.equal(['request request-pending', 'request request-granted']);
    expect(text(el, 'request-kind')).to.equal('Travel ban');
  });

  it('shows instants on the court\'s clock: a cheque ready late in the evening UTC is dated the next day in Hebron', async () => {
    const cheque = [...env.sandbox.store.execution.cheques.values()].find((c) => c.executionFileId === FILE && c.collectedAt === null)!;
    cheque.readySince = '2026-11-20T23:30:00Z';
    const el = await summary();
    const inHebron = new Intl.DateTimeFormat('en', { timeZone: 'Asia/Hebron', dateStyle: 'medium' }).format(new Date(cheque.readySince));
    const inUtc = new Intl.DateTimeFormat('en', { timeZone: 'UTC', dateStyle: 'medium' }).format(new Date(cheque.readySince));
    expect(inHebron).to.not.equal(inUtc);
    expect(text(el, 'cheque')).to.contain(inHebron);
    expect(text(el, 'cheque')).to.not.contain(inUtc);
  });

  it('checks the IBAN as it is typed: incomplete, wrong digits, another country, valid', async () => {
    const el = await summary();
    const iban = ibanOf(CREDITOR);
    await typeIban(el, iban.slice(0, 10));
    expect(text(el, 'iban-check')).to.equal('Keep typing: the IBAN is not complete yet.');
    const wrong = iban.slice(0, -1) + (iban.endsWith('1') ? '2' : '1');
    await typeIban(el, wrong);
    expect(part(el, 'iban-input')!.getAttribute('aria-invalid')).to.equal('true');
    expect(text(el, 'iban-check')).to.contain('check digits do not match');
    await typeIban(el, 'SA0380000000608010167519');
    expect(text(el, 'iban-check')).to.contain('must be of an account in');
    await typeIban(el, iban.toLowerCase());
    expect(part(el, 'iban-input')!.getAttribute('aria-invalid')).to.equal('false');
    expect(text(el, 'iban-check')).to.equal(`The IBAN is valid: \u2066${iban.replace(/(.{4})(?=.)/g, '$1 ')}\u2069`);
  });

  it('requests the transfer once, announces it and shows it on its way', async () => {
    const el = await summary();
    await typeIban(el, ibanOf(CREDITOR));
    const requested = oneEvent(el, 'adalat-transfer-requested');
    part(el, 'submit')!.click();
    part(el, 'submit')!.click();
    const event = (await requested) as CustomEvent<ExecutionTransfer>;
    expect(event.detail.status).to.equal('requested');
    await waitUntil(() => el.controller.transfers.value?.some((t) => t.id === event.detail.id), 'transfers not reloaded');
    await el.updateComplete;
    expect(transfersOf(FILE)).to.have.length(2);
    expect(text(el, 'transfer-status')).to.match(/^A transfer of .*150\.000.* was requested/);
    expect(part(el, 'transfer-requested')).to.not.equal(null);
    expect(text(el, 'balance-value')).to.match(/0\.000/);
    expect(part(el, 'transfer-form')).to.equal(null);
  });

  it('a transfer whose answer failed is tried again with the same key: the court transfers once', async () => {
    const el = await summary();
    await typeIban(el, ibanOf(CREDITOR));
    env.sandbox.faults.dropNextAfterCommit({ path: `/v1/execution/files/${FILE}/transfers` });
    part(el, 'submit')!.click();
    await waitUntil(() => el.controller.transferRequest.status === 'failed', 'transfer did not fail');
    await el.updateComplete;
    expect(text(el, 'transfer-error')).to.contain('Trying again is safe');
    part(el, 'submit')!.click();
    await waitUntil(() => el.controller.transferRequest.status === 'sent', 'transfer not sent');
    expect(transfersOf(FILE)).to.have.length(2);
  });

  it('says so when the IBAN is not in the creditor’s name, and changes nothing', async () => {
    const el = await summary();
    await typeIban(el, ibanOf('per_ps_004'));
    part(el, 'submit')!.click();
    await waitUntil(() => el.controller.transferRequest.status === 'failed', 'transfer not refused');
    await el.updateComplete;
    expect(text(el, 'transfer-error')).to.equal('The bank does not hold this account in the creditor’s name.');
    expect(transfersOf(FILE)).to.have.length(1);
  });

  it('an invalid IBAN is not sent: the field is focused and explained', async () => {
    const el = await summary();
    await typeIban(el, 'PS12');
    part(el, 'submit')!.click();
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal(part(el, 'iban-input'));
    expect(part(el, 'iban-input')!.getAttribute('aria-invalid')).to.equal('true');
    expect(el.controller.transferRequest.status).to.equal('idle');
  });

  describe('states', () => {
    it('shows the empty slot with no file-id', async () => {
      const { client } = await sessionClient([FILE]);
      const el = await fixture<AdalatExecutionSummary>(html`<adalat-execution-summary .client=${client}><span slot="empty">Pick a file</span></adalat-execution-summary>`);
      await el.updateComplete;
      expect(el.matches(':state(empty)')).to.equal(true);
      expect(part(el, 'empty')).to.not.equal(null);
    });

    it('a session scoped to another file: a permission error without retry', async () => {
      const el = await summary({ fileId: 'exf_ps_002', scopedTo: FILE });
      expect(el.matches(':state(error)')).to.equal(true);
      expect(el.controller.errorKind).to.equal('permission');
      expect(text(el, 'error-message')).to.equal('This page may not show this execution file.');
      expect(part(el, 'retry')).to.equal(null);
    });

    it('an expired session says so', async () => {
      const { session, client } = await sessionClient([FILE], READS, 60);
      env.sandbox.clock.set(new Date(Date.parse(session.expiresAt) + 1000));
      const el = await fixture<AdalatExecutionSummary>(html`<adalat-execution-summary file-id=${FILE} .client=${client}></adalat-execution-summary>`);
      await settled(el);
      expect(el.controller.errorKind).to.equal('expired');
      expect(text(el, 'error-message')).to.equal('The session has expired. Reload the page to continue.');
    });

    it('a server error offers a retry that recovers', async () => {
      const { client } = await sessionClient([FILE]);
      env.sandbox.faults.failNext({ status: 500, path: `/v1/execution/files/${FILE}`, count: 4 });
      const errors: unknown[] = [];
      const el = await fixture<AdalatExecutionSummary>(html`<adalat-execution-summary
        file-id=${FILE}
        .client=${client}
        @adalat-error=${(e: CustomEvent) => errors.push(e.detail)}
      ></adalat-execution-summary>`);
      await settled(el);
      expect(el.controller.errorKind).to.equal('retryable');
      expect(errors).to.have.length(1);
      await waitUntil(() => env.sandbox.faults.pending().failNext.length === 0, 'not every read failed');
      part(el, 'retry')!.click();
      await settled(el);
      expect(el.matches(':state(ready)')).to.equal(true);
    });
  });

  describe('locales', () => {
    it('renders in Arabic, Persian, Kazakh and Russian', async () => {
      const titles: Record<string, string> = {
        ar: 'الملف التنفيذي',
        fa: 'پرونده اجرایی',
        kk: 'Атқарушылық іс',
        ru: 'Исполнительное производство',
      };
      for (const [lang, title] of Object.entries(titles)) {
        const el = await summary({ lang, dir: lang === 'ar' || lang === 'fa' ? 'rtl' : 'ltr' });
        expect(text(el, 'title')).to.contain(title);
        expect(el.dir).to.equal(lang === 'ar' || lang === 'fa' ? 'rtl' : 'ltr');
      }
    });
  });

  describe('accessibility', () => {
    it('passes axe in LTR (en) with the transfer form and a checked IBAN', async () => {
      const el = await summary();
      await typeIban(el, ibanOf(CREDITOR).slice(0, 12));
      await expect(el.parentElement).to.be.accessible();
    });

    it('passes axe in RTL (ar), and in its error state', async () => {
      const el = await summary({ lang: 'ar', dir: 'rtl' });
      await expect(el.parentElement).to.be.accessible();
      const failed = await summary({ fileId: 'exf_ps_002', scopedTo: FILE, lang: 'ar', dir: 'rtl' });
      await expect(failed.parentElement).to.be.accessible();
    });
  });
});

/** A partner's own element: the controller with its own template. */
class MyExecutionCard extends LitElement {
  @property({ attribute: false }) client: AdalatCore | undefined;
  @property({ attribute: 'file-id' }) fileId: string | null = null;
  readonly summary = new ExecutionSummaryController(this, { client: () => this.client, fileId: () => this.fileId });
  protected override render() {
    const s = this.summary;
    return s.status === 'ready' ? litHtml`<p id="out">${s.file.value!.outstanding.amount}</p><p id="next">${s.nextInstallment?.number}</p>` : litHtml`<p>${s.status}</p>`;
  }
}
defineElement('my-execution-card', MyExecutionCard);

describe('ExecutionSummaryController without the element', () => {
  it('loads the file for a template of the partner’s own and requests a transfer', async () => {
    const { client } = await sessionClient([FILE]);
    const el = await fixture<MyExecutionCard>(html`<my-execution-card file-id=${FILE} .client=${client}></my-execution-card>`);
    await waitUntil(() => el.summary.status === 'ready', 'card still loading');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('#out')!.textContent).to.equal('1050000');
    expect(el.shadowRoot!.querySelector('#next')!.textContent).to.equal('6');
    expect(el.summary.readyCheques.map((c) => c.id)).to.deep.equal(['chq_ps_002']);
    expect(el.summary.canRequestTransfer).to.equal(true);
    const [a, b] = [el.summary.requestTransfer(ibanOf(CREDITOR)), el.summary.requestTransfer(ibanOf(CREDITOR))];
    expect((await a).id).to.equal((await b).id);
    expect(transfersOf(FILE)).to.have.length(2);
    let refused: unknown;
    await el.summary.requestTransfer('PS00').catch((error: unknown) => (refused = error));
    expect((refused as { type?: string }).type).to.equal('invalid_request');
  });

  it('checkIbanInput: incomplete while typing the right country, invalid otherwise', () => {
    expect(checkIbanInput('', 'PS').state).to.equal('empty');
    expect(checkIbanInput('P', 'PS').state).to.equal('incomplete');
    expect(checkIbanInput('PS92 PALS', 'PS').state).to.equal('incomplete');
    expect(checkIbanInput('KZ12', 'PS')).to.deep.equal({ state: 'invalid', reason: 'country' });
    expect(checkIbanInput('PS92 PALS 0000 0000 0400 1234 5670 1999', 'PS')).to.deep.equal({ state: 'invalid', reason: 'length' });
  });
});
