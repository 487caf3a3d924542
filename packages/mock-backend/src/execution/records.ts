/**
 * Execution files, cheques, transfers, requests, auction lots and bids as the sandbox
 * stores them, and the bank-account register that says whose name an IBAN is held in.
 * What answers show is worked out from these on the sandbox clock (`views.ts`).
 * @module
 */
import type {
  AuctionLot,
  ExecutionCheque,
  ExecutionFile,
  ExecutionRequest,
  ExecutionTransfer,
  Installment,
  Money,
} from '@adalat/sdk/contract';

export type InstallmentRecord = Omit<Installment, 'status'>;

/** A file as stored: its money (paid, outstanding, balance) and installment statuses are derived. */
export interface ExecutionFileRecord
  extends Omit<ExecutionFile, 'status' | 'paid' | 'outstanding' | 'creditorBalance' | 'installments' | 'nextInstallment'> {
  /** The court's time zone, for due dates. */
  timeZone: string;
  installments: InstallmentRecord[];
}

export type ChequeRecord = ExecutionCheque;

/** A transfer as stored, with its full IBAN (answers show it masked). */
export interface TransferRecord extends Omit<ExecutionTransfer, 'ibanMasked'> {
  iban: string;
}

/** A request as stored, with its documents' text. */
export interface ExecutionRequestRecord extends Omit<ExecutionRequest, 'documents'> {
  documents: Array<{ id: string; title: string; text: string }>;
}

export type LotRecord = Omit<AuctionLot, 'status' | 'currentPrice' | 'nextMinimumBid' | 'bidCount' | 'winningBidId'> & {
  /** Set when the lot was closed (on the first look at or after `closesAt`). */
  closed: boolean;
  winningBidId: string | null;
};

export interface BidRecord {
  id: string;
  lotId: string;
  amount: Money;
  placedAt: string;
  /** The person who bid, and the partner whose widget they bid through; never shown. */
  personId: string;
  partnerId: string | null;
}

/** An account at a bank of the jurisdiction: the register the court checks a creditor's IBAN against. */
export interface BankAccountRecord {
  /** Compact upper-case IBAN. */
  iban: string;
  personId: string;
  /** The holder's name as the bank knows it. */
  holder: string;
}

/** The seeded execution data. */
export interface ExecutionSeed {
  files: ExecutionFileRecord[];
  cheques: ChequeRecord[];
  transfers: TransferRecord[];
  requests: ExecutionRequestRecord[];
  lots: LotRecord[];
  bids: BidRecord[];
  accounts: BankAccountRecord[];
}
