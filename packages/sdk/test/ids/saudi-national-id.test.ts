import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { checkSaudiNationalId, isSaudiNationalId } from '../../src/ids/index.ts';

// Reference: the textbook Luhn check, doubling every second digit from the right.
function luhnValid(number: string): boolean {
  let sum = 0;
  for (let i = 0; i < number.length; i++) {
    let digit = Number(number[number.length - 1 - i]);
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

function referenceComplete(body: string): string {
  for (let digit = 0; digit <= 9; digit++) if (luhnValid(body + digit)) return body + digit;
  throw new Error('unreachable: Luhn always has a check digit');
}

/** 9-digit bodies starting with `first`, spread over the range. */
function bodies(first: '1' | '2', count = 100): string[] {
  return Array.from({ length: count }, (_, i) => first + String((i * 2654435761) % 1e8).padStart(8, '0'));
}

describe('checkSaudiNationalId', () => {
  it('accepts citizen IDs (first digit 1) completed by Luhn', () => {
    for (const body of bodies('1')) {
      const id = referenceComplete(body);
      assert.deepEqual(checkSaudiNationalId(id), { valid: true, value: id, kind: 'citizen' });
    }
  });

  it('accepts Iqama numbers (first digit 2) as residents', () => {
    for (const body of bodies('2')) {
      const id = referenceComplete(body);
      assert.deepEqual(checkSaudiNationalId(id), { valid: true, value: id, kind: 'resident' });
    }
  });

  it('rejects every other check digit as checksum', () => {
    for (const body of bodies('1', 20).concat(bodies('2', 20))) {
      const good = Number(referenceComplete(body).at(-1));
      for (let k = 1; k <= 9; k++) {
        const id = body + ((good + k) % 10);
        assert.deepEqual(checkSaudiNationalId(id), { valid: false, reason: 'checksum' }, id);
      }
    }
  });

  it('rejects a first digit other than 1 or 2 as prefix, even when Luhn passes', () => {
    for (const first of ['0', '3', '4', '5', '6', '7', '8', '9']) {
      const id = referenceComplete(first + '23456789');
      assert.ok(luhnValid(id));
      assert.deepEqual(checkSaudiNationalId(id), { valid: false, reason: 'prefix' });
    }
  });

  it('normalizes Arabic-Indic digits, spaces and dashes to the ASCII value', () => {
    const id = referenceComplete('112345678');
    const arabic = Array.from(id, (d) => String.fromCharCode(0x0660 + Number(d))).join('');
    const spaced = `  ${arabic.slice(0, 1)} ${arabic.slice(1, 5)}-${arabic.slice(5)} `;
    assert.deepEqual(checkSaudiNationalId(spaced), { valid: true, value: id, kind: 'citizen' });
  });

  it('reports empty, characters and length', () => {
    assert.deepEqual(checkSaudiNationalId(''), { valid: false, reason: 'empty' });
    assert.deepEqual(checkSaudiNationalId(' - '), { valid: false, reason: 'empty' });
    assert.deepEqual(checkSaudiNationalId('10000000a8'), { valid: false, reason: 'characters' });
    assert.deepEqual(checkSaudiNationalId('1.00000008'), { valid: false, reason: 'characters' });
    assert.deepEqual(checkSaudiNationalId('100000008'), { valid: false, reason: 'length' });
    assert.deepEqual(checkSaudiNationalId('10000000080'), { valid: false, reason: 'length' });
  });

  it('isSaudiNationalId agrees with the detailed check', () => {
    const id = referenceComplete('212121212');
    assert.equal(isSaudiNationalId(id), true);
    assert.equal(isSaudiNationalId(id.slice(0, 9) + ((Number(id[9]) + 1) % 10)), false);
  });
});
