/**
 * One sandbox's execution department and auctions: the maps of files, cheques,
 * transfers, requests, lots, bids and bank accounts, and the counters of the ids it
 * hands out. `load` empties it and loads a seed again, in place.
 * @module
 */
import { sequentialId } from '../store/id-counters.ts';
import type {
  BankAccountRecord,
  BidRecord,
  ChequeRecord,
  ExecutionFileRecord,
  ExecutionRequestRecord,
  ExecutionSeed,
  LotRecord,
  TransferRecord,
} from './records.ts';

type CounterName = 'file' | 'cheque' | 'transfer' | 'request' | 'document' | 'bid';

export class ExecutionState {
  readonly files = new Map<string, ExecutionFileRecord>();
  readonly cheques = new Map<string, ChequeRecord>();
  readonly transfers = new Map<string, TransferRecord>();
  readonly requests = new Map<string, ExecutionRequestRecord>();
  readonly lots = new Map<string, LotRecord>();
  readonly bids = new Map<string, BidRecord>();
  /** By IBAN. */
  readonly accounts = new Map<string, BankAccountRecord>();
  #counters: Record<CounterName, number> = { file: 0, cheque: 0, transfer: 0, request: 0, document: 0, bid: 0 };

  /** `exf_000001`, `chq_000001`, …: ids of things made after the seed. */
  nextId(counter: CounterName, prefix: string): string {
    this.#counters[counter] += 1;
    return sequentialId(prefix, this.#counters[counter]);
  }

  load(seed: ExecutionSeed): void {
    fill(this.files, seed.files);
    fill(this.cheques, seed.cheques);
    fill(this.transfers, seed.transfers);
    fill(this.requests, seed.requests);
    fill(this.lots, seed.lots);
    fill(this.bids, seed.bids);
    this.accounts.clear();
    for (const account of seed.accounts) this.accounts.set(account.iban, structuredClone(account));
    this.#counters = { file: 0, cheque: 0, transfer: 0, request: 0, document: 0, bid: 0 };
  }
}

function fill<V extends { id: string }>(map: Map<string, V>, items: readonly V[]): void {
  map.clear();
  for (const item of items) map.set(item.id, structuredClone(item));
}
