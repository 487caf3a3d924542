/**
 * Auction lots on the sandbox clock: status (`scheduled` before `opensAt`, `open` until
 * `closesAt`, then `closed`), current price and the least next bid, and closing — the
 * highest bid wins, settled on the first look at or after `closesAt`.
 * @module
 */
import type { AuctionBid, AuctionLot, Money } from '@adalat/sdk/contract';
import { publishAuctionClosed } from '../execution/events.ts';
import type { BidRecord, LotRecord } from '../execution/records.ts';
import type { Store } from '../store/store.ts';

/** The lot's bids, highest first (the earlier of equal amounts first). */
export function bidsOf(store: Store, lotId: string): BidRecord[] {
  return [...store.execution.bids.values()]
    .filter((bid) => bid.lotId === lotId)
    .sort((a, b) => b.amount.amount - a.amount.amount || Date.parse(a.placedAt) - Date.parse(b.placedAt));
}

/** The least a bid may be: the starting price for the first, then the highest bid plus the increment. */
export function nextMinimumBid(lot: LotRecord, highest: BidRecord | undefined): Money {
  if (highest === undefined) return { ...lot.startingPrice };
  return { amount: highest.amount.amount + lot.minimumIncrement.amount, currency: lot.startingPrice.currency };
}

/** Open means `opensAt ≤ now < closesAt`: the closing instant itself is too late. */
export function lotStatus(lot: LotRecord, now: Date): AuctionLot['status'] {
  if (lot.closed || now.getTime() >= Date.parse(lot.closesAt)) return 'closed';
  return now.getTime() >= Date.parse(lot.opensAt) ? 'open' : 'scheduled';
}

export function toLot(store: Store, lot: LotRecord, now: Date): AuctionLot {
  const { closed: _closed, ...rest } = structuredClone(lot);
  const bids = bidsOf(store, lot.id);
  const highest = bids[0];
  return {
    ...rest,
    status: lotStatus(lot, now),
    currentPrice: highest === undefined ? { ...lot.startingPrice } : { ...highest.amount },
    nextMinimumBid: nextMinimumBid(lot, highest),
    bidCount: bids.length,
  };
}

export function toBid(bid: BidRecord, personId: string | undefined): AuctionBid {
  return { id: bid.id, lotId: bid.lotId, amount: { ...bid.amount }, placedAt: bid.placedAt, yours: personId !== undefined && bid.personId === personId };
}

/** Closes every lot past its `closesAt`: the highest bid wins; `auction.closed` is published at the closing instant. */
export function closeDueLots(store: Store, now: Date): void {
  for (const lot of store.execution.lots.values()) {
    if (lot.closed || now.getTime() < Date.parse(lot.closesAt)) continue;
    const bids = bidsOf(store, lot.id);
    lot.closed = true;
    lot.winningBidId = bids[0]?.id ?? null;
    publishAuctionClosed(store, new Date(Date.parse(lot.closesAt)), lot, bids.length, bids[0] === undefined ? null : { ...bids[0].amount });
  }
}
