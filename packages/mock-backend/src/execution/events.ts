/**
 * Execution and auction events on the sandbox bus. The audience is the file (its
 * creditor, its debtor, widget sessions scoped to it) and, for `auction.closed`, the
 * people who bid on the lot; see `mayReceiveExecutionEvent`.
 * @module
 */
import type { ExecutionChange } from '@adalat/sdk/contract';
import { toInstant } from '../clock.ts';
import { publishEvent } from '../events/bus.ts';
import type { Store } from '../store/store.ts';
import type { ChequeRecord, ExecutionFileRecord, LotRecord, TransferRecord } from './records.ts';
import { paidOf } from './views.ts';

/** Marks the file changed at `at` and publishes `execution.updated`. */
export function publishExecutionUpdated(store: Store, at: Date, file: ExecutionFileRecord, change: ExecutionChange): void {
  file.updatedAt = toInstant(at);
  const outstanding = { amount: file.principal.amount - paidOf(file), currency: file.principal.currency };
  publishEvent(
    store,
    at,
    { type: 'execution.updated', caseId: null, data: { executionFileId: file.id, change, outstanding, updatedAt: file.updatedAt } },
    { executionFileId: file.id },
  );
}

export function publishChequeReady(store: Store, at: Date, cheque: ChequeRecord): void {
  publishEvent(
    store,
    at,
    { type: 'cheque.ready', caseId: null, data: { executionFileId: cheque.executionFileId, chequeId: cheque.id, amount: { ...cheque.amount } } },
    { executionFileId: cheque.executionFileId },
  );
}

export function publishTransferPaid(store: Store, at: Date, transfer: TransferRecord): void {
  publishEvent(
    store,
    at,
    { type: 'transfer.paid', caseId: null, data: { executionFileId: transfer.executionFileId, transferId: transfer.id, amount: { ...transfer.amount } } },
    { executionFileId: transfer.executionFileId },
  );
}

export function publishAuctionClosed(store: Store, at: Date, lot: LotRecord, bidCount: number, winningAmount: LotRecord['startingPrice'] | null): void {
  publishEvent(
    store,
    at,
    { type: 'auction.closed', caseId: null, data: { lotId: lot.id, executionFileId: lot.executionFileId, winningAmount, bidCount } },
    { executionFileId: lot.executionFileId, lotId: lot.id },
  );
}
