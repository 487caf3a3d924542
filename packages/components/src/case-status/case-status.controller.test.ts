import { expect, fixture, html as testHtml, waitUntil } from '@open-wc/testing';
import { LitElement, html } from 'lit';
import { property } from 'lit/decorators.js';
import type { AdalatCore } from '@adalat/sdk/core';
import { CaseStatusController } from './case-status.controller.ts';
import { defineElement } from '../define.ts';
import { useTestSandbox } from '../test-support/sandbox.ts';
import { CASE_READ_OPERATIONS, widgetSessionClient } from '../test-support/widget-session.ts';

const env = useTestSandbox();

/** A partner's own element: the controller with a template of its own, no Adalat element around it. */
class MyCaseCard extends LitElement {
  @property({ attribute: false }) client: AdalatCore | undefined;
  @property({ attribute: 'case-id' }) caseId: string | null = null;

  readonly status = new CaseStatusController(this, {
    client: () => this.client,
    caseId: () => this.caseId,
    now: () => env.sandbox.clock.now(),
  });

  protected override render() {
    const c = this.status;
    if (c.status !== 'ready') return html`<p id="state">${c.status}</p>`;
    return html`<p id="state">ready</p>
      <h1>${c.case.value!.number}</h1>
      <p id="next">${c.nextHearing?.startsAt ?? 'none'}</p>
      <ul>
        ${c.acts.map((a) => html`<li class="act">${a.countdown.phase} ${a.countdown.daysLeft}</li>`)}
      </ul>`;
  }
}
defineElement('my-case-card', MyCaseCard);

const WITH_POSTPONEMENT = [...CASE_READ_OPERATIONS, 'cases.requestPostponement'];
const requestsOf = (caseId: string) => [...env.sandbox.store.postponementRequests.values()].filter((r) => r.caseId === caseId);

async function card(caseId: string, operations: readonly string[] = CASE_READ_OPERATIONS, person?: string): Promise<MyCaseCard> {
  const { client } = await widgetSessionClient(env, { jurisdiction: 'PS', cases: [caseId], operations, ...(person ? { person } : {}) });
  const el = await fixture<MyCaseCard>(testHtml`<my-case-card case-id=${caseId} .client=${client}></my-case-card>`);
  await waitUntil(() => el.status.status === 'ready' || el.status.status === 'error', 'card still loading', { timeout: 5000 });
  await el.updateComplete;
  return el;
}

describe('CaseStatusController without the element', () => {
  it('loads a case into a template of its own, with the next hearing and the acts’ countdowns', async () => {
    const el = await card('cas_ps_003');
    const record = env.sandbox.store.cases.get('cas_ps_003')!;
    expect(el.shadowRoot!.querySelector('h1')!.textContent).to.equal(record.number);
    expect(el.shadowRoot!.querySelector('#next')!.textContent).to.equal('none');
    const acts = el.status.acts;
    expect(acts).to.have.length(1);
    const deadline = acts[0]!.act.appealDeadline!;
    const today = env.sandbox.clock.now().toLocaleDateString('sv-SE', { timeZone: record.timeZone });
    const days = (Date.parse(deadline) - Date.parse(today)) / 86_400_000;
    expect(el.shadowRoot!.querySelector('.act')!.textContent).to.equal(`open ${days}`);
    expect(el.status.court.value?.id).to.equal(record.courtId);
    expect(el.status.session.value?.subjects.cases).to.deep.equal(['cas_ps_003']);
  });

  it('reports the next hearing and whether it can be postponed', async () => {
    const el = await card('cas_ps_001', WITH_POSTPONEMENT, 'per_ps_001');
    const upcoming = [...env.sandbox.store.hearings.values()].find(
      (h) => h.caseId === 'cas_ps_001' && h.outcome === null && Date.parse(h.startsAt) > env.sandbox.clock.now().getTime(),
    )!;
    expect(el.status.nextHearing?.id).to.equal(upcoming.id);
    expect(el.status.upcomingHearing?.id).to.equal(upcoming.id);
    expect(el.status.canRequestPostponement).to.equal(true);
    expect(el.status.actingParties.map((p) => p.id)).to.deep.equal(['pty_ps_001_1']);

    // Once the hearing has started it can no longer be postponed.
    env.sandbox.clock.set(new Date(Date.parse(upcoming.startsAt) + 60_000));
    el.requestUpdate();
    await el.updateComplete;
    expect(el.status.upcomingHearing).to.equal(null);
    expect(el.status.inSession).to.equal(true);
    expect(el.status.canRequestPostponement).to.equal(false);
  });

  it('downloads a PDF as a Blob', async () => {
    const el = await card('cas_ps_001');
    const documentId = el.status.documents.value![0]!.id;
    const blob = await el.status.fetchDocument(documentId);
    expect(blob.type).to.equal('application/pdf');
    expect(new TextDecoder().decode(await blob.slice(0, 4).arrayBuffer())).to.equal('%PDF');
  });

  it('joins a second request made while the first is on its way: one request reaches the court', async () => {
    const el = await card('cas_ps_001', WITH_POSTPONEMENT, 'per_ps_001');
    const first = el.status.requestPostponement('Counsel is appearing in another court.');
    const second = el.status.requestPostponement('Counsel is appearing in another court.');
    expect(second).to.equal(first);
    expect(el.status.postponement.status).to.equal('sending');
    const request = await first;
    expect(request.status).to.equal('pending');
    expect(requestsOf('cas_ps_001').map((r) => r.id)).to.deep.equal([request.id]);
    expect(el.status.postponement).to.deep.equal({ status: 'sent', request });
    expect(el.status.pendingPostponement?.id).to.equal(request.id);
    expect(el.status.canRequestPostponement).to.equal(false);
  });

  it('reuses the idempotency key after a lost answer, so trying again does not ask twice', async () => {
    const el = await card('cas_ps_001', WITH_POSTPONEMENT, 'per_ps_001');
    env.sandbox.faults.dropNextAfterCommit({ path: '/v1/cases/cas_ps_001/hearings' });
    const lost = await el.status.requestPostponement('The claimant is abroad until next month.').catch((e: unknown) => e);
    expect((lost as { type?: string }).type).to.equal('connection');
    // The court did receive it.
    expect(requestsOf('cas_ps_001')).to.have.length(1);

    const again = await el.status.requestPostponement('The claimant is abroad until next month.');
    expect(again.id).to.equal(requestsOf('cas_ps_001')[0]!.id);
    expect(requestsOf('cas_ps_001')).to.have.length(1);
  });

  it('refuses a bad reason before sending, with a typed error', async () => {
    const el = await card('cas_ps_001', WITH_POSTPONEMENT, 'per_ps_001');
    for (const [reason, code] of [
      ['  x ', 'too_small'],
      ['x'.repeat(1001), 'too_big'],
    ] as const) {
      const error = (await el.status.requestPostponement(reason).catch((e: unknown) => e)) as {
        name: string;
        code: string;
        issues: Array<{ path: string; code: string }>;
      };
      expect(error.name).to.equal('InvalidRequestError');
      expect(error.code).to.equal('invalid_input');
      expect(error.issues).to.deep.equal([{ path: 'body.reason', code, message: '3 to 1000 characters' }]);
    }
    expect(requestsOf('cas_ps_001')).to.have.length(0);
    expect(el.status.postponement.status).to.equal('failed');
  });

  it('follows a new case id: reloads everything for it and drops what belonged to the old one', async () => {
    const { client } = await widgetSessionClient(env, { jurisdiction: 'PS', cases: ['cas_ps_001', 'cas_ps_003'] });
    const el = await fixture<MyCaseCard>(testHtml`<my-case-card case-id="cas_ps_001" .client=${client}></my-case-card>`);
    await waitUntil(() => el.status.status === 'ready', 'first case');
    expect(el.status.liveMode).not.to.equal('off');
    el.caseId = 'cas_ps_003';
    await el.updateComplete;
    expect(el.status.status).to.equal('loading');
    expect(el.status.case.value).to.equal(undefined);
    await waitUntil(() => el.status.status === 'ready', 'second case');
    expect(el.status.case.value!.id).to.equal('cas_ps_003');
    expect(el.status.documents.value!.every((d) => d.caseId === 'cas_ps_003')).to.equal(true);

    el.remove();
    expect(el.status.liveMode).to.equal('off');
  });
});
