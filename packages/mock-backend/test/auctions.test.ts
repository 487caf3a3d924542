/**
 * Electronic auctions: lots and their prices, the bidding rules, bids placed once per
 * Idempotency-Key, bids racing at the close, and the highest bid winning.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { AuctionBid, AuctionLot, listOf } from '@adalat/sdk/contract';
import { mayReceive } from '../src/events/audience.ts';
import { assertProblem, call, parsed, useSandbox, type ApiResult } from './helpers.ts';
import { person } from './execution-helpers.ts';
import { bankOf, widget, type Caller } from './payments-helpers.ts';

const sandbox = useSandbox();
const LOT = 'lot_ps_001'; // open until 2026-11-30T12:00:00Z; 8,200 JOD bid; increment 100 JOD
const CLOSES = '2026-11-30T12:00:00Z';
let seq = 0;
const bid = (as: Caller, amount: number, lotId = LOT, idempotencyKey = `bid-${++seq}`): Promise<ApiResult> =>
  as(`/v1/auctions/lots/${lotId}/bids`, { body: { amount: { amount, currency: 'JOD' } }, idempotencyKey });
const lot = async (lotId = LOT): Promise<AuctionLot> => parsed(AuctionLot, (await call(`/v1/auctions/lots/${lotId}`, { key: bankOf(sandbox, 'PS').publishableKey })).body);

describe('auction lots', () => {
  test('public lots of the jurisdiction with status, current price and the least next bid', async () => {
    const list = parsed(listOf(AuctionLot), (await call('/v1/auctions/lots', { key: bankOf(sandbox, 'PS').publishableKey })).body);
    assert.deepEqual(list.data.map((l) => [l.id, l.status]), [['lot_ps_002', 'closed'], ['lot_ps_001', 'open']]);
    const open = list.data[1]!;
    assert.deepEqual([open.currentPrice.amount, open.nextMinimumBid.amount, open.bidCount, open.winningBidId], [8_200_000, 8_300_000, 2, null]);
    assert.equal(list.data[0]!.winningBidId, 'bid_ps_004');
    const saudi = parsed(listOf(AuctionLot), (await call('/v1/auctions/lots?status=scheduled', { key: bankOf(sandbox, 'SA').publishableKey })).body);
    assert.deepEqual(saudi.data.map((l) => l.id), ['lot_sa_001']);
    assertProblem(await call('/v1/auctions/lots/lot_sa_001', { key: bankOf(sandbox, 'PS').publishableKey }), 404, 'lot_not_found');
    const bids = parsed(listOf(AuctionBid), (await person(sandbox, 'per_ps_006')(`/v1/auctions/lots/${LOT}/bids`)).body);
    assert.deepEqual(bids.data.map((b) => [b.amount.amount, b.yours]), [[8_200_000, true], [8_000_000, false]]);
    assert.ok(!JSON.stringify(bids).includes('per_ps_'), 'bidders are never named');
  });
});

describe('bidding rules', () => {
  test('a bid at least the increment above the current price leads; below it is refused', async () => {
    const bidder = person(sandbox, 'per_ps_001');
    const low = assertProblem(await bid(bidder, 8_299_999), 422, 'bid_below_increment');
    assert.equal(low.param, 'body.amount.amount');
    const placed = await bid(bidder, 8_300_000);
    assert.equal(placed.status, 201, JSON.stringify(placed.body));
    assert.equal(parsed(AuctionBid, placed.body).yours, true);
    assert.deepEqual([(await lot()).currentPrice.amount, (await lot()).nextMinimumBid.amount], [8_300_000, 8_400_000]);
  });

  test('no bid before opening, at or after closing, in another currency, by the debtor, or without a person', async () => {
    const saudi = person(sandbox, 'per_sa_003');
    const early = await saudi('/v1/auctions/lots/lot_sa_001/bids', { body: { amount: { amount: 90_000_000, currency: 'SAR' } }, idempotencyKey: 'early' });
    assertProblem(early, 422, 'auction_not_open');
    const bidder = person(sandbox, 'per_ps_001');
    assertProblem(await bidder(`/v1/auctions/lots/${LOT}/bids`, { body: { amount: { amount: 9_000_000, currency: 'ILS' } }, idempotencyKey: 'ils' }), 422, 'currency_mismatch');
    assertProblem(await bid(person(sandbox, 'per_ps_005'), 9_000_000), 403, 'debtor_may_not_bid');
    assertProblem(await bid((path, options) => call(path, { ...options, key: bankOf(sandbox, 'PS').secretKey }), 9_000_000), 403, 'credential_not_allowed');
    const noPerson = await widget(bankOf(sandbox, 'PS'), { executionFiles: ['exf_ps_002'] }, ['auctions.placeBid']);
    assertProblem(await bid(noPerson, 9_000_000), 403, 'bidder_required');
    assertProblem(await bid(bidder, 9_000_000, 'lot_ps_002'), 422, 'auction_closed');
    assertProblem(await bidder(`/v1/auctions/lots/${LOT}/bids`, { body: { amount: { amount: 9_000_000, currency: 'JOD' } } }), 400, 'idempotency_key_required');
    sandbox.clock.set(CLOSES);
    assertProblem(await bid(bidder, 9_000_000), 422, 'auction_closed');
    assert.equal([...sandbox.store.execution.bids.values()].filter((b) => b.lotId === LOT).length, 2, 'nothing placed');
  });

  test('a bid retried with its Idempotency-Key is placed once', async () => {
    const bidder = person(sandbox, 'per_ps_001');
    sandbox.faults.dropNextAfterCommit({ path: `/v1/auctions/lots/${LOT}/bids` });
    await assert.rejects(bid(bidder, 8_300_000, LOT, 'retry-me'));
    const retried = await bid(bidder, 8_300_000, LOT, 'retry-me');
    assert.equal(retried.status, 201);
    assert.equal(retried.headers.get('Idempotent-Replayed'), 'true');
    assert.equal((await lot()).bidCount, 3);
  });

  test('a widget session with a person bids for that person', async () => {
    const page = await widget(bankOf(sandbox, 'PS'), { person: 'per_ps_001' }, ['auctions.placeBid']);
    assert.equal((await bid(page, 8_300_000)).status, 201);
    assert.equal([...sandbox.store.execution.bids.values()].at(-1)!.personId, 'per_ps_001');
  });
});

describe('bids racing at the close', () => {
  test('concurrent bids of one amount just before closing: exactly one is taken, the others are below the increment', async () => {
    sandbox.clock.set('2026-11-30T11:59:59.999Z');
    const bidders = ['per_ps_001', 'per_ps_002', 'per_ps_003', 'per_ps_006', 'per_ps_007'].map((id) => person(sandbox, id));
    const results = await Promise.all(bidders.map((as) => bid(as, 8_300_000)));
    assert.deepEqual(results.map((r) => r.status).sort(), [201, 422, 422, 422, 422]);
    for (const refused of results.filter((r) => r.status === 422)) assertProblem(refused, 422, 'bid_below_increment');
    assert.equal((await lot()).currentPrice.amount, 8_300_000);
  });

  test('concurrent bids at the closing instant are all refused; the highest bid before it wins, announced once', async () => {
    const before = await Promise.all([
      bid(person(sandbox, 'per_ps_001'), 8_300_000),
      bid(person(sandbox, 'per_ps_002'), 8_700_000),
      bid(person(sandbox, 'per_ps_003'), 8_400_000),
    ]);
    // Whatever the arrival order, 8,700 is at least the increment above anything before it.
    const leading = parsed(AuctionBid, before[1]!.body);
    sandbox.clock.set(CLOSES);
    const atClose = await Promise.all(['per_ps_001', 'per_ps_003', 'per_ps_006'].map((id) => bid(person(sandbox, id), 9_500_000)));
    for (const result of atClose) assertProblem(result, 422, 'auction_closed');
    const closed = await lot();
    assert.deepEqual([closed.status, closed.winningBidId, closed.currentPrice.amount], ['closed', leading.id, 8_700_000]);
    const announced = sandbox.store.eventLog.filter((e) => e.event.type === 'auction.closed').map((e) => e.event);
    assert.deepEqual(announced.map((e) => [e.createdAt, e.data]), [
      [CLOSES, { lotId: LOT, executionFileId: 'exf_ps_002', winningAmount: { amount: 8_700_000, currency: 'JOD' }, bidCount: closed.bidCount }],
    ]);
    // Told to the bidders and the file's parties, not to bystanders.
    const audience = sandbox.store.eventLog.find((e) => e.event.type === 'auction.closed')!.audience;
    const reader = (id: string) => ({ kind: 'bearer' as const, user: { subject: 'person' as const, id } });
    assert.deepEqual(['per_ps_002', 'per_ps_006', 'per_ps_005', 'per_ps_009'].map((id) => mayReceive(sandbox.store, reader(id), audience)), [true, true, true, false]);
  });
});
