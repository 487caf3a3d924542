import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { AdalatClient } from '@adalat/sdk';
import '../define/fee-payment.ts';
import type { AdalatFeePayment } from './fee-payment.ts';
import { msg } from '../i18n/msg.ts';
import { bankPaymentClient, confirmAtBank, makeQuote, ministryPaymentClient, nationalIdOf, usePaymentSandbox } from '../test-support/payments.ts';
import { part } from '../test-support/parts.ts';

const env = usePaymentSandbox();

const PAYER = { name: 'Sara Khalil' };

async function settled(el: AdalatFeePayment): Promise<void> {
  await waitUntil(
    () => {
      const c = el.controller;
      return (
        c.status !== 'loading' && c.status !== 'idle' && c.phase !== 'paying' && c.phase !== 'resuming' && c.receipt.status !== 'loading'
      );
    },
    'fee payment still busy',
    { timeout: 5000 },
  );
  await el.updateComplete;
}

async function quoteIn(lang: string, dir: string): Promise<{ wrapper: HTMLElement; el: AdalatFeePayment; client: AdalatClient }> {
  const quote = await makeQuote(env);
  const client = await ministryPaymentClient(env, { feeQuotes: [quote.id] });
  const wrapper = await fixture<HTMLElement>(html`<div lang=${lang} dir=${dir}>
    <adalat-fee-payment quote-id=${quote.id} poll-interval="40" .client=${client} .payer=${PAYER}></adalat-fee-payment>
  </div>`);
  const el = wrapper.querySelector('adalat-fee-payment')!;
  await settled(el);
  return { wrapper, el, client };
}

const DIGITS: Record<string, string> = { en: 'latn', ru: 'latn', kk: 'latn', ar: 'arab', fa: 'arabext' };

describe('<adalat-fee-payment> locales and accessibility', () => {
  for (const lang of ['en', 'ar', 'fa', 'kk', 'ru']) {
    it(`speaks ${lang}: captions, the pay button and money in the locale’s digits`, async () => {
      const { el } = await quoteIn(lang, lang === 'ar' || lang === 'fa' ? 'rtl' : 'ltr');
      const total = el.controller.total!;
      const money = new Intl.NumberFormat(lang, {
        style: 'currency',
        currency: total.currency,
        numberingSystem: DIGITS[lang]!,
        minimumFractionDigits: 3,
        maximumFractionDigits: 3,
      }).format(total.amount / 1000);
      expect(part(el, 'caption')!.textContent!.trim()).to.equal(msg(lang, 'feePayment.quoteCaption'));
      expect(part(el, 'total')!.textContent).to.equal(money);
      expect(part(el, 'pay')!.textContent!.trim()).to.equal(msg(lang, 'feePayment.pay', { amount: money }));
      if (lang !== 'en') expect(msg(lang, 'feePayment.quoteCaption')).not.to.equal(msg('en', 'feePayment.quoteCaption'));
    });
  }

  it('passes axe in LTR, ready to pay', async () => {
    const { wrapper } = await quoteIn('en', 'ltr');
    await expect(wrapper).to.be.accessible();
  });

  it('passes axe in RTL Arabic: waiting for the bank, then the receipt', async () => {
    const { wrapper, el } = await quoteIn('ar', 'rtl');
    part<HTMLButtonElement>(el, 'pay')!.click();
    await settled(el);
    expect(el.controller.phase).to.equal('awaiting_bank');
    await expect(wrapper).to.be.accessible();
    await confirmAtBank(env, el.controller.payment!);
    await waitUntil(() => part(el, 'receipt') !== null, 'no receipt', { timeout: 5000 });
    await expect(wrapper).to.be.accessible();
  });

  it('passes axe in LTR and RTL in error states', async () => {
    const { wrapper, el } = await quoteIn('en', 'ltr');
    env.sandbox.faults.failNext({ status: 500, path: '/v1/payments' });
    part<HTMLButtonElement>(el, 'pay')!.click();
    await settled(el);
    expect(part(el, 'error')).not.to.equal(null);
    await expect(wrapper).to.be.accessible();

    const missing = await fixture<HTMLElement>(html`<div lang="ar" dir="rtl"><adalat-fee-payment quote-id="fq_000999"></adalat-fee-payment></div>`);
    const orphan = missing.querySelector('adalat-fee-payment')!;
    await orphan.updateComplete;
    expect(orphan.matches(':state(error)')).to.equal(true);
    expect(part(orphan, 'error-message')!.textContent).to.equal(msg('ar', 'error.noClient'));
    await expect(missing).to.be.accessible();
  });

  it('passes axe in RTL Arabic with fines found and chosen, and with a refused search', async () => {
    const client = await bankPaymentClient(env, { person: 'per_ps_001' });
    const wrapper = await fixture<HTMLElement>(html`<div lang="ar" dir="rtl">
      <adalat-fee-payment mode="fines" jurisdiction="PS" list-own .client=${client} .payer=${PAYER}></adalat-fee-payment>
    </div>`);
    const el = wrapper.querySelector('adalat-fee-payment')!;
    await settled(el);
    el.controller.selectAllFines();
    await el.updateComplete;
    expect(el.controller.selectedFineIds.size).to.equal(2);
    await expect(wrapper).to.be.accessible();

    part<HTMLInputElement>(el, 'search-input')!.value = nationalIdOf(env, 'per_ps_002');
    part<HTMLButtonElement>(el, 'search-button')!.click();
    await settled(el);
    expect(el.matches(':state(error)')).to.equal(true);
    await expect(wrapper).to.be.accessible();
  });

  describe('installment mode', () => {
    const FILE = 'exf_ps_001';
    const storedFile = () => env.sandbox.store.execution.files.get(FILE)!;
    const firstUnpaid = () => storedFile().installments.find((i) => i.paidAt === null)!;

    async function installmentIn(lang: string, dir: string, installmentNumber: number) {
      const client = await ministryPaymentClient(env, { executionFiles: [FILE], person: storedFile().debtor.personId });
      const wrapper = await fixture<HTMLElement>(html`<div lang=${lang} dir=${dir}>
        <adalat-fee-payment mode="installment" execution-file-id=${FILE} installment-number=${installmentNumber} .client=${client} .payer=${PAYER}></adalat-fee-payment>
      </div>`);
      const el = wrapper.querySelector('adalat-fee-payment')!;
      await settled(el);
      return { wrapper, el };
    }

    it('passes axe in LTR English: the installment ready to pay, then refused for a later one', async () => {
      const { wrapper } = await installmentIn('en', 'ltr', firstUnpaid().number);
      expect(part(wrapper.querySelector('adalat-fee-payment')!, 'installment-overdue')).not.to.equal(null);
      await expect(wrapper).to.be.accessible();

      const later = await installmentIn('en', 'ltr', firstUnpaid().number + 1);
      part<HTMLButtonElement>(later.el, 'pay')!.click();
      await settled(later.el);
      expect(later.el.controller.problem).to.equal('earlier_installment_unpaid');
      await expect(later.wrapper).to.be.accessible();
    });

    it('passes axe in RTL Arabic, with the amount and due date in Arabic-Indic digits; then waiting for the bank', async () => {
      const next = firstUnpaid();
      const { wrapper, el } = await installmentIn('ar', 'rtl', next.number);
      const amount = new Intl.NumberFormat('ar', {
        style: 'currency',
        currency: next.amount.currency,
        numberingSystem: 'arab',
        minimumFractionDigits: 3,
        maximumFractionDigits: 3,
      }).format(next.amount.amount / 1000);
      const date = new Intl.DateTimeFormat('ar', { dateStyle: 'medium', timeZone: 'UTC', calendar: 'gregory', numberingSystem: 'arab' }).format(
        new Date(`${next.dueDate}T12:00:00Z`),
      );
      expect(date).to.match(/[٠-٩]/);
      const line = msg('ar', 'feePayment.installmentDue', { number: next.number, count: storedFile().installments.length, amount, date });
      expect(part(el, 'installment')!.textContent!.replace(/[ \t\n\r]+/g, ' ')).to.contain(line);
      expect(part(el, 'total')!.textContent).to.equal(amount);
      expect(part(el, 'installment-status')!.textContent).to.equal(msg('ar', 'feePayment.installmentOverdue'));
      await expect(wrapper).to.be.accessible();

      part<HTMLButtonElement>(el, 'pay')!.click();
      await settled(el);
      expect(el.controller.phase).to.equal('awaiting_bank');
      await expect(wrapper).to.be.accessible();
    });
  });

  it('lets slots replace pieces: header, empty text and receipt actions', async () => {
    const client = await ministryPaymentClient(env, {});
    const el = await fixture<AdalatFeePayment>(html`<adalat-fee-payment .client=${client}>
      <h2 slot="header">Court fees</h2>
      <span slot="empty">Choose a filing first.</span>
    </adalat-fee-payment>`);
    await el.updateComplete;
    expect(el.matches(':state(empty)')).to.equal(true);
    const empty = el.shadowRoot!.querySelector<HTMLSlotElement>('slot[name=empty]')!;
    expect(empty.assignedElements().map((e) => e.textContent)).to.deep.equal(['Choose a filing first.']);
    const header = el.shadowRoot!.querySelector<HTMLSlotElement>('slot[name=header]')!;
    expect(header.assignedElements().map((e) => e.textContent)).to.deep.equal(['Court fees']);
  });
});
