/** The ids handed out after the seed: one serial per kind, each with its prefix, from zero again on reset. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { IdCounters, sequentialId } from '../src/store/id-counters.ts';

describe('IdCounters', () => {
  it('counts each kind on its own, with its prefix and six digits', () => {
    const ids = new IdCounters({ filing: 'fil', upload: 'upl' });
    assert.deepEqual([ids.next('filing'), ids.next('filing'), ids.next('upload')], ['fil_000001', 'fil_000002', 'upl_000001']);
  });

  it('starts every kind from the first id again after a reset', () => {
    const ids = new IdCounters({ endpoint: 'whe', delivery: 'whd' });
    ids.next('endpoint');
    ids.next('delivery');
    ids.reset();
    assert.deepEqual([ids.next('endpoint'), ids.next('delivery')], ['whe_000001', 'whd_000001']);
  });

  it('pads to six digits and keeps a seventh when the serial outgrows them', () => {
    assert.equal(sequentialId('exf', 42), 'exf_000042');
    assert.equal(sequentialId('exf', 1_234_567), 'exf_1234567');
  });
});
