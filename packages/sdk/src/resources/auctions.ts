/** `client.auctions`: electronic auctions of seized assets — lots, bids, `placeBid` (idempotent), from the auctions endpoint table. @module */
import { auctionsEndpoints } from '../contract/auctions.ts';
import type { AdalatCore } from '../core.ts';
import type { Resource } from './create-resource.ts';

export type AuctionsResource = Resource<typeof auctionsEndpoints>;
export const auctionsResource = (core: AdalatCore): AuctionsResource => core.resource('auctions', auctionsEndpoints);
