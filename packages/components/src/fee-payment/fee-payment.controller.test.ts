import { expect, fixture, html as testHtml, waitUntil } from '@open-wc/testing';
import { LitElement, html } from 'lit';
import type { AdalatClient } from '@adalat/sdk';
import { withCheckDigit } from '@adalat/sdk/ids';
import type { NextAction, Payment, PaymentLine, Receipt } from '@adalat/sdk/contract';
import { defineElement } from '../define.ts';
import { FeePaymentController, type FeePaymentMode, type PaymentFailure } from './fee-payment.controller.ts';
import { fineSearchBody } from './fine-search.ts';
import { totalOf } from './payable-lines.ts';
import { paymentProblem } from './payment-problem.ts';
import { RESUME_KEY_PREFIX, ResumeStore } from './resume-store.ts';
import { expectSame } from '../test-support/same.ts';
import {
  confirmAtBank,
  makeQuote,
  ministryPaymentClient,
  recordingFetch,
  storedPayments,
  usePaymentSandbox,
  type WireEntry,
} from '../test-support/payments.ts';

const env = usePaymentSandbox();

/** A Storage that lives in memory, to see what the controller writes. */
class MemoryStorage implements Storage {
  readonly #items = new Map<string, string>();
  get length(): number {
    return this.#items.size;
  }
  clear(): void {
    this.#items.clear();
  }
  getItem(key: string): string | null {
    return this.#items.get(key) ?? null;
  }
  key(index: number): string | null {
    return [...this.#items.keys()][index] ?? null;
  }
  removeItem(key: string): void {
    this.#items.delete(key);
  }
  setItem(key: string, value: string): void {
    this.#items.set(key, value);
  }
  entries(): Array<[string, string]> {
    return [...this.#items];
  }
}

/** The smallest host a partner could write: its own template over the controller. */
class FeeHost extends LitElement {
  static override properties = { client: { attribute: false }, quoteId: { attribute: false } };
  declare client: AdalatClient | undefined;
  declare quoteId: string | undefined;
  storage: Storage | null = new MemoryStorage();
  mode: FeePaymentMode = 'quote';
  readonly handoffs: Array<{ payment: Payment; action: NextAction }> = [];
  readonly successes: Array<{ payment: Payment; receipt: Receipt }> = [];
  readonly failures: PaymentFailure[] = [];
  readonly fee = new FeePaymentController(this, {
    client: () => this.client,
    mode: () => this.mode,
    quoteId: () => this.quoteId,
    storage: () => this.storage,
    pollIntervalMs: () => 30,
    onHandoff: (payment, action) => this.handoffs.push({ payment, action }),
    onSucceeded: (payment, receipt) => this.successes.push({ payment, receipt }),
    onFailed: (failure) => this.failures.push(failure),
  });

  protected override render() {
    const total = this.fee.total;
    return html`<output>${total ? `${total.amount} ${total.currency}` : ''}</output><span>${this.fee.phase}</span>`;
  }
}
defineElement('fee-host', FeeHost);

async function hostFor(wire?: WireEntry[]): Promise<FeeHost> {
  const quote = await makeQuote(env);
  const client = await ministryPaymentClient(env, { feeQuotes: [quote.id] }, wire ? { fetch: recordingFetch(wire) } : {});
  const host = await fixture<FeeHost>(testHtml`<fee-host .client=${client} .quoteId=${quote.id}></fee-host>`);
  await waitUntil(() => host.fee.status === 'ready', 'quote not loaded', { timeout: 5000 });
  await host.updateComplete;
  return host;
}

const PAYER = { name: 'Layla Nasser' };

describe('FeePaymentController without the element', () => {
  it('drives a partner’s own template: lines, total, pay, hand-off, success and receipt', async () => {
    const host = await hostFor();
    const quote = host.fee.quote.value!;
    expect(host.shadowRoot!.querySelector('output')!.textContent).to.equal(`${quote.total.amount} JOD`);
    expect(host.fee.lines.map((l) => l.reference)).to.deep.equal(quote.lines.map((l) => l.rule));
    expect(host.fee.payable).to.deep.equal({ kind: 'filing_fee', quoteId: quote.id });

    const payment = await host.fee.pay(PAYER);
    expect(host.fee.phase).to.equal('awaiting_bank');
    expect(host.handoffs.map((h) => h.payment.id)).to.deep.equal([payment.id]);
    expect(host.fee.handoff).to.deep.equal(payment.nextAction);

    await confirmAtBank(env, payment);
    await waitUntil(() => host.successes.length === 1, 'success not reported', { timeout: 5000 });
    expect(host.fee.phase).to.equal('succeeded');
    expect(host.successes[0]!.receipt.paymentId).to.equal(payment.id);
    expect(host.handoffs).to.have.length(1, 'handed off once');
  });

  it('two pay() calls at once share one request and one promise', async () => {
    const wire: WireEntry[] = [];
    const host = await hostFor(wire);
    const first = host.fee.pay(PAYER);
    const second = host.fee.pay({ name: 'Someone Else' });
    expectSame(second, first, 'the second pay() promise');
    await first;
    expect(wire.filter((e) => e.method === 'POST' && e.path === '/v1/payments')).to.have.length(1);
    expect(storedPayments(env)).to.have.length(1);
    // A payment waiting for the bank is answered as it is.
    expect((await host.fee.pay(PAYER)).id).to.equal((await first).id);
    expect(wire.filter((e) => e.method === 'POST' && e.path === '/v1/payments')).to.have.length(1);
  });

  it('keeps only the payment id, under the namespaced key, in the storage it is given; none with storage null', async () => {
    const host = await hostFor();
    const storage = host.storage as MemoryStorage;
    const payment = await host.fee.pay({ name: PAYER.name, nationalId: withCheckDigit('ps-id', '40012345') });
    expect(storage.entries()).to.deep.equal([[`${RESUME_KEY_PREFIX}quote:${host.quoteId}`, payment.id]]);
    expect(sessionStorage.length).to.equal(0);

    const bare = await hostFor();
    bare.storage = null;
    await bare.fee.pay(PAYER);
    expect(sessionStorage.length).to.equal(0);
  });

  it('refuses a payer without a name before sending anything', async () => {
    const wire: WireEntry[] = [];
    const host = await hostFor(wire);
    let error: unknown;
    await host.fee.pay({ name: '   ' }).catch((e: unknown) => (error = e));
    expect(error).to.include({ type: 'invalid_request', code: 'invalid_input', param: 'body.payer.name' });
    expect(host.fee.problem).to.equal('validation');
    expect(host.failures).to.have.length(0, 'not a failed payment: nothing was sent');
    expect(wire.filter((e) => e.path === '/v1/payments')).to.have.length(0);
  });

  it('forgets a remembered payment the API does not know, and starts afresh', async () => {
    const storage = new MemoryStorage();
    const quote = await makeQuote(env);
    storage.setItem(`${RESUME_KEY_PREFIX}quote:${quote.id}`, 'pay_doesnotexist');
    const client = await ministryPaymentClient(env, { feeQuotes: [quote.id] });
    const host = document.createElement('fee-host') as FeeHost;
    host.storage = storage;
    host.client = client;
    host.quoteId = quote.id;
    document.body.append(host);
    await waitUntil(() => host.fee.status === 'ready', 'quote not loaded', { timeout: 5000 });
    expect(host.fee.payment).to.equal(undefined);
    expect(storage.length).to.equal(0);
    host.remove();
  });
});

describe('fee payment helpers', () => {
  const line = (amount: number, currency: 'JOD' | 'IRR' = 'JOD'): PaymentLine => ({ description: { en: 'x' }, reference: 'r', amount: { amount, currency } });

  it('totalOf adds minor units exactly, and refuses mixed currencies', () => {
    expect(totalOf([line(100_000), line(20_000)])).to.deep.equal({ amount: 120_000, currency: 'JOD' });
    expect(totalOf([line(3_500_000_000, 'IRR'), line(7_000_000_001, 'IRR')])).to.deep.equal({ amount: 10_500_000_001, currency: 'IRR' });
    expect(totalOf([])).to.equal(null);
    expect(() => totalOf([line(1), line(1, 'IRR')])).to.throw(RangeError);
  });

  it('paymentProblem reads codes first, then types', () => {
    expect(paymentProblem({ type: 'conflict', code: 'payable_already_paid' })).to.equal('already_paid');
    expect(paymentProblem({ type: 'business_rule', code: 'quote_expired' })).to.equal('quote_expired');
    expect(paymentProblem({ type: 'business_rule', code: 'fine_not_payable_here' })).to.equal('refused');
    expect(paymentProblem({ type: 'business_rule', code: 'earlier_installment_unpaid' })).to.equal('earlier_installment_unpaid');
    expect(paymentProblem({ type: 'business_rule', code: 'payable_not_supported' })).to.equal('not_supported');
    expect(paymentProblem({ type: 'authentication', code: 'widget_session_expired' })).to.equal('expired');
    expect(paymentProblem({ type: 'authentication', code: 'invalid_key' })).to.equal('authentication');
    expect(paymentProblem({ type: 'connection', code: 'network_error' })).to.equal('retryable');
    expect(paymentProblem({ type: 'server', code: 'internal' })).to.equal('retryable');
    expect(paymentProblem(new Error('boom'))).to.equal('other');
  });

  it('ResumeStore ignores what is not a payment id and survives a storage that throws', () => {
    const storage = new MemoryStorage();
    const store = new ResumeStore(() => storage);
    storage.setItem(`${RESUME_KEY_PREFIX}x`, '<script>');
    expect(store.read('x')).to.equal(undefined);
    store.write('x', 'pay_000001');
    expect(store.read('x')).to.equal('pay_000001');
    const broken = new ResumeStore(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    expect(broken.read('x')).to.equal(undefined);
    expect(() => broken.write('x', 'pay_1')).not.to.throw();
  });

  it('fineSearchBody checks national IDs with the jurisdiction’s rule and normalises digits', () => {
    const id = withCheckDigit('ps-id', '40012345');
    const arabicDigits = id.replace(/[0-9]/g, (d) => String.fromCharCode(0x0660 + Number(d)));
    expect(fineSearchBody('PS', 'nationalId', ` ${arabicDigits} `)).to.deep.equal({ jurisdiction: 'PS', nationalId: id });
    const wrong = id.slice(0, -1) + String((Number(id.at(-1)) + 1) % 10);
    expect(() => fineSearchBody('PS', 'nationalId', wrong))
      .to.throw()
      .that.deep.includes({ code: 'invalid_input', param: 'body.nationalId' });
    try {
      fineSearchBody('PS', 'nationalId', wrong);
    } catch (error) {
      const { issues, message } = error as { issues: Array<{ code: string }>; message: string };
      expect(issues[0]!.code).to.equal('checksum');
      expect(message).not.to.contain(wrong);
    }
    expect(fineSearchBody('SA', 'plate', 'ABJ 1234')).to.deep.equal({ jurisdiction: 'SA', plate: 'ABJ 1234' });
    expect(() => fineSearchBody('SA', 'plate', 'A')).to.throw().that.has.property('param', 'body.plate');
  });
});
