/**
 * Which message tells a reader about an error: by the SDK error's `type`, so every
 * element words the same failure the same way.
 * @module
 */
import type { MessageKey } from './msg.ts';

const BY_TYPE: Readonly<Record<string, MessageKey>> = {
  authentication: 'error.authentication',
  permission: 'error.permission',
  not_found: 'error.notFound',
  connection: 'error.network',
  rate_limit: 'error.rateLimit',
  server: 'error.server',
  invalid_response: 'error.invalidResponse',
};

/** The catalog key for `error`; `missing_client` and unknown failures get their own or the generic message. */
export function errorMessageKey(error: unknown): MessageKey {
  const { type, code } = (typeof error === 'object' && error !== null ? error : {}) as { type?: unknown; code?: unknown };
  if (code === 'missing_client') return 'error.noClient';
  return (typeof type === 'string' && BY_TYPE[type]) || 'error.generic';
}
