/**
 * Electronic auctions of assets seized in execution files. A lot is `scheduled` until
 * `opensAt`, `open` until `closesAt`, then `closed`: the highest bid wins.
 *
 * Bidding rules:
 * - a bid needs a person: a person token, or a widget session with `subjects.person`
 *   (403 `bidder_required`); the file's debtor may not bid (403 `debtor_may_not_bid`);
 * - before `opensAt`: 422 `auction_not_open`; at or after `closesAt`: 422 `auction_closed`
 *   (the closing instant itself is too late);
 * - the amount must be at least `nextMinimumBid` — the starting price for the first bid,
 *   then the current price plus the minimum increment: 422 `bid_below_increment`; in the
 *   lot's currency: 422 `currency_mismatch`;
 * - `placeBid` requires an `Idempotency-Key`: a retried bid is placed once.
 * Bids racing at the close are taken one at a time in the order they arrive: of two bids
 * of the same amount, the second is below the increment.
 *
 * Bidders are never named: bids show amounts and times only.
 * @module
 */
import * as z from 'zod/mini';
import { defineEndpoints, Id, Instant, JurisdictionCode, listOf, LocalizedText, Money, PageQuery } from './common.ts';

export const AuctionLotStatus = z.enum(['scheduled', 'open', 'closed']);
export type AuctionLotStatus = z.infer<typeof AuctionLotStatus>;

export const AuctionLot = z.object({
  id: Id,
  executionFileId: Id,
  jurisdiction: JurisdictionCode,
  courtId: Id,
  title: LocalizedText,
  description: LocalizedText,
  status: AuctionLotStatus,
  opensAt: Instant,
  closesAt: Instant,
  startingPrice: Money,
  /** The highest bid so far, or the starting price before any. */
  currentPrice: Money,
  minimumIncrement: Money,
  /** The least a bid may be now. */
  nextMinimumBid: Money,
  bidCount: z.int().check(z.nonnegative()),
  /** Once closed: the winning bid; `null` while open, or when nobody bid. */
  winningBidId: z.nullable(Id),
});
export type AuctionLot = z.infer<typeof AuctionLot>;

export const AuctionBid = z.object({
  id: Id,
  lotId: Id,
  amount: Money,
  placedAt: Instant,
  /** `true` when the caller placed it. */
  yours: z.boolean(),
});
export type AuctionBid = z.infer<typeof AuctionBid>;

export const PlaceBidBody = z.object({ amount: z.object({ amount: z.int().check(z.positive()), currency: Money.shape.currency }) });
export type PlaceBidBody = z.infer<typeof PlaceBidBody>;

const LotParams = z.object({ lotId: Id });
const anyone = ['publishable', 'secret', 'widget', 'bearer'] as const;

export const auctionsEndpoints = defineEndpoints({
  listLots: {
    method: 'GET',
    path: '/v1/auctions/lots',
    summary: 'Auction lots of the caller’s jurisdiction (public), soonest closing first.',
    query: z.object({ ...PageQuery, status: z.optional(AuctionLotStatus), executionFileId: z.optional(Id) }),
    status: 200,
    response: listOf(AuctionLot),
    errors: [400],
    auth: anyone,
    paginated: true,
  },
  getLot: {
    method: 'GET',
    path: '/v1/auctions/lots/:lotId',
    summary: 'A lot: times, prices, increment, status, and the winning bid once closed.',
    params: LotParams,
    status: 200,
    response: AuctionLot,
    errors: [400, 404],
    auth: anyone,
  },
  listBids: {
    method: 'GET',
    path: '/v1/auctions/lots/:lotId/bids',
    summary: 'The bids on a lot, highest first; amounts and times only.',
    params: LotParams,
    query: z.object({ ...PageQuery }),
    status: 200,
    response: listOf(AuctionBid),
    errors: [400, 404],
    auth: anyone,
    paginated: true,
  },
  placeBid: {
    method: 'POST',
    path: '/v1/auctions/lots/:lotId/bids',
    summary: 'Place a bid (once per Idempotency-Key); at least the lot’s `nextMinimumBid`, before `closesAt`.',
    description:
      'Refused: 403 `bidder_required`, `debtor_may_not_bid`; 422 `auction_not_open`, `auction_closed`, `bid_below_increment`, ' +
      '`currency_mismatch`.',
    params: LotParams,
    body: PlaceBidBody,
    status: 201,
    response: AuctionBid,
    errors: [400, 403, 404, 422],
    auth: ['widget', 'bearer'],
    idempotency: 'required',
  },
});
