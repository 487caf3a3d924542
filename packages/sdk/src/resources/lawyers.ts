/** `client.lawyers`: the lawyer backlog rule — one lawyer's notification summary, or up to 500 in one batch read, from the lawyers endpoint table. @module */
import { lawyersEndpoints } from '../contract/lawyers.ts';
import type { AdalatCore } from '../core.ts';
import type { Resource } from './create-resource.ts';

export type LawyersResource = Resource<typeof lawyersEndpoints>;
export const lawyersResource = (core: AdalatCore): LawyersResource => core.resource('lawyers', lawyersEndpoints);
