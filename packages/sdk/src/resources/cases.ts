/** `client.cases`: cases, hearings, documents, timeline, postponements, memoranda, strike-off, from the cases endpoint table. @module */
import { casesEndpoints } from '../contract/cases.ts';
import type { AdalatCore } from '../core.ts';
import type { Resource } from './create-resource.ts';

export type CasesResource = Resource<typeof casesEndpoints>;
export const casesResource = (core: AdalatCore): CasesResource => core.resource('cases', casesEndpoints);
