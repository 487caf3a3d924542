/**
 * zod/mini schemas for form and contract fields: they accept what the checks accept, report
 * the problem in plain English (with `params.reason` for localization), and hand back the
 * canonical ASCII form.
 * @module
 */
import * as z from 'zod/mini';
import type { NationalIdScheme } from '../contract/policy.ts';
import { checkIban, type IbanCountry } from './iban.ts';
import { idProblemMessage } from './messages.ts';
import { checkNationalId } from './national-id.ts';
import type { IdInvalid } from './normalize.ts';

type Check = (value: string) => { readonly valid: true; readonly value: string } | IdInvalid;

function checkedString(check: Check): z.ZodMiniString<string> {
  return z.string().check(
    z.overwrite((value) => {
      const result = check(value);
      return result.valid ? result.value : value;
    }),
    z.superRefine((value, ctx) => {
      const result = check(value);
      if (result.valid) return;
      ctx.addIssue({
        code: 'custom',
        message: idProblemMessage(result.reason),
        input: value,
        params: { reason: result.reason },
      });
    }),
  );
}

/** A string that is a valid national ID of the scheme; parses to the canonical digits. */
export function nationalIdSchema(scheme: NationalIdScheme): z.ZodMiniString<string> {
  return checkedString((value) => checkNationalId(scheme, value));
}

/** A string that is a valid IBAN (of `country`, if given); parses to the compact upper-case form. */
export function ibanSchema(country?: IbanCountry): z.ZodMiniString<string> {
  return checkedString((value) => checkIban(value, country));
}
