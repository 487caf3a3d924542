/**
 * What the passing of time does, on the sandbox clock, applied lazily by every
 * execution and auction handler (as payments expire): a transfer is `processing` one
 * hour after it was requested and `paid` three hours after (`transfer.paid`), and lots
 * past their `closesAt` close.
 * @module
 */
import { toInstant } from '../clock.ts';
import { closeDueLots } from '../auctions/lots.ts';
import type { Store } from '../store/store.ts';
import { publishExecutionUpdated, publishTransferPaid } from './events.ts';

export const TRANSFER_PROCESSING_AFTER_MS = 60 * 60 * 1000;
export const TRANSFER_PAID_AFTER_MS = 3 * 60 * 60 * 1000;

export function settleExecution(store: Store, now: Date): void {
  for (const transfer of store.execution.transfers.values()) {
    if (transfer.status === 'paid') continue;
    const requested = Date.parse(transfer.requestedAt);
    if (now.getTime() >= requested + TRANSFER_PROCESSING_AFTER_MS && transfer.processingAt === null) {
      transfer.status = 'processing';
      transfer.processingAt = toInstant(new Date(requested + TRANSFER_PROCESSING_AFTER_MS));
    }
    if (now.getTime() >= requested + TRANSFER_PAID_AFTER_MS) {
      const paidAt = new Date(requested + TRANSFER_PAID_AFTER_MS);
      transfer.status = 'paid';
      transfer.paidAt = toInstant(paidAt);
      publishTransferPaid(store, paidAt, transfer);
      const file = store.execution.files.get(transfer.executionFileId);
      if (file !== undefined) publishExecutionUpdated(store, paidAt, file, 'transfer_paid');
    }
  }
  closeDueLots(store, now);
}
