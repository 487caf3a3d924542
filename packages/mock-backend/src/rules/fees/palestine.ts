/**
 * Palestine, Court Fees Law No. 1 of 2003 with its 2022 schedule, in JOD — illustrative.
 *
 * From the published figures (../shared/DOMAIN.md):
 * - fees are set in Jordanian dinars and paid in advance (nothing is registered
 *   before the fee is paid — the filing checks that, not the quote);
 * - urgent requests: 200 JOD;
 * - magistrates' court fees: 50 to 1,000 JOD.
 *
 * Choices where the figures are silent:
 * - a claim pays 1% of its value, at least 50 and at most 1,000 JOD (the published
 *   range, applied at every court level); the floor is reached at a claim of 5,000
 *   JOD and the ceiling at 100,000 JOD;
 * - a claim without `claimAmount` (or of 0) is non-financial: 50 JOD;
 * - appeal 100 JOD, cassation 150 JOD;
 * - claims in ILS are refused (422 `currency_not_accepted`): the schedule is in JOD
 *   and the sandbox does no exchange;
 * - no fee is set here for reconsideration, criminal or execution filings: 422
 *   `fee_not_scheduled`; no per-sheet fees (`sheets` is refused).
 * Article numbers are the sandbox's own labels.
 * @module
 */
import type { FeeLine, FilingKind, LocalizedText } from '@adalat/sdk/contract';
import { claimIn, line, notScheduled, percentOf, refuseSheets, units, type FeeSchedule } from './schedule.ts';

const JOD = (major: number): number => units(major, 'JOD');

export const PS_CLAIM_MINIMUM = JOD(50);
export const PS_CLAIM_MAXIMUM = JOD(1_000);

const FLAT: Partial<Record<FilingKind, { amount: number; rule: string; description: LocalizedText }>> = {
  appeal: { amount: JOD(100), rule: 'PS-FEES art.4(1)', description: { ar: 'رسم الاستئناف', en: 'Appeal fee' } },
  cassation: { amount: JOD(150), rule: 'PS-FEES art.4(2)', description: { ar: 'رسم النقض', en: 'Cassation fee' } },
  urgent: { amount: JOD(200), rule: 'PS-FEES art.5', description: { ar: 'رسم الطلب المستعجل', en: 'Urgent request fee' } },
};

function claimLine(claim: number | null): FeeLine {
  if (claim === null || claim === 0) {
    return line('non_financial_claim', 'PS-FEES art.3(4)', { ar: 'دعوى غير مقدرة القيمة', en: 'Claim of no stated value' }, PS_CLAIM_MINIMUM, 'JOD');
  }
  const fee = percentOf(claim, 100);
  if (fee < PS_CLAIM_MINIMUM) {
    return line('claim_value_minimum', 'PS-FEES art.3(2)', { ar: 'الحد الأدنى لرسم الدعوى 50 دينارًا', en: 'Minimum claim fee, JOD 50' }, PS_CLAIM_MINIMUM, 'JOD');
  }
  if (fee > PS_CLAIM_MAXIMUM) {
    return line('claim_value_capped', 'PS-FEES art.3(3)', { ar: 'الحد الأعلى لرسم الدعوى 1,000 دينار', en: 'Claim fee at its cap of JOD 1,000' }, PS_CLAIM_MAXIMUM, 'JOD');
  }
  return line('claim_value', 'PS-FEES art.3(1)', { ar: '1% من قيمة الدعوى', en: '1% of the claim' }, fee, 'JOD');
}

export const palestineFees: FeeSchedule = {
  jurisdiction: 'PS',
  currency: 'JOD',
  name: 'PS-FEES 2022 (illustrative)',
  quote(request) {
    refuseSheets(request);
    const claim = claimIn(request, 'JOD');
    if (request.filingKind === 'claim') return [claimLine(claim)];
    const flat = FLAT[request.filingKind];
    if (flat === undefined) throw notScheduled('PS', request.filingKind);
    return [line('flat_fee', flat.rule, flat.description, flat.amount, 'JOD')];
  },
};
