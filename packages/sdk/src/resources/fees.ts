/** `client.fees`: court fee quotes from the jurisdiction's schedule, from the fees endpoint table. @module */
import { feesEndpoints } from '../contract/fees.ts';
import type { AdalatCore } from '../core.ts';
import type { Resource } from './create-resource.ts';

export type FeesResource = Resource<typeof feesEndpoints>;
export const feesResource = (core: AdalatCore): FeesResource => core.resource('fees', feesEndpoints);
