/**
 * The three ways to authenticate and the headers each sends. Credentials travel
 * only in headers, never in URLs, and are scrubbed from error messages.
 * @module
 */
import { HEADER } from './contract/http.ts';
import { AuthenticationError, ConfigurationError } from './errors.ts';
import { isBrowser } from './transport/environment.ts';

/** A partner server's secret key (`sk_…`). Refused in a browser unless `allowInBrowser`. */
export interface SecretKeyAuth {
  secretKey: string;
  /** Only for code that truly runs somewhere trusted but has a DOM (e.g. an Electron main window you control). */
  allowInBrowser?: boolean;
}

/**
 * A citizen's or lawyer's bearer token. The provider is asked once per call (it may
 * cache), and once more with `forceRefresh: true` when the server answers 401.
 */
export interface TokenAuth {
  token: (context: { forceRefresh: boolean }) => string | Promise<string>;
}

/**
 * A publishable key (`pk_…`), alone for public reference data or with a widget
 * session's client secret. On 401 `widget_session_expired` the provider is asked
 * once more with `expired: true` (fetch a new session from your server there).
 */
export interface PublishableKeyAuth {
  publishableKey: string;
  clientSecret?: (context: { expired: boolean }) => string | Promise<string>;
}

export type AdalatAuth = SecretKeyAuth | TokenAuth | PublishableKeyAuth;

export type AuthHeaders = Record<string, string>;

/** What the transport needs from a credential. */
export interface Authenticator {
  /** Headers for a call. */
  headers(): Promise<AuthHeaders>;
  /** Fresh headers for one repeat after a 401 with this error code, or `undefined` when this credential cannot renew. */
  renew(code: string): Promise<AuthHeaders> | undefined;
  /** Values that must never appear in an error message. */
  secrets(): Iterable<string>;
}

/** The 401 code on which a widget asks its provider for a new client secret. */
const WIDGET_SESSION_EXPIRED = 'widget_session_expired';
/** A credential fits in a header as one token of visible ASCII. */
const CREDENTIAL_SHAPE = /^[\x21-\x7e]+$/;
/** How many provider values to remember for redaction (tokens rotate). */
const REMEMBERED_SECRETS = 4;

export function createAuthenticator(auth: AdalatAuth): Authenticator {
  if (auth === null || typeof auth !== 'object') throw new ConfigurationError('`auth` is required.', 'missing_auth');
  const seen: string[] = [];
  const remember = (value: string, what: string): string => {
    if (typeof value !== 'string' || !CREDENTIAL_SHAPE.test(value)) {
      throw new AuthenticationError({ status: 0, code: 'invalid_credential', message: `The ${what} provider returned no usable value.` });
    }
    if (!seen.includes(value)) {
      seen.unshift(value);
      seen.length = Math.min(seen.length, REMEMBERED_SECRETS);
    }
    return value;
  };
  const bearer = (value: string): AuthHeaders => ({ [HEADER.authorization]: `Bearer ${value}` });
  const secrets = () => seen;
  /** A key that never changes and cannot be renewed. */
  const fixedKey = (key: string): Authenticator => ({
    headers: async () => bearer(key),
    renew: () => undefined,
    secrets,
  });

  if ('secretKey' in auth) {
    const key = checkKey(auth.secretKey, 'sk_', 'secretKey');
    if (isBrowser() && auth.allowInBrowser !== true) {
      throw new ConfigurationError(
        'A secret key must not be used in a browser: anyone can read it from the page. Create a widget session on your server and use a publishable key here (or set allowInBrowser: true if this environment is trusted).',
        'secret_key_in_browser',
      );
    }
    remember(key, 'secret key');
    return fixedKey(key);
  }

  if ('token' in auth) {
    const provider = checkProvider(auth.token, 'token');
    const token = async (forceRefresh: boolean) => bearer(remember(await provider({ forceRefresh }), 'token'));
    return { headers: () => token(false), renew: () => token(true), secrets };
  }

  if ('publishableKey' in auth) {
    const key = checkKey(auth.publishableKey, 'pk_', 'publishableKey');
    const provider = auth.clientSecret === undefined ? undefined : checkProvider(auth.clientSecret, 'clientSecret');
    if (!provider) return fixedKey(key);
    const widget = async (expired: boolean) => ({
      ...bearer(key),
      [HEADER.clientSecret]: remember(await provider({ expired }), 'client secret'),
    });
    return {
      headers: () => widget(false),
      renew: (code) => (code === WIDGET_SESSION_EXPIRED ? widget(true) : undefined),
      secrets,
    };
  }

  throw new ConfigurationError('`auth` needs one of `secretKey`, `token` or `publishableKey`.', 'missing_auth');
}

function checkKey(key: unknown, prefix: string, name: string): string {
  if (typeof key !== 'string' || !key.startsWith(prefix) || !CREDENTIAL_SHAPE.test(key)) {
    // Never echo the value: it may be a secret pasted into the wrong field.
    throw new ConfigurationError(`\`auth.${name}\` must be a key starting with "${prefix}".`, 'invalid_key');
  }
  return key;
}

function checkProvider<F>(provider: F, name: string): F {
  if (typeof provider !== 'function') {
    throw new ConfigurationError(`\`auth.${name}\` must be a function that returns the current value.`, 'invalid_auth');
  }
  return provider;
}
