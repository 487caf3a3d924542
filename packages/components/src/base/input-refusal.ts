/**
 * A call's input refused on the page, before anything is sent: the same typed error
 * the SDK throws for input that breaks the contract, so one `catch` handles both.
 * @module
 */
import { InvalidRequestError } from '@adalat/sdk/core';

/**
 * `invalid_input` (status 400, no request id) about one field: `param` is its path,
 * and the one issue names the same path with `code` and a short `issueMessage`.
 */
export function inputRefusal(param: string, message: string, code: string, issueMessage: string): InvalidRequestError {
  return new InvalidRequestError({ status: 400, code: 'invalid_input', param, message, issues: [{ path: param, code, message: issueMessage }] });
}
