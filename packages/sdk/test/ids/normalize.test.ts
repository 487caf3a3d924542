import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ID_PROBLEMS, idProblemMessage, normalizeIdInput } from '../../src/ids/index.ts';

describe('normalizeIdInput', () => {
  it('turns Arabic-Indic digits into ASCII', () => {
    assert.equal(normalizeIdInput('٠١٢٣٤٥٦٧٨٩'), '0123456789');
  });

  it('turns extended Arabic-Indic (Persian) digits into ASCII', () => {
    assert.equal(normalizeIdInput('۰۱۲۳۴۵۶۷۸۹'), '0123456789');
  });

  it('trims and drops spaces, no-break spaces, dashes and direction marks', () => {
    assert.equal(normalizeIdInput(' \t12 34-56\u00a078\u201390\u200f\n'), '1234567890');
    assert.equal(normalizeIdInput('\u2066۱۲۳\u2069'), '123');
  });

  it('keeps every other character so the checks can reject it', () => {
    assert.equal(normalizeIdInput('12.3a'), '12.3a');
  });
});

describe('idProblemMessage', () => {
  it('describes every problem in its own words', () => {
    const messages = ID_PROBLEMS.map(idProblemMessage);
    for (const message of messages) assert.match(message, /^[a-z].+[a-z]$/);
    assert.equal(new Set(messages).size, ID_PROBLEMS.length);
  });

  it('says plainly when the check digit is wrong', () => {
    assert.equal(idProblemMessage('checksum'), 'check digit does not match');
  });
});
