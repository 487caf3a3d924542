import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { checkIban, formatIban, ibanWithCheckDigits, isIban, type IbanCountry } from '../../src/ids/index.ts';

// Reference mod 97 with BigInt (the SDK itself avoids BigInt): letters become 10–35.
function asNumber(text: string): bigint {
  return BigInt(text.replace(/[A-Z]/g, (letter) => String(letter.charCodeAt(0) - 55)));
}
function referenceValid(iban: string): boolean {
  return asNumber(iban.slice(4) + iban.slice(0, 4)) % 97n === 1n;
}
function referenceIban(country: string, bban: string): string {
  const check = 98n - (asNumber(`${bban}${country}00`) % 97n);
  return `${country}${String(check).padStart(2, '0')}${bban}`;
}

const DIGITS = '0123456789';
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const ALNUM = DIGITS + LETTERS;
/** A deterministic string of `length` characters from `alphabet`, varying with `seed`. */
function pick(alphabet: string, length: number, seed: number): string {
  return Array.from({ length }, (_, i) => alphabet[(seed * 31 + i * 17 + ((seed * i) % 13)) % alphabet.length]).join('');
}
/** A BBAN in the country's registry format: PS 4!a21!c, SA 2!n18!c, IR 22!n, KZ 3!n13!c. */
const BBAN: Record<IbanCountry, (seed: number) => string> = {
  PS: (seed) => pick(LETTERS, 4, seed) + pick(ALNUM, 21, seed + 1),
  SA: (seed) => pick(DIGITS, 2, seed) + pick(ALNUM, 18, seed + 1),
  IR: (seed) => pick(DIGITS, 22, seed),
  KZ: (seed) => pick(DIGITS, 3, seed) + pick(ALNUM, 13, seed + 1),
};
const COUNTRIES: IbanCountry[] = ['PS', 'SA', 'IR', 'KZ'];
const LENGTHS: Record<IbanCountry, number> = { PS: 29, SA: 24, IR: 26, KZ: 20 };

const SAMPLES: Record<IbanCountry, string> = {
  SA: 'SA0380000000608010167519',
  KZ: 'KZ86125KZT5004100100',
  PS: 'PS92PALS000000000400123456702',
  IR: 'IR062960000000100324200001',
};

describe('checkIban', () => {
  it('accepts the published sample IBANs of each country', () => {
    for (const country of COUNTRIES) {
      const sample = SAMPLES[country];
      assert.ok(referenceValid(sample), `${sample} passes the reference`);
      assert.deepEqual(checkIban(sample), { valid: true, value: sample, country });
      assert.deepEqual(checkIban(sample, country), { valid: true, value: sample, country });
    }
  });

  it('accepts IBANs whose check digits the BigInt reference computed', () => {
    for (const country of COUNTRIES) {
      for (let seed = 0; seed < 100; seed++) {
        const iban = referenceIban(country, BBAN[country](seed));
        assert.equal(iban.length, LENGTHS[country]);
        assert.deepEqual(checkIban(iban), { valid: true, value: iban, country }, iban);
      }
    }
  });

  it('rejects any other check digits as checksum', () => {
    for (const country of COUNTRIES) {
      const iban = SAMPLES[country];
      for (let check = 2; check <= 98; check++) {
        const other = iban.slice(0, 2) + String(check).padStart(2, '0') + iban.slice(4);
        if (other !== iban) assert.deepEqual(checkIban(other), { valid: false, reason: 'checksum' }, other);
      }
    }
  });

  it('rejects a changed or swapped BBAN character as checksum', () => {
    assert.deepEqual(checkIban('SA0380000000608010167518'), { valid: false, reason: 'checksum' });
    assert.deepEqual(checkIban('KZ86125KZT5004101000'), { valid: false, reason: 'checksum' });
  });

  it('rejects check digits 00, 01 and 99 though they pass mod 97', () => {
    const aliases: Array<[string, string]> = [['97', '00'], ['98', '01'], ['02', '99']];
    for (const [issued, alias] of aliases) {
      let iban: string | undefined;
      for (let seed = 0; iban === undefined; seed++) {
        const candidate = referenceIban('SA', BBAN.SA(seed));
        if (candidate.slice(2, 4) === issued) iban = candidate;
      }
      const aliased = `SA${alias}${iban.slice(4)}`;
      assert.ok(referenceValid(aliased), `${aliased} passes plain mod 97`);
      assert.equal(isIban(iban), true);
      assert.deepEqual(checkIban(aliased), { valid: false, reason: 'checksum' });
    }
  });

  it('normalizes case, spaces, dashes and Arabic-Indic or Persian digits', () => {
    assert.deepEqual(checkIban(' sa03 8000 0000 6080 1016 7519 '), { valid: true, value: SAMPLES.SA, country: 'SA' });
    assert.deepEqual(checkIban('KZ86-125K-ZT50-0410-0100'), { valid: true, value: SAMPLES.KZ, country: 'KZ' });
    const persian = SAMPLES.IR.replace(/[0-9]/g, (d) => String.fromCharCode(0x06f0 + Number(d)));
    assert.deepEqual(checkIban(persian), { valid: true, value: SAMPLES.IR, country: 'IR' });
    const arabic = SAMPLES.PS.replace(/[0-9]/g, (d) => String.fromCharCode(0x0660 + Number(d)));
    assert.equal(isIban(arabic), true);
  });

  it('reports country when a required country differs or the country is not served', () => {
    assert.deepEqual(checkIban(SAMPLES.SA, 'KZ'), { valid: false, reason: 'country' });
    assert.deepEqual(checkIban(SAMPLES.PS, 'IR'), { valid: false, reason: 'country' });
    const german = 'DE89370400440532013000';
    assert.ok(referenceValid(german), 'a valid German IBAN');
    assert.deepEqual(checkIban(german), { valid: false, reason: 'country' });
  });

  it('reports length per country', () => {
    for (const country of COUNTRIES) {
      const iban = SAMPLES[country];
      assert.deepEqual(checkIban(iban.slice(0, -1)), { valid: false, reason: 'length' });
      assert.deepEqual(checkIban(`${iban}0`), { valid: false, reason: 'length' });
    }
  });

  it('reports characters for symbols, a bad start or a BBAN outside the country format', () => {
    assert.deepEqual(checkIban('SA03 8000 0000 6080 1016 751#'), { valid: false, reason: 'characters' });
    assert.deepEqual(checkIban('0380000000608010167519SA'), { valid: false, reason: 'characters' });
    assert.deepEqual(checkIban('SAX380000000608010167519'), { valid: false, reason: 'characters' });
    // Iranian BBANs are all digits, Palestinian ones start with a 4-letter bank code.
    const lettered = referenceIban('IR', 'A' + BBAN.IR(1).slice(1));
    assert.ok(referenceValid(lettered));
    assert.deepEqual(checkIban(lettered), { valid: false, reason: 'characters' });
    const numericBank = referenceIban('PS', '1234' + BBAN.PS(1).slice(4));
    assert.deepEqual(checkIban(numericBank), { valid: false, reason: 'characters' });
  });

  it('reports empty', () => {
    assert.deepEqual(checkIban(''), { valid: false, reason: 'empty' });
    assert.deepEqual(checkIban('  - '), { valid: false, reason: 'empty' });
  });
});

describe('formatIban', () => {
  it('groups the normalized IBAN by four', () => {
    assert.equal(formatIban('sa0380000000608010167519'), 'SA03 8000 0000 6080 1016 7519');
    assert.equal(formatIban(SAMPLES.PS), 'PS92 PALS 0000 0000 0400 1234 5670 2');
    assert.equal(formatIban(' KZ86 125K-ZT5004100100 '), 'KZ86 125K ZT50 0410 0100');
  });
});

describe('ibanWithCheckDigits', () => {
  it('computes the same check digits as the reference for each country', () => {
    for (const country of COUNTRIES) {
      for (let seed = 0; seed < 50; seed++) {
        const bban = BBAN[country](seed);
        assert.equal(ibanWithCheckDigits(country, bban), referenceIban(country, bban));
      }
    }
  });

  it('rebuilds the published samples from their BBANs', () => {
    for (const country of COUNTRIES) assert.equal(ibanWithCheckDigits(country, SAMPLES[country].slice(4)), SAMPLES[country]);
  });

  it('accepts a spaced, lower-case BBAN', () => {
    assert.equal(ibanWithCheckDigits('KZ', '125 kzt 500 410 0100'), SAMPLES.KZ);
  });

  it('throws a RangeError for a BBAN outside the country format', () => {
    assert.throws(() => ibanWithCheckDigits('SA', '8000000060801016751'), RangeError);
    assert.throws(() => ibanWithCheckDigits('IR', 'A960000000100324200001'), RangeError);
    assert.throws(() => ibanWithCheckDigits('PS', 'PALS00000000040012345670#'), RangeError);
    assert.throws(() => ibanWithCheckDigits('DE' as IbanCountry, '370400440532013000'), RangeError);
  });
});
