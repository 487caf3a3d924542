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

/** The payload as the text that was signed: the raw request body, byte for byte. */
export function payloadText(payload: string | Uint8Array | ArrayBuffer): string {
  return typeof payload === 'string' ? payload : new TextDecoder().decode(payload);
}

/** The hex HMAC-SHA256 of `<timestamp>.<payload>` under `secret`. */
export async function computeSignature(payload: string, secret: string, timestamp: number): Promise<string> {
  const key = await crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  return toHex(await crypto.subtle.sign('HMAC', key, encoder.encode(`${timestamp}.${payload}`)));
}

/** The `Adalat-Signature` value for a payload signed at `timestamp` (unix seconds). */
export async function signatureHeader(payload: string, secret: string, timestamp: number): Promise<string> {
  return `t=${timestamp},v1=${await computeSignature(payload, secret, timestamp)}`;
}
