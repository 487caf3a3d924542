import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { InFlight } from '../../src/transport/dedupe.ts';
import { EtagCache } from '../../src/transport/etag-cache.ts';
import { backoffDelay, DEFAULT_RETRY, delayAfterStatus, isReplayable, parseRetryAfter, sleep } from '../../src/transport/retry.ts';

describe('retry timing', () => {
  it('reads Retry-After as seconds or as an HTTP date', () => {
    const now = Date.parse('2026-11-23T07:00:00Z');
    assert.equal(parseRetryAfter('3', now), 3000);
    assert.equal(parseRetryAfter('Mon, 23 Nov 2026 07:00:05 GMT', now), 5000);
    assert.equal(parseRetryAfter('Mon, 23 Nov 2026 06:59:00 GMT', now), 0, 'a date in the past means now');
    assert.equal(parseRetryAfter(null, now), undefined);
    assert.equal(parseRetryAfter('soon', now), undefined);
  });

  it('backs off exponentially with full jitter, capped at maxDelayMs', () => {
    const policy = { limit: 10, baseDelayMs: 100, maxDelayMs: 1000 };
    assert.deepEqual([1, 2, 3, 4, 5].map((retry) => backoffDelay(retry, policy, () => 0.999999)), [99, 199, 399, 799, 999]);
    assert.equal(backoffDelay(3, policy, () => 0), 0);
    assert.equal(backoffDelay(3, policy, () => 0.5), 200);
  });

  it('prefers Retry-After on 429 and 503 only, and gives up past the limit or the cap', () => {
    const policy = { ...DEFAULT_RETRY, maxDelayMs: 5000 };
    assert.equal(delayAfterStatus(1, policy, 429, 2000), 2000);
    assert.equal(delayAfterStatus(1, policy, 503, 2000), 2000);
    assert.ok(delayAfterStatus(1, policy, 500, 2000)! < policy.baseDelayMs, '500 ignores Retry-After');
    assert.equal(delayAfterStatus(1, policy, 429, 6000), undefined);
    assert.equal(delayAfterStatus(3, policy, 503, undefined), undefined);
    assert.equal(delayAfterStatus(1, policy, 400, undefined), undefined);
    assert.equal(delayAfterStatus(1, policy, 501, undefined), undefined);
  });

  it('replays GET and HEAD always, other methods only with an idempotency key', () => {
    assert.equal(isReplayable('GET', undefined), true);
    assert.equal(isReplayable('HEAD', undefined), true);
    assert.equal(isReplayable('POST', undefined), false);
    assert.equal(isReplayable('DELETE', undefined), false);
    assert.equal(isReplayable('POST', 'k'), true);
  });

  it('sleep rejects with the abort reason and does not wait out the timer', async () => {
    const controller = new AbortController();
    const started = performance.now();
    setTimeout(() => controller.abort(new Error('stop')), 10);
    await assert.rejects(sleep(5000, controller.signal), /stop/);
    assert.ok(performance.now() - started < 1000);
  });
});

describe('EtagCache', () => {
  it('evicts the least recently used entry beyond its limit', () => {
    const cache = new EtagCache(2);
    cache.set('a', { etag: '"a"', body: 'A' });
    cache.set('b', { etag: '"b"', body: 'B' });
    assert.equal(cache.get('a')?.body, 'A'); // a is now the most recent
    cache.set('c', { etag: '"c"', body: 'C' });
    assert.equal(cache.size, 2);
    assert.equal(cache.get('b'), undefined);
    assert.equal(cache.get('a')?.etag, '"a"');
    assert.equal(cache.get('c')?.etag, '"c"');
  });
});

describe('InFlight', () => {
  it('shares one start between concurrent callers and forgets it once settled', async () => {
    const inFlight = new InFlight<number>();
    let starts = 0;
    const start = async () => (starts++, 42);
    const results = await Promise.all([inFlight.run('k', undefined, start), inFlight.run('k', undefined, start)]);
    assert.deepEqual(results, [42, 42]);
    assert.equal(starts, 1);
    assert.equal(inFlight.size, 0);
    await inFlight.run('k', undefined, start);
    assert.equal(starts, 2);
  });

  it('aborts the shared work only when every caller has left', async () => {
    const inFlight = new InFlight<string>();
    let shared: AbortSignal | undefined;
    const start = (signal: AbortSignal) => {
      shared = signal;
      return new Promise<string>((_, reject) => signal.addEventListener('abort', () => reject(signal.reason)));
    };
    const a = new AbortController();
    const b = new AbortController();
    const first = inFlight.run('k', a.signal, start);
    const second = inFlight.run('k', b.signal, start);
    a.abort(new Error('a left'));
    await assert.rejects(first, /a left/);
    assert.equal(shared!.aborted, false);
    b.abort(new Error('b left'));
    await assert.rejects(second, /b left/);
    assert.equal(shared!.aborted, true);
    assert.equal(inFlight.size, 0);
  });

  it('never aborts the shared work while a caller without a signal waits', async () => {
    const inFlight = new InFlight<string>();
    let shared: AbortSignal | undefined;
    let finish: (value: string) => void = () => {};
    const start = (signal: AbortSignal) => ((shared = signal), new Promise<string>((resolve) => (finish = resolve)));
    const a = new AbortController();
    const first = inFlight.run('k', a.signal, start);
    const second = inFlight.run('k', undefined, start);
    a.abort();
    await assert.rejects(first);
    assert.equal(shared!.aborted, false);
    finish('done');
    assert.equal(await second, 'done');
  });
});
