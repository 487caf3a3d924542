import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { AdalatClient } from '@adalat/sdk';
import type { FeeQuote } from '@adalat/sdk/contract';
import '../define/fee-payment.ts';
import type { AdalatFeePayment, BankHandoffDetail, PaymentFailedDetail, PaymentSucceededDetail } from './fee-payment.ts';
import { RESUME_KEY_PREFIX } from './resume-store.ts';
import { ministryServer, widgetClient } from '../test-support/widget-session.ts';
import {
  PAYMENT_OPERATIONS,
  PS_CLAIM,
  bankPaymentClient,
  confirmAtBank,
  makeQuote,
  ministryPaymentClient,
  recordingFetch,
  sessionStorageDump,
  storedPayments,
  usePaymentSandbox,
  type WireEntry,
} from '../test-support/payments.ts';
import { part, parts, partTextKeepingNbsp as text } from '../test-support/parts.ts';

const env = usePaymentSandbox();

const PAYER = { name: 'Sara Khalil' };
/** The payment creations that went over the wire: key, status (0: lost) and whether the server replayed. */
const creations = (wire: WireEntry[]) =>
  wire.filter((e) => e.method === 'POST' && e.path === '/v1/payments').map(({ idempotencyKey, status, replayed }) => ({ idempotencyKey, status, replayed }));

/** The money format the locale's reader expects, worked out from Intl here rather than written out. */
function expectedMoney(minor: number, locale: string, numberingSystem: string): string {
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: 'JOD',
    numberingSystem,
    minimumFractionDigits: 3,
    maximumFractionDigits: 3,
  }).format(minor / 1000);
}

/** Waits until nothing is loading or being sent, then for the render of that state. */
async function settled(el: AdalatFeePayment): Promise<void> {
  await waitUntil(
    () => {
      const c = el.controller;
      return c.status !== 'loading' && c.status !== 'idle' && c.phase !== 'paying' && c.phase !== 'resuming' && c.receipt.status !== 'loading';
    },
    'fee payment still busy',
    { timeout: 5000 },
  );
  await el.updateComplete;
}

async function quoteWidget(quote: FeeQuote, client: AdalatClient, wrapperLang = 'en'): Promise<AdalatFeePayment> {
  const wrapper = await fixture(html`<div lang=${wrapperLang}>
    <adalat-fee-payment quote-id=${quote.id} poll-interval="40" .client=${client} .payer=${PAYER}></adalat-fee-payment>
  </div>`);
  const el = wrapper.querySelector('adalat-fee-payment')!;
  await settled(el);
  return el;
}

/** A quote and a ministry widget scoped to it: the usual court-fee page. */
async function payableQuote(lang = 'en', wire?: WireEntry[]): Promise<{ quote: FeeQuote; el: AdalatFeePayment; client: AdalatClient }> {
  const quote = await makeQuote(env);
  const client = await ministryPaymentClient(env, { feeQuotes: [quote.id] }, wire ? { fetch: recordingFetch(wire) } : {});
  return { quote, client, el: await quoteWidget(quote, client, lang) };
}

async function clickPayAndWait(el: AdalatFeePayment): Promise<void> {
  part<HTMLButtonElement>(el, 'pay')!.click();
  await settled(el);
}

describe('<adalat-fee-payment> quote mode', () => {
  it('shows the quote’s lines and total in English money format, and names the amount on the pay button', async () => {
    const { quote, el } = await payableQuote();
    expect(el.matches(':state(ready)')).to.equal(true);
    const table = part(el, 'lines')!;
    expect(table.querySelector('caption')!.textContent!.trim()).to.equal('Court fee');
    expect([...table.querySelectorAll('thead th')].every((th) => th.getAttribute('scope') === 'col')).to.equal(true);
    const rows = parts(el, 'line');
    expect(rows).to.have.length(quote.lines.length);
    expect(rows[0]!.querySelector('[part~=line-reference]')!.textContent).to.equal(quote.lines[0]!.rule);
    expect(rows[0]!.querySelector('[part~=line-amount]')!.textContent).to.equal(expectedMoney(quote.lines[0]!.amount.amount, 'en', 'latn'));
    const total = expectedMoney(quote.total.amount, 'en', 'latn');
    expect(text(el, 'total')).to.equal(total);
    expect(part(el, 'total-label')!.getAttribute('scope')).to.equal('row');
    expect(text(el, 'pay')).to.equal(`Pay ${total}`);
    expect(part(el, 'pay')!.getAttribute('aria-disabled')).to.equal('false');
  });

  it('shows the same quote in Arabic with Arabic-Indic digits, right to left', async () => {
    const { quote, el } = await payableQuote('ar');
    expect(el.dir).to.equal('rtl');
    const total = expectedMoney(quote.total.amount, 'ar', 'arab');
    expect(total).to.match(/[٠-٩]/);
    expect(text(el, 'total')).to.equal(total);
    expect(part(el, 'lines')!.querySelector('caption')!.textContent!.trim()).to.equal('الرسم القضائي');
    expect(text(el, 'pay')).to.contain(total);
  });

  it('quotes from quote inputs (a property) when no quote-id is given', async () => {
    const client = await ministryPaymentClient(env, {});
    const el = await fixture<AdalatFeePayment>(html`<adalat-fee-payment .client=${client} .quoteRequest=${PS_CLAIM}></adalat-fee-payment>`);
    await settled(el);
    const quote = el.controller.quote.value!;
    expect(env.sandbox.store.feeQuotes.get(quote.id)?.total).to.deep.equal(quote.total);
    expect(text(el, 'total')).to.equal(expectedMoney(quote.total.amount, 'en', 'latn'));
  });

  describe('money is taken once', () => {
    it('a double click on pay makes exactly one payment', async () => {
      const wire: WireEntry[] = [];
      const { el, quote } = await payableQuote('en', wire);
      env.sandbox.faults.setLatency(150);
      const button = part<HTMLButtonElement>(el, 'pay')!;
      button.click();
      button.click();
      await el.updateComplete;
      expect(button.getAttribute('aria-disabled')).to.equal('true');
      expect(el.matches(':state(paying)')).to.equal(true);
      button.click();
      await settled(el);
      const payments = storedPayments(env);
      expect(payments).to.have.length(1);
      expect(payments[0]!.payable).to.deep.equal({ kind: 'filing_fee', quoteId: quote.id });
      expect(el.controller.payment?.id).to.equal(payments[0]!.id);
      expect(el.matches(':state(awaiting-bank)')).to.equal(true);
      expect(creations(wire)).to.have.length(1);
    });

    it('a response lost after the server committed, then "try again": the same key is replayed, one payment, the same id', async () => {
      const wire: WireEntry[] = [];
      const { el } = await payableQuote('en', wire);
      env.sandbox.faults.dropNextAfterCommit({ path: '/v1/payments' });
      await clickPayAndWait(el);
      expect(storedPayments(env)).to.have.length(1, 'the server committed');
      expect(el.controller.payment).to.equal(undefined);
      expect(el.controller.problem).to.equal('retryable');
      const alert = part(el, 'error')!;
      expect(alert.getAttribute('role')).to.equal('alert');
      expect(alert.textContent).to.contain('nothing is charged twice');

      part<HTMLButtonElement>(el, 'retry')!.click();
      await settled(el);
      const payments = storedPayments(env);
      expect(payments).to.have.length(1);
      expect(el.controller.payment?.id).to.equal(payments[0]!.id);
      expect(part(el, 'error')).to.equal(null);
      expect(el.controller.phase).to.equal('awaiting_bank');
      const [lost, retried] = creations(wire);
      expect(creations(wire)).to.have.length(2);
      expect(lost).to.deep.include({ status: 0 });
      expect(retried).to.deep.equal({ idempotencyKey: lost!.idempotencyKey, status: 201, replayed: 'true' });
      expect(wire.some((e) => e.method === 'GET' && e.path === '/v1/payments')).to.equal(false, 'found by replay, not by listing');
    });

    it('a 5xx, then "try again" recovers with the same key: one payment', async () => {
      const wire: WireEntry[] = [];
      const { el } = await payableQuote('en', wire);
      env.sandbox.faults.failNext({ status: 503, path: '/v1/payments' });
      await clickPayAndWait(el);
      expect(storedPayments(env)).to.have.length(0);
      expect(part(el, 'error')!.getAttribute('part')).to.contain('error-retryable');
      part<HTMLButtonElement>(el, 'retry')!.click();
      await settled(el);
      expect(storedPayments(env)).to.have.length(1);
      expect(el.controller.phase).to.equal('awaiting_bank');
      const [failed, retried] = creations(wire);
      expect(failed).to.deep.include({ status: 503 });
      expect(retried).to.deep.include({ idempotencyKey: failed!.idempotencyKey, status: 201 });
    });

    it('a reload mid-payment resumes the same payment and makes no other; the tab keeps only its id', async () => {
      const { el, quote, client } = await payableQuote();
      await clickPayAndWait(el);
      const paymentId = el.controller.payment!.id;
      const stored = sessionStorageDump();
      expect(stored).to.equal(`${RESUME_KEY_PREFIX}quote:${quote.id}=${paymentId}`);
      expect(stored).not.to.contain(PAYER.name);
      expect(stored).not.to.contain('pk_test_');
      expect(stored).not.to.contain('sk_test_');
      el.remove();

      // The reloaded page: a new element, the same tab's sessionStorage.
      const again = await quoteWidget(quote, client);
      expect(again.controller.payment?.id).to.equal(paymentId);
      expect(again.controller.phase).to.equal('awaiting_bank');
      expect(part(again, 'handoff-link')).not.to.equal(null);
      expect(part(again, 'pay')).to.equal(null);
      expect(storedPayments(env)).to.have.length(1);
      // Pressing pay from code changes nothing either.
      await again.controller.pay(PAYER);
      expect(storedPayments(env)).to.have.length(1);
    });
    it('a reload before the answer arrived (no id kept yet): paying again finds the payment under way instead of making another', async () => {
      const { el, quote, client } = await payableQuote();
      env.sandbox.faults.dropNextAfterCommit({ path: '/v1/payments' });
      await clickPayAndWait(el);
      expect(sessionStorageDump()).to.equal('');
      el.remove();

      const again = await quoteWidget(quote, client);
      expect(again.controller.phase).to.equal('idle');
      await clickPayAndWait(again);
      const payments = storedPayments(env);
      expect(payments).to.have.length(1);
      expect(again.controller.payment?.id).to.equal(payments[0]!.id);
      expect(again.controller.phase).to.equal('awaiting_bank');
      expect(part(again, 'error')).to.equal(null);
    });
  });

  describe('the bank hand-off and the receipt', () => {
    it('hands off by redirect, waits for the bank, then shows the receipt with its PDF', async () => {
      const { el } = await payableQuote();
      const handoff = oneEvent(el, 'adalat-bank-handoff') as Promise<CustomEvent<BankHandoffDetail>>;
      await clickPayAndWait(el);
      const { detail } = await handoff;
      expect(detail.nextAction.type).to.equal('redirect');
      const link = part<HTMLAnchorElement>(el, 'handoff-link')!;
      expect(detail.nextAction.type === 'redirect' && link.href).to.equal(detail.nextAction.type === 'redirect' && detail.nextAction.url);
      expect(link.textContent).to.contain(expectedMoney(detail.payment.total.amount, 'en', 'latn'));
      expect(text(el, 'status')).to.equal('Waiting for the bank to confirm the payment…');

      const succeeded = oneEvent(el, 'adalat-payment-succeeded') as Promise<CustomEvent<PaymentSucceededDetail>>;
      await confirmAtBank(env, detail.payment);
      const event = await succeeded;
      await settled(el);
      expect(event.detail.receipt.paymentId).to.equal(detail.payment.id);
      expect(el.matches(':state(succeeded)')).to.equal(true);
      const receipt = part(el, 'receipt')!;
      expect(receipt.querySelector('[part~=receipt-title]')!.getAttribute('role')).to.equal('heading');
      expect(text(el, 'receipt-number')).to.contain(event.detail.receipt.number);
      expect(text(el, 'receipt-payer')).to.contain(PAYER.name);
      expect(text(el, 'receipt-transaction')).to.contain('TXN-TEST-1');
      expect(part(el, 'receipt-lines')!.querySelector('[part~=total]')!.textContent).to.equal(
        expectedMoney(event.detail.receipt.total.amount, 'en', 'latn'),
      );
      expect(env.sandbox.store.feeQuotes.get(detail.payment.payable.kind === 'filing_fee' ? detail.payment.payable.quoteId : '')?.paymentId).to.equal(
        detail.payment.id,
      );

      const pdf = await el.controller.fetchReceiptPdf();
      expect(pdf.type).to.equal('application/pdf');
      const head = new TextDecoder().decode(new Uint8Array(await pdf.arrayBuffer()).slice(0, 5));
      expect(head).to.equal('%PDF-');
    });

    it('lets the host take over the hand-off: a cancelled adalat-bank-handoff hides the element’s own link', async () => {
      const { el } = await payableQuote();
      el.addEventListener('adalat-bank-handoff', (event) => event.preventDefault(), { once: true });
      await clickPayAndWait(el);
      expect(el.controller.phase).to.equal('awaiting_bank');
      expect(part(el, 'handoff-link')).to.equal(null);
      expect(text(el, 'bank-reference')).to.contain(el.controller.handoff!.bankReference);
    });

    it('a reload after success shows the receipt again, without announcing a new success', async () => {
      const { el, quote, client } = await payableQuote();
      await clickPayAndWait(el);
      await confirmAtBank(env, el.controller.payment!);
      await waitUntil(() => el.controller.phase === 'succeeded', 'not succeeded', { timeout: 5000 });
      el.remove();
      let announced = 0;
      const wrapper = await fixture(html`<div @adalat-payment-succeeded=${() => announced++}>
        <adalat-fee-payment quote-id=${quote.id} .client=${client}></adalat-fee-payment>
      </div>`);
      const again = wrapper.querySelector('adalat-fee-payment')!;
      await settled(again);
      expect(part(again, 'receipt')).not.to.equal(null);
      expect(announced).to.equal(0);
      expect(storedPayments(env)).to.have.length(1);
    });
  });

  describe('every failure state', () => {
    it('the bank declines: the alert says so, adalat-payment-failed fires, and paying again makes a new payment', async () => {
      const { el } = await payableQuote();
      await clickPayAndWait(el);
      const failed = oneEvent(el, 'adalat-payment-failed') as Promise<CustomEvent<PaymentFailedDetail>>;
      await confirmAtBank(env, el.controller.payment!, { failureCode: 'insufficient_funds' });
      const { detail } = await failed;
      await el.updateComplete;
      expect(detail.reason).to.equal('insufficient_funds');
      expect(el.matches(':state(failed)')).to.equal(true);
      expect(part(el, 'error')!.getAttribute('part')).to.contain('error-declined');
      expect(text(el, 'error-message')).to.equal('The bank declined the payment: not enough funds. Nothing was charged.');

      await clickPayAndWait(el);
      const payments = storedPayments(env);
      expect(payments.map((p) => p.status)).to.deep.equal(['failed', 'requires_action']);
      expect(el.controller.payment?.id).to.equal(payments[1]!.id);
    });

    it('the payer cancels: cancelled, nothing charged', async () => {
      const { el } = await payableQuote();
      await clickPayAndWait(el);
      part<HTMLButtonElement>(el, 'cancel')!.click();
      await waitUntil(() => el.controller.phase === 'cancelled', 'not cancelled');
      await el.updateComplete;
      expect(text(el, 'error-message')).to.equal('The payment was cancelled. Nothing was charged.');
      expect(storedPayments(env)[0]!.status).to.equal('cancelled');
    });

    it('a quote already paid (409 payable_already_paid) is refused and says so', async () => {
      const { el, quote } = await payableQuote();
      // Someone else paid it meanwhile: the ministry's server, say.
      const other = await ministryServer(env, 'PS').payments.create({ payable: { kind: 'filing_fee', quoteId: quote.id }, payer: { name: 'Other' } });
      await confirmAtBank(env, other);
      const failed = oneEvent(el, 'adalat-payment-failed') as Promise<CustomEvent<PaymentFailedDetail>>;
      await clickPayAndWait(el);
      expect((await failed).detail.reason).to.equal('already_paid');
      expect(el.controller.problem).to.equal('already_paid');
      expect(text(el, 'error-message')).to.equal('This has already been paid.');
      expect(storedPayments(env)).to.have.length(1);
    });

    it('a quote paid before: the paying partner’s page shows its receipt, another page says it is paid', async () => {
      const quote = await makeQuote(env);
      const payment = await ministryServer(env, 'PS').payments.create({ payable: { kind: 'filing_fee', quoteId: quote.id }, payer: PAYER });
      await confirmAtBank(env, payment);

      const ministryPage = await quoteWidget(quote, await ministryPaymentClient(env, { feeQuotes: [quote.id] }));
      expect(ministryPage.controller.payment?.id).to.equal(payment.id);
      expect(part(ministryPage, 'receipt')).not.to.equal(null);
      expect(sessionStorageDump()).to.equal('', 'a payment found through its quote is not this tab’s to remember');

      const bankPage = await quoteWidget(quote, await bankPaymentClient(env, { feeQuotes: [quote.id] }));
      expect(bankPage.controller.payment).to.equal(undefined);
      expect(bankPage.controller.problem).to.equal('already_paid');
      expect(text(bankPage, 'error-message')).to.equal('This has already been paid.');
      expect(part(bankPage, 'pay')).to.equal(null);
    });

    it('an expired quote (422 quote_expired) is refused; with quote inputs "get a new quote" quotes again and pays', async () => {
      // The page's server mints sessions; when one expires the SDK asks for a new one.
      const quoted: string[] = [];
      const server = ministryServer(env, 'PS');
      const mint = async () =>
        (await server.widgetSessions.create({ subjects: { feeQuotes: quoted }, operations: [...PAYMENT_OPERATIONS] })).clientSecret;
      let secret = await mint();
      const client = widgetClient(env, 'PS', async ({ expired }) => (expired ? (secret = await mint()) : secret));
      const el = await fixture<AdalatFeePayment>(html`<adalat-fee-payment .client=${client} .quoteRequest=${PS_CLAIM} .payer=${PAYER}></adalat-fee-payment>`);
      await settled(el);
      const first = el.controller.quote.value!;
      quoted.push(first.id);

      env.sandbox.clock.set(new Date(Date.parse(first.validUntil) + 60_000));
      const failed = oneEvent(el, 'adalat-payment-failed') as Promise<CustomEvent<PaymentFailedDetail>>;
      await clickPayAndWait(el);
      expect((await failed).detail.reason).to.equal('quote_expired');
      expect(el.controller.problem).to.equal('quote_expired');
      expect(text(el, 'error-message')).to.equal('This quote has expired. A new quote is needed to pay.');
      expect(storedPayments(env)).to.have.length(0);

      part<HTMLButtonElement>(el, 'new-quote')!.click();
      await settled(el);
      const second = el.controller.quote.value!;
      expect(second.id).not.to.equal(first.id);
      expect(part(el, 'error')).to.equal(null);
      await clickPayAndWait(el);
      expect(storedPayments(env).map((p) => p.payable)).to.deep.equal([{ kind: 'filing_fee', quoteId: second.id }]);
    });

    it('an expired quote given by quote-id has no "new quote" button: the page must quote again', async () => {
      const quote = await makeQuote(env);
      env.sandbox.clock.set(new Date(Date.parse(quote.validUntil) + 60_000));
      const client = await ministryPaymentClient(env, { feeQuotes: [quote.id] });
      const el = await quoteWidget(quote, client);
      await clickPayAndWait(el);
      expect(el.controller.problem).to.equal('quote_expired');
      expect(part(el, 'new-quote')).to.equal(null);
      expect(part(el, 'pay')).to.equal(null);
    });

    it('a widget session not scoped to the quote is refused (403) and says the page may not take it', async () => {
      const quote = await makeQuote(env);
      const client = await ministryPaymentClient(env, { feeQuotes: [] });
      const el = await quoteWidget(quote, client);
      await clickPayAndWait(el);
      expect(el.controller.problem).to.equal('permission');
      expect(text(el, 'error-message')).to.equal('This page is not allowed to take this payment.');
      expect(storedPayments(env)).to.have.length(0);
    });

    it('an expired widget session says so', async () => {
      const { el } = await payableQuote();
      env.sandbox.clock.advance(16 * 60_000);
      await clickPayAndWait(el);
      expect(el.controller.problem).to.equal('expired');
      expect(text(el, 'error-message')).to.equal('The session has expired. Reload the page to continue.');
    });

    it('a payer without a name is told at the field, and nothing is sent', async () => {
      const quote = await makeQuote(env);
      const client = await ministryPaymentClient(env, { feeQuotes: [quote.id] });
      const el = await fixture<AdalatFeePayment>(html`<adalat-fee-payment quote-id=${quote.id} .client=${client}></adalat-fee-payment>`);
      await settled(el);
      await clickPayAndWait(el);
      const input = part<HTMLInputElement>(el, 'payer-name')!;
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      expect(text(el, 'payer-problem')).to.equal('Enter the name of the payer.');
      expect(part(el, 'error')).to.equal(null);
      expect(storedPayments(env)).to.have.length(0);

      input.value = 'Omar Haddad';
      input.dispatchEvent(new Event('input'));
      await clickPayAndWait(el);
      expect(storedPayments(env)[0]!.payer.name).to.equal('Omar Haddad');
    });
  });
});

describe('<adalat-fee-payment> installment mode', () => {
  const FILE = 'exf_ps_001';
  /** The seeded file as the sandbox stores it: test-only knowledge of what the answers derive from. */
  const storedFile = () => env.sandbox.store.execution.files.get(FILE)!;
  /** The installment the seed leaves first unpaid: the one the debtor pays next. */
  const firstUnpaid = () => storedFile().installments.find((i) => i.paidAt === null)!;
  /** The court's calendar day on the sandbox clock (`YYYY-MM-DD`). */
  const courtToday = () => new Intl.DateTimeFormat('en-CA', { timeZone: storedFile().timeZone }).format(env.sandbox.clock.now());
  /** A due date as an English reader sees it: the same calendar day whatever the reader's zone. */
  const expectedDay = (date: string) =>
    new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeZone: 'UTC', calendar: 'gregory', numberingSystem: 'latn' }).format(
      new Date(`${date}T12:00:00Z`),
    );

  /**
   * The debtor pays on a ministry's page: a widget session of the file's jurisdiction
   * scoped to the file (the sandbox lets such a session pay its installments), with the
   * debtor as its person.
   */
  async function installmentWidget(installmentNumber: number, wire?: WireEntry[]): Promise<AdalatFeePayment> {
    const client = await ministryPaymentClient(
      env,
      { executionFiles: [FILE], person: storedFile().debtor.personId },
      wire ? { fetch: recordingFetch(wire) } : {},
    );
    const el = await fixture<AdalatFeePayment>(html`<adalat-fee-payment
      mode="installment"
      execution-file-id=${FILE}
      installment-number=${installmentNumber}
      poll-interval="40"
      .client=${client}
      .payer=${PAYER}
    ></adalat-fee-payment>`);
    await settled(el);
    return el;
  }

  it('shows the next installment’s amount, due date and overdue flag; pays it once; the bank confirms; the receipt shows and the installment is paid', async () => {
    const next = firstUnpaid();
    const el = await installmentWidget(next.number);
    expect(el.matches(':state(ready)')).to.equal(true);
    const amount = expectedMoney(next.amount.amount, 'en', 'latn');
    const count = storedFile().installments.length;
    expect(text(el, 'installment')).to.contain(`Installment ${next.number} of ${count}: ${amount}, due ${expectedDay(next.dueDate)}.`);
    const overdue = next.dueDate < courtToday();
    expect(overdue).to.equal(true, 'the seed leaves the first unpaid installment past its due date');
    expect(part(el, 'installment-overdue')).not.to.equal(null);
    expect(text(el, 'installment-status')).to.equal('Overdue');
    const rows = parts(el, 'line');
    expect(rows).to.have.length(1);
    expect(rows[0]!.querySelector('[part~=line-reference]')!.textContent).to.equal(`${storedFile().number}/${next.number}`);
    expect(rows[0]!.querySelector('[part~=line-amount]')!.textContent).to.equal(amount);
    expect(text(el, 'total')).to.equal(amount);
    expect(text(el, 'caption')).to.equal(`Installment ${next.number} of execution file ${storedFile().number}`);
    expect(text(el, 'pay')).to.equal(`Pay ${amount}`);

    await clickPayAndWait(el);
    const payments = storedPayments(env);
    expect(payments).to.have.length(1);
    expect(payments[0]!.payable).to.deep.equal({ kind: 'execution_installment', executionFileId: FILE, installmentNumber: next.number });
    expect(payments[0]!.total).to.deep.equal(next.amount);
    expect(el.controller.phase).to.equal('awaiting_bank');
    expect(firstUnpaid().number).to.equal(next.number, 'not paid before the bank confirms');

    const succeeded = oneEvent(el, 'adalat-payment-succeeded') as Promise<CustomEvent<PaymentSucceededDetail>>;
    await confirmAtBank(env, el.controller.payment!);
    const { detail } = await succeeded;
    await settled(el);
    expect(part(el, 'receipt')).not.to.equal(null);
    expect(text(el, 'receipt-number')).to.contain(detail.receipt.number);
    expect(part(el, 'receipt-lines')!.querySelector('[part~=total]')!.textContent).to.equal(amount);
    expect(part(el, 'pay')).to.equal(null);
    const paid = storedFile().installments.find((i) => i.number === next.number)!;
    expect(paid.paymentId).to.equal(detail.payment.id);
    expect(paid.paidAt).not.to.equal(null);
    expect(storedPayments(env)).to.have.length(1);

    // Another visit (nothing in this tab's storage): the paid installment shows its payment's receipt, no pay button.
    el.remove();
    sessionStorage.clear();
    const again = await installmentWidget(next.number);
    expect(again.controller.payment?.id).to.equal(detail.payment.id);
    expect(part(again, 'receipt')).not.to.equal(null);
    expect(part(again, 'pay')).to.equal(null);
    expect(storedPayments(env)).to.have.length(1);
  });

  it('a paid installment shows as already paid, with no pay button', async () => {
    const paid = storedFile().installments.find((i) => i.paidAt !== null)!;
    const el = await installmentWidget(paid.number);
    expect(part(el, 'installment-paid')).not.to.equal(null);
    expect(text(el, 'installment')).to.contain(`Installment ${paid.number} of ${storedFile().installments.length}`);
    expect(text(el, 'installment')).to.contain('paid on');
    expect(el.controller.problem).to.equal('already_paid');
    expect(text(el, 'error-message')).to.equal('This has already been paid.');
    expect(part(el, 'pay')).to.equal(null);
    expect(part(el, 'lines')).to.equal(null);
  });

  it('paying a later installment first is refused (422 earlier_installment_unpaid): it names the one to pay, nothing is stored', async () => {
    const next = firstUnpaid();
    const wire: WireEntry[] = [];
    const el = await installmentWidget(next.number + 1, wire);
    expect(text(el, 'pay')).to.contain(expectedMoney(storedFile().installments[next.number]!.amount.amount, 'en', 'latn'));
    const failed = oneEvent(el, 'adalat-payment-failed') as Promise<CustomEvent<PaymentFailedDetail>>;
    await clickPayAndWait(el);
    expect((await failed).detail.reason).to.equal('earlier_installment_unpaid');
    expect(creations(wire).map((c) => c.status)).to.deep.equal([422]);
    expect(el.controller.problem).to.equal('earlier_installment_unpaid');
    expect(part(el, 'error')!.getAttribute('part')).to.contain('error-earlier_installment_unpaid');
    expect(text(el, 'error-message')).to.equal(`Installments are paid in order: installment ${next.number} must be paid first.`);
    expect(part(el, 'retry')).to.equal(null);
    expect(part(el, 'pay')).to.equal(null);
    expect(storedPayments(env)).to.have.length(0);
    expect(firstUnpaid().number).to.equal(next.number);
  });

  it('an installment number the file does not have says it cannot be found, and offers no pay button', async () => {
    const el = await installmentWidget(storedFile().installments.length + 1);
    expect(el.matches(':state(error)')).to.equal(true);
    expect(el.controller.problem).to.equal('not_found');
    expect(text(el, 'error-message')).to.equal('What was to be paid could not be found.');
    expect(part(el, 'pay')).to.equal(null);
  });
});
