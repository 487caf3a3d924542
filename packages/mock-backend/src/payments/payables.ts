/**
 * From a payable to what a payment charges: its jurisdiction, lines, total, and one
 * key per item paid (`fine:…`, `quote:…`, `deposit:…`) to find other payments of the
 * same thing. Each kind checks that it exists, that the caller may pay it (its
 * jurisdiction, a widget session's scope, a user's own fines and cases) and that it
 * can still be paid. Already paid is a 409 `payable_already_paid`. Execution installments
 * are resolved in `execution/installments.ts`.
 * @module
 */
import type { JurisdictionCode, LanguageCode, LocalizedText, Money, Payable, PaymentLine } from '@adalat/sdk/contract';
import { canRead } from '../cases/access.ts';
import { ApiProblem, businessRule, forbidden, notFound } from '../problem.ts';
import type { Caller } from '../router/context.ts';
import type { Store } from '../store/store.ts';
import type { WidgetSessionRecord } from '../store/types.ts';
import { resolveInstallment } from '../execution/installments.ts';
import { inWidgetScope } from '../traffic-fines/access.ts';
import { requireJurisdiction } from './caller.ts';

export interface ResolvedPayable {
  /** The payable as stored: duplicate fine ids dropped. */
  payable: Payable;
  jurisdiction: JurisdictionCode;
  lines: PaymentLine[];
  total: Money;
  keys: string[];
}

interface Context {
  store: Store;
  caller: Caller;
  now: Date;
}

const PARAM = 'body.payable';

/** Whether a widget session's subjects cover the payable. */
export function payableInWidgetScope(store: Store, session: WidgetSessionRecord, payable: Payable): boolean {
  const { subjects } = session;
  switch (payable.kind) {
    case 'filing_fee':
      return (subjects.feeQuotes ?? []).includes(payable.quoteId) || store.feeQuotes.get(payable.quoteId)?.createdBySessionId === session.id;
    case 'traffic_fines':
      return payable.fineIds.every((id) => {
        const fine = store.trafficFines.get(id);
        return fine !== undefined && inWidgetScope(session, fine);
      });
    case 'execution_installment':
      return (subjects.executionFiles ?? []).includes(payable.executionFileId);
    case 'court_deposit':
      return (subjects.cases ?? []).includes(payable.caseId);
  }
}

function outOfScope(param: string): ApiProblem {
  return forbidden('subject_not_in_scope', 'The widget session is not scoped to this payable.', param);
}

function alreadyPaid(param: string): ApiProblem {
  return new ApiProblem(409, 'conflict', 'payable_already_paid', 'This is already paid; nothing more is due.', { param });
}

function sum(lines: readonly PaymentLine[], currency: Money['currency']): Money {
  return { amount: lines.reduce((total, l) => total + l.amount.amount, 0), currency };
}

function filingFee(context: Context, payable: Extract<Payable, { kind: 'filing_fee' }>): ResolvedPayable {
  const { store, caller, now } = context;
  const param = `${PARAM}.quoteId`;
  const quote = store.feeQuotes.get(payable.quoteId);
  if (quote === undefined) throw notFound('quote_not_found', 'No fee quote has this id.', param);
  requireJurisdiction(store, caller, quote.jurisdiction, param);
  if (caller.kind === 'widget' && !payableInWidgetScope(store, caller.session, payable)) throw outOfScope(param);
  if (quote.paymentId !== null) throw alreadyPaid(param);
  if (quote.total.amount === 0) throw businessRule('nothing_to_pay', 'The quote is exempt or comes to nothing; a filing cites it as it is.', param);
  if (now.getTime() > Date.parse(quote.validUntil)) throw businessRule('quote_expired', 'The quote has expired; quote again.', param);
  const lines = quote.lines.map((l) => ({ description: structuredClone(l.description), reference: l.rule, amount: { ...l.amount } }));
  return { payable: { ...payable }, jurisdiction: quote.jurisdiction, lines, total: { ...quote.total }, keys: [`quote:${quote.id}`] };
}

/** `violation — city` in every language both are written in. */
function fineDescription(violation: LocalizedText, city: LocalizedText): LocalizedText {
  const out: LocalizedText = {};
  for (const language of Object.keys(violation) as LanguageCode[]) {
    const where = city[language];
    out[language] = where === undefined ? violation[language]! : `${violation[language]} — ${where}`;
  }
  return out;
}

function trafficFines(context: Context, payable: Extract<Payable, { kind: 'traffic_fines' }>): ResolvedPayable {
  const { store, caller } = context;
  const ids = [...new Set(payable.fineIds)];
  const staff = caller.kind === 'bearer' && caller.user.subject === 'staff' ? store.staff.get(caller.user.id) : undefined;
  const counter = staff === undefined ? undefined : store.courts.get(staff.courtId);
  const fines = ids.map((id) => {
    const param = `${PARAM}.fineIds.${payable.fineIds.indexOf(id)}`;
    const fine = store.trafficFines.get(id);
    if (fine === undefined) throw notFound('fine_not_found', 'No traffic fine has this id.', param);
    requireJurisdiction(store, caller, fine.jurisdiction, param);
    if (caller.kind === 'widget' && !inWidgetScope(caller.session, fine)) throw outOfScope(param);
    if (caller.kind === 'bearer' && caller.user.subject !== 'staff' && fine.personId !== caller.user.id) {
      throw forbidden('fine_not_accessible', 'A person token pays only the person’s own fines.', param);
    }
    const nationwide = store.jurisdictions.get(fine.jurisdiction)?.rules.trafficFinesPayableNationwide ?? false;
    if (counter !== undefined && !nationwide && counter.city.en !== store.courts.get(fine.courtId)?.city.en) {
      throw businessRule('fine_not_payable_here', 'This jurisdiction takes a fine only at a court of the city where it was recorded.', param);
    }
    if (fine.status === 'paid') throw alreadyPaid(param);
    return fine;
  });
  const currency = fines[0]!.amount.currency;
  if (fines.some((fine) => fine.amount.currency !== currency)) {
    throw businessRule('mixed_currencies', 'Fines in different currencies cannot be paid together.', `${PARAM}.fineIds`);
  }
  const lines = fines.map((fine) => ({
    description: fineDescription(fine.violation.description, fine.city),
    reference: fine.number,
    amount: { ...fine.amount },
  }));
  return {
    payable: { kind: 'traffic_fines', fineIds: ids },
    jurisdiction: fines[0]!.jurisdiction,
    lines,
    total: sum(lines, currency),
    keys: ids.map((id) => `fine:${id}`),
  };
}

const DEPOSIT_TEXT: Record<LanguageCode, string> = {
  ar: 'أمانة في الدعوى',
  fa: 'سپرده در پرونده',
  kk: 'Іс бойынша депозит',
  ru: 'Депозит по делу',
  en: 'Court deposit in case',
};

function courtDeposit(context: Context, payable: Extract<Payable, { kind: 'court_deposit' }>): ResolvedPayable {
  const { store, caller } = context;
  const param = `${PARAM}.caseId`;
  const record = store.cases.get(payable.caseId);
  if (record === undefined) throw notFound('case_not_found', 'No case has this id.', param);
  requireJurisdiction(store, caller, record.jurisdiction, param);
  if (caller.kind === 'widget' && !payableInWidgetScope(store, caller.session, payable)) throw outOfScope(param);
  if (!canRead(caller, record)) throw forbidden('case_not_accessible', 'This credential may not act in this case.', param);
  const jurisdiction = store.jurisdictions.get(record.jurisdiction)!;
  const accepted = [jurisdiction.currency, ...jurisdiction.otherCurrencies];
  if (!accepted.includes(payable.amount.currency)) {
    throw businessRule('currency_not_accepted', `Deposits in ${record.jurisdiction} are taken in ${accepted.join(' or ')}.`, `${PARAM}.amount.currency`);
  }
  const description: LocalizedText = {};
  for (const language of jurisdiction.languages) description[language] = `${DEPOSIT_TEXT[language]} ${record.number}`;
  const lines = [{ description, reference: record.number, amount: { ...payable.amount } }];
  return {
    payable: structuredClone(payable),
    jurisdiction: record.jurisdiction,
    lines,
    total: { ...payable.amount },
    keys: [`deposit:${record.id}`],
  };
}

function executionInstallment(context: Context, payable: Extract<Payable, { kind: 'execution_installment' }>): ResolvedPayable {
  const { store, caller } = context;
  const param = `${PARAM}.executionFileId`;
  const file = store.execution.files.get(payable.executionFileId);
  if (file === undefined) throw notFound('execution_file_not_found', 'No execution file has this id.', param);
  requireJurisdiction(store, caller, file.jurisdiction, param);
  if (caller.kind === 'widget' && !payableInWidgetScope(store, caller.session, payable)) throw outOfScope(param);
  const { lines, keys } = resolveInstallment(caller, file, payable, PARAM);
  return { payable: { ...payable }, jurisdiction: file.jurisdiction, lines, total: sum(lines, file.principal.currency), keys };
}

/** What the payable charges, or the problem that stops it being paid. */
export function resolvePayable(context: Context, payable: Payable): ResolvedPayable {
  switch (payable.kind) {
    case 'filing_fee':
      return filingFee(context, payable);
    case 'traffic_fines':
      return trafficFines(context, payable);
    case 'court_deposit':
      return courtDeposit(context, payable);
    case 'execution_installment':
      return executionInstallment(context, payable);
  }
}
