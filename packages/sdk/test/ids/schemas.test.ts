import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as z from 'zod/mini';
import { ibanSchema, nationalIdSchema, withCheckDigit } from '../../src/ids/index.ts';

const toPersian = (text: string) => text.replace(/[0-9]/g, (d) => String.fromCharCode(0x06f0 + Number(d)));

/** The single issue of a failed parse. */
function onlyIssue(result: { success: boolean; error?: { issues: readonly z.core.$ZodIssue[] } }) {
  assert.equal(result.success, false);
  const issues = result.error?.issues ?? [];
  assert.equal(issues.length, 1);
  return issues[0];
}

describe('nationalIdSchema', () => {
  it('accepts a valid number and parses it to canonical ASCII digits', () => {
    const code = withCheckDigit('ir-national-code', '004937089');
    const schema = nationalIdSchema('ir-national-code');
    assert.equal(schema.parse(toPersian(code.slice(2))), code); // padded back to 10
    assert.equal(schema.parse(` ${code.slice(0, 3)}-${code.slice(3)} `), code);
  });

  it('rejects a wrong check digit with a plain-English message and the reason', () => {
    const id = withCheckDigit('ps-id', '90123456');
    const wrong = id.slice(0, 8) + ((Number(id[8]) + 1) % 10);
    const issue = onlyIssue(nationalIdSchema('ps-id').safeParse(wrong));
    assert.equal(issue?.code, 'custom');
    assert.equal(issue?.message, 'check digit does not match');
    assert.deepEqual(issue?.code === 'custom' && issue.params, { reason: 'checksum' });
  });

  it('says what else is wrong', () => {
    const schema = nationalIdSchema('sa-national-id');
    assert.equal(onlyIssue(schema.safeParse(''))?.message, 'no value was entered');
    assert.equal(onlyIssue(schema.safeParse('123'))?.message, 'has the wrong number of characters');
    assert.equal(
      onlyIssue(schema.safeParse('3000000001'))?.message,
      'starts with a digit this kind of number never starts with',
    );
  });

  it('rejects non-strings with zod’s own type issue', () => {
    assert.equal(onlyIssue(nationalIdSchema('kz-iin').safeParse(123))?.code, 'invalid_type');
  });

  it('reports the path inside an object', () => {
    const form = z.object({ nationalId: nationalIdSchema('kz-iin') });
    const issue = onlyIssue(form.safeParse({ nationalId: '850231300010' }));
    assert.deepEqual(issue?.path, ['nationalId']);
    assert.equal(issue?.message, 'does not start with a real date of birth');
  });
});

describe('ibanSchema', () => {
  it('accepts a valid IBAN and parses it to the compact upper-case form', () => {
    assert.equal(ibanSchema().parse('sa03 8000 0000 6080 1016 7519'), 'SA0380000000608010167519');
    assert.equal(ibanSchema('KZ').parse('KZ86 125K ZT50 0410 0100'), 'KZ86125KZT5004100100');
  });

  it('rejects an IBAN of another country when one is required', () => {
    const issue = onlyIssue(ibanSchema('PS').safeParse('IR062960000000100324200001'));
    assert.equal(issue?.message, 'is not from the expected country');
    assert.deepEqual(issue?.code === 'custom' && issue.params, { reason: 'country' });
    assert.equal(ibanSchema('IR').safeParse('IR062960000000100324200001').success, true);
  });

  it('rejects a wrong check digit with a plain-English message', () => {
    assert.equal(onlyIssue(ibanSchema().safeParse('SA0480000000608010167519'))?.message, 'check digit does not match');
  });
});
