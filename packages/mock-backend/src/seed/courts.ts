/**
 * Courts of the four jurisdictions in real cities, with branches and panels drawn
 * from a seeded stream. Ids read as `crt_<jurisdiction>_<city>_<kind>`.
 * @module
 */
import type {
  Branch,
  Court,
  CourtLevel,
  Jurisdiction,
  JurisdictionCode,
  LanguageCode,
  LocalizedText,
  Panel,
} from '@adalat/sdk/contract';
import { TOP_CATEGORIES } from './classifiers.ts';
import { localDigits, pickLanguages, type AllLanguages } from './localize.ts';
import { createPrng, type Prng } from './prng.ts';

type CityName = Partial<AllLanguages> & { en: string };

const CITIES = {
  ramallah: { ar: 'رام الله', en: 'Ramallah' },
  nablus: { ar: 'نابلس', en: 'Nablus' },
  hebron: { ar: 'الخليل', en: 'Hebron' },
  jenin: { ar: 'جنين', en: 'Jenin' },
  bethlehem: { ar: 'بيت لحم', en: 'Bethlehem' },
  riyadh: { ar: 'الرياض', en: 'Riyadh' },
  jeddah: { ar: 'جدة', en: 'Jeddah' },
  makkah: { ar: 'مكة المكرمة', en: 'Makkah' },
  tehran: { fa: 'تهران', en: 'Tehran' },
  mashhad: { fa: 'مشهد', en: 'Mashhad' },
  isfahan: { fa: 'اصفهان', en: 'Isfahan' },
  shiraz: { fa: 'شیراز', en: 'Shiraz' },
  astana: { kk: 'Астана', ru: 'Астана', en: 'Astana' },
  almaty: { kk: 'Алматы', ru: 'Алматы', en: 'Almaty' },
  shymkent: { kk: 'Шымкент', ru: 'Шымкент', en: 'Shymkent' },
} satisfies Record<string, CityName>;
type City = keyof typeof CITIES;

interface CourtSeed {
  id: string;
  jurisdiction: JurisdictionCode;
  level: CourtLevel;
  city: City;
  name: Partial<AllLanguages>;
  /** Classifier codes heard; appeal and supreme courts hear what their jurisdiction's lower courts hear. */
  categories?: string[];
  eFilingOpen?: boolean;
  maxFileBytes?: number;
}

const PS_CITIES = ['ramallah', 'nablus', 'hebron', 'jenin', 'bethlehem'] as const;

const PS_TRIAL_COURTS: CourtSeed[] = PS_CITIES.flatMap((city): CourtSeed[] => {
  const name = CITIES[city];
  return [
    {
      id: `crt_ps_${city}_magistrate`,
      jurisdiction: 'PS',
      level: 'magistrate',
      city,
      name: { ar: `محكمة صلح ${name.ar}`, en: `${name.en} Magistrate Court` },
      categories: ['civil', 'criminal', 'traffic'],
    },
    {
      id: `crt_ps_${city}_first_instance`,
      jurisdiction: 'PS',
      level: 'first_instance',
      city,
      name: { ar: `محكمة بداية ${name.ar}`, en: `${name.en} Court of First Instance` },
      categories: ['civil', 'commercial', 'labour', 'criminal', 'execution'],
    },
  ];
});

const SA_CITY_IN: Record<'riyadh' | 'jeddah' | 'makkah', string> = { riyadh: 'بالرياض', jeddah: 'بجدة', makkah: 'بمكة المكرمة' };

const COURTS: CourtSeed[] = [
  ...PS_TRIAL_COURTS,
  {
    id: 'crt_ps_ramallah_appeal',
    jurisdiction: 'PS',
    level: 'appeal',
    city: 'ramallah',
    name: { ar: 'محكمة استئناف رام الله', en: 'Ramallah Court of Appeal' },
  },
  {
    id: 'crt_ps_high_court',
    jurisdiction: 'PS',
    level: 'supreme',
    city: 'ramallah',
    name: { ar: 'المحكمة العليا', en: 'High Court' },
    categories: TOP_CATEGORIES,
    eFilingOpen: false,
  },
  {
    id: 'crt_sa_riyadh_general',
    jurisdiction: 'SA',
    level: 'first_instance',
    city: 'riyadh',
    name: { ar: `المحكمة العامة ${SA_CITY_IN.riyadh}`, en: 'Riyadh General Court' },
    categories: ['civil', 'family', 'traffic'],
  },
  {
    id: 'crt_sa_riyadh_labour',
    jurisdiction: 'SA',
    level: 'first_instance',
    city: 'riyadh',
    name: { ar: `المحكمة العمالية ${SA_CITY_IN.riyadh}`, en: 'Riyadh Labour Court' },
    categories: ['labour'],
  },
  {
    id: 'crt_sa_riyadh_commercial',
    jurisdiction: 'SA',
    level: 'first_instance',
    city: 'riyadh',
    name: { ar: `المحكمة التجارية ${SA_CITY_IN.riyadh}`, en: 'Riyadh Commercial Court' },
    // Commercial courts hear claims on commercial papers, not every execution matter.
    categories: ['commercial', 'execution.papers'],
  },
  {
    id: 'crt_sa_jeddah_general',
    jurisdiction: 'SA',
    level: 'first_instance',
    city: 'jeddah',
    name: { ar: `المحكمة العامة ${SA_CITY_IN.jeddah}`, en: 'Jeddah General Court' },
    categories: ['civil', 'family', 'traffic'],
  },
  {
    id: 'crt_sa_makkah_general',
    jurisdiction: 'SA',
    level: 'first_instance',
    city: 'makkah',
    name: { ar: `المحكمة العامة ${SA_CITY_IN.makkah}`, en: 'Makkah General Court' },
    categories: ['civil', 'family', 'traffic'],
  },
  {
    id: 'crt_sa_riyadh_appeal',
    jurisdiction: 'SA',
    level: 'appeal',
    city: 'riyadh',
    name: { ar: 'محكمة الاستئناف بمنطقة الرياض', en: 'Riyadh Court of Appeal' },
  },
  {
    id: 'crt_sa_supreme',
    jurisdiction: 'SA',
    level: 'supreme',
    city: 'riyadh',
    name: { ar: 'المحكمة العليا', en: 'Supreme Court' },
    categories: TOP_CATEGORIES,
    eFilingOpen: false,
  },
  ...(['tehran', 'mashhad', 'isfahan', 'shiraz'] as const).map(
    (city): CourtSeed => ({
      id: `crt_ir_${city}_general`,
      jurisdiction: 'IR',
      level: 'first_instance',
      city,
      name: { fa: `دادگاه عمومی ${CITIES[city].fa}`, en: `${CITIES[city].en} General Court` },
      categories: ['civil', 'commercial', 'family', 'criminal', 'traffic', 'execution'],
    }),
  ),
  {
    id: 'crt_ir_tehran_appeal',
    jurisdiction: 'IR',
    level: 'appeal',
    city: 'tehran',
    name: { fa: 'دادگاه تجدیدنظر استان تهران', en: 'Tehran Provincial Court of Appeal' },
  },
  {
    id: 'crt_ir_supreme',
    jurisdiction: 'IR',
    level: 'supreme',
    city: 'tehran',
    name: { fa: 'دیوان عالی کشور', en: 'Supreme Court of Iran' },
    categories: TOP_CATEGORIES,
    maxFileBytes: 10 * 1024 * 1024,
  },
  {
    id: 'crt_kz_astana_district',
    jurisdiction: 'KZ',
    level: 'first_instance',
    city: 'astana',
    name: {
      kk: 'Астана қаласы Есіл аудандық соты',
      ru: 'Есильский районный суд города Астаны',
      en: 'Yesil District Court of Astana',
    },
    categories: ['civil', 'family', 'labour', 'criminal', 'traffic', 'administrative'],
  },
  {
    id: 'crt_kz_almaty_district',
    jurisdiction: 'KZ',
    level: 'first_instance',
    city: 'almaty',
    name: {
      kk: 'Алматы қаласы Алмалы аудандық соты',
      ru: 'Алмалинский районный суд города Алматы',
      en: 'Almaly District Court of Almaty',
    },
    categories: ['civil', 'family', 'labour', 'criminal', 'execution'],
  },
  {
    id: 'crt_kz_shymkent_interdistrict',
    jurisdiction: 'KZ',
    level: 'first_instance',
    city: 'shymkent',
    name: {
      kk: 'Шымкент қаласының мамандандырылған ауданаралық экономикалық соты',
      ru: 'Специализированный межрайонный экономический суд города Шымкента',
      en: 'Shymkent Specialized Inter-district Economic Court',
    },
    categories: ['commercial'],
  },
  {
    id: 'crt_kz_almaty_city',
    jurisdiction: 'KZ',
    level: 'appeal',
    city: 'almaty',
    name: { kk: 'Алматы қалалық соты', ru: 'Алматинский городской суд', en: 'Almaty City Court' },
  },
  {
    id: 'crt_kz_supreme',
    jurisdiction: 'KZ',
    level: 'supreme',
    city: 'astana',
    name: {
      kk: 'Қазақстан Республикасының Жоғарғы Соты',
      ru: 'Верховный Суд Республики Казахстан',
      en: 'Supreme Court of the Republic of Kazakhstan',
    },
    categories: TOP_CATEGORIES,
  },
];

/** What a branch and a panel are called, per language: `(n) => name`. */
const UNIT_NAMES: Record<JurisdictionCode, { branch: Partial<AllLanguages>; panel: Partial<AllLanguages> }> = {
  PS: { branch: { ar: 'الدائرة #', en: 'Chamber #' }, panel: { ar: 'الهيئة #', en: 'Panel #' } },
  SA: { branch: { ar: 'الدائرة #', en: 'Circuit #' }, panel: { ar: 'الهيئة #', en: 'Panel #' } },
  IR: { branch: { fa: 'شعبه #', en: 'Branch #' }, panel: { fa: 'هیئت #', en: 'Panel #' } },
  KZ: {
    branch: { kk: '№# сот алқасы', ru: 'Судебная коллегия №#', en: 'Chamber #' },
    panel: { kk: '№# құрам', ru: 'Состав №#', en: 'Panel #' },
  },
};

function numbered(template: Partial<AllLanguages>, n: number, languages: readonly LanguageCode[]): LocalizedText {
  const text: Partial<AllLanguages> = {};
  for (const language of languages) {
    const pattern = template[language];
    if (pattern !== undefined) text[language] = pattern.replace('#', localDigits(n, language));
  }
  return text;
}

const BRANCH_COUNT: Record<CourtLevel, [number, number]> = {
  magistrate: [1, 2],
  first_instance: [2, 4],
  appeal: [2, 3],
  cassation: [2, 3],
  supreme: [2, 4],
  administrative: [1, 3],
  execution: [1, 2],
};

function branchesOf(seed: CourtSeed, languages: readonly LanguageCode[], prng: Prng): Branch[] {
  const names = UNIT_NAMES[seed.jurisdiction];
  const key = seed.id.replace(/^crt_/, '');
  const [min, max] = BRANCH_COUNT[seed.level];
  return Array.from({ length: prng.int(min, max) }, (_, b): Branch => {
    const branchNo = b + 1;
    const panels = Array.from({ length: prng.int(1, 3) }, (_, p): Panel => ({
      id: `pnl_${key}_${branchNo}_${p + 1}`,
      name: numbered(names.panel, p + 1, languages),
      room: prng.chance(0.25) ? null : `${prng.pick(['A', 'B', 'C'])}-${prng.int(1, 4)}${prng.digits(2)}`,
    }));
    return { id: `brn_${key}_${branchNo}`, name: numbered(names.branch, branchNo, languages), panels };
  });
}

/** Appeal courts hear every top-level category their jurisdiction's trial courts hear. */
function trialCategories(jurisdiction: JurisdictionCode): string[] {
  const codes = COURTS.filter((c) => c.jurisdiction === jurisdiction && c.level !== 'appeal' && c.level !== 'supreme')
    .flatMap((c) => c.categories ?? [])
    .map((code) => code.split('.')[0]!);
  return TOP_CATEGORIES.filter((code) => codes.includes(code));
}

export function seedCourts(jurisdictions: readonly Jurisdiction[]): Court[] {
  const byCode = new Map(jurisdictions.map((j) => [j.code, j]));
  return COURTS.map((seed) => {
    const jurisdiction = byCode.get(seed.jurisdiction);
    if (jurisdiction === undefined) throw new Error(`court ${seed.id} names an unknown jurisdiction`);
    const prng = createPrng(`court:${seed.id}`);
    return {
      id: seed.id,
      jurisdiction: seed.jurisdiction,
      name: pickLanguages(seed.name, jurisdiction.languages),
      level: seed.level,
      city: pickLanguages(CITIES[seed.city], jurisdiction.languages),
      timeZone: jurisdiction.timeZone,
      branches: branchesOf(seed, jurisdiction.languages, prng),
      acceptedCategories: [...(seed.categories ?? trialCategories(seed.jurisdiction))],
      maxFileBytes: seed.maxFileBytes ?? null,
      eFilingOpen: seed.eFilingOpen ?? true,
    };
  });
}
