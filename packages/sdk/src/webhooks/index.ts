/**
 * `@adalat/sdk/webhooks`: verify signed webhook deliveries (Node, browsers and edge
 * runtimes alike: Web Crypto only), and make signed headers for your own tests.
 * @module
 */
import { generateTestHeader, verify } from './verify.ts';

export { generateTestHeader, verify, WebhookVerificationError } from './verify.ts';
export type { TestHeaderOptions, VerifyOptions, WebhookVerificationCode } from './verify.ts';
export { computeSignature, DEFAULT_TOLERANCE_SECONDS, SIGNATURE_HEADER, signatureHeader, WEBHOOK_ID_HEADER } from './signature.ts';
export type { WebhookPayload } from './signature.ts';

/** `webhooks.verify(payload, header, secret)` and `webhooks.generateTestHeader({ payload, secret })`. */
export const webhooks = { verify, generateTestHeader } as const;
