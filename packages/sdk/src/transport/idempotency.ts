/**
 * The Idempotency-Key of one logical call: the caller's, or one made here for
 * endpoints that declare `idempotency`. Made once per call, so every retry and the
 * repeat after a credential renewal carry the same key and the server acts once.
 * @module
 */
import type { Endpoint } from '../contract/common.ts';
import { InvalidRequestError } from '../errors.ts';
import { randomId } from './environment.ts';

/** Visible ASCII, as a header value must be; long enough for a UUID with a prefix. */
const KEY_PATTERN = /^[\x21-\x7e]{1,255}$/;

export function idempotencyKeyFor(endpoint: Endpoint, given: string | undefined): string | undefined {
  if (given !== undefined && !KEY_PATTERN.test(given)) {
    throw new InvalidRequestError({
      status: 400,
      code: 'invalid_input',
      message: 'The idempotency key must be 1 to 255 visible ASCII characters.',
      issues: [{ path: 'options.idempotencyKey', code: 'invalid_format', message: '1 to 255 visible ASCII characters' }],
    });
  }
  // A GET is already safe to repeat; a key there would only confuse.
  if (endpoint.method === 'GET') return undefined;
  return given ?? (endpoint.idempotency ? randomId() : undefined);
}
