import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { nothing } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import type { AdalatClient } from '@adalat/sdk';
import { SAMPLE_FILES } from '@adalat/mock-backend';
import '../define/filing-form.ts';
import type { AdalatFilingForm } from './filing-form.ts';
import { fieldsOf, FilingFormController, parseAmount } from './filing-form.controller.ts';
import { msg } from '../i18n/msg.ts';
import { useTestSandbox } from '../test-support/sandbox.ts';
import { ministryOf, ministryServer } from '../test-support/widget-session.ts';
import { confirmAtBank, PAYMENT_OPERATIONS } from '../test-support/payments.ts';
import { AdalatClient as Client, uploadDocument } from '@adalat/sdk';
import { part } from '../test-support/parts.ts';

/** Everything the form (and the fee payment it embeds) may call. */
const FILING_OPERATIONS = [
  'filings.create',
  'filings.get',
  'filings.update',
  'filings.check',
  'filings.quoteFee',
  'filings.submit',
  'documents.createUpload',
  'documents.getUpload',
  'documents.putChunk',
  'documents.completeUpload',
  'documents.get',
  'documents.delete',
  'events.stream',
  ...PAYMENT_OPERATIONS,
];

// The form keeps its draft’s id in sessionStorage: each test starts without one.
const env = useTestSandbox({}, { afterEach: () => sessionStorage.clear() });

async function widgetClient(filings: string[] = []): Promise<AdalatClient> {
  const session = await ministryServer(env, 'PS').widgetSessions.create({ subjects: { filings }, operations: FILING_OPERATIONS });
  return new Client({ baseUrl: location.origin, auth: { publishableKey: ministryOf(env, 'PS').publishableKey, clientSecret: () => session.clientSecret }, retry: false });
}

async function form(client: AdalatClient | undefined, attrs: { storageKey?: string; lang?: string; filingId?: string; pollInterval?: number } = {}): Promise<AdalatFilingForm> {
  const el = await fixture<AdalatFilingForm>(html`<div lang=${attrs.lang ?? 'en'}>
    <adalat-filing-form kind="claim" jurisdiction="PS" storage-key=${attrs.storageKey ?? crypto.randomUUID()} poll-interval=${attrs.pollInterval ?? 100} filing-id=${attrs.filingId ?? nothing} .client=${client}></adalat-filing-form>
  </div>`).then((wrapper) => wrapper.querySelector('adalat-filing-form')!);
  await waitUntil(() => el.hasStatus('ready') || el.hasStatus('error'), 'the form settles', { timeout: 5000 });
  await el.updateComplete;
  return el;
}


/** The element that has focus, through shadow roots. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Presses Tab until `matches` holds for the focused element. */
async function tabTo(matches: (el: Element) => boolean, what: string, limit = 60): Promise<Element> {
  for (let i = 0; i < limit; i++) {
    const active = deepActive();
    if (active !== null && matches(active)) return active;
    await sendKeys({ press: 'Tab' });
  }
  throw new Error(`Tab never reached ${what}`);
}

const byId = (id: string) => (el: Element) => el.id === id;
const byPart = (name: string) => (el: Element) => (el.getAttribute('part') ?? '').split(' ').includes(name);

/** Arrows through a focused select until it shows `value`. */
async function arrowTo(select: HTMLSelectElement, value: string): Promise<void> {
  for (let i = 0; i < 80 && select.value !== value; i++) await sendKeys({ press: 'ArrowDown' });
  expect(select.value).to.equal(value);
}

async function typeInto(id: string, text: string): Promise<void> {
  await tabTo(byId(id), id);
  await sendKeys({ type: text });
}

function chooseFile(el: AdalatFilingForm, sample: { name: string; bytes: Uint8Array }): void {
  const input = el.shadowRoot!.querySelector<HTMLInputElement>('#files')!;
  // The file chooser is the operating system's dialog; choosing in it is what this stands for.
  const transfer = new DataTransfer();
  transfer.items.add(new File([new Uint8Array(sample.bytes)], sample.name));
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

const stored = () => [...env.sandbox.store.filings.filings.values()].filter((f) => f.id.startsWith('fil_0'));


describe('adalat-filing-form', () => {
  it('files a claim from the first field to accepted, by keyboard only', async () => {
    const el = await form(await widgetClient());
    const reviewed = new Promise<CustomEvent>((resolve) => el.addEventListener('adalat-filing-reviewed', (e) => resolve(e as CustomEvent), { once: true }));
    const claimant = env.sandbox.store.people.get('per_ps_001')!;

    // Parties: the ID is checked as it is typed.
    await typeInto('party-0-name', 'Sara Khalil');
    await typeInto('party-0-nid', claimant.nationalId.slice(0, -1) + String((Number(claimant.nationalId.at(-1)) + 1) % 10));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('#party-0-nid')!.getAttribute('aria-invalid')).to.equal('true');
    expect(el.shadowRoot!.querySelector('#party-0-nid-hint')!.textContent).to.contain(msg('en', 'filingForm.idProblem.checksum'));
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ type: claimant.nationalId.at(-1)! });
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('#party-0-nid-hint')!.textContent).to.contain(msg('en', 'filingForm.idValid'));
    await typeInto('party-1-name', 'Omar Haddad');
    await tabTo(byPart('next'), 'next');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => el.controller.step === 'claim' && !el.controller.busy, 'the claim step');
    expect(stored()).to.have.length(1, 'the draft is on the server');

    // Claim: court picker and classifier, amount.
    const picker = el.shadowRoot!.querySelector('adalat-court-picker')!;
    await waitUntil(() => picker.hasStatus('ready'), 'the court picker loads', { timeout: 5000 });
    const court = await tabTo((e) => e.id === 'court', 'the court select');
    await arrowTo(court as HTMLSelectElement, 'crt_ps_ramallah_first_instance');
    await waitUntil(() => picker.shadowRoot!.querySelector<HTMLSelectElement>('#category')!.disabled === false, 'categories load', { timeout: 5000 });
    const category = await tabTo((e) => e.id === 'category', 'the category select');
    await arrowTo(category as HTMLSelectElement, 'civil.contract');
    await typeInto('amount', '12000');
    await tabTo(byPart('next'), 'next');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => el.controller.step === 'documents' && !el.controller.busy, 'the documents step');
    expect(stored()[0]!.claimAmount).to.deep.equal({ amount: 12_000_000, currency: 'JOD' });

    // Documents: the chooser is reachable by keyboard; the lead document uploads with its progress.
    await tabTo(byId('files'), 'the file chooser');
    chooseFile(el, SAMPLE_FILES.petition());
    await waitUntil(() => el.controller.filing?.documents.lead !== null && el.controller.uploads.every((u) => u.status === 'done'), 'the upload', { timeout: 5000 });
    await el.updateComplete;
    expect(part(el, 'legibility')!.textContent).to.contain(msg('en', 'filingForm.legible'));
    await tabTo(byPart('next'), 'next');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => el.controller.step === 'fee' && !el.controller.busy, 'the fee step');

    // Fee: quoted for the draft, paid through the embedded fee payment, confirmed by the bank.
    await tabTo(byPart('quote'), 'the quote button');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => el.shadowRoot!.querySelector('adalat-fee-payment') !== null, 'the fee payment');
    const payment = el.shadowRoot!.querySelector('adalat-fee-payment')!;
    await waitUntil(() => payment.shadowRoot?.querySelector('[part~="pay"]') !== null, 'the pay button', { timeout: 5000 });
    await tabTo(byPart('pay'), 'pay');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => [...env.sandbox.store.payments.values()].some((p) => p.status === 'requires_action'), 'the payment', { timeout: 5000 });
    const created = [...env.sandbox.store.payments.values()][0]!;
    await confirmAtBank(env, await ministryServer(env, 'PS').payments.get({ paymentId: created.id }));
    await waitUntil(() => el.controller.filing?.fee.settled === true, 'the fee is settled', { timeout: 10_000 });

    // Review and submit.
    await el.updateComplete;
    await tabTo(byPart('next'), 'next');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => el.controller.step === 'review' && el.controller.check?.ready === true, 'the check passes', { timeout: 5000 });
    await el.updateComplete;
    await tabTo(byPart('submit'), 'submit');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => el.controller.filing?.status === 'received', 'received');
    await el.updateComplete;
    expect(part(el, 'status')!.textContent).to.contain(msg('en', 'filingForm.status.received'));

    // The court reviews (driven from the test) and the form shows the decision.
    await fetch('/__sandbox/filings/review', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ filingId: el.controller.filing!.id }) });
    const event = await reviewed;
    expect(event.detail.filing.status).to.equal('accepted');
    await el.updateComplete;
    const caseNumber = event.detail.filing.review.caseNumber as string;
    expect(part(el, 'case-number')!.textContent).to.contain(caseNumber);
    await waitUntil(() => part(el, 'branch') !== null, 'the branch name', { timeout: 5000 });
  });

  it('saves the draft on the server and recovers it after a reload', async () => {
    const client = await widgetClient();
    const first = await form(client, { storageKey: 'recovery' });
    first.controller.setParty(0, { name: 'Sara Khalil', nationalId: env.sandbox.store.people.get('per_ps_001')!.nationalId });
    first.controller.setClaim({ summary: 'Unpaid price' });
    await first.controller.goTo('claim');
    const id = first.controller.filing!.id;
    expect(sessionStorage.getItem('adalat-filing-form:recovery')).to.not.contain('Sara', 'only the id is kept in the browser');
    fixtureCleanup();

    const reloaded = await form(client, { storageKey: 'recovery' });
    expect(reloaded.controller.filing!.id).to.equal(id);
    expect(reloaded.controller.step).to.equal('claim');
    expect(reloaded.controller.parties[0]!.name).to.equal('Sara Khalil');
    expect(part(reloaded, 'status')!.textContent).to.contain(msg('en', 'filingForm.restored'));
    expect(reloaded.shadowRoot!.querySelector<HTMLTextAreaElement>('#summary')!.value).to.equal('Unpaid price');
  });

  it('opens a draft the host names, for a session scoped to it', async () => {
    const server = ministryServer(env, 'PS');
    const draft = await server.filings.create({ kind: 'claim', jurisdiction: 'PS', summary: 'From the desk' });
    const el = await form(await widgetClient([draft.id]), { filingId: draft.id });
    expect(el.controller.filing!.id).to.equal(draft.id);
    expect(el.controller.claim.summary).to.equal('From the desk');
  });

  it('hears the court’s decision on the live stream, without waiting for the next poll', async () => {
    // The desk's server prepares a claim to the point of review; the form opens it.
    const server = ministryServer(env, 'PS');
    const draft = await server.filings.create({
      kind: 'claim',
      courtId: 'crt_ps_ramallah_first_instance',
      category: 'civil.contract',
      parties: [{ role: 'claimant', type: 'individual', name: 'Sara', nationalId: env.sandbox.store.people.get('per_ps_001')!.nationalId }],
    });
    const sample = SAMPLE_FILES.petition();
    await uploadDocument(server.documents, { filingId: draft.id, file: new File([new Uint8Array(sample.bytes)], sample.name), role: 'lead' });
    const quoted = await server.filings.quoteFee({ filingId: draft.id });
    await confirmAtBank(env, await server.payments.create({ payable: { kind: 'filing_fee', quoteId: quoted.fee.quoteId! }, payer: { name: 'Sara' } }));
    await server.filings.submit({ filingId: draft.id });

    const el = await form(await widgetClient([draft.id]), { filingId: draft.id, pollInterval: 60_000 });
    expect(el.controller.filing!.status).to.equal('received');
    const streams = async () => ((await (await fetch('/__sandbox/state')).json()) as { counts: { eventStreams: number } }).counts.eventStreams;
    await waitUntil(async () => (await streams()) > 0, 'the live stream opens', { timeout: 5000 });
    await fetch('/__sandbox/filings/review', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ filingId: draft.id }) });
    await waitUntil(() => el.controller.filing!.status === 'accepted', 'the decision arrives by the event', { timeout: 3000 });
    fixtureCleanup();
    await waitUntil(async () => (await streams()) === 0, 'the stream closes with the form', { timeout: 5000 });
  });

  it('opens the named draft when the client and the draft id arrive after it connected', async () => {
    const draft = await ministryServer(env, 'PS').filings.create({ kind: 'claim', jurisdiction: 'PS', summary: 'Late' });
    const el = await fixture<AdalatFilingForm>(html`<adalat-filing-form kind="claim" jurisdiction="PS"></adalat-filing-form>`);
    expect(el.hasStatus('error'), 'no client yet').to.equal(true);
    el.client = await widgetClient([draft.id]);
    el.filingId = draft.id;
    await waitUntil(() => el.controller.filing?.id === draft.id, 'the draft opens', { timeout: 5000 });
    expect(el.controller.claim.summary).to.equal('Late');
  });

  it('an upload cut by a server failure resumes from the same session', async () => {
    const el = await form(await widgetClient());
    el.controller.setParty(0, { name: 'Sara' });
    await el.controller.goTo('documents');
    env.sandbox.faults.failNext({ status: 503, path: '/v1/documents/uploads/upl_' });
    chooseFile(el, SAMPLE_FILES.petition());
    await waitUntil(() => el.controller.uploads[0]?.status === 'interrupted', 'the upload is cut', { timeout: 5000 });
    await el.updateComplete;
    const resume = part<HTMLButtonElement>(el, 'resume')!;
    expect(resume.textContent).to.contain('petition.pdf');
    const uploadId = el.controller.uploads[0]!.uploadId;
    resume.click();
    await waitUntil(() => el.controller.uploads[0]?.status === 'done', 'resumed', { timeout: 5000 });
    expect(el.controller.filing!.documents.lead!.filename).to.equal('petition.pdf');
    expect([...env.sandbox.store.filings.uploads.keys()]).to.deep.equal([uploadId], 'no second upload session');
  });

  it('an upload cut by a reload keeps only its id in storage, refuses another file and resumes with the same one', async () => {
    const client = await widgetClient();
    const first = await form(client, { storageKey: 'upload-reload' });
    first.controller.setParty(0, { name: 'Sara' });
    await first.controller.goTo('documents');
    env.sandbox.faults.failNext({ status: 503, path: '/v1/documents/uploads/upl_' });
    chooseFile(first, SAMPLE_FILES.petition());
    await waitUntil(() => first.controller.uploads[0]?.status === 'interrupted', 'the upload is cut', { timeout: 5000 });
    const uploadId = first.controller.uploads[0]!.uploadId!;
    const remembered = sessionStorage.getItem('adalat-filing-form:upload-reload')!;
    expect(remembered).to.contain(uploadId);
    expect(remembered).to.not.contain('petition', 'no file name is kept in the browser');
    fixtureCleanup();

    const el = await form(client, { storageKey: 'upload-reload' });
    await waitUntil(() => el.controller.uploads.length === 1, 'the upload is listed again', { timeout: 5000 });
    await el.updateComplete;
    const row = el.controller.uploads[0]!;
    expect(row.name).to.equal('petition.pdf', 'the name is read back from the server');
    expect(part(el, 'upload-name')!.textContent).to.equal('petition.pdf');
    const sample = SAMPLE_FILES.petition();
    const chooseAgain = (bytes: Uint8Array, name: string) => {
      const input = el.shadowRoot!.querySelector<HTMLInputElement>(`#again-${row.key}`)!;
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(bytes)], name));
      input.files = transfer.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    };
    const refused = msg('en', 'filingForm.fileMismatch', { name: 'petition.pdf' });
    // Another file of another name.
    chooseAgain(SAMPLE_FILES.blurryScan().bytes, SAMPLE_FILES.blurryScan().name);
    await el.updateComplete;
    expect(part(el, 'upload-status')!.textContent).to.equal(refused);
    // Same name and size, other bytes: the SDK's checksum refuses it.
    const forged = new Uint8Array(sample.bytes);
    forged[forged.length - 2] = forged[forged.length - 2]! ^ 0xff;
    chooseAgain(forged, 'petition.pdf');
    await waitUntil(() => el.controller.uploads[0]?.error !== undefined && el.controller.uploads[0]?.status === 'interrupted', 'refused', { timeout: 5000 });
    await el.updateComplete;
    expect(part(el, 'upload-status')!.textContent).to.equal(refused);
    expect(env.sandbox.store.filings.uploads.get(uploadId)!.received).to.deep.equal([], 'no byte of another file was taken');
    chooseAgain(sample.bytes, 'petition.pdf');
    await waitUntil(() => el.controller.uploads[0]?.status === 'done', 'resumed', { timeout: 5000 });
    expect(el.controller.filing!.documents.lead!.filename).to.equal('petition.pdf');
    expect([...env.sandbox.store.filings.uploads.keys()]).to.deep.equal([uploadId], 'no second upload session');
  });

  it('takes a dropped file and shows its progress in bytes', async () => {
    const el = await form(await widgetClient());
    el.controller.setParty(0, { name: 'Sara' });
    await el.controller.goTo('documents');
    const sample = SAMPLE_FILES.petition();
    // The draft's first upload is upl_000001: its completion fails once, after every byte arrived.
    env.sandbox.faults.failNext({ status: 503, path: '/v1/documents/uploads/upl_000001/complete' });
    const transfer = new DataTransfer();
    transfer.items.add(new File([new Uint8Array(sample.bytes)], sample.name));
    const zone = part(el, 'dropzone')!;
    zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    await el.updateComplete;
    expect(zone.getAttribute('part')).to.contain('dropzone-active');
    zone.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    await waitUntil(() => el.controller.uploads[0]?.status === 'interrupted', 'the dropped file is sent', { timeout: 5000 });
    await el.updateComplete;
    const bar = part<HTMLProgressElement>(el, 'progress')!;
    expect(bar.max).to.equal(sample.bytes.length);
    expect(bar.value).to.equal(sample.bytes.length, 'every byte is with the server');
    expect(bar.getAttribute('aria-label')).to.equal(sample.name);
    expect(part(el, 'upload-status')!.textContent).to.equal(msg('en', 'filingForm.interrupted', { percent: '100%' }));
    part<HTMLButtonElement>(el, 'resume')!.click();
    await waitUntil(() => el.controller.filing?.documents.lead !== null, 'completed', { timeout: 5000 });
    expect(el.controller.filing!.documents.lead!.filename).to.equal(sample.name);
  });

  it('shows why a disguised file and an illegible scan are refused or flagged', async () => {
    const el = await form(await widgetClient());
    el.controller.setParty(0, { name: 'Sara' });
    await el.controller.goTo('documents');
    chooseFile(el, SAMPLE_FILES.petition());
    await waitUntil(() => el.controller.filing?.documents.lead !== null, 'lead', { timeout: 5000 });
    chooseFile(el, SAMPLE_FILES.disguised());
    await waitUntil(() => el.controller.uploads.some((u) => u.status === 'failed'), 'refused', { timeout: 5000 });
    chooseFile(el, SAMPLE_FILES.blurryScan());
    await waitUntil(() => el.controller.filing?.documents.connected.length === 1, 'connected', { timeout: 5000 });
    await el.updateComplete;
    const text = el.shadowRoot!.textContent!;
    expect(text).to.contain(msg('en', 'filingForm.fileProblem.unsupported_file_type'));
    expect(text).to.contain(msg('en', 'filingForm.legibility.low_resolution', { page: 1, dpi: 96, minDpi: 200 }));
  });

  it('lists every problem at once on review, each with a way to its step', async () => {
    const el = await form(await widgetClient());
    el.controller.setParty(0, { name: 'A', nationalId: '123456789' });
    await el.controller.goTo('review');
    await el.updateComplete;
    const problems = [...el.shadowRoot!.querySelectorAll('[part~="problems"] [part~="problem"]')].map((li) => li.textContent!);
    expect(problems.some((p) => p.includes(msg('en', 'filingForm.problem.invalid_national_id')))).to.equal(true);
    expect(problems.some((p) => p.includes(msg('en', 'filingForm.problem.missing_lead_document')))).to.equal(true);
    expect(part(el, 'submit')).to.equal(null, 'nothing to submit yet');
    part<HTMLButtonElement>(el, 'problem-link')!.click();
    await waitUntil(() => el.controller.step === 'parties', 'back to the parties');
  });

  it('shows a load failure with a retry, and works after it', async () => {
    const client = await widgetClient();
    const draft = await form(client, { storageKey: 'retry' });
    draft.controller.setParty(0, { name: 'Sara' });
    await draft.controller.save();
    fixtureCleanup();
    env.sandbox.faults.failNext({ status: 503, path: '/v1/filings' });
    const el = await form(client, { storageKey: 'retry' });
    expect(el.hasStatus('error')).to.equal(true);
    expect(part(el, 'error')!.getAttribute('role')).to.equal('alert');
    part<HTMLButtonElement>(el, 'retry')!.click();
    await waitUntil(() => el.hasStatus('ready'), 'ready after retry', { timeout: 5000 });
    expect(el.controller.parties[0]!.name).to.equal('Sara');
  });

  it('says when the session may not save, in an alert', async () => {
    const el = await form(new Client({ baseUrl: location.origin, auth: { publishableKey: ministryOf(env, 'PS').publishableKey, clientSecret: () => 'ws_000999_secret_nope_nope_nope_nope' }, retry: false }));
    el.controller.setParty(0, { name: 'Sara' });
    await el.controller.save();
    await el.updateComplete;
    expect(part(el, 'error')!.textContent).to.contain(msg('en', 'filingForm.error.expired'));
  });

  it('says there is no client when none is found', async () => {
    const el = await form(undefined);
    expect(el.hasStatus('error')).to.equal(true);
    expect(part(el, 'error-message')!.textContent).to.equal(msg('en', 'error.noClient'));
  });

  it('is accessible in English (LTR) and Arabic (RTL) on each step', async () => {
    for (const lang of ['en', 'ar']) {
      const el = await form(await widgetClient(), { lang });
      expect(el.dir).to.equal(lang === 'ar' ? 'rtl' : 'ltr');
      expect(part(el, 'heading')!.textContent).to.contain(msg(lang, 'filingForm.kind.claim'));
      await expect(el).to.be.accessible();
      el.controller.setParty(0, { name: 'Sara', nationalId: '1' });
      await el.controller.goTo('claim');
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('#summary'), 'the claim step').to.not.equal(null);
      await expect(el).to.be.accessible();
      el.controller.setClaim({ courtId: 'crt_ps_ramallah_first_instance', category: 'civil.contract.sale', amount: '1200' });
      await el.controller.goTo('fee');
      await el.updateComplete;
      expect(el.controller.step).to.equal('fee');
      await expect(el).to.be.accessible();
      await el.controller.goTo('documents');
      await el.updateComplete;
      await expect(el).to.be.accessible();
      await el.controller.goTo('review');
      await el.updateComplete;
      await expect(el).to.be.accessible();
      fixtureCleanup();
    }
  });
});

describe('FilingFormController without the element', () => {
  it('saves, checks and reads a draft for any template', async () => {
    const client = await widgetClient();
    let updates = 0;
    const host = { addController() {}, removeController() {}, requestUpdate: () => void updates++, updateComplete: Promise.resolve(true) };
    const controller = new FilingFormController(host, {
      client: () => client,
      kind: () => 'claim',
      jurisdiction: () => 'PS',
      officeId: () => null,
      filingId: () => null,
      storageKey: () => 'headless',
      pollInterval: () => 100,
    });
    await controller.start();
    controller.setParty(0, { name: 'Sara', nationalId: '123' });
    expect(controller.idProblem(0)).to.equal('length');
    expect(await controller.save()).to.equal(true);
    expect(controller.filing!.parties[0]!.name).to.equal('Sara');
    await controller.runCheck();
    expect(controller.check!.problems.map((p) => p.code)).to.include('invalid_national_id');
    expect(updates).to.be.greaterThan(0);
  });

  it('asks an administrative complaint against a decision for its case and act, as an appeal', async () => {
    const client = await widgetClient();
    const host = { addController() {}, removeController() {}, requestUpdate() {}, updateComplete: Promise.resolve(true) };
    const controller = new FilingFormController(host, {
      client: () => client,
      kind: () => 'administrative_complaint_decision',
      jurisdiction: () => 'PS',
      officeId: () => null,
      filingId: () => null,
      storageKey: () => 'complaint',
      pollInterval: () => 100,
    });
    expect(fieldsOf('administrative_complaint_decision')).to.deep.equal(fieldsOf('appeal'));
    await controller.start();
    controller.setParty(0, { name: 'Sara' });
    await controller.save();
    await controller.runCheck();
    expect(controller.check!.problems.map((p) => `${p.code}@${p.path}`)).to.include('missing_field@appealOf');
    controller.setClaim({ caseId: 'cas_ps_004', actDocumentId: 'doc_ps_004_3' });
    expect(await controller.save()).to.equal(true);
    expect(controller.filing!.appealOf).to.deep.equal({ caseId: 'cas_ps_004', documentId: 'doc_ps_004_3' });
    await controller.runCheck();
    expect(controller.check!.problems.map((p) => `${p.code}@${p.path}`)).to.include('decision_in_legal_force@appealOf.documentId');
  });

  it('sends a national ID typed in Persian digits as the canonical ASCII one', async () => {
    const session = await ministryServer(env, 'PS').widgetSessions.create({ subjects: { filings: [] }, operations: FILING_OPERATIONS });
    const sent: string[] = [];
    const watching: typeof fetch = async (input, init) => {
      const request = new Request(input, init);
      if (request.method === 'POST' && new URL(request.url).pathname === '/v1/filings') sent.push(await request.clone().text());
      return fetch(request);
    };
    const client = new Client({ baseUrl: location.origin, auth: { publishableKey: ministryOf(env, 'PS').publishableKey, clientSecret: () => session.clientSecret }, retry: false, fetch: watching });
    const host = { addController() {}, removeController() {}, requestUpdate() {}, updateComplete: Promise.resolve(true) };
    const controller = new FilingFormController(host, {
      client: () => client,
      kind: () => 'claim',
      jurisdiction: () => 'PS',
      officeId: () => null,
      filingId: () => null,
      storageKey: () => 'persian-id',
      pollInterval: () => 100,
    });
    await controller.start();
    const ascii = env.sandbox.store.people.get('per_ps_001')!.nationalId;
    const persian = [...ascii].map((d) => String.fromCharCode(0x06f0 + Number(d))).join(' ');
    controller.setParty(0, { name: 'Sara', nationalId: persian });
    expect(controller.idProblem(0)).to.equal(null);
    expect(await controller.save()).to.equal(true);
    expect((JSON.parse(sent[0]!) as { parties: Array<{ nationalId?: string }> }).parties[0]!.nationalId).to.equal(ascii);
    expect(controller.filing!.parties[0]!.nationalId).to.equal(ascii);
  });

  it('reads amounts typed in major units without floats, Arabic-Indic digits too', () => {
    expect(parseAmount('12000', 'JOD')).to.equal(12_000_000);
    expect(parseAmount('1500.5', 'SAR')).to.equal(150_050);
    expect(parseAmount('١٢٠٠٫٥', 'SAR')).to.equal(120_050);
    expect(parseAmount('2 500 000 000', 'IRR')).to.equal(2_500_000_000);
    expect(parseAmount('1.5', 'IRR')).to.equal(null);
    expect(parseAmount('12,3456', 'JOD')).to.equal(null);
    expect(parseAmount('abc', 'KZT')).to.equal(null);
  });
});
