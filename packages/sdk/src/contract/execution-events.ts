/**
 * The data of execution and auction events (`execution.updated`, `cheque.ready`,
 * `transfer.paid`, `auction.closed`). Sent to the file's creditor and debtor (their
 * person tokens, widget sessions whose `subjects.person` is one of them) and to widget
 * sessions scoped to the file; `auction.closed` also to everyone who bid on the lot.
 * @module
 */
import * as z from 'zod/mini';
import { Id, Instant, Money } from './common.ts';

/** What moved in an execution file. */
export const ExecutionChange = z.enum([
  'opened',
  'installment_paid',
  'cheque_ready',
  'cheque_collected',
  'transfer_requested',
  'transfer_paid',
  'request_filed',
  'request_decided',
]);
export type ExecutionChange = z.infer<typeof ExecutionChange>;

export const ExecutionUpdatedData = z.object({
  executionFileId: Id,
  change: ExecutionChange,
  /** What is still due after the change. */
  outstanding: Money,
  updatedAt: Instant,
});
export type ExecutionUpdatedData = z.infer<typeof ExecutionUpdatedData>;

export const ChequeReadyData = z.object({ executionFileId: Id, chequeId: Id, amount: Money });
export type ChequeReadyData = z.infer<typeof ChequeReadyData>;

export const TransferPaidData = z.object({ executionFileId: Id, transferId: Id, amount: Money });
export type TransferPaidData = z.infer<typeof TransferPaidData>;

export const AuctionClosedData = z.object({
  lotId: Id,
  executionFileId: Id,
  /** The winning bid's amount; `null` when nobody bid. */
  winningAmount: z.nullable(Money),
  bidCount: z.int().check(z.nonnegative()),
});
export type AuctionClosedData = z.infer<typeof AuctionClosedData>;

/** The data schemas by event, for `events.ts`. */
export const ExecutionEventChange = {
  updated: ExecutionUpdatedData,
  chequeReady: ChequeReadyData,
  transferPaid: TransferPaidData,
  auctionClosed: AuctionClosedData,
} as const;
