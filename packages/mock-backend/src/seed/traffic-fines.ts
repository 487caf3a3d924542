/**
 * Traffic fines: six per jurisdiction, spread over its cities, two already paid, on
 * the first three seeded people (the first has a sample token and two vehicles).
 * Plates follow local formats (Palestine `6-4521-95`, Saudi Arabia `ABJ 1234`, Iran
 * `12 ب 345 - 67`, Kazakhstan `123 ABC 02`); violation numbers are drawn from a seeded
 * stream in each jurisdiction's format.
 * @module
 */
import type { Court, Currency, JurisdictionCode, LocalizedText } from '@adalat/sdk/contract';
import type { Person, TrafficFineRecord } from '../store/types.ts';
import { createPrng, type Prng } from './prng.ts';

type ViolationCode = 'speeding' | 'red_light' | 'parking' | 'no_seatbelt' | 'phone_use';

const VIOLATIONS: Record<ViolationCode, Required<Pick<LocalizedText, 'ar' | 'fa' | 'kk' | 'ru' | 'en'>>> = {
  speeding: { ar: 'تجاوز السرعة المقررة', fa: 'سرعت غیرمجاز', kk: 'Жылдамдықты асыру', ru: 'Превышение скорости', en: 'Speeding' },
  red_light: { ar: 'قطع الإشارة الضوئية الحمراء', fa: 'عبور از چراغ قرمز', kk: 'Бағдаршаптың тыйым салатын белгісінен өту', ru: 'Проезд на запрещающий сигнал светофора', en: 'Running a red light' },
  parking: { ar: 'الوقوف في مكان ممنوع', fa: 'توقف ممنوع', kk: 'Тұраққа қою ережесін бұзу', ru: 'Нарушение правил стоянки', en: 'Illegal parking' },
  no_seatbelt: { ar: 'عدم ربط حزام الأمان', fa: 'نبستن کمربند ایمنی', kk: 'Қауіпсіздік белдігін тақпау', ru: 'Непристёгнутый ремень безопасности', en: 'No seat belt' },
  phone_use: { ar: 'استخدام الهاتف أثناء القيادة', fa: 'استفاده از تلفن همراه هنگام رانندگی', kk: 'Көлік жүргізу кезінде телефонды пайдалану', ru: 'Использование телефона за рулём', en: 'Using a phone while driving' },
};

/** Amounts in whole units of the jurisdiction's currency (KZT: multiples of the 2026 MRP, 4,325). */
const AMOUNTS: Record<JurisdictionCode, { currency: Currency; minor: number; fines: Record<ViolationCode, number> }> = {
  PS: { currency: 'JOD', minor: 1000, fines: { speeding: 100, red_light: 150, parking: 20, no_seatbelt: 30, phone_use: 50 } },
  SA: { currency: 'SAR', minor: 100, fines: { speeding: 500, red_light: 3_000, parking: 100, no_seatbelt: 150, phone_use: 500 } },
  IR: { currency: 'IRR', minor: 1, fines: { speeding: 2_000_000, red_light: 3_000_000, parking: 500_000, no_seatbelt: 1_000_000, phone_use: 1_500_000 } },
  KZ: { currency: 'KZT', minor: 100, fines: { speeding: 5 * 4_325, red_light: 10 * 4_325, parking: 5 * 4_325, no_seatbelt: 3 * 4_325, phone_use: 10 * 4_325 } },
};

interface FineSpec {
  /** 1-based index of the seeded person in the jurisdiction. */
  person: number;
  /** 0-based: which of the person's plates. */
  plate: number;
  court: string;
  violation: ViolationCode;
  issuedAt: string;
  paidAt?: string;
}

/** Plates per person (index 0 is per_xx_001). */
const PLATES: Record<JurisdictionCode, string[][]> = {
  PS: [['6-4521-95', '9-1183-94'], ['5-7740-96'], ['4-2069-92']],
  SA: [['ABJ 1234', 'KRD 5821'], ['HSL 4410'], ['TNB 7093']],
  IR: [['12 ب 345 - 67', '55 ج 718 - 22'], ['31 د 902 - 13'], ['68 س 247 - 44']],
  KZ: [['123 ABC 01', '907 KZT 02'], ['451 BNM 17'], ['318 AAE 02']],
};

const FINES: Record<JurisdictionCode, FineSpec[]> = {
  PS: [
    { person: 1, plate: 0, court: 'crt_ps_ramallah_magistrate', violation: 'speeding', issuedAt: '2026-09-14T06:40:00Z' },
    { person: 1, plate: 0, court: 'crt_ps_hebron_magistrate', violation: 'parking', issuedAt: '2026-10-02T11:05:00Z' },
    { person: 1, plate: 1, court: 'crt_ps_nablus_magistrate', violation: 'red_light', issuedAt: '2026-08-21T15:30:00Z', paidAt: '2026-08-30T08:12:00Z' },
    { person: 2, plate: 0, court: 'crt_ps_jenin_magistrate', violation: 'no_seatbelt', issuedAt: '2026-11-03T07:55:00Z' },
    { person: 2, plate: 0, court: 'crt_ps_bethlehem_magistrate', violation: 'phone_use', issuedAt: '2026-07-19T13:20:00Z', paidAt: '2026-07-25T09:00:00Z' },
    { person: 3, plate: 0, court: 'crt_ps_ramallah_magistrate', violation: 'speeding', issuedAt: '2026-11-10T17:45:00Z' },
  ],
  SA: [
    { person: 1, plate: 0, court: 'crt_sa_riyadh_general', violation: 'speeding', issuedAt: '2026-09-14T06:40:00Z' },
    { person: 1, plate: 0, court: 'crt_sa_jeddah_general', violation: 'parking', issuedAt: '2026-10-02T11:05:00Z' },
    { person: 1, plate: 1, court: 'crt_sa_makkah_general', violation: 'red_light', issuedAt: '2026-08-21T15:30:00Z', paidAt: '2026-08-30T08:12:00Z' },
    { person: 2, plate: 0, court: 'crt_sa_jeddah_general', violation: 'phone_use', issuedAt: '2026-11-03T07:55:00Z' },
    { person: 2, plate: 0, court: 'crt_sa_riyadh_general', violation: 'no_seatbelt', issuedAt: '2026-07-19T13:20:00Z', paidAt: '2026-07-25T09:00:00Z' },
    { person: 3, plate: 0, court: 'crt_sa_makkah_general', violation: 'speeding', issuedAt: '2026-11-10T17:45:00Z' },
  ],
  IR: [
    { person: 1, plate: 0, court: 'crt_ir_tehran_general', violation: 'speeding', issuedAt: '2026-09-14T06:40:00Z' },
    { person: 1, plate: 0, court: 'crt_ir_isfahan_general', violation: 'parking', issuedAt: '2026-10-02T11:05:00Z' },
    { person: 1, plate: 1, court: 'crt_ir_mashhad_general', violation: 'red_light', issuedAt: '2026-08-21T15:30:00Z', paidAt: '2026-08-30T08:12:00Z' },
    { person: 2, plate: 0, court: 'crt_ir_shiraz_general', violation: 'no_seatbelt', issuedAt: '2026-11-03T07:55:00Z' },
    { person: 2, plate: 0, court: 'crt_ir_tehran_general', violation: 'phone_use', issuedAt: '2026-07-19T13:20:00Z', paidAt: '2026-07-25T09:00:00Z' },
    { person: 3, plate: 0, court: 'crt_ir_shiraz_general', violation: 'speeding', issuedAt: '2026-11-10T17:45:00Z' },
  ],
  KZ: [
    { person: 1, plate: 0, court: 'crt_kz_astana_district', violation: 'speeding', issuedAt: '2026-09-14T06:40:00Z' },
    { person: 1, plate: 1, court: 'crt_kz_almaty_district', violation: 'parking', issuedAt: '2026-10-02T11:05:00Z' },
    { person: 1, plate: 0, court: 'crt_kz_shymkent_interdistrict', violation: 'red_light', issuedAt: '2026-08-21T15:30:00Z', paidAt: '2026-08-30T08:12:00Z' },
    { person: 2, plate: 0, court: 'crt_kz_shymkent_interdistrict', violation: 'phone_use', issuedAt: '2026-11-03T07:55:00Z' },
    { person: 2, plate: 0, court: 'crt_kz_astana_district', violation: 'no_seatbelt', issuedAt: '2026-07-19T13:20:00Z', paidAt: '2026-07-25T09:00:00Z' },
    { person: 3, plate: 0, court: 'crt_kz_almaty_district', violation: 'speeding', issuedAt: '2026-11-10T17:45:00Z' },
  ],
};

/** A violation number in the jurisdiction's format. */
function violationNumber(jurisdiction: JurisdictionCode, issuedAt: string, prng: Prng): string {
  const year = issuedAt.slice(0, 4);
  switch (jurisdiction) {
    case 'PS':
      return `TRF-${year}-${prng.digits(6)}`;
    case 'SA':
      return `1${prng.digits(9)}`;
    case 'IR':
      return `${year.slice(2)}${prng.digits(10)}`;
    case 'KZ':
      return `${year.slice(2)}${issuedAt.slice(5, 7)}${prng.digits(11)}`;
  }
}

export function seedTrafficFines(courts: readonly Court[], people: readonly Person[]): TrafficFineRecord[] {
  const courtById = new Map(courts.map((court) => [court.id, court]));
  return (Object.keys(FINES) as JurisdictionCode[]).flatMap((jurisdiction) => {
    const prng = createPrng(`traffic-fines:${jurisdiction}`);
    const local = people.filter((p) => p.jurisdiction === jurisdiction);
    const { currency, minor, fines } = AMOUNTS[jurisdiction];
    const code = jurisdiction.toLowerCase();
    return FINES[jurisdiction].map((spec, index): TrafficFineRecord => {
      const court = courtById.get(spec.court);
      const person = local[spec.person - 1];
      const plate = PLATES[jurisdiction][spec.person - 1]?.[spec.plate];
      if (court === undefined || person === undefined || plate === undefined) throw new Error(`bad traffic fine seed ${jurisdiction} #${index + 1}`);
      const description: LocalizedText = {};
      for (const language of Object.keys(court.city) as Array<keyof LocalizedText>) description[language] = VIOLATIONS[spec.violation][language];
      return {
        id: `tfn_${code}_${String(index + 1).padStart(3, '0')}`,
        number: violationNumber(jurisdiction, spec.issuedAt, prng),
        jurisdiction,
        city: structuredClone(court.city),
        courtId: court.id,
        violation: { code: spec.violation, description },
        plate,
        issuedAt: spec.issuedAt,
        amount: { amount: fines[spec.violation] * minor, currency },
        status: spec.paidAt === undefined ? 'unpaid' : 'paid',
        paidAt: spec.paidAt ?? null,
        paymentId: null,
        personId: person.id,
        nationalId: person.nationalId,
      };
    });
  });
}
