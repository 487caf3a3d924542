/**
 * The twelve case stories every jurisdiction's seed tells (and `EXTRA_SCENARIOS`, told in one), relative to the
 * sandbox clock's default start (Monday 2026-11-23, 07:00 UTC): days are offsets
 * from that court-local date, hearings sit on Monday to Thursday (a working day in
 * all four jurisdictions). Between them they cover every status and stage, a
 * hearing under way now, served judgments whose appeal window is open and closed,
 * an unserved judgment, a pending postponement request and a memorandum.
 * @module
 */
import type {
  CaseStage,
  CaseStatus,
  HearingKind,
  HearingOutcome,
  JudicialActType,
  JurisdictionCode,
  LanguageCode,
  LocalizedText,
  PartyRole,
} from '@adalat/sdk/contract';

/** The instant the seed's relative days and times count from; equals the sandbox's `DEFAULT_NOW`. */
export const SEED_REFERENCE_NOW = '2026-11-23T07:00:00Z';

export type HearingPlan =
  | { day: number; time: string; kind: HearingKind; outcome: HearingOutcome | null }
  /** Starts `minutesFromNow` after the reference instant (negative: already under way). */
  | { minutesFromNow: number; kind: HearingKind; outcome: null };

export interface ActPlan {
  type: JudicialActType;
  issuedDay: number;
  servedDay: number | null;
  appealed: boolean;
}

/**
 * Who sits on a side: the n-th seeded person of the jurisdiction (1-based), a company or
 * the prosecution; `abroad`: registered as residing abroad.
 */
export type PartyPlan = (
  | { role: PartyRole; person: number; lawyer: number | null }
  | { role: PartyRole; entity: 'company' | 'prosecution'; lawyer: number | null }
) & { abroad?: true };

export interface CaseScenario {
  status: CaseStatus;
  stage: CaseStage;
  /** Which kind of court hears it. */
  court: 'trial' | 'appeal' | 'supreme';
  /** Top-level categories to draw the case's category from. */
  categories: readonly string[];
  filedDay: number;
  referred: boolean;
  parties: readonly PartyPlan[];
  hearings: readonly HearingPlan[];
  acts: readonly ActPlan[];
  /** Attachments filed with the claim by the first party. */
  attachments: number;
  /** A memorandum from the second party, this many days from the reference date. */
  memorandumDay?: number;
  /** A pending postponement request by the first party on the first upcoming hearing, made the day before. */
  pendingPostponement?: boolean;
  /** Struck off at this day's 12:40 court-local time. */
  struckOffDay?: number;
}

const CIVIL = ['civil', 'commercial', 'labour', 'family'];

export const CASE_SCENARIOS: readonly CaseScenario[] = [
  {
    // 1: a civil claim in progress, next hearing on Thursday.
    status: 'in_progress',
    stage: 'first_instance',
    court: 'trial',
    categories: CIVIL,
    filedDay: -60,
    referred: true,
    parties: [
      { role: 'claimant', person: 1, lawyer: 1 },
      { role: 'defendant', person: 2, lawyer: 2 },
    ],
    hearings: [
      { day: -28, time: '09:30', kind: 'preliminary', outcome: 'held' },
      { day: -14, time: '10:00', kind: 'evidence', outcome: 'adjourned' },
      { day: 3, time: '10:30', kind: 'pleading', outcome: null },
    ],
    acts: [],
    attachments: 2,
  },
  {
    // 2: a hearing under way right now, in which lawyer 1 appears.
    status: 'in_progress',
    stage: 'first_instance',
    court: 'trial',
    categories: CIVIL,
    filedDay: -45,
    referred: true,
    parties: [
      { role: 'claimant', person: 3, lawyer: 1 },
      { role: 'defendant', entity: 'company', lawyer: 3 },
    ],
    hearings: [
      { day: -21, time: '11:00', kind: 'preliminary', outcome: 'held' },
      { minutesFromNow: -30, kind: 'evidence', outcome: null },
    ],
    acts: [],
    attachments: 1,
    memorandumDay: -10,
  },
  {
    // 3: judgment served five days ago: the appeal window is open.
    status: 'decided',
    stage: 'first_instance',
    court: 'trial',
    categories: CIVIL,
    filedDay: -120,
    referred: true,
    parties: [
      { role: 'claimant', person: 4, lawyer: 2 },
      { role: 'defendant', person: 1, lawyer: null },
    ],
    hearings: [
      { day: -49, time: '09:00', kind: 'evidence', outcome: 'held' },
      { day: -12, time: '12:00', kind: 'judgment', outcome: 'judgment_issued' },
    ],
    acts: [{ type: 'judgment', issuedDay: -12, servedDay: -5, appealed: false }],
    attachments: 1,
  },
  {
    // 4: judgment served seventy days ago and never appealed: in legal force.
    status: 'decided',
    stage: 'first_instance',
    court: 'trial',
    categories: CIVIL,
    filedDay: -200,
    referred: true,
    parties: [
      { role: 'claimant', entity: 'company', lawyer: 4 },
      { role: 'defendant', person: 5, lawyer: null },
    ],
    hearings: [
      { day: -84, time: '10:00', kind: 'evidence', outcome: 'held' },
      { day: -77, time: '11:30', kind: 'judgment', outcome: 'judgment_issued' },
    ],
    acts: [{ type: 'judgment', issuedDay: -77, servedDay: -70, appealed: false }],
    attachments: 0,
  },
  {
    // 5: judgment issued four days ago, not yet served: no deadline yet.
    status: 'decided',
    stage: 'first_instance',
    court: 'trial',
    categories: CIVIL,
    filedDay: -90,
    referred: true,
    parties: [
      { role: 'claimant', person: 6, lawyer: 5 },
      { role: 'defendant', person: 7, lawyer: 1 },
    ],
    hearings: [
      { day: -28, time: '09:00', kind: 'pleading', outcome: 'held' },
      { day: -4, time: '10:00', kind: 'judgment', outcome: 'judgment_issued' },
    ],
    acts: [{ type: 'judgment', issuedDay: -4, servedDay: null, appealed: false }],
    attachments: 0,
  },
  {
    // 6: on appeal, with a postponement request waiting for the panel.
    status: 'in_progress',
    stage: 'appeal',
    court: 'appeal',
    categories: CIVIL,
    filedDay: -90,
    referred: true,
    parties: [
      { role: 'appellant', person: 8, lawyer: 4 },
      { role: 'respondent', person: 9, lawyer: 2 },
    ],
    hearings: [
      { day: -7, time: '10:00', kind: 'pleading', outcome: 'adjourned' },
      { day: 8, time: '09:30', kind: 'pleading', outcome: null },
    ],
    acts: [{ type: 'judgment', issuedDay: -110, servedDay: -102, appealed: true }],
    attachments: 1,
    pendingPostponement: true,
  },
  {
    // 7: just filed and registered; no panel or hearing yet.
    status: 'registered',
    stage: 'first_instance',
    court: 'trial',
    categories: CIVIL,
    filedDay: -4,
    referred: false,
    parties: [
      { role: 'claimant', person: 10, lawyer: 6 },
      { role: 'defendant', person: 2, lawyer: null },
    ],
    hearings: [],
    acts: [],
    attachments: 1,
  },
  {
    // 8: suspended after an adjournment.
    status: 'suspended',
    stage: 'first_instance',
    court: 'trial',
    categories: CIVIL,
    filedDay: -150,
    referred: true,
    parties: [
      { role: 'claimant', person: 11, lawyer: 7 },
      { role: 'defendant', entity: 'company', lawyer: null },
    ],
    hearings: [{ day: -35, time: '09:00', kind: 'evidence', outcome: 'adjourned' }],
    acts: [{ type: 'order', issuedDay: -35, servedDay: -33, appealed: false }],
    attachments: 0,
  },
  {
    // 9: struck off at a hearing six weeks ago, after noon.
    status: 'struck_off',
    stage: 'first_instance',
    court: 'trial',
    categories: CIVIL,
    filedDay: -100,
    referred: true,
    parties: [
      { role: 'claimant', person: 12, lawyer: null },
      { role: 'defendant', person: 3, lawyer: 8 },
    ],
    hearings: [{ day: -42, time: '12:30', kind: 'pleading', outcome: 'struck_off' }],
    acts: [],
    attachments: 0,
    struckOffDay: -42,
  },
  {
    // 10: a hearing later today, for the noon strike-off rule.
    status: 'in_progress',
    stage: 'first_instance',
    court: 'trial',
    categories: CIVIL,
    filedDay: -40,
    referred: true,
    parties: [
      { role: 'claimant', person: 7, lawyer: null },
      { role: 'defendant', person: 8, lawyer: 5 },
    ],
    hearings: [
      { day: -14, time: '09:00', kind: 'preliminary', outcome: 'held' },
      { minutesFromNow: 120, kind: 'pleading', outcome: null },
    ],
    acts: [],
    attachments: 0,
  },
  {
    // 11: a cassation petition against an appeal decision, decided on the papers.
    status: 'in_progress',
    stage: 'cassation',
    court: 'supreme',
    categories: CIVIL,
    filedDay: -30,
    referred: true,
    parties: [
      { role: 'appellant', person: 5, lawyer: 6 },
      { role: 'respondent', entity: 'company', lawyer: 3 },
    ],
    hearings: [],
    acts: [{ type: 'decision', issuedDay: -53, servedDay: -40, appealed: true }],
    attachments: 1,
  },
  {
    // 12: a public prosecution, next hearing on Wednesday.
    status: 'in_progress',
    stage: 'first_instance',
    court: 'trial',
    categories: ['criminal', 'traffic'],
    filedDay: -25,
    referred: true,
    parties: [
      { role: 'complainant', entity: 'prosecution', lawyer: null },
      { role: 'accused', person: 4, lawyer: 7 },
    ],
    hearings: [
      { day: -11, time: '10:00', kind: 'preliminary', outcome: 'adjourned' },
      { day: 2, time: '11:00', kind: 'evidence', outcome: null },
    ],
    acts: [],
    attachments: 0,
  },
];

/**
 * Stories told in one jurisdiction only, after its twelve (numbered from 13, so no
 * earlier id moves).
 */
export const EXTRA_SCENARIOS: Partial<Record<JurisdictionCode, readonly CaseScenario[]>> = {
  IR: [
    {
      // 13: the claimant resides abroad; the judgment served thirty days ago is still
      // open to appeal under Iran's two-month period (twenty days would have run out).
      status: 'decided',
      stage: 'first_instance',
      court: 'trial',
      categories: CIVIL,
      filedDay: -150,
      referred: true,
      parties: [
        { role: 'claimant', person: 2, lawyer: null, abroad: true },
        { role: 'defendant', entity: 'company', lawyer: null },
      ],
      hearings: [{ day: -35, time: '11:00', kind: 'judgment', outcome: 'judgment_issued' }],
      acts: [{ type: 'judgment', issuedDay: -35, servedDay: -30, appealed: false }],
      attachments: 0,
    },
  ],
};

export const ENTITY_NAMES: Record<JurisdictionCode, Record<'company' | 'prosecution', LocalizedText>> = {
  PS: {
    company: { ar: 'شركة الأمل للتجارة والاستثمار', en: 'Al-Amal Trading and Investment Co.' },
    prosecution: { ar: 'النيابة العامة', en: 'Public Prosecution' },
  },
  SA: {
    company: { ar: 'شركة النخيل للمقاولات', en: 'Al-Nakheel Contracting Co.' },
    prosecution: { ar: 'النيابة العامة', en: 'Public Prosecution' },
  },
  IR: {
    company: { fa: 'شرکت آریا تجارت پارس', en: 'Arya Tejarat Pars Co.' },
    prosecution: { fa: 'دادسرای عمومی و انقلاب', en: 'Public and Revolutionary Prosecutor' },
  },
  KZ: {
    company: { kk: '«Дала Құрылыс» ЖШС', ru: 'ТОО «Дала Курылыс»', en: 'Dala Qurylys LLP' },
    prosecution: { kk: 'Прокуратура', ru: 'Прокуратура', en: 'Prosecutor’s Office' },
  },
};

/** Document titles as each jurisdiction's courts write them (in its first language). */
export interface DocumentTitles {
  minutes: string;
  attachment: string;
  memorandum: string;
  memorandumText: string;
  judgment: string;
  decision: string;
  order: string;
}

export const DOCUMENT_TITLES: Record<JurisdictionCode, DocumentTitles & { language: LanguageCode }> = {
  PS: {
    language: 'ar',
    minutes: 'محضر جلسة',
    attachment: 'مرفق: مستند',
    memorandum: 'مذكرة جوابية',
    memorandumText: 'يطلب المدعى عليه رد الدعوى لعدم صحة الخصومة.',
    judgment: 'حكم',
    decision: 'قرار',
    order: 'قرار إعدادي',
  },
  SA: {
    language: 'ar',
    minutes: 'ضبط الجلسة',
    attachment: 'مرفق: مستند',
    memorandum: 'مذكرة جوابية',
    memorandumText: 'تطلب المدعى عليها رد الدعوى لانتفاء سببها.',
    judgment: 'صك الحكم',
    decision: 'قرار',
    order: 'قرار',
  },
  IR: {
    language: 'fa',
    minutes: 'صورتجلسه',
    attachment: 'پیوست: مستند',
    memorandum: 'لایحه دفاعیه',
    memorandumText: 'خوانده تقاضای رد دعوا را دارد.',
    judgment: 'دادنامه',
    decision: 'قرار',
    order: 'دستور',
  },
  KZ: {
    language: 'ru',
    minutes: 'Протокол судебного заседания',
    attachment: 'Приложение: документ',
    memorandum: 'Отзыв на исковое заявление',
    memorandumText: 'Ответчик просит отказать в удовлетворении иска.',
    judgment: 'Решение суда',
    decision: 'Постановление',
    order: 'Определение',
  },
};
