/**
 * `webhooks.verify`: checks a delivery's signature and age before its payload is trusted.
 * @module
 */
import type { AdalatEvent } from '../contract/events.ts';
import { computeSignature, DEFAULT_TOLERANCE_SECONDS, payloadBytes, signatureHeader, type WebhookPayload } from './signature.ts';

/** Why a delivery was refused. */
export type WebhookVerificationCode =
  | 'missing_header'
  | 'malformed_header'
  | 'timestamp_outside_tolerance'
  | 'signature_mismatch'
  | 'malformed_payload';

/** A delivery that must not be trusted: answer it with a 400 and do nothing with it. */
export class WebhookVerificationError extends Error {
  readonly code: WebhookVerificationCode;
  constructor(code: WebhookVerificationCode, message: string) {
    super(message);
    this.name = 'WebhookVerificationError';
    this.code = code;
  }
}

export interface VerifyOptions {
  /** Seconds a timestamp may differ from now: a finite number ≥ 0, 300 by default. */
  toleranceSeconds?: number;
  /** The current time in ms since the epoch (tests); `Date.now` by default. */
  now?: () => number;
}

interface ParsedHeader {
  timestamp: number;
  signatures: string[];
}

function parseHeader(header: string): ParsedHeader {
  let timestamp: number | undefined;
  const signatures: string[] = [];
  for (const part of header.split(',')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    const name = part.slice(0, eq).trim();
    const value = part.slice(eq + 1).trim();
    if (name === 't' && /^\d{1,12}$/.test(value)) timestamp = Number(value);
    else if (name === 'v1' && /^[0-9a-f]{64}$/.test(value)) signatures.push(value);
  }
  if (timestamp === undefined || signatures.length === 0) {
    throw new WebhookVerificationError('malformed_header', 'The signature header needs `t=<unix seconds>` and at least one `v1=<hex>`.');
  }
  return { timestamp, signatures };
}

/** Compares two equal-length hex strings without stopping at the first difference. */
function sameHex(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i += 1) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}

/**
 * Verifies a webhook delivery and returns its event.
 *
 * Pass the raw request body exactly as received (not re-serialised JSON), the
 * `Adalat-Signature` header and the endpoint's `whsec_…` secret. Refuses, with a
 * {@link WebhookVerificationError}: a missing or malformed header, a timestamp more than
 * `toleranceSeconds` (300) away from now (a replay), a signature that does not match
 * (tampered payload or wrong secret), and a payload that is not a JSON event. The event
 * is not checked against the contract's schemas, so new event types still verify.
 * Deduplicate on the `Adalat-Webhook-Id` header: a retry carries the same id.
 * The signature covers the body's bytes; a string payload stands for its UTF-8 encoding.
 * A missing `secret` or a `toleranceSeconds` that is not a finite number ≥ 0 is a
 * programming error and throws a `TypeError` before anything is checked.
 *
 * @example
 * ```ts
 * const event = await webhooks.verify(await request.arrayBuffer(), request.headers.get('Adalat-Signature'), process.env.ADALAT_WEBHOOK_SECRET!);
 * ```
 */
export async function verify(
  payload: WebhookPayload,
  header: string | null | undefined,
  secret: string,
  options: VerifyOptions = {},
): Promise<AdalatEvent> {
  if (typeof secret !== 'string' || secret === '') {
    throw new TypeError('webhooks.verify: `secret` must be the endpoint’s non-empty `whsec_…` secret.');
  }
  const tolerance = options.toleranceSeconds ?? DEFAULT_TOLERANCE_SECONDS;
  if (typeof tolerance !== 'number' || !Number.isFinite(tolerance) || tolerance < 0) {
    throw new TypeError('webhooks.verify: `toleranceSeconds` must be a finite number of seconds ≥ 0.');
  }
  if (header === null || header === undefined || header.trim() === '') {
    throw new WebhookVerificationError('missing_header', 'The delivery has no Adalat-Signature header.');
  }
  const { timestamp, signatures } = parseHeader(header);
  const nowSeconds = Math.floor((options.now ?? Date.now)() / 1000);
  if (Math.abs(nowSeconds - timestamp) > tolerance) {
    throw new WebhookVerificationError('timestamp_outside_tolerance', `The delivery was signed more than ${tolerance} s from now.`);
  }
  const bytes = payloadBytes(payload);
  const expected = await computeSignature(bytes, secret, timestamp);
  if (!signatures.some((signature) => sameHex(signature, expected))) {
    throw new WebhookVerificationError('signature_mismatch', 'The signature does not match the payload and secret.');
  }
  try {
    // `fatal`: JSON is UTF-8; a leading BOM is dropped, as JSON parsers may.
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) as AdalatEvent;
  } catch {
    throw new WebhookVerificationError('malformed_payload', 'The payload is not UTF-8 JSON.');
  }
}

export interface TestHeaderOptions {
  /** The payload exactly as your test will pass it to `verify` (a string stands for its UTF-8 bytes). */
  payload: WebhookPayload;
  secret: string;
  /** Unix seconds; now by default. Set it in the past to test your replay handling. */
  timestamp?: number;
}

/** An `Adalat-Signature` header for your own tests of a webhook handler. */
export function generateTestHeader(options: TestHeaderOptions): Promise<string> {
  return signatureHeader(options.payload, options.secret, options.timestamp ?? Math.floor(Date.now() / 1000));
}
