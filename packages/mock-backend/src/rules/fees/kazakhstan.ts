/**
 * Kazakhstan, state duty (мемлекеттік баж / государственная пошлина) on claims, in KZT —
 * illustrative.
 *
 * From the published figures (../shared/DOMAIN.md):
 * - property claims: 1% of the claim for individuals, 3% for legal entities;
 * - other fees in multiples of the monthly calculation index, MRP = 4,325 tenge in 2026.
 *
 * Choices where the figures are silent:
 * - non-property claims (no `claimAmount`, or 0): 0.5 MRP for individuals, 5 MRP for
 *   legal entities;
 * - appeals and cassation petitions pay half the first-instance fee: 0.5% / 1.5% of the
 *   value appealed, or 0.25 / 2.5 MRP for non-property matters;
 * - exempt: labour disputes (classifier `labour`) and alimony (`family.alimony`);
 * - no fee is set here for urgent, reconsideration, criminal or execution filings: 422
 *   `fee_not_scheduled`; no per-sheet fees (`sheets` is refused).
 * Article numbers are the sandbox's own labels, after the Tax Code's numbering.
 * @module
 */
import type { FilerType, FilingKind, LocalizedText } from '@adalat/sdk/contract';
import { claimIn, inCategory, line, notScheduled, percentOf, refuseSheets, units, type FeeSchedule } from './schedule.ts';

/** The monthly calculation index for 2026, in tiyn. */
export const KZ_MRP = units(4_325, 'KZT');

type Stage = Extract<FilingKind, 'claim' | 'appeal' | 'cassation'>;

interface Rates {
  /** On the claim, in basis points. */
  property: Record<FilerType, number>;
  /** In tiyn. */
  nonProperty: Record<FilerType, number>;
  rule: string;
  stage: LocalizedText;
}

const RATES: Record<Stage, Rates> = {
  claim: {
    property: { individual: 100, legal_entity: 300 },
    nonProperty: { individual: KZ_MRP / 2, legal_entity: 5 * KZ_MRP },
    rule: 'KZ-FEES art.610(1)',
    stage: { kk: 'талап арыз', ru: 'исковое заявление', en: 'claim' },
  },
  appeal: {
    property: { individual: 50, legal_entity: 150 },
    nonProperty: { individual: KZ_MRP / 4, legal_entity: (5 * KZ_MRP) / 2 },
    rule: 'KZ-FEES art.610(9)',
    stage: { kk: 'апелляциялық шағым', ru: 'апелляционная жалоба', en: 'appeal' },
  },
  cassation: {
    property: { individual: 50, legal_entity: 150 },
    nonProperty: { individual: KZ_MRP / 4, legal_entity: (5 * KZ_MRP) / 2 },
    rule: 'KZ-FEES art.610(10)',
    stage: { kk: 'кассациялық өтініш', ru: 'кассационное ходатайство', en: 'cassation' },
  },
};
const STAGES: readonly FilingKind[] = ['claim', 'appeal', 'cassation'];

const EXEMPT: ReadonlyArray<{ node: string; rule: string; description: LocalizedText }> = [
  { node: 'labour', rule: 'KZ-FEES art.616(1)(1)', description: { kk: 'Босатылған: еңбек даулары', ru: 'Освобождено: трудовые споры', en: 'Exempt: labour disputes' } },
  { node: 'family.alimony', rule: 'KZ-FEES art.616(1)(2)', description: { kk: 'Босатылған: алимент', ru: 'Освобождено: алименты', en: 'Exempt: alimony' } },
];

const percentText = (basisPoints: number): string => `${basisPoints / 100}%`;

export const kazakhFees: FeeSchedule = {
  jurisdiction: 'KZ',
  currency: 'KZT',
  name: 'KZ-FEES 2026 (illustrative)',
  quote(request) {
    refuseSheets(request);
    const claim = claimIn(request, 'KZT');
    if (!STAGES.includes(request.filingKind)) throw notScheduled('KZ', request.filingKind);
    const exemption = EXEMPT.find((e) => inCategory(request.category, e.node));
    if (exemption !== undefined) return [line('exemption', exemption.rule, exemption.description, 0, 'KZT')];

    const rates = RATES[request.filingKind as Stage];
    const { stage } = rates;
    if (claim === null || claim === 0) {
      const amount = rates.nonProperty[request.filerType];
      const mrp = amount / KZ_MRP;
      return [
        line(
          'non_financial_claim',
          `${rates.rule}(2)`,
          { kk: `Мүліктік емес талап (${stage.kk}), ${mrp} АЕК`, ru: `Неимущественное требование (${stage.ru}), ${mrp} МРП`, en: `Non-property ${stage.en}, ${mrp} MRP` },
          amount,
          'KZT',
        ),
      ];
    }
    const basisPoints = rates.property[request.filerType];
    const who = request.filerType === 'individual' ? { kk: 'жеке тұлға', ru: 'физическое лицо', en: 'individual' } : { kk: 'заңды тұлға', ru: 'юридическое лицо', en: 'legal entity' };
    return [
      line(
        'claim_value',
        `${rates.rule}(1)`,
        {
          kk: `Талап сомасының ${percentText(basisPoints)} (${stage.kk}, ${who.kk})`,
          ru: `${percentText(basisPoints)} от суммы иска (${stage.ru}, ${who.ru})`,
          en: `${percentText(basisPoints)} of the claim (${stage.en}, ${who.en})`,
        },
        percentOf(claim, basisPoints),
        'KZT',
      ),
    ];
  },
};
