/** `client.policy`: jurisdictions, courts and the classifier, from the policy endpoint table. @module */
import { policyEndpoints } from '../contract/policy.ts';
import type { AdalatCore } from '../core.ts';
import type { Resource } from './create-resource.ts';

export type PolicyResource = Resource<typeof policyEndpoints>;
export const policyResource = (core: AdalatCore): PolicyResource => core.resource('policy', policyEndpoints);
