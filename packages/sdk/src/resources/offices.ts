/** `client.offices`: the offices endpoint table as methods. @module */
import { officesEndpoints } from '../contract/offices.ts';
import type { AdalatCore } from '../core.ts';
import type { Resource } from './create-resource.ts';

export type OfficesResource = Resource<typeof officesEndpoints>;
export const officesResource = (core: AdalatCore): OfficesResource => core.resource('offices', officesEndpoints);
