/**
 * Payments for browser tests, made the way partners make them: a ministry's widget
 * (hand-off by redirect to the jurisdiction's bank) through `widget-session.ts`, a
 * bank's widget (hand-off to the bank's own page), the bank's server confirming with
 * its secret key (allowed in the browser here only because the "server" is the test),
 * and a look into the sandbox's store, which answers never show.
 * @module
 */
import { AdalatClient } from '@adalat/sdk';
import type { FeeQuote, JurisdictionCode, Payment, PaymentFailureCode, QuoteFeesBody, WidgetSubjects } from '@adalat/sdk/contract';
import { useTestSandbox, type TestSandbox } from './sandbox.ts';
import { ministryOf, ministryServer } from './widget-session.ts';

/** Everything `<adalat-fee-payment>` may call. */
export const PAYMENT_OPERATIONS = [
  'fees.quote',
  'fees.getQuote',
  'payments.create',
  'payments.get',
  'payments.list',
  'payments.cancel',
  'payments.getReceipt',
  'payments.downloadReceipt',
  'trafficFines.search',
  'trafficFines.list',
  'trafficFines.get',
  // Installment mode reads the execution file for the installment's amount and due date.
  'execution.get',
] as const;

/** A Palestinian claim quote input (1% of 20,000 JOD = 200 JOD, between the 50 and 1,000 bounds). */
export const PS_CLAIM: QuoteFeesBody = {
  jurisdiction: 'PS',
  filingKind: 'claim',
  category: 'civil.contract.sale',
  filerType: 'individual',
  claimAmount: { amount: 20_000_000, currency: 'JOD' },
};

/** The sandbox for a payment test file: also clears the resume state a payment leaves in `sessionStorage`. */
export function usePaymentSandbox(): TestSandbox {
  return useTestSandbox({}, { afterEach: () => sessionStorage.clear() });
}

export function bankOf(env: TestSandbox, jurisdiction: JurisdictionCode) {
  const partner = env.sandbox.keys.partners.find((p) => p.jurisdiction === jurisdiction && p.kind === 'bank');
  if (!partner) throw new Error(`the sandbox seed has no ${jurisdiction} bank`);
  return partner;
}

/** A client with the bank's secret key, as its server would hold it. */
export function bankServer(env: TestSandbox, jurisdiction: JurisdictionCode): AdalatClient {
  return new AdalatClient({ baseUrl: location.origin, auth: { secretKey: bankOf(env, jurisdiction).secretKey, allowInBrowser: true }, retry: false });
}

/** A quote made with a publishable key (quoting is public), as a previous step of the page would. */
export function makeQuote(env: TestSandbox, body: QuoteFeesBody = PS_CLAIM): Promise<FeeQuote> {
  return env.client.fees.quote(body);
}

export interface PaymentClientOptions {
  jurisdiction?: JurisdictionCode;
  ttlSeconds?: number;
  /** The page's fetch, to watch what goes over the wire. */
  fetch?: typeof globalThis.fetch;
}

/** A widget client of `partner` holding a new session with these subjects and every payment operation. */
async function sessionClient(
  partner: { publishableKey: string },
  server: AdalatClient,
  subjects: WidgetSubjects,
  options: PaymentClientOptions,
): Promise<AdalatClient> {
  const session = await server.widgetSessions.create({
    subjects,
    operations: [...PAYMENT_OPERATIONS],
    ...(options.ttlSeconds === undefined ? {} : { ttlSeconds: options.ttlSeconds }),
  });
  return new AdalatClient({
    baseUrl: location.origin,
    auth: { publishableKey: partner.publishableKey, clientSecret: () => session.clientSecret },
    retry: false,
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
}

/** A widget client of the jurisdiction's ministry (payments hand off by redirect to the jurisdiction's bank). */
export function ministryPaymentClient(env: TestSandbox, subjects: WidgetSubjects, options: PaymentClientOptions = {}): Promise<AdalatClient> {
  const jurisdiction = options.jurisdiction ?? 'PS';
  return sessionClient(ministryOf(env, jurisdiction), ministryServer(env, jurisdiction), subjects, options);
}

/** A widget client of the jurisdiction's bank (payments hand off to the bank's own page). */
export function bankPaymentClient(env: TestSandbox, subjects: WidgetSubjects, options: PaymentClientOptions = {}): Promise<AdalatClient> {
  const jurisdiction = options.jurisdiction ?? 'PS';
  return sessionClient(bankOf(env, jurisdiction), bankServer(env, jurisdiction), subjects, options);
}

/** One request as the page sent it, and how it ended (status 0: no answer). */
export interface WireEntry {
  method: string;
  path: string;
  idempotencyKey: string | null;
  status: number;
  replayed: string | null;
}

/** A fetch that records every request in `log`. */
export function recordingFetch(log: WireEntry[]): typeof globalThis.fetch {
  return async (input, init) => {
    const request = new Request(input, init);
    const entry: WireEntry = {
      method: request.method,
      path: new URL(request.url).pathname,
      idempotencyKey: request.headers.get('Idempotency-Key'),
      status: 0,
      replayed: null,
    };
    log.push(entry);
    const response = await fetch(request);
    entry.status = response.status;
    entry.replayed = response.headers.get('Idempotent-Replayed');
    return response;
  };
}

/** The payment's bank confirms it, server side, with its secret key and the payment's bank reference. */
export function confirmAtBank(
  env: TestSandbox,
  payment: Payment,
  outcome: { succeeded: true } | { failureCode: PaymentFailureCode } = { succeeded: true },
): Promise<Payment> {
  const bank = env.sandbox.keys.partners.find((p) => p.id === payment.bankId);
  if (!bank) throw new Error(`no bank ${payment.bankId}`);
  const server = new AdalatClient({ baseUrl: location.origin, auth: { secretKey: bank.secretKey, allowInBrowser: true }, retry: false });
  const bankReference = payment.nextAction?.bankReference ?? '';
  const body =
    'failureCode' in outcome
      ? { outcome: 'failed' as const, bankReference, failureCode: outcome.failureCode }
      : { outcome: 'succeeded' as const, bankReference, bankTransactionId: 'TXN-TEST-1' };
  return server.payments.confirm({ paymentId: payment.id, ...body });
}

/** Every payment in the sandbox's store (what answers never show: all of them, whoever made them). */
export function storedPayments(env: TestSandbox) {
  return [...env.sandbox.store.payments.values()];
}

/** A seeded person's national ID: test-only knowledge, answers never carry it. */
export function nationalIdOf(env: TestSandbox, personId: string): string {
  const person = env.sandbox.store.people.get(personId);
  if (!person) throw new Error(`no person ${personId}`);
  return person.nationalId;
}

/** Every value in this tab's sessionStorage, keys and values, for asserting what it does not hold. */
export function sessionStorageDump(): string {
  const entries: string[] = [];
  for (let i = 0; i < sessionStorage.length; i++) {
    const key = sessionStorage.key(i)!;
    entries.push(`${key}=${sessionStorage.getItem(key)}`);
  }
  return entries.join('\n');
}
