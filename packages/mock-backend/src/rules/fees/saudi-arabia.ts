/**
 * Saudi Arabia, Judicial Costs Law (2022), in SAR — illustrative.
 *
 * From the published figures (../shared/DOMAIN.md):
 * - value claims: 5% up to SAR 100,000, 4% up to 500,000, 3% up to 1,000,000, 2% above;
 *   the fee is capped at SAR 1,000,000;
 * - flat: appeal 5,000, cassation 7,000, reconsideration 10,000, urgent case 3,000;
 * - exempt: family and personal status, execution requests, criminal cases, bankruptcy.
 *
 * Choices where the figures are silent:
 * - the rates are marginal: each applies to its slice of the claim only (5% of the
 *   first 100,000, 4% of the next 400,000, …), so the fee never jumps at a band edge;
 *   one line per slice used. When the slices add up to more than the cap, one capped
 *   line replaces them (lines are never negative). The cap is reached at a claim of
 *   SAR 49,200,000;
 * - a claim needs its value (no non-financial claim fee is published);
 * - exemptions go by the category (classifier subtree `family`, `execution`,
 *   `criminal`, `commercial.bankruptcy`) and by filing kind (`execution_request`,
 *   `criminal_complaint`), whatever the stage: an exempt appeal costs nothing either;
 * - no per-sheet fees (`sheets` is refused).
 * Article numbers are the sandbox's own labels.
 * @module
 */
import type { FeeLine, FilingKind, LocalizedText } from '@adalat/sdk/contract';
import { claimIn, inCategory, line, notScheduled, percentOf, refuseSheets, requiredClaim, units, type FeeRequest, type FeeSchedule } from './schedule.ts';

const SAR = (major: number): number => units(major, 'SAR');

interface Band {
  /** The slice ends here (minor units); the last band has no end. */
  upTo: number;
  basisPoints: number;
  rule: string;
  description: LocalizedText;
}

export const SA_BANDS: readonly Band[] = [
  { upTo: SAR(100_000), basisPoints: 500, rule: 'SA-FEES art.3(1)(a)', description: { ar: '5% من قيمة المطالبة حتى 100,000 ريال', en: '5% of the claim up to SAR 100,000' } },
  { upTo: SAR(500_000), basisPoints: 400, rule: 'SA-FEES art.3(1)(b)', description: { ar: '4% من قيمة المطالبة من 100,000 إلى 500,000 ريال', en: '4% of the claim from SAR 100,000 to 500,000' } },
  { upTo: SAR(1_000_000), basisPoints: 300, rule: 'SA-FEES art.3(1)(c)', description: { ar: '3% من قيمة المطالبة من 500,000 إلى 1,000,000 ريال', en: '3% of the claim from SAR 500,000 to 1,000,000' } },
  { upTo: Number.POSITIVE_INFINITY, basisPoints: 200, rule: 'SA-FEES art.3(1)(d)', description: { ar: '2% من قيمة المطالبة فيما زاد على 1,000,000 ريال', en: '2% of the claim above SAR 1,000,000' } },
];

/** No claim fee is higher. */
export const SA_CAP = SAR(1_000_000);

const FLAT: Partial<Record<FilingKind, { amount: number; rule: string; description: LocalizedText }>> = {
  appeal: { amount: SAR(5_000), rule: 'SA-FEES art.4(1)', description: { ar: 'رسم الاستئناف', en: 'Appeal fee' } },
  cassation: { amount: SAR(7_000), rule: 'SA-FEES art.4(2)', description: { ar: 'رسم طلب النقض', en: 'Cassation fee' } },
  reconsideration: { amount: SAR(10_000), rule: 'SA-FEES art.4(3)', description: { ar: 'رسم التماس إعادة النظر', en: 'Reconsideration fee' } },
  urgent: { amount: SAR(3_000), rule: 'SA-FEES art.4(4)', description: { ar: 'رسم الدعوى المستعجلة', en: 'Urgent case fee' } },
};

interface Exemption {
  rule: string;
  description: LocalizedText;
  applies: (request: FeeRequest) => boolean;
}

const EXEMPTIONS: readonly Exemption[] = [
  { rule: 'SA-FEES art.2(1)', description: { ar: 'معفاة: أحوال شخصية', en: 'Exempt: family and personal status' }, applies: (r) => inCategory(r.category, 'family') },
  {
    rule: 'SA-FEES art.2(2)',
    description: { ar: 'معفاة: طلبات التنفيذ', en: 'Exempt: execution requests' },
    applies: (r) => r.filingKind === 'execution_request' || inCategory(r.category, 'execution'),
  },
  {
    rule: 'SA-FEES art.2(3)',
    description: { ar: 'معفاة: القضايا الجزائية', en: 'Exempt: criminal cases' },
    applies: (r) => r.filingKind === 'criminal_complaint' || inCategory(r.category, 'criminal'),
  },
  { rule: 'SA-FEES art.2(4)', description: { ar: 'معفاة: الإفلاس', en: 'Exempt: bankruptcy' }, applies: (r) => inCategory(r.category, 'commercial.bankruptcy') },
];

/** One line per slice of the claim the bands cover, or the capped line. */
function claimLines(claim: number): FeeLine[] {
  const lines: FeeLine[] = [];
  let from = 0;
  for (const band of SA_BANDS) {
    const slice = Math.min(claim, band.upTo) - from;
    if (slice <= 0) break;
    lines.push(line('claim_value_band', band.rule, band.description, percentOf(slice, band.basisPoints), 'SAR'));
    from = band.upTo;
  }
  const total = lines.reduce((sum, l) => sum + l.amount.amount, 0);
  if (total <= SA_CAP) return lines;
  return [line('claim_value_capped', 'SA-FEES art.3(2)', { ar: 'رسم الدعوى بحده الأعلى 1,000,000 ريال', en: 'Claim fee at its cap of SAR 1,000,000' }, SA_CAP, 'SAR')];
}

export const saudiFees: FeeSchedule = {
  jurisdiction: 'SA',
  currency: 'SAR',
  name: 'SA-FEES 2022 (illustrative)',
  quote(request) {
    refuseSheets(request);
    claimIn(request, 'SAR');
    const exemption = EXEMPTIONS.find((e) => e.applies(request));
    if (exemption !== undefined) return [line('exemption', exemption.rule, exemption.description, 0, 'SAR')];
    if (request.filingKind === 'claim') return claimLines(requiredClaim(request, 'SAR'));
    const flat = FLAT[request.filingKind];
    if (flat === undefined) throw notScheduled('SA', request.filingKind);
    return [line('flat_fee', flat.rule, flat.description, flat.amount, 'SAR')];
  },
};
