/**
 * Iran, court fees (هزینه دادرسی), in IRR (whole rials) — illustrative.
 *
 * From the published figures (../shared/DOMAIN.md):
 * - financial claims at first instance above 200,000,000 rials: 3.5% of the claim;
 * - petition form: 20,000 rials a sheet;
 * - criminal complaint: 100,000 rials;
 * - non-financial claims: 400,000 to 1,800,000 rials.
 *
 * Choices where the figures are silent:
 * - a financial claim at or below 200,000,000 rials pays 2.5% of the claim; above it,
 *   3.5% of the whole claim (as published), so the fee steps up at the threshold;
 * - appeals and cassation petitions of financial claims pay the same rates on the value
 *   appealed (`claimAmount`);
 * - a claim without `claimAmount` (or of 0) is non-financial: 400,000 at first instance,
 *   1,000,000 on appeal, 1,800,000 in cassation (the published range, by stage);
 * - every petition (claim, appeal, cassation) pays its sheets, one sheet when `sheets`
 *   is not given; a criminal complaint is not a petition form and takes no `sheets`;
 * - no fee is published for urgent, reconsideration or execution filings: 422
 *   `fee_not_scheduled`.
 * Article numbers are the sandbox's own labels.
 * @module
 */
import type { FeeLine, FilingKind, LocalizedText } from '@adalat/sdk/contract';
import { claimIn, line, notScheduled, percentOf, refuseSheets, type FeeRequest, type FeeSchedule } from './schedule.ts';

/** Claims above this many rials pay the higher rate. */
export const IR_THRESHOLD = 200_000_000;
export const IR_SHEET_FEE = 20_000;
export const IR_CRIMINAL_COMPLAINT_FEE = 100_000;

type Petition = Extract<FilingKind, 'claim' | 'appeal' | 'cassation'>;
const PETITIONS: readonly FilingKind[] = ['claim', 'appeal', 'cassation'];

const NON_FINANCIAL: Record<Petition, { amount: number; rule: string; description: LocalizedText }> = {
  claim: { amount: 400_000, rule: 'IR-FEES art.3(2)(a)', description: { fa: 'دعوای غیرمالی، مرحله نخستین', en: 'Non-financial claim, first instance' } },
  appeal: { amount: 1_000_000, rule: 'IR-FEES art.3(2)(b)', description: { fa: 'دعوای غیرمالی، مرحله تجدیدنظر', en: 'Non-financial claim, appeal' } },
  cassation: { amount: 1_800_000, rule: 'IR-FEES art.3(2)(c)', description: { fa: 'دعوای غیرمالی، فرجام‌خواهی', en: 'Non-financial claim, cassation' } },
};

function financialLine(claim: number): FeeLine {
  return claim > IR_THRESHOLD
    ? line('claim_value', 'IR-FEES art.3(1)(b)', { fa: '3.5 درصد ارزش خواسته (بیش از 200,000,000 ریال)', en: '3.5% of the claim (above IRR 200,000,000)' }, percentOf(claim, 350), 'IRR')
    : line('claim_value', 'IR-FEES art.3(1)(a)', { fa: '2.5 درصد ارزش خواسته (تا 200,000,000 ریال)', en: '2.5% of the claim (up to IRR 200,000,000)' }, percentOf(claim, 250), 'IRR');
}

function sheetsLine(sheets: number): FeeLine {
  return line(
    'petition_sheets',
    'IR-FEES art.3(5)',
    { fa: `برگ دادخواست، ${sheets} برگ × 20,000 ریال`, en: `Petition form, ${sheets} sheet${sheets === 1 ? '' : 's'} × IRR 20,000` },
    sheets * IR_SHEET_FEE,
    'IRR',
  );
}

export const iranFees: FeeSchedule = {
  jurisdiction: 'IR',
  currency: 'IRR',
  name: 'IR-FEES 1402 (illustrative)',
  quote(request) {
    const claim = claimIn(request, 'IRR');
    if (request.filingKind === 'criminal_complaint') {
      refuseSheets(request);
      return [line('flat_fee', 'IR-FEES art.3(6)', { fa: 'هزینه شکواییه کیفری', en: 'Criminal complaint' }, IR_CRIMINAL_COMPLAINT_FEE, 'IRR')];
    }
    if (!PETITIONS.includes(request.filingKind)) throw notScheduled('IR', request.filingKind);
    const stage = request.filingKind as Petition;
    const fee = claim === null || claim === 0 ? line('non_financial_claim', NON_FINANCIAL[stage].rule, NON_FINANCIAL[stage].description, NON_FINANCIAL[stage].amount, 'IRR') : financialLine(claim);
    return [fee, sheetsLine(request.sheets ?? 1)];
  },
};
