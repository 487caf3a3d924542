import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { checkPalestinianId, isPalestinianId } from '../../src/ids/index.ts';

// Reference, the way the registry's rule is usually stated: multiply by 1,2,1,2,… from the
// left, add the digits of each product, the total must end in 0.
function referenceValid(id: string): boolean {
  let total = 0;
  for (let i = 0; i < 9; i++) {
    const product = Number(id[i]) * (i % 2 === 0 ? 1 : 2);
    total += Math.floor(product / 10) + (product % 10);
  }
  return total % 10 === 0;
}
function referenceComplete(body: string): string {
  for (let digit = 0; digit <= 9; digit++) if (referenceValid(body + digit)) return body + digit;
  throw new Error('unreachable');
}

const BODIES = Array.from({ length: 200 }, (_, i) => String((i * 2654435761 + 40_000_000) % 1e8).padStart(8, '0'));

describe('checkPalestinianId', () => {
  it('accepts IDs completed by the 1,2,1,2 rule', () => {
    for (const body of BODIES) {
      const id = referenceComplete(body);
      assert.deepEqual(checkPalestinianId(id), { valid: true, value: id });
    }
  });

  it('rejects every other check digit as checksum', () => {
    for (const body of BODIES.slice(0, 40)) {
      const good = Number(referenceComplete(body)[8]);
      for (let k = 1; k <= 9; k++) {
        const id = body + ((good + k) % 10);
        assert.deepEqual(checkPalestinianId(id), { valid: false, reason: 'checksum' }, id);
      }
    }
  });

  it('left-pads 7- and 8-digit input to 9', () => {
    const id = referenceComplete('00' + '123456');
    assert.deepEqual(checkPalestinianId(id.slice(1)), { valid: true, value: id });
    assert.deepEqual(checkPalestinianId(id.slice(2)), { valid: true, value: id });
    assert.deepEqual(checkPalestinianId(id.slice(3)), { valid: false, reason: 'length' });
    assert.deepEqual(checkPalestinianId(id + '0'), { valid: false, reason: 'length' });
  });

  it('rejects the all-zero number that the arithmetic lets through', () => {
    assert.ok(referenceValid('000000000'));
    assert.deepEqual(checkPalestinianId('000000000'), { valid: false, reason: 'repeated_digits' });
    assert.deepEqual(checkPalestinianId('0000000'), { valid: false, reason: 'repeated_digits' });
  });

  it('reads Arabic-Indic digits with dashes', () => {
    const id = referenceComplete('40123456');
    const arabic = id.replace(/[0-9]/g, (d) => String.fromCharCode(0x0660 + Number(d)));
    assert.deepEqual(checkPalestinianId(`${arabic.slice(0, 4)}-${arabic.slice(4)}`), { valid: true, value: id });
    assert.equal(isPalestinianId(arabic), true);
  });

  it('reports empty and characters', () => {
    assert.deepEqual(checkPalestinianId(''), { valid: false, reason: 'empty' });
    assert.deepEqual(checkPalestinianId('40123456٫7'), { valid: false, reason: 'characters' });
  });
});
