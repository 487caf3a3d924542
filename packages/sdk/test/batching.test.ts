/** `createBatcher`: loads asked for within one window go out as one batch, split at the batch limit. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createBatcher } from '../src/index.ts';

function recorder(found: (key: string) => boolean = () => true) {
  const batches: string[][] = [];
  const batcher = createBatcher<string, string>({
    windowMs: 5,
    maxBatchSize: 3,
    async loadMany(keys) {
      batches.push([...keys]);
      return new Map(keys.filter(found).map((k) => [k, k.toUpperCase()]));
    },
    missing: (key) => new RangeError(`missing ${key}`),
  });
  return { batches, batcher };
}

describe('createBatcher', () => {
  it('coalesces loads of one window, de-duplicates keys and splits at the limit', async () => {
    const { batches, batcher } = recorder();
    const values = await Promise.all(['a', 'b', 'a', 'c', 'd'].map((k) => batcher.load(k)));
    assert.deepEqual(values, ['A', 'B', 'A', 'C', 'D']);
    assert.deepEqual(batches, [['a', 'b', 'c'], ['d']]);
  });

  it('a later window is a new batch', async () => {
    const { batches, batcher } = recorder();
    await batcher.load('a');
    await batcher.load('b');
    assert.deepEqual(batches, [['a'], ['b']]);
  });

  it('a key the batch did not answer rejects with `missing`; the others resolve', async () => {
    const { batcher } = recorder((k) => k !== 'x');
    const [x, y] = await Promise.allSettled([batcher.load('x'), batcher.load('y')]);
    assert.equal(x.status === 'rejected' && (x.reason as Error).message, 'missing x');
    assert.deepEqual(y, { status: 'fulfilled', value: 'Y' });
  });

  it('a failed batch rejects every load in it', async () => {
    const boom = new Error('boom');
    const batcher = createBatcher<string, string>({ maxBatchSize: 10, loadMany: () => Promise.reject(boom) });
    const results = await Promise.allSettled([batcher.load('a'), batcher.load('b')]);
    assert.deepEqual(results.map((r) => r.status === 'rejected' && r.reason), [boom, boom]);
  });
});
