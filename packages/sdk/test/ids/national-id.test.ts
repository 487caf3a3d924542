import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { NationalIdScheme } from '../../src/contract/policy.ts';
import {
  checkIranianNationalCode,
  checkKazakhIinBin,
  checkNationalId,
  checkPalestinianId,
  checkSaudiNationalId,
  isNationalId,
  withCheckDigit,
} from '../../src/ids/index.ts';

const SCHEMES: Array<{ scheme: NationalIdScheme; check: (value: string) => unknown; body: string }> = [
  { scheme: 'sa-national-id', check: checkSaudiNationalId, body: '210987654' },
  { scheme: 'ir-national-code', check: checkIranianNationalCode, body: '004937089' },
  { scheme: 'kz-iin', check: checkKazakhIinBin, body: '85051530001' },
  { scheme: 'ps-id', check: checkPalestinianId, body: '90123456' },
];

/** The body with each check digit except `good`. */
const otherCompletions = (body: string, good: string) =>
  Array.from({ length: 10 }, (_, d) => body + d).filter((value) => !value.endsWith(good));

describe('checkNationalId', () => {
  it('dispatches each contract scheme to its check', () => {
    for (const { scheme, check, body } of SCHEMES) {
      const value = withCheckDigit(scheme, body);
      for (const candidate of [value, ...otherCompletions(body, value.slice(-1)), '', 'abc']) {
        assert.deepEqual(checkNationalId(scheme, candidate), check(candidate), `${scheme} ${candidate}`);
        assert.equal(isNationalId(scheme, candidate), checkNationalId(scheme, candidate).valid);
      }
    }
  });

  it('reports the kind for Saudi and Kazakh numbers', () => {
    const saudi = checkNationalId('sa-national-id', withCheckDigit('sa-national-id', '110987654'));
    assert.equal(saudi.valid && saudi.kind, 'citizen');
    const kazakh = checkNationalId('kz-iin', withCheckDigit('kz-iin', '85051530001'));
    assert.equal(kazakh.valid && kazakh.kind, 'iin');
  });

  it('throws a RangeError for a scheme it does not know', () => {
    assert.throws(() => checkNationalId('us-ssn' as NationalIdScheme, '078051120'), RangeError);
    assert.throws(() => isNationalId('toString' as NationalIdScheme, '1'), RangeError);
  });
});

describe('withCheckDigit', () => {
  it('completes a body into the only valid number that starts with it', () => {
    for (const { scheme, body } of SCHEMES) {
      const value = withCheckDigit(scheme, body);
      assert.equal(value.slice(0, -1), body);
      assert.equal(isNationalId(scheme, value), true, value);
      for (const other of otherCompletions(body, value.slice(-1))) assert.equal(isNationalId(scheme, other), false, other);
    }
  });

  it('reads Arabic-Indic and Persian bodies', () => {
    assert.equal(withCheckDigit('ps-id', '٩٠١٢٣٤٥٦'), withCheckDigit('ps-id', '90123456'));
    assert.equal(withCheckDigit('ir-national-code', '۰۰۴۹۳۷۰۸۹'), withCheckDigit('ir-national-code', '004937089'));
  });

  it('throws a RangeError for a body of the wrong length or with non-digits', () => {
    assert.throws(() => withCheckDigit('sa-national-id', '12345678'), RangeError);
    assert.throws(() => withCheckDigit('ps-id', '901234567'), RangeError);
    assert.throws(() => withCheckDigit('kz-iin', '8505153000'), RangeError);
    assert.throws(() => withCheckDigit('ir-national-code', '00493708x'), RangeError);
  });

  it('throws a RangeError when no check digit makes the number valid', () => {
    assert.throws(() => withCheckDigit('sa-national-id', '310987654'), RangeError); // prefix
    assert.throws(() => withCheckDigit('ir-national-code', '111111111'), RangeError); // completes to 1111111111
    assert.throws(() => withCheckDigit('kz-iin', '85023130001'), RangeError); // 31 February
    assert.throws(() => withCheckDigit('ps-id', '00000000'), RangeError); // all zeros
  });
});
