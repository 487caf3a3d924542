import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { AdalatClient } from '@adalat/sdk';
import '../define/fee-payment.ts';
import type { AdalatFeePayment, BankHandoffDetail, PaymentSucceededDetail } from './fee-payment.ts';
import {
  bankPaymentClient,
  confirmAtBank,
  nationalIdOf,
  recordingFetch,
  sessionStorageDump,
  storedPayments,
  usePaymentSandbox,
  type WireEntry,
} from '../test-support/payments.ts';
import { part, parts, partTextKeepingNbsp as text } from '../test-support/parts.ts';

const env = usePaymentSandbox();

const CUSTOMER = 'per_ps_001';
const PAYER = { name: 'Sara Khalil' };
const storedFine = (id: string) => env.sandbox.store.trafficFines.get(id)!;
const unpaidFinesOf = (personId: string) =>
  [...env.sandbox.store.trafficFines.values()].filter((f) => f.personId === personId && f.status === 'unpaid');

async function settled(el: AdalatFeePayment): Promise<void> {
  await waitUntil(
    () => {
      const c = el.controller;
      return c.fines.status !== 'loading' && c.phase !== 'paying' && c.phase !== 'resuming' && c.receipt.status !== 'loading';
    },
    'fee payment still busy',
    { timeout: 5000 },
  );
  await el.updateComplete;
}

/** A bank's page: a widget session scoped to its signed-in customer. */
async function bankWidget(options: { wire?: WireEntry[]; listOwn?: boolean } = {}): Promise<{ el: AdalatFeePayment; client: AdalatClient }> {
  const client = await bankPaymentClient(env, { person: CUSTOMER }, options.wire ? { fetch: recordingFetch(options.wire) } : {});
  const el = await fixture<AdalatFeePayment>(html`<adalat-fee-payment
    mode="fines"
    jurisdiction="PS"
    poll-interval="40"
    ?list-own=${options.listOwn ?? false}
    .client=${client}
    .payer=${PAYER}
  ></adalat-fee-payment>`);
  await settled(el);
  return { el, client };
}

/** Types into the search like a user, choosing the criterion first, and submits. */
async function search(el: AdalatFeePayment, criterion: string, value: string): Promise<void> {
  const select = part<HTMLSelectElement>(el, 'criterion')!;
  select.value = criterion;
  select.dispatchEvent(new Event('change'));
  await el.updateComplete;
  part<HTMLInputElement>(el, 'search-input')!.value = value;
  part<HTMLButtonElement>(el, 'search-button')!.click();
  await el.updateComplete;
  await settled(el);
}

function choose(el: AdalatFeePayment, fineId: string): void {
  const box = parts<HTMLInputElement>(el, 'fine-select').find((b) => b.value === fineId)!;
  box.click();
}

describe('<adalat-fee-payment mode="fines">', () => {
  it('finds a person’s fines by national ID across cities, pays two in one payment, and both end up paid', async () => {
    const wire: WireEntry[] = [];
    const { el } = await bankWidget({ wire });
    const nationalId = nationalIdOf(env, CUSTOMER);
    await search(el, 'nationalId', nationalId);

    const rows = parts(el, 'line');
    const seeded = [...env.sandbox.store.trafficFines.values()].filter((f) => f.personId === CUSTOMER);
    expect(rows).to.have.length(seeded.length);
    expect(new Set(rows.map((r) => r.querySelector('[part~=line-place]')!.textContent)).size).to.be.greaterThan(1, 'several cities');
    expect(parts(el, 'fine-paid')).to.have.length(seeded.filter((f) => f.status === 'paid').length);
    expect(text(el, 'status')).to.equal(`Traffic fines found: ${seeded.length}`);

    // The national ID went in a POST body only, and stays out of the page's markup and storage.
    const searchCall = wire.find((e) => e.path === '/v1/traffic-fines/search')!;
    expect(searchCall.method).to.equal('POST');
    expect(wire.every((e) => !e.path.includes(nationalId))).to.equal(true);
    expect(el.shadowRoot!.innerHTML).not.to.contain(nationalId);
    expect(el.outerHTML).not.to.contain(nationalId);

    const unpaid = unpaidFinesOf(CUSTOMER);
    expect(unpaid).to.have.length(2);
    for (const fine of unpaid) choose(el, fine.id);
    await el.updateComplete;
    const total = unpaid.reduce((sum, f) => sum + f.amount.amount, 0);
    const money = new Intl.NumberFormat('en', { style: 'currency', currency: 'JOD', minimumFractionDigits: 3 }).format(total / 1000);
    expect(text(el, 'total')).to.equal(money);
    expect(text(el, 'pay')).to.equal(`Pay ${money}`);

    const handoff = oneEvent(el, 'adalat-bank-handoff') as Promise<CustomEvent<BankHandoffDetail>>;
    part<HTMLButtonElement>(el, 'pay')!.click();
    const { detail } = await handoff;
    await settled(el);
    // The widget sits on the bank's own page: the bank takes the money in its own channel.
    expect(detail.nextAction.type).to.equal('bank_handoff');
    expect(text(el, 'handoff-message')).to.equal('Confirm the payment with your bank.');
    expect(part(el, 'handoff-link')).to.equal(null);
    const payments = storedPayments(env);
    expect(payments).to.have.length(1);
    expect([...(payments[0]!.payable as { fineIds: string[] }).fineIds].sort()).to.deep.equal(unpaid.map((f) => f.id).sort());
    expect(sessionStorageDump()).not.to.contain(nationalId);

    const succeeded = oneEvent(el, 'adalat-payment-succeeded') as Promise<CustomEvent<PaymentSucceededDetail>>;
    await confirmAtBank(env, detail.payment);
    await succeeded;
    await settled(el);
    for (const fine of unpaid) {
      expect(storedFine(fine.id).status).to.equal('paid');
      expect(storedFine(fine.id).paymentId).to.equal(detail.payment.id);
    }
    expect(parts(el, 'receipt-lines')[0]!.querySelectorAll('[part~=line]')).to.have.length(2);

    // "Pay other fines" starts over: a new search shows them paid.
    part<HTMLButtonElement>(el, 'pay-another')!.click();
    await el.updateComplete;
    expect(sessionStorageDump()).to.equal('');
    await search(el, 'nationalId', nationalId);
    expect(parts(el, 'fine-select')).to.have.length(0);
  });

  it('takes a national ID typed in Arabic-Indic digits', async () => {
    const { el } = await bankWidget();
    const arabic = nationalIdOf(env, CUSTOMER).replace(/[0-9]/g, (d) => String.fromCharCode(0x0660 + Number(d)));
    await search(el, 'nationalId', arabic);
    expect(el.controller.fines.value).to.have.length(3);
  });

  it('checks a national ID as typed: a wrong check digit is shown at the field and nothing is sent', async () => {
    const wire: WireEntry[] = [];
    const { el } = await bankWidget({ wire });
    const id = nationalIdOf(env, CUSTOMER);
    const wrong = id.slice(0, -1) + String((Number(id.at(-1)) + 1) % 10);
    await search(el, 'nationalId', wrong);
    const input = part<HTMLInputElement>(el, 'search-input')!;
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(input.getAttribute('aria-describedby')).to.equal('search-problem');
    expect(text(el, 'search-problem')).to.equal('The check digit does not match. Check the number.');
    expect(part(el, 'error')).to.equal(null);
    expect(wire.filter((e) => e.path.startsWith('/v1/traffic-fines'))).to.have.length(0);

    await search(el, 'plate', '');
    expect(text(el, 'search-problem')).to.equal('Enter what to search for.');
  });

  it('refuses another person’s national ID (403): the page may show only its customer’s fines', async () => {
    const { el } = await bankWidget();
    await search(el, 'nationalId', nationalIdOf(env, 'per_ps_002'));
    expect(el.controller.problem).to.equal('permission');
    expect(el.matches(':state(error)')).to.equal(true);
    expect(text(el, 'error-message')).to.contain('only the fines of its signed-in customer');
  });

  it('a search that failed (5xx) is tried again from the field with "try again"', async () => {
    const { el } = await bankWidget();
    env.sandbox.faults.failNext({ status: 502, path: '/v1/traffic-fines' });
    await search(el, 'plate', storedFine('tfn_ps_001').plate);
    expect(el.controller.problem).to.equal('retryable');
    expect(part(el, 'error')!.getAttribute('part')).to.contain('error-retryable');
    part<HTMLButtonElement>(el, 'retry')!.click();
    await el.updateComplete;
    await settled(el);
    expect(part(el, 'error')).to.equal(null);
    expect(el.controller.fines.value!.map((f) => f.id)).to.include('tfn_ps_001');
  });

  it('finds by plate, only within the session’s scope; nothing found is :state(empty)', async () => {
    const { el } = await bankWidget();
    const plate = storedFine('tfn_ps_001').plate;
    await search(el, 'plate', plate);
    expect(el.controller.fines.value!.map((f) => f.plate)).to.deep.equal(el.controller.fines.value!.map(() => plate));

    // Someone else's plate: the session cannot see those fines, so none are found.
    const otherPlate = [...env.sandbox.store.trafficFines.values()].find((f) => f.personId === 'per_ps_002')!.plate;
    await search(el, 'plate', otherPlate);
    expect(el.matches(':state(empty)')).to.equal(true);
    expect(text(el, 'empty')).to.equal('No traffic fines were found.');
  });

  it('finds one fine by its violation number', async () => {
    const { el } = await bankWidget();
    const fine = storedFine('tfn_ps_002');
    await search(el, 'violationNumber', fine.number);
    expect(el.controller.fines.value!.map((f) => f.id)).to.deep.equal([fine.id]);
  });

  it('with list-own shows the session’s fines at once; pay does nothing but say so until a fine is chosen', async () => {
    const wire: WireEntry[] = [];
    const { el } = await bankWidget({ listOwn: true, wire });
    expect(el.controller.fines.value).to.have.length(3);
    const pay = part<HTMLButtonElement>(el, 'pay')!;
    expect(pay.getAttribute('aria-disabled')).to.equal('true');
    expect(pay.getAttribute('part')).to.equal('pay pay-unavailable');
    pay.click();
    await el.updateComplete;
    expect(text(el, 'hint')).to.equal('Choose the fines to pay.');
    expect(wire.filter((e) => e.path === '/v1/payments')).to.have.length(0);
  });

  it('without a jurisdiction or list-own there is nothing to search: :state(empty)', async () => {
    const client = await bankPaymentClient(env, { person: CUSTOMER });
    const el = await fixture<AdalatFeePayment>(html`<adalat-fee-payment mode="fines" .client=${client}></adalat-fee-payment>`);
    await el.updateComplete;
    expect(el.matches(':state(empty)')).to.equal(true);
    expect(part(el, 'search')).to.equal(null);
    expect(text(el, 'empty')).to.equal('Nothing to pay was given.');
  });

  it('refuses a choice that is not an unpaid fine found, with a RangeError, and changes nothing', async () => {
    const { el } = await bankWidget({ listOwn: true });
    const paid = el.controller.fines.value!.find((f) => f.status === 'paid')!;
    expect(() => el.controller.selectFine(paid.id)).to.throw(RangeError);
    expect(() => el.controller.selectFine('tfn_ps_999')).to.throw(RangeError);
    expect(el.controller.selectedFineIds.size).to.equal(0);
  });
});
