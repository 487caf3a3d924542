/**
 * The single classifier of case categories, one tree per jurisdiction. The trees
 * share their codes (so a category means the same thing everywhere) and differ in
 * languages and in a few jurisdiction-only nodes.
 * @module
 */
import type { CategoryNode, Classifier, Jurisdiction, JurisdictionCode } from '@adalat/sdk/contract';
import { pickLanguages, type AllLanguages } from './localize.ts';

interface NodeSeed {
  /** The last segment of the code; the full code is the parent's code, a dot, this. */
  key: string;
  name: AllLanguages;
  only?: JurisdictionCode[];
  children?: NodeSeed[];
}

const n = (key: string, ar: string, fa: string, kk: string, ru: string, en: string, children?: NodeSeed[]): NodeSeed =>
  children === undefined ? { key, name: { ar, fa, kk, ru, en } } : { key, name: { ar, fa, kk, ru, en }, children };

const PAPERS = [
  n('cheque', 'شيكات', 'چک', 'Чек', 'Чеки', 'Cheques'),
  n('promissory_note', 'كمبيالات', 'سفته', 'Вексель', 'Векселя', 'Promissory notes'),
];

const TREE: NodeSeed[] = [
  n('civil', 'مدني', 'حقوقی', 'Азаматтық істер', 'Гражданские дела', 'Civil', [
    n('contract', 'العقود', 'قراردادها', 'Шарттық даулар', 'Договорные споры', 'Contracts', [
      n('sale', 'بيع', 'بیع', 'Сатып алу-сату', 'Купля-продажа', 'Sale'),
      n('lease', 'إيجار', 'اجاره', 'Жалдау', 'Аренда', 'Lease'),
      n('loan', 'قرض', 'قرض', 'Қарыз', 'Заём', 'Loan'),
    ]),
    n('property', 'الملكية', 'مالکیت', 'Меншік', 'Право собственности', 'Property', [
      n('ownership', 'إثبات ملكية', 'اثبات مالکیت', 'Меншік құқығын тану', 'Признание права собственности', 'Ownership'),
      n('eviction', 'إخلاء مأجور', 'تخلیه ید', 'Тұрғын үйден шығару', 'Выселение', 'Eviction'),
    ]),
    n('tort', 'التعويض عن الضرر', 'مطالبه خسارت', 'Зиянды өтеу', 'Возмещение вреда', 'Damages'),
  ]),
  n('commercial', 'تجاري', 'تجاری', 'Экономикалық істер', 'Экономические дела', 'Commercial', [
    n('company', 'الشركات', 'شرکت‌ها', 'Корпоративтік даулар', 'Корпоративные споры', 'Companies'),
    n('papers', 'الأوراق التجارية', 'اسناد تجاری', 'Бағалы қағаздар', 'Ценные бумаги', 'Commercial papers', PAPERS),
    n('bankruptcy', 'الإفلاس', 'ورشکستگی', 'Банкроттық', 'Банкротство', 'Bankruptcy'),
  ]),
  n('family', 'أحوال شخصية', 'خانواده', 'Отбасылық істер', 'Семейные дела', 'Family', [
    n('marriage', 'زواج', 'نکاح', 'Неке', 'Брак', 'Marriage'),
    n('divorce', 'طلاق', 'طلاق', 'Некені бұзу', 'Расторжение брака', 'Divorce'),
    n('alimony', 'نفقة', 'نفقه', 'Алимент', 'Алименты', 'Alimony'),
    n('custody', 'حضانة', 'حضانت', 'Балаға қатысты даулар', 'Споры о детях', 'Custody'),
    n('inheritance', 'تركات', 'ارث', 'Мұрагерлік', 'Наследство', 'Inheritance'),
  ]),
  n('labour', 'عمالي', 'کار', 'Еңбек даулары', 'Трудовые споры', 'Labour', [
    n('wages', 'أجور', 'دستمزد', 'Жалақы', 'Заработная плата', 'Wages'),
    n('dismissal', 'فصل تعسفي', 'اخراج', 'Жұмыстан шығару', 'Увольнение', 'Dismissal'),
    n('injury', 'إصابات العمل', 'حوادث کار', 'Өндірістік жарақат', 'Производственная травма', 'Work injury'),
  ]),
  n('administrative', 'إداري', 'اداری', 'Әкімшілік істер', 'Административные дела', 'Administrative', [
    n('decision', 'إلغاء قرار إداري', 'ابطال تصمیم اداری', 'Әкімшілік актіге дау', 'Оспаривание административного акта', 'Annulment of a decision'),
    {
      ...n('offence', 'مخالفات إدارية', 'تخلفات اداری', 'Әкімшілік құқық бұзушылық', 'Административные правонарушения', 'Administrative offences'),
      children: [
        {
          ...n('complaint', 'شكوى', 'شکایت', 'Лауазымды адамның әрекетіне шағым', 'Жалоба на действия должностного лица', 'Complaint against an official'),
          only: ['KZ'],
        },
      ],
    },
    n('tax', 'ضرائب', 'مالیات', 'Салық даулары', 'Налоговые споры', 'Tax'),
  ]),
  n('criminal', 'جزائي', 'کیفری', 'Қылмыстық істер', 'Уголовные дела', 'Criminal', [
    n('misdemeanour', 'جنح', 'جرائم تعزیری سبک', 'Қылмыстық теріс қылық', 'Уголовные проступки', 'Misdemeanours'),
    n('felony', 'جنايات', 'جنایات', 'Қылмыстар', 'Преступления', 'Felonies'),
    n('complaint', 'شكوى جزائية', 'شکواییه', 'Жеке айыптау шағымы', 'Частная жалоба', 'Criminal complaint'),
  ]),
  n('execution', 'تنفيذ', 'اجرای احکام', 'Атқарушылық іс жүргізу', 'Исполнительное производство', 'Execution', [
    n('judgment', 'تنفيذ الأحكام', 'اجرای حکم', 'Сот актісін орындау', 'Исполнение судебного акта', 'Judgments'),
    n('papers', 'السندات التنفيذية', 'اجرای اسناد', 'Атқарушылық құжаттар', 'Исполнительные документы', 'Executive instruments', PAPERS),
    n('alimony', 'تنفيذ النفقة', 'اجرای نفقه', 'Алимент өндіру', 'Взыскание алиментов', 'Alimony'),
  ]),
  n('traffic', 'سير', 'رانندگی', 'Жол жүрісі', 'Дорожное движение', 'Traffic', [
    n('fine', 'مخالفات سير', 'جریمه رانندگی', 'Айыппұлдар', 'Штрафы', 'Fines'),
    n('accident', 'حوادث سير', 'تصادفات', 'Жол-көлік оқиғалары', 'ДТП', 'Accidents'),
  ]),
];

/** The classifier's top-level codes, which courts list as what they hear. */
export const TOP_CATEGORIES = TREE.map((node) => node.key);

function project(nodes: readonly NodeSeed[], jurisdiction: Jurisdiction, parent: string | null): CategoryNode[] {
  return nodes
    .filter((node) => node.only === undefined || node.only.includes(jurisdiction.code))
    .map((node) => {
      const code = parent === null ? node.key : `${parent}.${node.key}`;
      return {
        code,
        name: pickLanguages(node.name, jurisdiction.languages),
        children: project(node.children ?? [], jurisdiction, code),
      };
    });
}

export function seedClassifiers(jurisdictions: readonly Jurisdiction[]): Classifier[] {
  return jurisdictions.map((jurisdiction) => ({
    jurisdiction: jurisdiction.code,
    version: `${jurisdiction.code.toLowerCase()}-2026.1`,
    categories: project(TREE, jurisdiction, null),
  }));
}
