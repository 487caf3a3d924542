/**
 * The answer a request gets when `faults.failNext` picked it: the status asked
 * for, in the contract's envelope, with `Retry-After` when given.
 * @module
 */
import { HEADER } from '@adalat/sdk/contract';
import type { FaultStatus } from '../faults.ts';
import { ApiProblem } from '../problem.ts';

const SERVER_CODES: Record<Exclude<FaultStatus, 429>, string> = {
  500: 'internal_error',
  502: 'bad_gateway',
  503: 'service_unavailable',
};

export function injectedFailure(fault: { status: FaultStatus; retryAfter: number | null }): ApiProblem {
  const headers: Record<string, string> = fault.retryAfter === null ? {} : { [HEADER.retryAfter]: String(fault.retryAfter) };
  if (fault.status === 429) {
    return new ApiProblem(429, 'rate_limit', 'rate_limited', 'Too many requests (injected by the sandbox).', { headers });
  }
  return new ApiProblem(fault.status, 'server', SERVER_CODES[fault.status], `Server error ${fault.status} (injected by the sandbox).`, {
    headers,
  });
}
