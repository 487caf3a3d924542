/**
 * Stored execution records as the contract shows them, on the sandbox clock: a file's
 * paid, outstanding and creditor balance, installment statuses, masked IBANs.
 * @module
 */
import type { ExecutionFile, ExecutionRequest, ExecutionTransfer, Installment, Money } from '@adalat/sdk/contract';
import { installmentStatus } from '../rules/installments.ts';
import type { Store } from '../store/store.ts';
import type { ExecutionFileRecord, ExecutionRequestRecord, TransferRecord } from './records.ts';

const money = (amount: number, currency: Money['currency']): Money => ({ amount, currency });

/** Minor units the debtor has paid in. */
export function paidOf(file: ExecutionFileRecord): number {
  return file.installments.reduce((sum, i) => sum + (i.paidAt === null ? 0 : i.amount.amount), 0);
}

/** Minor units paid in and still held for the creditor: paid, less every cheque drawn and every transfer made. */
export function creditorBalanceOf(store: Store, file: ExecutionFileRecord): number {
  let out = 0;
  for (const cheque of store.execution.cheques.values()) if (cheque.executionFileId === file.id) out += cheque.amount.amount;
  for (const transfer of store.execution.transfers.values()) if (transfer.executionFileId === file.id) out += transfer.amount.amount;
  return paidOf(file) - out;
}

export function toExecutionFile(store: Store, file: ExecutionFileRecord, now: Date): ExecutionFile {
  const { timeZone: _timeZone, installments: stored, ...rest } = structuredClone(file);
  const installments: Installment[] = stored.map((i) => ({ ...i, status: installmentStatus(i.dueDate, i.paidAt !== null, now, file.timeZone) }));
  const currency = file.principal.currency;
  const paid = paidOf(file);
  const outstanding = file.principal.amount - paid;
  return {
    ...rest,
    status: outstanding === 0 ? 'settled' : 'open',
    paid: money(paid, currency),
    outstanding: money(outstanding, currency),
    creditorBalance: money(creditorBalanceOf(store, file), currency),
    installments,
    nextInstallment: structuredClone(installments.find((i) => i.status !== 'paid') ?? null),
  };
}

/** `PS92 **** 1234`: country, check digits and the last four characters; the length is hidden too. */
export function maskIban(iban: string): string {
  return `${iban.slice(0, 4)} **** ${iban.slice(-4)}`;
}

export function toTransfer(transfer: TransferRecord): ExecutionTransfer {
  const { iban, ...rest } = structuredClone(transfer);
  return { ...rest, ibanMasked: maskIban(iban) };
}

const encoder = new TextEncoder();

export function toRequest(request: ExecutionRequestRecord): ExecutionRequest {
  return {
    ...structuredClone(request),
    documents: request.documents.map((d) => ({ id: d.id, title: d.title, sizeBytes: encoder.encode(d.text).byteLength })),
  };
}
