/**
 * An installment as a payable (`execution_installment`): who may pay it, what it
 * charges, and what paying it does. Paid in order: an earlier unpaid installment must
 * be paid first. The debtor's own token, court staff and partners' secret keys of the
 * jurisdiction, and widget sessions scoped to the file may pay.
 * @module
 */
import type { ExecutionInstallmentPayable, LanguageCode, LocalizedText, PaymentLine } from '@adalat/sdk/contract';
import { ApiProblem, businessRule, forbidden, notFound } from '../problem.ts';
import type { Caller } from '../router/context.ts';
import type { Store } from '../store/store.ts';
import type { ExecutionFileRecord } from './records.ts';
import { publishExecutionUpdated } from './events.ts';

const INSTALLMENT_TEXT: Record<LanguageCode, string> = {
  ar: 'قسط في الملف التنفيذي',
  fa: 'قسط پرونده اجرایی',
  kk: 'Атқарушылық іс бойынша бөліп төлеу',
  ru: 'Платёж по исполнительному производству',
  en: 'Installment of execution file',
};

export interface ResolvedInstallment {
  lines: PaymentLine[];
  keys: string[];
}

export function installmentKey(fileId: string, number: number): string {
  return `installment:${fileId}:${number}`;
}

/**
 * What paying the installment charges, or the problem that stops it; the file exists and
 * is of the caller's jurisdiction (and in a widget's scope). `param` is `body.payable`.
 */
export function resolveInstallment(caller: Caller, file: ExecutionFileRecord, payable: ExecutionInstallmentPayable, param: string): ResolvedInstallment {
  if (caller.kind === 'bearer' && caller.user.subject !== 'staff' && caller.user.id !== file.debtor.personId) {
    throw forbidden('execution_file_not_accessible', 'A person token pays installments of their own debts only.', `${param}.executionFileId`);
  }
  const numberParam = `${param}.installmentNumber`;
  const installment = file.installments.find((i) => i.number === payable.installmentNumber);
  if (installment === undefined) throw notFound('installment_not_found', 'The file has no installment with this number.', numberParam);
  if (installment.paidAt !== null) {
    throw new ApiProblem(409, 'conflict', 'payable_already_paid', 'This is already paid; nothing more is due.', { param: numberParam });
  }
  if (file.installments.some((i) => i.number < installment.number && i.paidAt === null)) {
    throw businessRule('earlier_installment_unpaid', 'Installments are paid in order: pay the earliest unpaid one first.', numberParam);
  }
  const description: LocalizedText = {};
  for (const language of Object.keys(INSTALLMENT_TEXT) as LanguageCode[]) {
    description[language] = `${INSTALLMENT_TEXT[language]} ${file.number} (${installment.number}/${file.installments.length})`;
  }
  return {
    lines: [{ description, reference: `${file.number}/${installment.number}`, amount: { ...installment.amount } }],
    keys: [installmentKey(file.id, installment.number)],
  };
}

/** The payment succeeded: the installment is paid, the money held for the creditor, `execution.updated` published. */
export function markInstallmentPaid(store: Store, payable: ExecutionInstallmentPayable, paymentId: string, at: Date, paidAt: string): void {
  const file = store.execution.files.get(payable.executionFileId);
  const installment = file?.installments.find((i) => i.number === payable.installmentNumber);
  if (file === undefined || installment === undefined) return;
  installment.paidAt = paidAt;
  installment.paymentId = paymentId;
  publishExecutionUpdated(store, at, file, 'installment_paid');
}
