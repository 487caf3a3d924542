import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { SEED } from '@adalat/mock-backend';
import type { JurisdictionCode } from '@adalat/sdk/contract';
import '../define/case-status.ts';
import type { AdalatCaseStatus } from './case-status.ts';
import type { AdalatProvider } from '../provider/provider.ts';
import { useTestSandbox } from '../test-support/sandbox.ts';
import {
  CASE_READ_OPERATIONS,
  createWidgetSession,
  ministryOf,
  ministryServer,
  widgetClient,
  widgetSessionClient,
} from '../test-support/widget-session.ts';
import { part, parts, partText as text } from '../test-support/parts.ts';

const env = useTestSandbox();

/** The element's clock is the sandbox's (frozen at 2026-11-23T07:00Z unless a test moves it). */
const sandboxNow = () => env.sandbox.clock.now();


/** Waits until the case and every section have answered (any outcome), then for that render. */
async function settled(el: AdalatCaseStatus): Promise<void> {
  await waitUntil(() => el.controller.status === 'ready' || el.controller.status === 'error', 'case status still loading', { timeout: 5000 });
  await el.updateComplete;
}

const jurisdictionOf = (caseId: string) => caseId.slice(4, 6).toUpperCase() as JurisdictionCode;

/** `<adalat-case-status>` for `caseId`, with a widget session scoped to it (or to `scopedTo`). */
async function caseStatus(
  caseId: string,
  options: { lang?: string; dir?: string; operations?: readonly string[]; person?: string; scopedTo?: string; now?: () => Date } = {},
): Promise<AdalatCaseStatus> {
  const jurisdiction = jurisdictionOf(caseId);
  const { client } = await widgetSessionClient(env, {
    jurisdiction,
    cases: [options.scopedTo ?? caseId],
    operations: options.operations ?? CASE_READ_OPERATIONS,
    ...(options.person ? { person: options.person } : {}),
  });
  const wrapper = await fixture(html`<div lang=${options.lang ?? 'en'} dir=${options.dir ?? 'ltr'}>
    <adalat-case-status case-id=${caseId} .client=${client} .now=${options.now ?? sandboxNow}></adalat-case-status>
  </div>`);
  const el = wrapper.querySelector('adalat-case-status')!;
  await settled(el);
  return el;
}

/** A clock standing at `start` until `run()`, then moving with real time: midnight comes in a moment, not in hours. */
function clockFrom(start: number) {
  let runningSince: number | undefined;
  return {
    now: () => new Date(start + (runningSince === undefined ? 0 : performance.now() - runningSince)),
    run: () => {
      runningSince = performance.now();
    },
  };
}

/** What the sandbox holds for a case, read as the ministry's server reads it. */
async function serverView(caseId: string) {
  const server = ministryServer(env, jurisdictionOf(caseId));
  const [record, documents, timeline] = await Promise.all([
    server.cases.get({ caseId }),
    collect(server.cases.listDocuments({ caseId, limit: 100 })),
    collect(server.cases.getTimeline({ caseId, limit: 100 })),
  ]);
  return { record, documents, timeline };
}

async function collect<T>(list: AsyncIterable<T>): Promise<T[]> {
  const items: T[] = [];
  for await (const item of list) items.push(item);
  return items;
}

/** `YYYY-MM-DD` of `instant` in `timeZone`, worked out here independently of the element. */
function localDate(instant: Date, timeZone: string): string {
  return instant.toLocaleDateString('sv-SE', { timeZone });
}

function hearingText(instant: string, locale: string, timeZone: string, calendar: string, numberingSystem: string): string {
  return new Intl.DateTimeFormat(locale, { timeZone, calendar, numberingSystem, dateStyle: 'full', timeStyle: 'short' }).format(new Date(instant));
}

const ARABIC_INDIC = /[\u0660-\u0669]/;
const PERSIAN_DIGIT = /[\u06F0-\u06F9]/;
const LATIN_DIGIT = /[0-9]/;

describe('<adalat-case-status>', () => {
  describe('a seeded case', () => {
    it('shows status, stage, court, number, next hearing, timeline and documents (en)', async () => {
      const el = await caseStatus('cas_ps_001');
      const { record, documents, timeline } = await serverView('cas_ps_001');
      expect(el.matches(':state(ready)')).to.equal(true);
      expect(text(el, 'title')).to.equal(`Case ${record.number}`);
      expect(text(el, 'status-value')).to.equal('In progress');
      expect(text(el, 'stage-value')).to.equal('First instance');
      expect(text(el, 'court-value')).to.equal(SEED.courts.find((c) => c.id === record.courtId)!.name.en);
      expect(text(el, 'number-value')).to.equal(record.number);

      // The next hearing in the court's zone (10:30 in Hebron), Gregorian, Latin digits.
      const hearing = record.nextHearing!;
      const date = part(el, 'hearing-date')!;
      expect(date.getAttribute('datetime')).to.equal(hearing.startsAt);
      expect(date.textContent).to.equal(hearingText(hearing.startsAt, 'en', 'Asia/Hebron', 'gregory', 'latn'));
      expect(date.textContent).to.contain('November 26, 2026').and.contain('10:30');
      expect(text(el, 'hearing-kind')).to.equal('Pleadings');

      // The timeline: an ordered list, every step in the server's order, with its localized name.
      const items = parts(el, 'timeline-item');
      expect(part(el, 'timeline')!.localName).to.equal('ol');
      expect(items.map((li) => li.querySelector('time')!.getAttribute('datetime'))).to.deep.equal(timeline.map((e) => e.at));
      expect(items[0]!.querySelector('[part~=timeline-type]')!.textContent).to.equal('Claim filed');

      // Documents: each title as the court wrote it, each with a named download button.
      const rows = parts(el, 'document');
      expect(rows.map((row) => row.querySelector('[part~=document-title]')!.textContent)).to.deep.equal(documents.map((d) => d.title));
      const buttons = parts(el, 'download');
      expect(buttons.map((b) => b.getAttribute('aria-label'))).to.deep.equal(documents.map((d) => `Download “${d.title}” as PDF`));
      // No judicial act in this case: no acts section.
      expect(part(el, 'acts-section')).to.equal(null);
    });

    it('counts the appeal deadline down in court-local days (derived from the served act and the clock)', async () => {
      const el = await caseStatus('cas_ps_003');
      const { record, documents } = await serverView('cas_ps_003');
      const act = documents.find((d) => d.act?.appealDeadline)!;
      const deadline = act.act!.appealDeadline!;
      const today = localDate(env.sandbox.clock.now(), record.timeZone);
      const days = (Date.parse(deadline) - Date.parse(today)) / 86_400_000;
      expect(days).to.be.greaterThan(1);

      const countdown = part(el, 'countdown')!;
      expect(countdown.getAttribute('part')).to.contain('countdown-open');
      expect(countdown.textContent).to.equal(`${days} days left to appeal`);
      const deadlineText = new Intl.DateTimeFormat('en', { timeZone: 'UTC', dateStyle: 'long' }).format(new Date(`${deadline}T12:00:00Z`));
      expect(text(el, 'act-deadline')).to.equal(`Appeal deadline: ${deadlineText}`);
      expect(text(el, 'act-type')).to.equal('Judgment');
      expect(el.controller.acts[0]!.countdown.daysLeft).to.equal(days);
    });

    it('says "last day" on the deadline and "in legal force" once the court says so', async () => {
      const { record, documents } = await serverView('cas_ps_003');
      const deadline = documents.find((d) => d.act?.appealDeadline)!.act!.appealDeadline!;
      // 10:00 on the deadline day, court time (Hebron is UTC+2 in November).
      env.sandbox.clock.set(`${deadline}T08:00:00Z`);
      expect(localDate(env.sandbox.clock.now(), record.timeZone)).to.equal(deadline);
      const lastDay = await caseStatus('cas_ps_003');
      expect(text(lastDay, 'countdown')).to.equal('Today is the last day to appeal');

      const inForce = await caseStatus('cas_ps_004');
      expect(part(inForce, 'countdown')!.getAttribute('part')).to.contain('countdown-in_legal_force');
      expect(text(inForce, 'countdown')).to.equal('In legal force');
    });

    it('says an appealed act is appealed, an unserved one has no deadline yet', async () => {
      const appealed = await caseStatus('cas_ps_006');
      expect(text(appealed, 'countdown')).to.equal('Appealed');
      const unserved = await caseStatus('cas_ps_005');
      expect(text(unserved, 'countdown')).to.equal('Not served yet: the appeal period starts once it is served');
      expect(part(unserved, 'act-deadline')).to.equal(null);
    });

    it('speaks Arabic under lang=ar dir=rtl: Gregorian for Palestine, Arabic-Indic digits, plural from the count', async () => {
      const el = await caseStatus('cas_ps_003', { lang: 'ar', dir: 'rtl' });
      expect(el.dir).to.equal('rtl');
      expect(text(el, 'status-value')).to.equal('صدر فيها حكم');
      expect(text(el, 'stage-value')).to.equal('الدرجة الأولى');
      const { record, documents } = await serverView('cas_ps_003');
      const deadline = documents.find((d) => d.act?.appealDeadline)!.act!.appealDeadline!;
      const days = (Date.parse(deadline) - Date.parse(localDate(env.sandbox.clock.now(), record.timeZone))) / 86_400_000;
      const count = new Intl.NumberFormat('ar', { numberingSystem: 'arab' }).format(days);
      const countdown = text(el, 'countdown')!;
      expect(countdown).to.contain(count).and.not.match(LATIN_DIGIT);
      // Arabic has six plural forms; 11–99 take the "many" form (يومًا).
      if (new Intl.PluralRules('ar').select(days) === 'many') expect(countdown).to.equal(`بقي ${count} يومًا للطعن`);

      const hearingCase = await caseStatus('cas_ps_001', { lang: 'ar', dir: 'rtl' });
      const hearing = (await serverView('cas_ps_001')).record.nextHearing!;
      const date = text(hearingCase, 'hearing-date')!;
      expect(date).to.equal(hearingText(hearing.startsAt, 'ar', 'Asia/Hebron', 'gregory', 'arab'));
      expect(date).to.match(ARABIC_INDIC).and.contain('٢٠٢٦').and.not.match(LATIN_DIGIT);
      expect(text(hearingCase, 'hearing-kind')).to.equal('جلسة مرافعة');
    });

    it('uses the Umm al-Qura calendar for ar-SA', async () => {
      const el = await caseStatus('cas_sa_001', { lang: 'ar-SA', dir: 'rtl' });
      const hearing = (await serverView('cas_sa_001')).record.nextHearing!;
      const date = text(el, 'hearing-date')!;
      expect(date).to.equal(hearingText(hearing.startsAt, 'ar-SA', 'Asia/Riyadh', 'islamic-umalqura', 'arab'));
      expect(date).to.contain('١٤٤٨').and.contain('جمادى').and.not.match(LATIN_DIGIT);
    });

    it('speaks Persian with the Solar Hijri calendar and Persian digits (fa)', async () => {
      const el = await caseStatus('cas_ir_001', { lang: 'fa', dir: 'rtl' });
      const hearing = (await serverView('cas_ir_001')).record.nextHearing!;
      const date = text(el, 'hearing-date')!;
      expect(date).to.equal(hearingText(hearing.startsAt, 'fa', 'Asia/Tehran', 'persian', 'arabext'));
      // 26 November 2026, 10:30 in Tehran = 5 Azar 1405.
      expect(date).to.contain('۱۴۰۵').and.contain('آذر').and.contain('۱۰:۳۰').and.match(PERSIAN_DIGIT).and.not.match(LATIN_DIGIT);
      expect(text(el, 'status-value')).to.equal('در حال رسیدگی');
      expect(text(el, 'timeline-type')).to.equal('دادخواست تقدیم شد');
    });

    it('speaks Russian and Kazakh', async () => {
      const ru = await caseStatus('cas_kz_003', { lang: 'ru' });
      expect(text(ru, 'status-value')).to.equal('Вынесено решение');
      expect(text(ru, 'countdown')).to.match(/^До конца срока обжалования (остался|осталось) \d+ (день|дня|дней)$/);
      const kk = await caseStatus('cas_kz_001', { lang: 'kk' });
      expect(text(kk, 'status-value')).to.equal('Қаралуда');
      expect(kk.shadowRoot!.querySelector('#next-hearing-title')!.textContent).to.equal('Келесі отырыс');
    });

    it('shows an empty timeline and document list with their own text (or the slotted one)', async () => {
      const el = await caseStatus('cas_ps_007');
      for (const [id] of env.sandbox.store.caseDocuments) if (id.startsWith('doc_ps_007_')) env.sandbox.store.caseDocuments.delete(id);
      for (const [id] of env.sandbox.store.timeline) if (id.startsWith('tle_ps_007_')) env.sandbox.store.timeline.delete(id);
      el.controller.refresh(['documents', 'timeline']);
      await waitUntil(() => el.controller.documents.status === 'empty' && el.controller.timeline.status === 'empty', 'sections not empty');
      await el.updateComplete;
      expect(el.matches(':state(ready)')).to.equal(true);
      const empties = parts(el, 'section-empty').map((p) => p.textContent!.trim());
      expect(empties).to.include.members(['No hearing is scheduled.', 'Nothing has happened in this case yet.', 'This case has no documents yet.']);
      const slot = el.shadowRoot!.querySelector<HTMLSlotElement>('slot[name=documents-empty]')!;
      expect(slot).to.exist;
    });

    it('is :state(empty) without a case-id, with a replaceable text', async () => {
      const el = await fixture<AdalatCaseStatus>(html`<adalat-case-status .client=${env.client}>
        <span slot="empty">Pick one of your cases.</span>
      </adalat-case-status>`);
      await el.updateComplete;
      expect(el.matches(':state(empty)')).to.equal(true);
      expect(part(el, 'empty')!.querySelector('slot')!.assignedElements()[0]!.textContent).to.equal('Pick one of your cases.');
    });

    it('renders server text as text: a hostile reason stays inert', async () => {
      const hostile = '<img src=x onerror="window.__adalatPwned=1"><b>bold</b>';
      const el = await caseStatus('cas_ps_001', { operations: [...CASE_READ_OPERATIONS, 'cases.requestPostponement'], person: 'per_ps_001' });
      await openForm(el);
      await submitReason(el, hostile);
      await waitUntil(() => parts(el, 'timeline-detail').some((d) => d.textContent!.includes(hostile)), 'reason not in the timeline');
      expect(el.shadowRoot!.querySelector('img')).to.equal(null);
      expect(el.shadowRoot!.querySelector('b')).to.equal(null);
      expect((window as { __adalatPwned?: number }).__adalatPwned).to.equal(undefined);
    });
  });

  describe('errors', () => {
    it('shows the permission error when the session is scoped to another case', async () => {
      const el = await caseStatus('cas_ps_002', { scopedTo: 'cas_ps_001' });
      expect(el.matches(':state(error)')).to.equal(true);
      expect(el.controller.errorKind).to.equal('permission');
      expect(part(el, 'error')!.getAttribute('part')).to.contain('error-permission');
      expect(text(el, 'error-message')).to.equal('This page is not allowed to show this case.');
      expect(part(el, 'retry')).to.equal(null);
      expect(part(el, 'case')).to.equal(null);
    });

    it('shows the expired-session error when the session expired and the provider cannot renew it', async () => {
      const session = await createWidgetSession(env, { jurisdiction: 'PS', cases: ['cas_ps_001'], ttlSeconds: 60 });
      const asked: boolean[] = [];
      const client = widgetClient(env, 'PS', ({ expired }) => {
        asked.push(expired);
        return session.clientSecret;
      });
      env.sandbox.clock.set(new Date(Date.parse(session.expiresAt) + 1000));
      const errors: unknown[] = [];
      const el = await fixture<AdalatCaseStatus>(html`<adalat-case-status
        case-id="cas_ps_001"
        .client=${client}
        .now=${sandboxNow}
        @adalat-error=${(e: CustomEvent) => errors.push(e.detail)}
      ></adalat-case-status>`);
      await settled(el);
      expect(el.matches(':state(error)')).to.equal(true);
      expect(el.controller.errorKind).to.equal('expired');
      expect(text(el, 'error-message')).to.equal('The session has expired. Reload the page to continue.');
      // The SDK asked the provider for a new secret once it saw the expiry.
      expect(asked).to.include(true);
      expect(errors).to.have.length(1);
      expect((errors[0] as { action: string }).action).to.equal('load');
    });

    it('shows a server error with a retry button that recovers', async () => {
      const { client } = await widgetSessionClient(env, { jurisdiction: 'PS', cases: ['cas_ps_001'] });
      // Every read under the case fails once: the case, hearings, documents, timeline, requests.
      env.sandbox.faults.failNext({ status: 500, path: '/v1/cases/cas_ps_001', count: 5 });
      const el = await fixture<AdalatCaseStatus>(html`<adalat-case-status case-id="cas_ps_001" .client=${client} .now=${sandboxNow}></adalat-case-status>`);
      await settled(el);
      expect(el.matches(':state(error)')).to.equal(true);
      expect(el.controller.errorKind).to.equal('retryable');
      expect(text(el, 'error-message')).to.equal('The court service had a problem. Try again.');
      await waitUntil(() => env.sandbox.faults.pending().failNext.length === 0, 'not every read failed');

      part(el, 'retry')!.click();
      await settled(el);
      expect(el.matches(':state(ready)')).to.equal(true);
      expect(part(el, 'error')).to.equal(null);
      expect(text(el, 'status-value')).to.equal('In progress');
      expect(parts(el, 'document').length).to.be.greaterThan(0);
    });

    it('keeps the case when one section fails, and retries only that section', async () => {
      const { client } = await widgetSessionClient(env, { jurisdiction: 'PS', cases: ['cas_ps_001'] });
      env.sandbox.faults.failNext({ status: 503, path: '/v1/cases/cas_ps_001/documents' });
      const el = await fixture<AdalatCaseStatus>(html`<adalat-case-status case-id="cas_ps_001" .client=${client} .now=${sandboxNow}></adalat-case-status>`);
      await settled(el);
      expect(el.matches(':state(ready)')).to.equal(true);
      const section = part(el, 'documents-section')!;
      expect(section.querySelector('[part~=section-error]')!.textContent).to.contain('This part could not be loaded.');
      expect(parts(el, 'timeline-item').length).to.be.greaterThan(0);

      section.querySelector<HTMLButtonElement>('[part~=section-retry]')!.click();
      await waitUntil(() => el.controller.documents.status === 'ready', 'documents not reloaded');
      await el.updateComplete;
      expect(parts(el, 'document').length).to.equal([...env.sandbox.store.caseDocuments.values()].filter((d) => d.caseId === 'cas_ps_001').length);
    });

    it('says the case was not found, without a retry', async () => {
      // A server-side credential (allowed in this test page only) reads any case of its jurisdiction.
      const el = await fixture<AdalatCaseStatus>(html`<adalat-case-status
        case-id="cas_ps_999"
        .client=${ministryServer(env, 'PS')}
        .now=${sandboxNow}
      ></adalat-case-status>`);
      await settled(el);
      expect(el.controller.errorKind).to.equal('not_found');
      expect(text(el, 'error-message')).to.equal('No case was found with this reference.');
      expect(part(el, 'retry')).to.equal(null);

      // A malformed id is refused before anything is sent, and reads the same.
      el.caseId = 'not a case id!';
      await el.updateComplete;
      await settled(el);
      expect(el.controller.errorKind).to.equal('not_found');
      expect(text(el, 'error-message')).to.equal('No case was found with this reference.');
    });

    it('shows a clear error without a client', async () => {
      const el = await fixture<AdalatCaseStatus>(html`<adalat-case-status case-id="cas_ps_001"></adalat-case-status>`);
      await el.updateComplete;
      expect(el.matches(':state(error)')).to.equal(true);
      expect(text(el, 'error-message')).to.contain('<adalat-provider>');
    });
  });

  describe('download', () => {
    it('fetches the PDF and hands it to the browser through an object URL it revokes', async () => {
      const el = await caseStatus('cas_ps_001');
      const created: Array<{ url: string; blob: Blob }> = [];
      const revoked: string[] = [];
      const { createObjectURL, revokeObjectURL } = URL;
      URL.createObjectURL = (blob: Blob | MediaSource) => {
        const url = createObjectURL(blob);
        created.push({ url, blob: blob as Blob });
        return url;
      };
      URL.revokeObjectURL = (url: string) => {
        revoked.push(url);
        revokeObjectURL(url);
      };
      try {
        const document = (await serverView('cas_ps_001')).documents[0]!;
        const button = parts(el, 'download')[0]!;
        button.click();
        await waitUntil(() => revoked.length === 1, 'object URL not revoked', { timeout: 4000 });
        expect(created).to.have.length(1);
        const { blob, url } = created[0]!;
        expect(revoked).to.deep.equal([url]);
        expect(blob.type).to.equal('application/pdf');
        expect(blob.size).to.equal(document.sizeBytes);
        expect(new TextDecoder().decode(await blob.slice(0, 5).arrayBuffer())).to.equal('%PDF-');
        await el.updateComplete;
        expect(text(el, 'status')).to.equal(`“${document.title}” was downloaded.`);
        // Nothing of the file stays in the page.
        expect(el.shadowRoot!.innerHTML).not.to.contain('blob:');
        expect(globalThis.document.body.innerHTML).not.to.contain('blob:');
      } finally {
        URL.createObjectURL = createObjectURL;
        URL.revokeObjectURL = revokeObjectURL;
      }
    });
  });

  describe('postponement', () => {
    const WITH_POSTPONEMENT = [...CASE_READ_OPERATIONS, 'cases.requestPostponement'];
    const requestsOf = (caseId: string) => [...env.sandbox.store.postponementRequests.values()].filter((r) => r.caseId === caseId);

    it('sends a request with the scope: the form, the event, the pending note and the announcement', async () => {
      const el = await caseStatus('cas_ps_001', { operations: WITH_POSTPONEMENT, person: 'per_ps_001' });
      expect(el.controller.canRequestPostponement).to.equal(true);
      const toggle = part(el, 'postponement-toggle')!;
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      await openForm(el);
      // Focus moved into the form; the reason field has a visible label.
      expect(el.shadowRoot!.activeElement).to.equal(part(el, 'reason'));
      expect(el.shadowRoot!.querySelector('label[for=reason]')!.textContent).to.equal('Reason for the request');
      expect(part(el, 'party-select')).to.equal(null);

      const requested = oneEvent(el, 'adalat-postponement-requested');
      await submitReason(el, 'Counsel is ill and cannot attend.');
      const event = await requested;
      expect(event.detail.reason).to.equal('Counsel is ill and cannot attend.');
      expect(event.composed).to.equal(true);

      const stored = requestsOf('cas_ps_001');
      expect(stored).to.have.length(1);
      expect(stored[0]!.status).to.equal('pending');
      expect(stored[0]!.partyId).to.equal('pty_ps_001_1');
      await el.updateComplete;
      expect(text(el, 'postponement-status')).to.equal('The postponement request was sent. The court will decide on it.');
      expect(part(el, 'postponement-status')!.getAttribute('role')).to.equal('status');
      expect(text(el, 'postponement-pending')).to.contain('is waiting for the court’s decision');
      expect(part(el, 'postponement-toggle')).to.equal(null);
      await waitUntil(() => el.controller.postponements.value?.some((r) => r.id === stored[0]!.id), 'requests not reloaded');
    });

    it('sends exactly one request on a double click', async () => {
      const el = await caseStatus('cas_ps_001', { operations: WITH_POSTPONEMENT, person: 'per_ps_001' });
      await openForm(el);
      part(el, 'reason')!.focus();
      await sendKeys({ type: 'Witness unavailable' });
      const submit = part(el, 'submit')!;
      submit.click();
      submit.click();
      await waitUntil(() => el.controller.postponement.status === 'sent', 'request not sent');
      expect(requestsOf('cas_ps_001')).to.have.length(1);
    });

    it('checks the reason before sending: too short sends nothing', async () => {
      const el = await caseStatus('cas_ps_001', { operations: WITH_POSTPONEMENT, person: 'per_ps_001' });
      await openForm(el);
      await submitReason(el, '  ab ');
      expect(text(el, 'field-error')).to.equal('Write at least 3 characters.');
      expect(part(el, 'reason')!.getAttribute('aria-invalid')).to.equal('true');
      expect(part(el, 'reason')!.getAttribute('aria-describedby')).to.contain('reason-error');
      expect(requestsOf('cas_ps_001')).to.have.length(0);
    });

    it('asks which party when the session may act for several', async () => {
      const el = await caseStatus('cas_ps_001', { operations: WITH_POSTPONEMENT });
      await openForm(el);
      const select = part(el, 'party-select') as HTMLSelectElement;
      expect([...select.options].map((o) => o.textContent!.trim()).slice(1)).to.have.length(2);
      await submitReason(el, 'Documents are still being translated.');
      expect(text(el, 'field-error')).to.equal('Choose the party you act for.');
      expect(requestsOf('cas_ps_001')).to.have.length(0);

      select.value = 'pty_ps_001_2';
      await submitReason(el, 'Documents are still being translated.');
      await waitUntil(() => requestsOf('cas_ps_001').length === 1, 'request not stored');
      expect(requestsOf('cas_ps_001')[0]!.partyId).to.equal('pty_ps_001_2');
    });

    it('offers no action without the operation in the session’s scope', async () => {
      const el = await caseStatus('cas_ps_001');
      expect(el.controller.canRequestPostponement).to.equal(false);
      expect(part(el, 'postponement-toggle')).to.equal(null);
      expect(part(el, 'postponement-section')).to.equal(null);
    });

    it('offers no action to a credential that is not a widget session (it cannot tell who is a party)', async () => {
      const el = await fixture<AdalatCaseStatus>(html`<adalat-case-status
        case-id="cas_ps_001"
        .client=${ministryServer(env, 'PS')}
        .now=${sandboxNow}
      ></adalat-case-status>`);
      await settled(el);
      expect(el.matches(':state(ready)')).to.equal(true);
      expect(el.controller.session.value).to.equal(null);
      expect(el.controller.upcomingHearing).not.to.equal(null);
      expect(el.controller.canRequestPostponement).to.equal(false);
      expect(part(el, 'postponement-toggle')).to.equal(null);
    });

    it('shows the pending request instead of the action when one waits', async () => {
      const el = await caseStatus('cas_ps_006', { operations: WITH_POSTPONEMENT, person: 'per_ps_008' });
      expect(el.controller.pendingPostponement?.id).to.equal('ppr_ps_006_1');
      expect(part(el, 'postponement-pending')).to.exist;
      expect(part(el, 'postponement-toggle')).to.equal(null);
    });

    it('announces the server’s refusal in the live region', async () => {
      const el = await caseStatus('cas_ps_001', { operations: WITH_POSTPONEMENT, person: 'per_ps_001' });
      await openForm(el);
      // Someone else asked in the meantime: the server answers 409.
      const other = await widgetSessionClient(env, { jurisdiction: 'PS', cases: ['cas_ps_001'], operations: WITH_POSTPONEMENT, person: 'per_ps_001' });
      await other.client.cases.requestPostponement({ caseId: 'cas_ps_001', hearingId: el.controller.upcomingHearing!.id, reason: 'Asked elsewhere first.' });
      const errors: CustomEvent[] = [];
      el.addEventListener('adalat-error', (e) => errors.push(e));
      await submitReason(el, 'A second request.');
      await waitUntil(() => el.controller.postponement.status === 'failed', 'request did not fail');
      await el.updateComplete;
      expect(text(el, 'postponement-status')).to.equal(
        'The request was not sent. A request to postpone this hearing is already waiting for a decision.',
      );
      expect(errors.map((e) => e.detail.action)).to.deep.equal(['requestPostponement']);
      // The request that beat it is read back and shown instead of the form.
      await waitUntil(() => part(el, 'postponement-pending') !== null, 'pending request not shown');
      expect(part(el, 'postponement-form')).to.equal(null);
    });
  });

  describe('the appeal countdown on a page left open', () => {
    // The 24th of November begins in Hebron (UTC+2 in November) at 22:00 UTC on the 23rd.
    const MIDNIGHT = Date.parse('2026-11-23T22:00:00Z');
    const daysLeft = (today: string, deadline: string) => `${(Date.parse(deadline) - Date.parse(today)) / 86_400_000} days left to appeal`;
    const deadlineOf = async (caseId: string) => (await serverView(caseId)).documents.find((d) => d.act?.appealDeadline)!.act!.appealDeadline!;

    it('counts one day less once court-local midnight passes, without a reload', async () => {
      expect([localDate(new Date(MIDNIGHT - 1), 'Asia/Hebron'), localDate(new Date(MIDNIGHT), 'Asia/Hebron')]).to.deep.equal(['2026-11-23', '2026-11-24']);
      const deadline = await deadlineOf('cas_ps_003');
      const clock = clockFrom(MIDNIGHT - 300);
      const el = await caseStatus('cas_ps_003', { now: clock.now });
      expect(text(el, 'countdown')).to.equal(daysLeft('2026-11-23', deadline));
      clock.run();
      await waitUntil(() => text(el, 'countdown') === daysLeft('2026-11-24', deadline), 'the countdown did not move at midnight', { timeout: 5000 });
      expect(clock.now().getTime()).to.be.at.least(MIDNIGHT);
    });

    it('stops its timer while disconnected and shows the new day on coming back', async () => {
      const deadline = await deadlineOf('cas_ps_003');
      const clock = clockFrom(MIDNIGHT - 300);
      const el = await caseStatus('cas_ps_003', { now: clock.now });
      const parent = el.parentElement!;
      el.remove();
      clock.run();
      // Past midnight and past the timer's shortest wait: a timer left running would have re-rendered by now.
      await new Promise((resolve) => setTimeout(resolve, 1500));
      expect(clock.now().getTime()).to.be.greaterThan(MIDNIGHT);
      expect(text(el, 'countdown')).to.equal(daysLeft('2026-11-23', deadline));
      parent.append(el);
      await waitUntil(() => text(el, 'countdown') === daysLeft('2026-11-24', deadline), 'the new day not shown after reconnecting', { timeout: 5000 });
    });
  });

  describe('one case, many elements', () => {
    it('ten elements for one case under one provider make one GET of the case, its hearings, documents and timeline', async () => {
      const session = await createWidgetSession(env, { jurisdiction: 'PS', cases: ['cas_ps_001'] });
      performance.setResourceTimingBufferSize(2000);
      performance.clearResourceTimings();
      const provider = await fixture<AdalatProvider>(html`<adalat-provider
        base-url=${location.origin}
        publishable-key=${ministryOf(env, 'PS').publishableKey}
        .clientSecret=${session.clientSecret}
      >
        ${Array.from({ length: 10 }, () => html`<adalat-case-status case-id="cas_ps_001" .now=${sandboxNow}></adalat-case-status>`)}
      </adalat-provider>`);
      const elements = [...provider.querySelectorAll('adalat-case-status')];
      expect(elements).to.have.length(10);
      await Promise.all(elements.map(settled));
      expect(elements.every((el) => el.matches(':state(ready)'))).to.equal(true);
      const paths = performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
      const reads = ['', '/hearings', '/documents', '/timeline'].map((suffix) => `/v1/cases/cas_ps_001${suffix}`);
      const counts = Object.fromEntries(reads.map((path) => [path, paths.filter((p) => p === path).length]));
      expect(counts).to.deep.equal(Object.fromEntries(reads.map((path) => [path, 1])));
    });
  });

  describe('live updates', () => {
    it('shows a change the court makes without a reload', async () => {
      const el = await caseStatus('cas_ps_001');
      const before = el.controller.nextHearing!.startsAt;
      await waitUntil(() => el.controller.liveMode === 'stream', 'live stream not connected', { timeout: 5000 });
      const response = await fetch('/__sandbox/cases/cas_ps_001/touch', { method: 'POST', body: '{"change":"hearing"}', headers: { 'content-type': 'application/json' } });
      expect(response.status).to.equal(200);
      await waitUntil(() => el.controller.nextHearing?.startsAt !== before, 'moved hearing not shown', { timeout: 5000 });
      await el.updateComplete;
      const moved = el.controller.nextHearing!;
      expect(part(el, 'hearing-date')!.getAttribute('datetime')).to.equal(moved.startsAt);
      expect(text(el, 'hearing-moved')).to.contain('Moved from');
      // case.updated follows hearing.changed: the timeline arrives with it.
      await waitUntil(() => parts(el, 'timeline-type').some((t) => t.textContent === 'Hearing postponed'), 'timeline not updated', { timeout: 5000 });
      // Steps keep the dates they concerned: "scheduled" shows the first date, "postponed" no stale one.
      const medium = (instant: string) => new Intl.DateTimeFormat('en', { timeZone: 'Asia/Hebron', dateStyle: 'medium' }).format(new Date(instant));
      const detailOf = (type: string) =>
        parts(el, 'timeline-item')
          .filter((li) => li.querySelector('[part~=timeline-type]')!.textContent === type)
          .map((li) => li.querySelector('[part~=timeline-detail]')?.textContent ?? '');
      expect(detailOf('Hearing scheduled').at(-1)).to.equal(`Pleadings · ${medium(before)}`);
      const postponed = [...env.sandbox.store.timeline.values()].filter((e) => e.caseId === 'cas_ps_001' && e.type === 'hearing_postponed').at(-1)!;
      expect(detailOf('Hearing postponed').at(-1)).to.equal(['Pleadings', postponed.note].filter(Boolean).join(' · '));
    });
  });

  describe('accessibility', () => {
    it('passes axe in LTR (en) with acts, timeline, documents and the open form', async () => {
      const el = await caseStatus('cas_ps_001', { operations: [...CASE_READ_OPERATIONS, 'cases.requestPostponement'] });
      await openForm(el);
      await expect(el.parentElement).to.be.accessible();
      const acts = await caseStatus('cas_ps_003');
      await expect(acts.parentElement).to.be.accessible();
    });

    it('passes axe in RTL (ar), and in its error state', async () => {
      const el = await caseStatus('cas_ps_003', { lang: 'ar', dir: 'rtl' });
      await expect(el.parentElement).to.be.accessible();
      const denied = await caseStatus('cas_ps_002', { lang: 'ar', dir: 'rtl', scopedTo: 'cas_ps_001' });
      expect(denied.matches(':state(error)')).to.equal(true);
      expect(text(denied, 'error-message')).to.equal('لا يُسمح لهذه الصفحة بعرض هذه الدعوى.');
      await expect(denied.parentElement).to.be.accessible();
    });

    it('is :state(loading) with aria-busy and a polite status while the case loads', async () => {
      env.sandbox.faults.setLatency(300);
      const { client } = await widgetSessionClient(env, { jurisdiction: 'PS', cases: ['cas_ps_001'] });
      const el = await fixture<AdalatCaseStatus>(html`<adalat-case-status case-id="cas_ps_001" .client=${client} .now=${sandboxNow}></adalat-case-status>`);
      expect(el.matches(':state(loading)')).to.equal(true);
      expect(text(el, 'status')).to.equal('Loading the case…');
      await settled(el);
      expect(el.matches(':state(ready)')).to.equal(true);
    });
  });
});

async function openForm(el: AdalatCaseStatus): Promise<void> {
  part(el, 'postponement-toggle')!.click();
  await waitUntil(() => part(el, 'postponement-form') !== null, 'form not opened');
  await el.updateComplete;
}

/** Types `reason` into the form and submits it; waits until the request (or the check) is done. */
async function submitReason(el: AdalatCaseStatus, reason: string): Promise<void> {
  const textarea = part(el, 'reason') as HTMLTextAreaElement;
  textarea.value = reason;
  textarea.dispatchEvent(new Event('input', { bubbles: true }));
  part(el, 'submit')!.click();
  await waitUntil(() => el.controller.postponement.status !== 'sending', 'request still sending');
  await el.updateComplete;
}
