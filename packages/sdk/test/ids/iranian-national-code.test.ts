import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { checkIranianNationalCode, isIranianNationalCode } from '../../src/ids/index.ts';

// Reference, straight from the published rule: S = d1×10 + … + d9×2, r = S mod 11,
// d10 = r when r < 2, else 11 − r.
function remainderOf(code: string): number {
  let s = 0;
  for (let i = 0; i < 9; i++) s += Number(code[i]) * (10 - i);
  return s % 11;
}
function arithmeticValid(code: string): boolean {
  const r = remainderOf(code);
  const d10 = Number(code[9]);
  return r < 2 ? d10 === r : d10 === 11 - r;
}
function referenceComplete(body: string): string {
  for (let digit = 0; digit <= 9; digit++) if (arithmeticValid(body + digit)) return body + digit;
  throw new Error(`no check digit for ${body}`);
}

const BODIES = Array.from({ length: 200 }, (_, i) => String((i * 2654435761 + 97) % 1e9).padStart(9, '0'));

const toPersian = (text: string) => text.replace(/[0-9]/g, (d) => String.fromCharCode(0x06f0 + Number(d)));

describe('checkIranianNationalCode', () => {
  it('accepts codes completed by the mod-11 rule', () => {
    for (const body of BODIES) {
      const code = referenceComplete(body);
      assert.deepEqual(checkIranianNationalCode(code), { valid: true, value: code });
    }
  });

  it('covers the r < 2 branch, where the check digit is r itself', () => {
    const low = BODIES.filter((body) => remainderOf(body + '0') < 2);
    assert.ok(low.some((body) => remainderOf(body + '0') === 0));
    assert.ok(low.some((body) => remainderOf(body + '0') === 1));
    for (const body of low) {
      const code = body + remainderOf(body + '0');
      assert.equal(isIranianNationalCode(code), true, code);
    }
  });

  it('rejects every other check digit as checksum', () => {
    for (const body of BODIES.slice(0, 40)) {
      const good = Number(referenceComplete(body)[9]);
      for (let k = 1; k <= 9; k++) {
        const code = body + ((good + k) % 10);
        assert.deepEqual(checkIranianNationalCode(code), { valid: false, reason: 'checksum' }, code);
      }
    }
  });

  it('left-pads 8- and 9-digit input with zeros', () => {
    const code = BODIES.map(referenceComplete).find((c) => c.startsWith('00') && c[2] !== '0');
    assert.ok(code, 'a sample code with two leading zeros');
    assert.deepEqual(checkIranianNationalCode(code.slice(1)), { valid: true, value: code });
    assert.deepEqual(checkIranianNationalCode(code.slice(2)), { valid: true, value: code });
    assert.deepEqual(checkIranianNationalCode(code.slice(3)), { valid: false, reason: 'length' });
    assert.deepEqual(checkIranianNationalCode(code + '0'), { valid: false, reason: 'length' });
  });

  it('rejects all-same-digit codes, even those that pass the arithmetic', () => {
    for (let digit = 0; digit <= 9; digit++) {
      const code = String(digit).repeat(10);
      assert.deepEqual(checkIranianNationalCode(code), { valid: false, reason: 'repeated_digits' }, code);
    }
    assert.ok(arithmeticValid('1111111111'), 'the rule is needed: 1111111111 passes mod 11');
    assert.deepEqual(checkIranianNationalCode('00000000'), { valid: false, reason: 'repeated_digits' });
  });

  it('reads Persian and Arabic-Indic digits with separators', () => {
    const code = referenceComplete('123456789');
    assert.deepEqual(checkIranianNationalCode(toPersian(`${code.slice(0, 3)}-${code.slice(3, 9)}-${code[9]}`)), {
      valid: true,
      value: code,
    });
    const arabic = code.replace(/[0-9]/g, (d) => String.fromCharCode(0x0660 + Number(d)));
    assert.equal(isIranianNationalCode(` ${arabic} `), true);
  });

  it('reports empty and characters', () => {
    assert.deepEqual(checkIranianNationalCode('   '), { valid: false, reason: 'empty' });
    assert.deepEqual(checkIranianNationalCode('12345678x0'), { valid: false, reason: 'characters' });
  });
});
