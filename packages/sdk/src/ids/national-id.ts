/**
 * One entry point for the contract's `NationalIdScheme`s: checking, and completing test bodies
 * with their check digit.
 * @module
 */
import type { NationalIdScheme } from '../contract/policy.ts';
import { iranianCheckDigit, checkIranianNationalCode } from './iranian-national-code.ts';
import { checkKazakhIinBin, kazakhCheckDigit, type KazakhIdKind } from './kazakh-iin-bin.ts';
import { idProblemMessage } from './messages.ts';
import { normalizeIdInput, type IdCheck } from './normalize.ts';
import { checkPalestinianId, palestinianCheckDigit } from './palestinian-id.ts';
import { checkSaudiNationalId, saudiCheckDigit, type SaudiIdKind } from './saudi-national-id.ts';

/** What each scheme's check returns. */
interface NationalIdChecks {
  'sa-national-id': IdCheck<SaudiIdKind>;
  'ir-national-code': IdCheck;
  'kz-iin': IdCheck<KazakhIdKind>;
  'ps-id': IdCheck;
}

/** The result `checkNationalId` gives for a scheme; `kind` is set for Saudi and Kazakh numbers. */
export type NationalIdCheck<S extends NationalIdScheme = NationalIdScheme> = NationalIdChecks[S];
export type NationalIdKind = SaudiIdKind | KazakhIdKind;

interface SchemeRules<Check> {
  check: (value: string) => Check;
  /** Digits before the check digit. */
  bodyLength: number;
  /** `undefined` when no digit can complete the body. */
  checkDigit: (body: string) => number | undefined;
}

const SCHEMES: { readonly [S in NationalIdScheme]: SchemeRules<NationalIdChecks[S]> } = {
  'sa-national-id': { check: checkSaudiNationalId, bodyLength: 9, checkDigit: saudiCheckDigit },
  'ir-national-code': { check: checkIranianNationalCode, bodyLength: 9, checkDigit: iranianCheckDigit },
  'kz-iin': { check: checkKazakhIinBin, bodyLength: 11, checkDigit: kazakhCheckDigit },
  'ps-id': { check: checkPalestinianId, bodyLength: 8, checkDigit: palestinianCheckDigit },
};

function rulesOf<S extends NationalIdScheme>(scheme: S): SchemeRules<NationalIdCheck<S>> {
  // Guards JavaScript callers passing a scheme this version does not know.
  if (!Object.hasOwn(SCHEMES, scheme)) throw new RangeError(`unknown national ID scheme: ${String(scheme)}`);
  return SCHEMES[scheme] as SchemeRules<NationalIdCheck<S>>;
}

/** Checks a value against a jurisdiction's national ID scheme (`Jurisdiction.nationalIdScheme`). */
export function checkNationalId<S extends NationalIdScheme>(scheme: S, value: string): NationalIdCheck<S> {
  return rulesOf(scheme).check(value);
}

export function isNationalId(scheme: NationalIdScheme, value: string): boolean {
  return checkNationalId(scheme, value).valid;
}

/**
 * Completes a body (9 digits for `sa-national-id` and `ir-national-code`, 11 for `kz-iin`,
 * 8 for `ps-id`) with its check digit; for seeds and tests. Throws a `RangeError` when the
 * body has the wrong shape or no digit makes it a valid number (a Kazakh body whose both
 * passes give 10, a Saudi body not starting with 1 or 2, an impossible birth date…).
 */
export function withCheckDigit(scheme: NationalIdScheme, body: string): string {
  const rules = rulesOf(scheme);
  const digits = normalizeIdInput(body);
  if (!/^[0-9]*$/.test(digits) || digits.length !== rules.bodyLength) {
    throw new RangeError(`a ${scheme} body is ${rules.bodyLength} digits`);
  }
  const checkDigit = rules.checkDigit(digits);
  if (checkDigit === undefined) throw new RangeError(`no check digit completes this ${scheme} body`);
  const value = `${digits}${checkDigit}`;
  const result = rules.check(value);
  if (!result.valid) throw new RangeError(`this ${scheme} body cannot be completed: ${idProblemMessage(result.reason)}`);
  return value;
}
