/**
 * Who is calling, from `Authorization: Bearer <credential>` (and, for widgets,
 * `Adalat-Client-Secret`):
 * - `sk_test_…` → a partner's secret key;
 * - `pk_test_…` alone → a publishable key; with a client secret → a widget session;
 * - anything else → a user token the sandbox minted (person, lawyer, court staff).
 * Error messages never repeat the credential.
 * @module
 */
import { HEADER } from '@adalat/sdk/contract';
import type { Clock } from '../clock.ts';
import { unauthenticated } from '../problem.ts';
import { PUBLISHABLE_KEY_PREFIX, SECRET_KEY_PREFIX } from '../seed/partners.ts';
import type { Store } from '../store/store.ts';
import type { Partner } from '../store/types.ts';
import type { Caller } from './context.ts';

/** A client secret is `<sessionId>_secret_<random>`; the id lets the lookup be direct. */
const CLIENT_SECRET = /^(ws_[A-Za-z0-9]+)_secret_[A-Za-z0-9]+$/;

/** Shapes of API keys; a key of this shape the sandbox does not know is `invalid_api_key`. */
const API_KEY_SHAPE = /^[sp]k_[a-z]+_/;

function findPartner(store: Store, key: string, field: 'secretKey' | 'publishableKey'): Partner | undefined {
  for (const partner of store.partners.values()) if (partner[field] === key) return partner;
  return undefined;
}

function widgetCaller(store: Store, clock: Clock, partner: Partner, clientSecret: string): Caller {
  const sessionId = CLIENT_SECRET.exec(clientSecret)?.[1];
  const session = sessionId === undefined ? undefined : store.widgetSessions.get(sessionId);
  if (session === undefined || session.clientSecret !== clientSecret || session.partnerId !== partner.id || session.revoked) {
    throw unauthenticated('invalid_client_secret', 'The client secret does not name a live widget session of this publishable key.');
  }
  if (Date.parse(session.expiresAt) <= clock.now().getTime()) {
    throw unauthenticated('widget_session_expired', 'The widget session has expired; ask the partner server for a new one.');
  }
  return { kind: 'widget', partner, session };
}

export function authenticate(request: Request, store: Store, clock: Clock): Caller {
  const header = request.headers.get(HEADER.authorization);
  if (header === null || header.trim() === '') {
    throw unauthenticated('missing_credentials', 'Send `Authorization: Bearer <key or token>`.');
  }
  const credential = /^Bearer\s+(\S+)\s*$/i.exec(header)?.[1];
  if (credential === undefined) {
    throw unauthenticated('invalid_authorization_header', 'The Authorization header must read `Bearer <key or token>`.');
  }

  if (credential.startsWith(SECRET_KEY_PREFIX)) {
    const partner = findPartner(store, credential, 'secretKey');
    if (partner !== undefined) return { kind: 'secret', partner };
  } else if (credential.startsWith(PUBLISHABLE_KEY_PREFIX)) {
    const partner = findPartner(store, credential, 'publishableKey');
    if (partner !== undefined) {
      const clientSecret = request.headers.get(HEADER.clientSecret)?.trim();
      return clientSecret ? widgetCaller(store, clock, partner, clientSecret) : { kind: 'publishable', partner };
    }
  } else if (!API_KEY_SHAPE.test(credential)) {
    const token = store.tokens.get(credential);
    if (token === undefined) throw unauthenticated('invalid_token', 'The bearer token is not one the sandbox issued.');
    if (Date.parse(token.expiresAt) <= clock.now().getTime()) {
      throw unauthenticated('token_expired', 'The bearer token has expired; get a fresh one from the token provider.');
    }
    return { kind: 'bearer', user: { subject: token.subject, id: token.id } };
  }
  throw unauthenticated('invalid_api_key', 'The API key is not a sandbox key (`sk_test_…` or `pk_test_…`).');
}

/** Who an idempotency key belongs to: keys of different callers never collide. */
export function callerKey(caller: Caller): string {
  switch (caller.kind) {
    case 'secret':
    case 'publishable':
      return `${caller.kind}:${caller.partner.id}`;
    case 'widget':
      return `widget:${caller.session.id}`;
    case 'bearer':
      return `bearer:${caller.user.subject}:${caller.user.id}`;
  }
}
