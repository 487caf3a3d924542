/**
 * National IDs of a filing's parties as the court keeps them: canonical ASCII (no
 * separators, Persian and Arabic-Indic digits read as ASCII, padded where the scheme
 * pads), whatever digits and spacing the filer typed.
 * @module
 */
import { NATIONAL_ID_SCHEME, type FilingParty, type JurisdictionCode } from '@adalat/sdk/contract';
import { checkNationalId, normalizeIdInput } from '@adalat/sdk/ids';

/** The parties with each national ID in its canonical form; an invalid one only cleaned up, for `check` to report. */
export function withCanonicalIds(parties: readonly FilingParty[], jurisdiction: JurisdictionCode): FilingParty[] {
  return parties.map((party) => {
    if (party.nationalId === undefined) return party;
    const check = checkNationalId(NATIONAL_ID_SCHEME[jurisdiction], party.nationalId);
    const nationalId = check.valid ? check.value : normalizeIdInput(party.nationalId);
    // Nothing but separators: no ID was given.
    if (nationalId === '') {
      const { nationalId: _blank, ...rest } = party;
      return rest;
    }
    return { ...party, nationalId };
  });
}
