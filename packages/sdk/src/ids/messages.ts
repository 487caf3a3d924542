/**
 * English descriptions of identifier problems; components localize the same reasons themselves.
 * @module
 */
import type { IdProblem } from './normalize.ts';

const MESSAGES: Readonly<Record<IdProblem, string>> = {
  empty: 'no value was entered',
  characters: 'contains characters that are not allowed here',
  length: 'has the wrong number of characters',
  prefix: 'starts with a digit this kind of number never starts with',
  repeated_digits: 'is a single digit repeated, which is never issued',
  birth_date: 'does not start with a real date of birth',
  checksum: 'check digit does not match',
  country: 'is not from the expected country',
};

/** What is wrong, in plain English, e.g. `check digit does not match`. */
export function idProblemMessage(reason: IdProblem): string {
  return MESSAGES[reason];
}
