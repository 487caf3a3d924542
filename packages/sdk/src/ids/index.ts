/**
 * Validators for the identifiers the judiciary uses: national IDs of each jurisdiction and
 * IBANs. Pure, browser-safe functions; `schemas` adds zod/mini fields built on them.
 * @module
 */
export { ID_PROBLEMS, normalizeIdInput } from './normalize.ts';
export type { IdCheck, IdInvalid, IdProblem, IdValid } from './normalize.ts';
export { idProblemMessage } from './messages.ts';
export { checkSaudiNationalId, isSaudiNationalId } from './saudi-national-id.ts';
export type { SaudiIdKind } from './saudi-national-id.ts';
export { checkIranianNationalCode, isIranianNationalCode } from './iranian-national-code.ts';
export { checkKazakhIinBin, isKazakhIinBin } from './kazakh-iin-bin.ts';
export type { KazakhIdKind } from './kazakh-iin-bin.ts';
export { checkPalestinianId, isPalestinianId } from './palestinian-id.ts';
export { checkIban, formatIban, ibanWithCheckDigits, isIban } from './iban.ts';
export type { IbanCheck, IbanCountry } from './iban.ts';
export { checkNationalId, isNationalId, withCheckDigit } from './national-id.ts';
export type { NationalIdCheck, NationalIdKind } from './national-id.ts';
export { ibanSchema, nationalIdSchema } from './schemas.ts';
