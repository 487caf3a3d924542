/**
 * Electronic auctions: lots of the caller's jurisdiction (public), their bids, and
 * placing a bid. Lots past `closesAt` are closed first (`execution/settle.ts`), so a bid
 * arriving at the closing instant finds the lot closed. Handlers run one at a time, so
 * bids racing at the close are taken in arrival order, each against the price the one
 * before it set.
 * @module
 */
import type { auctionsEndpoints } from '@adalat/sdk/contract';
import { toInstant } from '../clock.ts';
import { bidsOf, lotStatus, nextMinimumBid, toBid, toLot } from '../auctions/lots.ts';
import { personOf } from '../execution/access.ts';
import type { LotRecord } from '../execution/records.ts';
import { settleExecution } from '../execution/settle.ts';
import { callerJurisdiction } from '../payments/caller.ts';
import { businessRule, forbidden, notFound } from '../problem.ts';
import type { Caller, DomainHandlers } from '../router/context.ts';
import { paginate } from '../store/paginate.ts';
import type { Store } from '../store/store.ts';

function lotOf(store: Store, caller: Caller, lotId: string): LotRecord {
  const lot = store.execution.lots.get(lotId);
  if (lot === undefined || lot.jurisdiction !== callerJurisdiction(store, caller)) {
    throw notFound('lot_not_found', 'No auction lot of your jurisdiction has this id.', 'params.lotId');
  }
  return lot;
}

export const auctionsHandlers: DomainHandlers<typeof auctionsEndpoints> = {
  listLots({ query, auth, store, clock }) {
    const now = clock.now();
    settleExecution(store, now);
    const jurisdiction = callerJurisdiction(store, auth);
    const all = [...store.execution.lots.values()].sort((a, b) => Date.parse(a.closesAt) - Date.parse(b.closesAt) || a.id.localeCompare(b.id));
    const matching = all.filter(
      (lot) =>
        lot.jurisdiction === jurisdiction &&
        (query.status === undefined || lotStatus(lot, now) === query.status) &&
        (query.executionFileId === undefined || lot.executionFileId === query.executionFileId),
    );
    const page = paginate(all, matching, query);
    return { data: page.data.map((lot) => toLot(store, lot, now)), nextCursor: page.nextCursor };
  },

  getLot({ params, auth, store, clock }) {
    const now = clock.now();
    settleExecution(store, now);
    return toLot(store, lotOf(store, auth, params.lotId), now);
  },

  listBids({ params, query, auth, store, clock }) {
    settleExecution(store, clock.now());
    const lot = lotOf(store, auth, params.lotId);
    const all = bidsOf(store, lot.id);
    const page = paginate(all, all, query);
    const person = personOf(auth);
    return { data: page.data.map((bid) => toBid(bid, person)), nextCursor: page.nextCursor };
  },

  placeBid({ params, body, auth, store, clock }) {
    const now = clock.now();
    settleExecution(store, now);
    const person = personOf(auth);
    if (person === undefined) throw forbidden('bidder_required', 'A bid is placed by a person: a person token, or a widget session with `subjects.person`.');
    const lot = lotOf(store, auth, params.lotId);
    if (store.execution.files.get(lot.executionFileId)?.debtor.personId === person) {
      throw forbidden('debtor_may_not_bid', 'The debtor may not bid on assets seized from them.');
    }
    const status = lotStatus(lot, now);
    if (status === 'closed') throw businessRule('auction_closed', 'The auction has closed; no more bids.', 'params.lotId');
    if (status === 'scheduled') throw businessRule('auction_not_open', `The auction opens at ${lot.opensAt}.`, 'params.lotId');
    if (body.amount.currency !== lot.startingPrice.currency) {
      throw businessRule('currency_mismatch', `Bids on this lot are in ${lot.startingPrice.currency}.`, 'body.amount.currency');
    }
    const least = nextMinimumBid(lot, bidsOf(store, lot.id)[0]);
    if (body.amount.amount < least.amount) {
      throw businessRule('bid_below_increment', `A bid must be at least ${least.amount} (minor units of ${least.currency}).`, 'body.amount.amount');
    }
    const id = store.execution.nextId('bid', 'bid');
    const bid = { id, lotId: lot.id, amount: { ...body.amount }, placedAt: toInstant(now), personId: person, partnerId: auth.kind === 'widget' ? auth.partner.id : null };
    store.execution.bids.set(id, bid);
    return toBid(bid, person);
  },
};
