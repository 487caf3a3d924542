import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { checkKazakhIinBin, isKazakhIinBin, withCheckDigit } from '../../src/ids/index.ts';

// Reference, from the published rule: c = Σ dᵢ×i mod 11; on 10 retry with weights
// 3,4,5,6,7,8,9,10,11,1,2; on 10 again there is no valid number.
function referenceCheckDigit(body: string): number | undefined {
  let first = 0;
  for (let i = 1; i <= 11; i++) first += Number(body[i - 1]) * i;
  if (first % 11 !== 10) return first % 11;
  let second = 0;
  for (let i = 1; i <= 11; i++) second += Number(body[i - 1]) * (i <= 9 ? i + 2 : i - 9);
  return second % 11 === 10 ? undefined : second % 11;
}

/** The first `prefix` + serial + check digit that has a check digit and passes `accept`. */
function findNumber(prefix: string, accept: (body: string) => boolean = () => true): string {
  const serialLength = 11 - prefix.length;
  for (let serial = 0; serial < 10 ** serialLength; serial++) {
    const body = prefix + String(serial).padStart(serialLength, '0');
    const digit = referenceCheckDigit(body);
    if (digit !== undefined && accept(body)) return body + digit;
  }
  throw new Error(`no number found after ${prefix}`);
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** IIN bodies of real birth dates from 1930 to 2019, with the century/sex digit they imply. */
const IIN_BODIES = Array.from({ length: 150 }, (_, i) => {
  const date = new Date(Date.UTC(1930, 0, 1) + i * 219 * 86_400_000);
  const year = date.getUTCFullYear();
  const centuryDigit = (year < 2000 ? 3 : 5) + (i % 2);
  const serial = String((i * 7919) % 10_000).padStart(4, '0');
  return `${pad2(year % 100)}${pad2(date.getUTCMonth() + 1)}${pad2(date.getUTCDate())}${centuryDigit}${serial}`;
}).filter((body) => referenceCheckDigit(body) !== undefined);

/** BIN bodies: registration YYMM, entity type 4–6, attribute 0–3, serial. */
const BIN_BODIES = Array.from({ length: 60 }, (_, i) => {
  const serial = String((i * 104_729) % 100_000).padStart(5, '0');
  return `${pad2((i * 7) % 100)}${pad2((i % 12) + 1)}${4 + (i % 3)}${i % 4}${serial}`;
}).filter((body) => referenceCheckDigit(body) !== undefined);

describe('checkKazakhIinBin', () => {
  it('accepts IINs of real birth dates as kind iin', () => {
    assert.ok(IIN_BODIES.length > 100);
    for (const body of IIN_BODIES) {
      const iin = body + referenceCheckDigit(body);
      assert.deepEqual(checkKazakhIinBin(iin), { valid: true, value: iin, kind: 'iin' });
    }
  });

  it('accepts BINs (digit 5 is 4, 5 or 6) as kind bin', () => {
    for (const body of BIN_BODIES) {
      const bin = body + referenceCheckDigit(body);
      assert.deepEqual(checkKazakhIinBin(bin), { valid: true, value: bin, kind: 'bin' });
    }
  });

  it('accepts a number whose check digit comes from the second weights', () => {
    const firstPassIsTen = (body: string) =>
      Array.from(body, Number).reduce((sum, d, i) => sum + d * (i + 1), 0) % 11 === 10;
    const iin = findNumber('8505153', firstPassIsTen);
    assert.equal(isKazakhIinBin(iin), true);
  });

  it('rejects every other check digit as checksum', () => {
    for (const body of IIN_BODIES.slice(0, 20).concat(BIN_BODIES.slice(0, 20))) {
      const good = referenceCheckDigit(body) ?? -1;
      for (let digit = 0; digit <= 9; digit++) {
        if (digit === good) continue;
        assert.deepEqual(checkKazakhIinBin(body + digit), { valid: false, reason: 'checksum' }, body + digit);
      }
    }
  });

  it('rejects every number of a body whose both passes give 10, and will not complete it', () => {
    const prefix = '9001013';
    let doubleTen: string | undefined;
    for (let serial = 0; serial < 10_000 && doubleTen === undefined; serial++) {
      const body = prefix + String(serial).padStart(4, '0');
      if (referenceCheckDigit(body) === undefined) doubleTen = body;
    }
    assert.ok(doubleTen, 'a double-10 body exists');
    for (let digit = 0; digit <= 9; digit++) {
      assert.deepEqual(checkKazakhIinBin(doubleTen + digit), { valid: false, reason: 'checksum' });
    }
    assert.throws(() => withCheckDigit('kz-iin', doubleTen), RangeError);
  });

  it('checks the birth date against the century digit, leap years included', () => {
    const valid = ['0002295', '0002296', '0002290', '9602293', '8402291', '9001010', '9912314'];
    for (const prefix of valid) assert.equal(checkKazakhIinBin(findNumber(prefix)).valid, true, prefix);
    const impossible = [
      '0002293', // 1900 was not a leap year
      '0102290', // no century makes 01 a leap year
      '1302295',
      '1802291', // 1818
      '9013013', // month 13
      '9000013', // month 00
      '9001003', // day 00
      '9004313', // 31 April
      '9001327', // day 32, digit 7 above 6
      '9001017', // digit 7 above 6
      '9001018',
      '9001019',
    ];
    for (const prefix of impossible) {
      assert.deepEqual(checkKazakhIinBin(findNumber(prefix)), { valid: false, reason: 'birth_date' }, prefix);
    }
  });

  it('reads Arabic-Indic and Persian digits with spaces', () => {
    const iin = findNumber('7712244');
    const persian = iin.replace(/[0-9]/g, (d) => String.fromCharCode(0x06f0 + Number(d)));
    const arabic = iin.replace(/[0-9]/g, (d) => String.fromCharCode(0x0660 + Number(d)));
    assert.deepEqual(checkKazakhIinBin(`${persian.slice(0, 6)} ${persian.slice(6)}`), { valid: true, value: iin, kind: 'iin' });
    assert.equal(isKazakhIinBin(arabic), true);
  });

  it('reports empty, characters and length (no left-padding)', () => {
    const iin = findNumber('0505054');
    assert.deepEqual(checkKazakhIinBin(''), { valid: false, reason: 'empty' });
    assert.deepEqual(checkKazakhIinBin(iin.slice(0, 11) + 'X'), { valid: false, reason: 'characters' });
    assert.deepEqual(checkKazakhIinBin(iin.slice(1)), { valid: false, reason: 'length' });
    assert.deepEqual(checkKazakhIinBin(iin + '0'), { valid: false, reason: 'length' });
  });
});
