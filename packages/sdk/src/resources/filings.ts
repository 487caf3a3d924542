/** `client.filings`: the filings endpoint table as methods. @module */
import { filingsEndpoints } from '../contract/filings.ts';
import type { AdalatCore } from '../core.ts';
import type { Resource } from './create-resource.ts';

export type FilingsResource = Resource<typeof filingsEndpoints>;
export const filingsResource = (core: AdalatCore): FilingsResource => core.resource('filings', filingsEndpoints);
