/**
 * `webhooks.verify` from `@adalat/sdk/webhooks` in a real browser (Chromium): Web Crypto
 * only, so a partner's edge function or page verifies exactly as Node does.
 */
import { expect } from '@open-wc/testing';
import { generateTestHeader, verify, WebhookVerificationError } from '@adalat/sdk/webhooks';

const secret = 'whsec_browser_test';
const payload = JSON.stringify({ id: 'evt_000007', type: 'lawyer.reinstated', createdAt: '2026-11-23T07:00:00Z', caseId: null, data: { lawyerId: 'law_ps_018', pendingCount: 0, since: '2026-11-23T07:00:00Z' } });

async function refusal(promise: Promise<unknown>): Promise<string | undefined> {
  try {
    await promise;
    return undefined;
  } catch (error) {
    return error instanceof WebhookVerificationError ? error.code : 'other';
  }
}

describe('webhooks.verify in the browser', () => {
  it('accepts a signed payload and refuses tampered, wrongly signed and replayed ones', async () => {
    const header = await generateTestHeader({ payload, secret });
    expect((await verify(payload, header, secret)).type).to.equal('lawyer.reinstated');
    expect(await refusal(verify(payload.replace('law_ps_018', 'law_ps_019'), header, secret))).to.equal('signature_mismatch');
    expect(await refusal(verify(payload, header, 'whsec_other'))).to.equal('signature_mismatch');
    const old = await generateTestHeader({ payload, secret, timestamp: Math.floor(Date.now() / 1000) - 301 });
    expect(await refusal(verify(payload, old, secret))).to.equal('timestamp_outside_tolerance');
  });
});
