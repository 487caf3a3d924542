/**
 * The webhook signature: HMAC-SHA256 over `<timestamp>.<payload>` with the endpoint's
 * secret, hex-encoded, sent as `Adalat-Signature: t=<unix seconds>,v1=<hex>`.
 * Web Crypto only (`crypto.subtle`), so it runs the same in Node, browsers and edge runtimes.
 * @module
 */

/** The header a delivery's signature comes in. */
export const SIGNATURE_HEADER = 'Adalat-Signature';
/** The header carrying a delivery's idempotency id, the same on every retry. */
export const WEBHOOK_ID_HEADER = 'Adalat-Webhook-Id';
/** How old (or how far ahead), in seconds, a signed timestamp may be before a delivery counts as replayed. */
export const DEFAULT_TOLERANCE_SECONDS = 300;

const encoder = new TextEncoder();

function toHex(bytes: ArrayBuffer): string {
  return Array.from(new Uint8Array(bytes), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** A payload as received: the raw request body, or its text. */
export type WebhookPayload = string | Uint8Array | ArrayBuffer;

/**
 * The payload's bytes exactly as signed: the raw body byte for byte, or a string's UTF-8
 * encoding. Never decoded first, so a BOM or invalid UTF-8 cannot make the bytes and the
 * text of one delivery verify differently.
 */
export function payloadBytes(payload: WebhookPayload): Uint8Array {
  if (typeof payload === 'string') return encoder.encode(payload);
  return ArrayBuffer.isView(payload) ? new Uint8Array(payload.buffer, payload.byteOffset, payload.byteLength) : new Uint8Array(payload);
}

/** The hex HMAC-SHA256 of `<timestamp>.<payload>` under `secret`, over the payload's bytes. */
export async function computeSignature(payload: WebhookPayload, secret: string, timestamp: number): Promise<string> {
  const key = await crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const prefix = encoder.encode(`${timestamp}.`);
  const body = payloadBytes(payload);
  const signed = new Uint8Array(prefix.length + body.length);
  signed.set(prefix);
  signed.set(body, prefix.length);
  return toHex(await crypto.subtle.sign('HMAC', key, signed));
}

/** The `Adalat-Signature` value for a payload signed at `timestamp` (unix seconds). */
export async function signatureHeader(payload: WebhookPayload, secret: string, timestamp: number): Promise<string> {
  return `t=${timestamp},v1=${await computeSignature(payload, secret, timestamp)}`;
}
