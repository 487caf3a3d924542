/** `client.execution`: execution files, installments, cheques, transfers to the creditor and execution requests, from the execution endpoint table. @module */
import { executionEndpoints } from '../contract/execution.ts';
import type { AdalatCore } from '../core.ts';
import type { Resource } from './create-resource.ts';

export type ExecutionResource = Resource<typeof executionEndpoints>;
export const executionResource = (core: AdalatCore): ExecutionResource => core.resource('execution', executionEndpoints);
