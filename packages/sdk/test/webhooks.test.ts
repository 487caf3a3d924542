/** `webhooks.verify` and `generateTestHeader`: Web Crypto HMAC-SHA256 over `timestamp.payload`, 300 s tolerance. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { generateTestHeader, webhooks, WebhookVerificationError } from '../src/index.ts';
import { computeSignature } from '../src/webhooks/index.ts';

const SECRET = 'whsec_test_0123456789abcdef';
const payload = JSON.stringify({ id: 'evt_000001', type: 'lawyer.suspended', createdAt: '2026-11-23T07:00:00Z', caseId: null, data: { lawyerId: 'law_ps_011', pendingCount: 2, since: '2026-11-23T07:00:00Z' } });
const T = 1_795_000_000;
const at = (seconds: number) => ({ now: () => seconds * 1000 });

async function refused(promise: Promise<unknown>, code: string): Promise<void> {
  await assert.rejects(promise, (error: unknown) => error instanceof WebhookVerificationError && error.code === code);
}

describe('webhooks.verify', () => {
  it('accepts a payload signed with the secret within 300 s, and returns the event', async () => {
    const header = await generateTestHeader({ payload, secret: SECRET, timestamp: T });
    assert.match(header, /^t=1795000000,v1=[0-9a-f]{64}$/);
    const event = await webhooks.verify(payload, header, SECRET, at(T + 300));
    assert.deepEqual(event, JSON.parse(payload));
    assert.deepEqual(await webhooks.verify(new TextEncoder().encode(payload), header, SECRET, at(T - 300)), JSON.parse(payload));
  });

  it('matches the published algorithm: hex HMAC-SHA256 of "<t>.<payload>"', async () => {
    const { createHmac } = await import('node:crypto');
    const expected = createHmac('sha256', SECRET).update(`${T}.${payload}`).digest('hex');
    assert.equal(await computeSignature(payload, SECRET, T), expected);
  });

  it('rejects a tampered payload, a wrong secret, a replay and a malformed or missing header', async () => {
    const header = await generateTestHeader({ payload, secret: SECRET, timestamp: T });
    await refused(webhooks.verify(payload.replace('law_ps_011', 'law_ps_012'), header, SECRET, at(T)), 'signature_mismatch');
    await refused(webhooks.verify(payload, header, 'whsec_other', at(T)), 'signature_mismatch');
    await refused(webhooks.verify(payload, header, SECRET, at(T + 301)), 'timestamp_outside_tolerance');
    await refused(webhooks.verify(payload, header, SECRET, at(T - 301)), 'timestamp_outside_tolerance');
    // The timestamp is signed: moving it forward breaks the signature.
    await refused(webhooks.verify(payload, header.replace(`t=${T}`, `t=${T + 400}`), SECRET, at(T + 400)), 'signature_mismatch');
    await refused(webhooks.verify(payload, null, SECRET, at(T)), 'missing_header');
    await refused(webhooks.verify(payload, 'v1=abc', SECRET, at(T)), 'malformed_header');
    await refused(webhooks.verify(payload, `t=${T}`, SECRET, at(T)), 'malformed_header');
  });

  it('accepts any one matching v1 signature (secret rotation), and a custom tolerance', async () => {
    const good = await computeSignature(payload, SECRET, T);
    const header = `t=${T},v1=${'0'.repeat(64)},v1=${good}`;
    assert.equal((await webhooks.verify(payload, header, SECRET, at(T))).id, 'evt_000001');
    await refused(webhooks.verify(payload, header, SECRET, { ...at(T + 61), toleranceSeconds: 60 }), 'timestamp_outside_tolerance');
  });

  it('refuses a tolerance that is NaN, negative or infinite with a TypeError naming it, before trusting anything', async () => {
    const header = await generateTestHeader({ payload, secret: SECRET, timestamp: T });
    for (const toleranceSeconds of [Number.NaN, -1, Number.POSITIVE_INFINITY]) {
      // Far outside any tolerance: without the check, NaN and Infinity would let this replay through.
      await assert.rejects(webhooks.verify(payload, header, SECRET, { ...at(T + 86_400), toleranceSeconds }), (error: unknown) =>
        error instanceof TypeError && /toleranceSeconds/.test(error.message));
    }
    assert.equal((await webhooks.verify(payload, header, SECRET, { ...at(T), toleranceSeconds: 0 })).id, 'evt_000001');
  });

  it('refuses an empty or missing secret with a TypeError naming it', async () => {
    const header = await generateTestHeader({ payload, secret: SECRET, timestamp: T });
    for (const secret of ['', undefined]) {
      await assert.rejects(webhooks.verify(payload, header, secret as unknown as string, at(T)), (error: unknown) =>
        error instanceof TypeError && /`secret`/.test(error.message));
    }
  });

  it('signs the raw bytes: a BOM-prefixed body verifies the same as bytes and as text', async () => {
    const { createHmac } = await import('node:crypto');
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(payload)]);
    const header = `t=${T},v1=${createHmac('sha256', SECRET).update(Buffer.concat([Buffer.from(`${T}.`), bytes])).digest('hex')}`;
    assert.equal(await generateTestHeader({ payload: bytes, secret: SECRET, timestamp: T }), header);
    assert.deepEqual(await webhooks.verify(bytes, header, SECRET, at(T)), JSON.parse(payload));
    assert.deepEqual(await webhooks.verify(bytes.buffer, header, SECRET, at(T)), JSON.parse(payload));
    assert.deepEqual(await webhooks.verify(`\uFEFF${payload}`, header, SECRET, at(T)), JSON.parse(payload));
    // The body without its BOM is different bytes.
    await refused(webhooks.verify(payload, header, SECRET, at(T)), 'signature_mismatch');
  });

  it('signs the raw bytes: invalid UTF-8 is not decoded away', async () => {
    const body = (bad: number) => new Uint8Array([...new TextEncoder().encode('{"id":"'), bad, ...new TextEncoder().encode('"}')]);
    const header = await generateTestHeader({ payload: body(0xff), secret: SECRET, timestamp: T });
    // Both bodies decode to the same replacement character, but they are different bytes.
    await refused(webhooks.verify(body(0xfe), header, SECRET, at(T)), 'signature_mismatch');
    await refused(webhooks.verify(new TextDecoder().decode(body(0xff)), header, SECRET, at(T)), 'signature_mismatch');
    // The genuine bytes pass the signature and are then refused as not UTF-8.
    await refused(webhooks.verify(body(0xff), header, SECRET, at(T)), 'malformed_payload');
  });

  it('a signed payload that is not JSON is refused after the signature checks out', async () => {
    const header = await generateTestHeader({ payload: 'not json', secret: SECRET, timestamp: T });
    await refused(webhooks.verify('not json', header, SECRET, at(T)), 'malformed_payload');
  });
});
