/**
 * Partners that embed Adalat: a bank, a ministry and a bar association in each
 * jurisdiction, with deterministic sandbox keys (`sk_test_…`, `pk_test_…`).
 * Bank names are made up; the sandbox implies no real institution takes part.
 * @module
 */
import type { JurisdictionCode } from '@adalat/sdk/contract';
import type { Partner, PartnerKind } from '../store/types.ts';
import { createPrng } from './prng.ts';

export const SECRET_KEY_PREFIX = 'sk_test_';
export const PUBLISHABLE_KEY_PREFIX = 'pk_test_';

type PartnerSeed = Omit<Partner, 'id' | 'secretKey' | 'publishableKey'>;

const PARTNERS: PartnerSeed[] = [
  { jurisdiction: 'PS', kind: 'bank', name: { ar: 'بنك البيرة التجريبي', en: 'Al-Bireh Sandbox Bank' } },
  { jurisdiction: 'PS', kind: 'ministry', name: { ar: 'وزارة العدل', en: 'Ministry of Justice' } },
  { jurisdiction: 'PS', kind: 'bar_association', name: { ar: 'نقابة المحامين النظاميين الفلسطينيين', en: 'Palestinian Bar Association' } },
  { jurisdiction: 'SA', kind: 'bank', name: { ar: 'بنك نجد التجريبي', en: 'Najd Sandbox Bank' } },
  { jurisdiction: 'SA', kind: 'ministry', name: { ar: 'وزارة العدل', en: 'Ministry of Justice' } },
  { jurisdiction: 'SA', kind: 'bar_association', name: { ar: 'الهيئة السعودية للمحامين', en: 'Saudi Bar Association' } },
  { jurisdiction: 'IR', kind: 'bank', name: { fa: 'بانک آزمایشی زاگرس', en: 'Zagros Sandbox Bank' } },
  { jurisdiction: 'IR', kind: 'ministry', name: { fa: 'وزارت دادگستری', en: 'Ministry of Justice' } },
  { jurisdiction: 'IR', kind: 'bar_association', name: { fa: 'کانون وکلای دادگستری', en: 'Iranian Bar Association' } },
  { jurisdiction: 'KZ', kind: 'bank', name: { kk: 'Дала сынақ банкі', ru: 'Степной тестовый банк', en: 'Steppe Sandbox Bank' } },
  { jurisdiction: 'KZ', kind: 'ministry', name: { kk: 'Әділет министрлігі', ru: 'Министерство юстиции', en: 'Ministry of Justice' } },
  {
    jurisdiction: 'KZ',
    kind: 'bar_association',
    name: { kk: 'Республикалық адвокаттар алқасы', ru: 'Республиканская коллегия адвокатов', en: 'Republican Bar Association' },
  },
];

const SHORT_KIND: Record<PartnerKind, string> = { bank: 'bank', ministry: 'ministry', bar_association: 'bar' };

export function partnerId(jurisdiction: JurisdictionCode, kind: PartnerKind): string {
  return `ptn_${jurisdiction.toLowerCase()}_${SHORT_KIND[kind]}`;
}

export function seedPartners(): Partner[] {
  return PARTNERS.map((seed) => {
    const id = partnerId(seed.jurisdiction, seed.kind);
    const prng = createPrng(`keys:${id}`);
    return {
      id,
      ...structuredClone(seed),
      secretKey: `${SECRET_KEY_PREFIX}${prng.base62(24)}`,
      publishableKey: `${PUBLISHABLE_KEY_PREFIX}${prng.base62(24)}`,
    };
  });
}
