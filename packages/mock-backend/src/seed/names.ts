/**
 * Given and family names per jurisdiction, written in its languages, for made-up
 * people. Kazakh and Russian family names take a feminine form.
 * @module
 */
import type { JurisdictionCode, LocalizedText } from '@adalat/sdk/contract';
import type { Prng } from './prng.ts';

export type Sex = 'female' | 'male';

interface GivenName {
  sex: Sex;
  name: LocalizedText;
}
/** A family name; `female` is its feminine form where the language has one. */
interface FamilyName {
  male: LocalizedText;
  female: LocalizedText;
}

const arabic = (ar: string, en: string): LocalizedText => ({ ar, en });
const persian = (fa: string, en: string): LocalizedText => ({ fa, en });
const same = (name: LocalizedText): FamilyName => ({ male: name, female: name });

const ARABIC_GIVEN: GivenName[] = [
  { sex: 'male', name: arabic('محمد', 'Mohammad') },
  { sex: 'male', name: arabic('أحمد', 'Ahmad') },
  { sex: 'male', name: arabic('خالد', 'Khaled') },
  { sex: 'male', name: arabic('يوسف', 'Yousef') },
  { sex: 'male', name: arabic('عمر', 'Omar') },
  { sex: 'male', name: arabic('سامي', 'Sami') },
  { sex: 'female', name: arabic('ليلى', 'Layla') },
  { sex: 'female', name: arabic('مريم', 'Maryam') },
  { sex: 'female', name: arabic('سارة', 'Sara') },
  { sex: 'female', name: arabic('نور', 'Nour') },
  { sex: 'female', name: arabic('رنا', 'Rana') },
  { sex: 'female', name: arabic('هبة', 'Heba') },
];

const NAMES: Record<JurisdictionCode, { given: GivenName[]; family: FamilyName[] }> = {
  PS: {
    given: ARABIC_GIVEN,
    family: [
      same(arabic('الخطيب', 'Al-Khatib')),
      same(arabic('النتشة', 'Al-Natsheh')),
      same(arabic('عودة', 'Odeh')),
      same(arabic('حمدان', 'Hamdan')),
      same(arabic('البرغوثي', 'Barghouti')),
      same(arabic('الشريف', 'Al-Sharif')),
      same(arabic('صالح', 'Saleh')),
      same(arabic('جرار', 'Jarrar')),
    ],
  },
  SA: {
    given: ARABIC_GIVEN,
    family: [
      same(arabic('العتيبي', 'Al-Otaibi')),
      same(arabic('القحطاني', 'Al-Qahtani')),
      same(arabic('الغامدي', 'Al-Ghamdi')),
      same(arabic('الحربي', 'Al-Harbi')),
      same(arabic('الشهري', 'Al-Shehri')),
      same(arabic('الدوسري', 'Al-Dosari')),
      same(arabic('الزهراني', 'Al-Zahrani')),
      same(arabic('المطيري', 'Al-Mutairi')),
    ],
  },
  IR: {
    given: [
      { sex: 'male', name: persian('علی', 'Ali') },
      { sex: 'male', name: persian('رضا', 'Reza') },
      { sex: 'male', name: persian('حسین', 'Hossein') },
      { sex: 'male', name: persian('مهدی', 'Mahdi') },
      { sex: 'male', name: persian('امیر', 'Amir') },
      { sex: 'female', name: persian('زهرا', 'Zahra') },
      { sex: 'female', name: persian('مریم', 'Maryam') },
      { sex: 'female', name: persian('فاطمه', 'Fatemeh') },
      { sex: 'female', name: persian('نرگس', 'Narges') },
      { sex: 'female', name: persian('شیرین', 'Shirin') },
    ],
    family: [
      same(persian('احمدی', 'Ahmadi')),
      same(persian('محمدی', 'Mohammadi')),
      same(persian('حسینی', 'Hosseini')),
      same(persian('رضایی', 'Rezaei')),
      same(persian('کریمی', 'Karimi')),
      same(persian('موسوی', 'Mousavi')),
      same(persian('جعفری', 'Jafari')),
      same(persian('رحیمی', 'Rahimi')),
    ],
  },
  KZ: {
    given: [
      { sex: 'male', name: { kk: 'Айдар', ru: 'Айдар', en: 'Aidar' } },
      { sex: 'male', name: { kk: 'Нұрлан', ru: 'Нурлан', en: 'Nurlan' } },
      { sex: 'male', name: { kk: 'Ерлан', ru: 'Ерлан', en: 'Yerlan' } },
      { sex: 'male', name: { kk: 'Дәулет', ru: 'Даулет', en: 'Daulet' } },
      { sex: 'male', name: { kk: 'Асқар', ru: 'Аскар', en: 'Askar' } },
      { sex: 'female', name: { kk: 'Әсел', ru: 'Асель', en: 'Assel' } },
      { sex: 'female', name: { kk: 'Айгерім', ru: 'Айгерим', en: 'Aigerim' } },
      { sex: 'female', name: { kk: 'Динара', ru: 'Динара', en: 'Dinara' } },
      { sex: 'female', name: { kk: 'Мадина', ru: 'Мадина', en: 'Madina' } },
      { sex: 'female', name: { kk: 'Жанар', ru: 'Жанар', en: 'Zhanar' } },
    ],
    family: [
      ['Ахметов', 'Ахметов', 'Akhmetov'],
      ['Сәрсенбаев', 'Сарсенбаев', 'Sarsenbayev'],
      ['Жұмабаев', 'Жумабаев', 'Zhumabayev'],
      ['Омаров', 'Омаров', 'Omarov'],
      ['Нұрғалиев', 'Нургалиев', 'Nurgaliyev'],
      ['Қасымов', 'Касымов', 'Kassymov'],
      ['Бекетов', 'Бекетов', 'Beketov'],
      ['Төлеуов', 'Тулеуов', 'Tuleuov'],
    ].map(([kk, ru, en]) => ({
      male: { kk: kk!, ru: ru!, en: en! },
      female: { kk: `${kk}а`, ru: `${ru}а`, en: `${en}a` },
    })),
  },
};

/** "Given Family" in every language of the jurisdiction. */
export function drawName(jurisdiction: JurisdictionCode, prng: Prng): { sex: Sex; name: LocalizedText } {
  const { given, family } = NAMES[jurisdiction];
  const first = prng.pick(given);
  const last = prng.pick(family)[first.sex];
  const name: LocalizedText = {};
  for (const [language, text] of Object.entries(first.name) as Array<[keyof LocalizedText, string]>) {
    const surname = last[language];
    if (surname !== undefined) name[language] = `${text} ${surname}`;
  }
  return { sex: first.sex, name };
}
