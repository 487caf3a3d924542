/**
 * Execution files, one or two per jurisdiction, each at a telling point of its life:
 * - PS `exf_ps_001`: alimony (نفقة) of 150 JOD a month for a year, five months paid,
 *   November's overdue; a cheque collected, one ready, a transfer paid, 150 JOD held
 *   for the creditor (Heba Al-Sharif) and a travel-ban request pending.
 * - PS `exf_ps_002`: a judgment debt with a seized car at auction (open until
 *   2026-11-30 12:00 UTC) and office furniture already sold.
 * - SA `exf_sa_001`: a bounced cheque (commercial paper), 3 installments, a lot scheduled.
 * - IR `exf_ir_001`: a notarised deed (executive instrument), 6 installments.
 * - KZ `exf_kz_001`: alimony in tenge, monthly.
 * - SA `exf_sa_002` and `exf_sa_003`: commercial paper of the other two kinds, a promissory
 *   note and a bill of exchange, nothing paid yet (appended: the ids above stay put).
 * Every creditor has an account in the bank-account register, so a transfer to their
 * IBAN goes through; the PS debtor has one too (a transfer there is refused: not the
 * creditor's). IBANs carry real ISO 13616 check digits.
 * @module
 */
import type { Court, Currency, ExecutionParty, JurisdictionCode, LanguageCode } from '@adalat/sdk/contract';
import { ibanWithCheckDigits } from '@adalat/sdk/ids';
import type { BankAccountRecord, BidRecord, ExecutionFileRecord, ExecutionSeed, InstallmentRecord } from '../execution/records.ts';
import type { Person } from '../store/types.ts';
import { splitIntoInstallments } from '../rules/installments.ts';

/** The sandbox bank-account numbers (BBANs) of the seeded account holders. */
const BBANS: Record<string, { country: JurisdictionCode; bban: string }> = {
  per_ps_007: { country: 'PS', bban: 'PALS000000000400123456701' },
  per_ps_004: { country: 'PS', bban: 'PALS000000000400765432109' },
  per_ps_002: { country: 'PS', bban: 'ARAB000000000912345678012' },
  per_sa_001: { country: 'SA', bban: '80000000608010167519' },
  per_ir_001: { country: 'IR', bban: '0170000000100324200001' },
  per_kz_001: { country: 'KZ', bban: '125KZT5004100100' },
};

/** The creditors' IBANs, for docs, examples and tests. */
export const SEEDED_IBANS: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(BBANS).map(([personId, { country, bban }]) => [personId, ibanWithCheckDigits(country, bban)]),
);

const HOLDER_LANGUAGE: Record<JurisdictionCode, LanguageCode> = { PS: 'ar', SA: 'ar', IR: 'fa', KZ: 'ru' };

function partyOf(people: readonly Person[], id: string): ExecutionParty {
  const person = people.find((p) => p.id === id);
  if (person === undefined) throw new Error(`seed: no person ${id}`);
  return { personId: id, name: structuredClone(person.name) };
}

interface FileSpec {
  id: string;
  number: string;
  courtId: string;
  kind: ExecutionFileRecord['kind'];
  title: ExecutionFileRecord['title'];
  creditor: string;
  debtor: string;
  currency: Currency;
  /** Minor units. */
  principal: number;
  installments: number;
  firstDueDate: string;
  /** How many of the first installments are paid, and when (the day after each due date). */
  paidCount: number;
  openedAt: string;
}

function fileOf(spec: FileSpec, people: readonly Person[], courts: readonly Court[]): ExecutionFileRecord {
  const court = courts.find((c) => c.id === spec.courtId);
  if (court === undefined) throw new Error(`seed: no court ${spec.courtId}`);
  const installments: InstallmentRecord[] = splitIntoInstallments(spec.principal, spec.installments, spec.firstDueDate).map((plan) => {
    const paid = plan.number <= spec.paidCount;
    return {
      number: plan.number,
      dueDate: plan.dueDate,
      amount: { amount: plan.amount, currency: spec.currency },
      paidAt: paid ? `${plan.dueDate}T09:30:00Z` : null,
      paymentId: null,
    };
  });
  const lastPaid = installments.filter((i) => i.paidAt !== null).at(-1)?.paidAt;
  return {
    id: spec.id,
    number: spec.number,
    jurisdiction: court.jurisdiction,
    courtId: court.id,
    timeZone: court.timeZone,
    kind: spec.kind,
    electronicWrit: false,
    title: spec.title,
    creditor: partyOf(people, spec.creditor),
    debtor: partyOf(people, spec.debtor),
    principal: { amount: spec.principal, currency: spec.currency },
    installments,
    openedAt: spec.openedAt,
    updatedAt: lastPaid ?? spec.openedAt,
  };
}

const FILES: FileSpec[] = [
  {
    id: 'exf_ps_001',
    number: 'EXE-PS-2026-000114',
    courtId: 'crt_ps_ramallah_first_instance',
    kind: 'alimony',
    title: {
      kind: 'judicial_act',
      caseId: null,
      documentId: null,
      paperType: null,
      reference: 'Sharia Court of Ramallah 2026/311',
      description: { ar: 'حكم نفقة زوجة وأولاد', en: 'Judgment for spousal and child maintenance' },
    },
    creditor: 'per_ps_007',
    debtor: 'per_ps_004',
    currency: 'JOD',
    principal: 1_800_000,
    installments: 12,
    firstDueDate: '2026-06-01',
    paidCount: 5,
    openedAt: '2026-05-20T08:00:00Z',
  },
  {
    id: 'exf_ps_002',
    number: 'EXE-PS-2026-000087',
    courtId: 'crt_ps_nablus_first_instance',
    kind: 'judgment_debt',
    title: {
      kind: 'judicial_act',
      caseId: null,
      documentId: null,
      paperType: null,
      reference: 'Nablus First Instance 2025/1432',
      description: { ar: 'حكم بدين تجاري', en: 'Judgment for a commercial debt' },
    },
    creditor: 'per_ps_002',
    debtor: 'per_ps_005',
    currency: 'JOD',
    principal: 12_000_000,
    installments: 1,
    firstDueDate: '2026-09-01',
    paidCount: 0,
    openedAt: '2026-07-14T08:00:00Z',
  },
  {
    id: 'exf_sa_001',
    number: 'EXE-SA-2026-004521',
    courtId: 'crt_sa_riyadh_general',
    kind: 'commercial_paper',
    title: {
      kind: 'instrument',
      caseId: null,
      documentId: null,
      paperType: 'cheque',
      reference: 'CHQ 00418822',
      description: { ar: 'شيك بدون رصيد', en: 'Cheque returned unpaid' },
    },
    creditor: 'per_sa_001',
    debtor: 'per_sa_002',
    currency: 'SAR',
    principal: 4_500_000,
    installments: 3,
    firstDueDate: '2026-10-15',
    paidCount: 1,
    openedAt: '2026-09-30T06:00:00Z',
  },
  {
    id: 'exf_ir_001',
    number: 'EXE-IR-1405-002210',
    courtId: 'crt_ir_tehran_general',
    kind: 'executive_instrument',
    title: {
      kind: 'instrument',
      caseId: null,
      documentId: null,
      paperType: null,
      reference: 'Notarial deed 14052',
      description: { fa: 'سند رسمی لازم‌الاجرا', en: 'Enforceable notarial deed' },
    },
    creditor: 'per_ir_001',
    debtor: 'per_ir_002',
    currency: 'IRR',
    principal: 900_000_000,
    installments: 6,
    firstDueDate: '2026-09-05',
    paidCount: 2,
    openedAt: '2026-08-20T07:00:00Z',
  },
  {
    id: 'exf_kz_001',
    number: 'EXE-KZ-2026-031007',
    courtId: 'crt_kz_astana_district',
    kind: 'alimony',
    title: {
      kind: 'judicial_act',
      caseId: null,
      documentId: null,
      paperType: null,
      reference: 'Astana District Court 7199-26-00-2/455',
      description: { kk: 'Алимент өндіру туралы сот бұйрығы', ru: 'Судебный приказ о взыскании алиментов', en: 'Court order for alimony' },
    },
    creditor: 'per_kz_001',
    debtor: 'per_kz_002',
    currency: 'KZT',
    principal: 120_000_00 * 12,
    installments: 12,
    firstDueDate: '2026-08-10',
    paidCount: 3,
    openedAt: '2026-07-25T05:00:00Z',
  },
  {
    id: 'exf_sa_002',
    number: 'EXE-SA-2026-004688',
    courtId: 'crt_sa_riyadh_commercial',
    kind: 'commercial_paper',
    title: {
      kind: 'instrument',
      caseId: null,
      documentId: null,
      paperType: 'promissory_note',
      reference: 'PN 2026/0719',
      description: { ar: 'سند لأمر غير مدفوع في تاريخ استحقاقه', en: 'Promissory note unpaid at maturity' },
    },
    creditor: 'per_sa_004',
    debtor: 'per_sa_005',
    currency: 'SAR',
    principal: 2_400_000,
    installments: 2,
    firstDueDate: '2026-12-10',
    paidCount: 0,
    openedAt: '2026-11-02T06:00:00Z',
  },
  {
    id: 'exf_sa_003',
    number: 'EXE-SA-2026-004702',
    courtId: 'crt_sa_jeddah_general',
    kind: 'commercial_paper',
    title: {
      kind: 'instrument',
      caseId: null,
      documentId: null,
      paperType: 'bill',
      reference: 'BOE 88-3154',
      description: { ar: 'كمبيالة محتجّ عليها لعدم الوفاء', en: 'Bill of exchange protested for non-payment' },
    },
    creditor: 'per_sa_006',
    debtor: 'per_sa_007',
    currency: 'SAR',
    principal: 7_500_000,
    installments: 1,
    firstDueDate: '2026-12-20',
    paidCount: 0,
    openedAt: '2026-11-09T06:00:00Z',
  },
];

function bid(id: string, lotId: string, amount: number, placedAt: string, personId: string): BidRecord {
  return { id, lotId, amount: { amount, currency: 'JOD' }, placedAt, personId, partnerId: null };
}

export function seedExecution(people: readonly Person[], courts: readonly Court[]): ExecutionSeed {
  const files = FILES.map((spec) => fileOf(spec, people, courts));
  const accounts: BankAccountRecord[] = Object.entries(BBANS).map(([personId, { country }]) => {
    const person = people.find((p) => p.id === personId)!;
    return { iban: SEEDED_IBANS[personId]!, personId, holder: person.name[HOLDER_LANGUAGE[country]] ?? person.name.en ?? personId };
  });
  const psIban = SEEDED_IBANS.per_ps_007!;
  return {
    files,
    cheques: [
      { id: 'chq_ps_001', executionFileId: 'exf_ps_001', number: 'CHQ-RAM-2026-0412', amount: { amount: 300_000, currency: 'JOD' }, status: 'collected', readySince: '2026-08-05T08:00:00Z', collectedAt: '2026-08-10T09:15:00Z' },
      { id: 'chq_ps_002', executionFileId: 'exf_ps_001', number: 'CHQ-RAM-2026-0561', amount: { amount: 150_000, currency: 'JOD' }, status: 'ready', readySince: '2026-10-05T08:00:00Z', collectedAt: null },
      { id: 'chq_sa_001', executionFileId: 'exf_sa_001', number: 'CHQ-RUH-2026-1180', amount: { amount: 1_500_000, currency: 'SAR' }, status: 'ready', readySince: '2026-10-20T06:00:00Z', collectedAt: null },
    ],
    transfers: [
      {
        id: 'trf_ps_001',
        executionFileId: 'exf_ps_001',
        amount: { amount: 150_000, currency: 'JOD' },
        iban: psIban,
        accountHolder: accounts.find((a) => a.iban === psIban)!.holder,
        status: 'paid',
        requestedAt: '2026-09-06T08:00:00Z',
        processingAt: '2026-09-06T09:00:00Z',
        paidAt: '2026-09-06T11:00:00Z',
      },
    ],
    requests: [
      {
        id: 'exr_ps_001',
        executionFileId: 'exf_ps_001',
        kind: 'travel_ban',
        status: 'pending',
        filedBy: 'creditor',
        details: 'The debtor has not paid November’s alimony and plans to travel abroad.',
        documents: [],
        filedAt: '2026-11-05T08:30:00Z',
        decidedAt: null,
        reasons: null,
      },
      {
        id: 'exr_ps_002',
        executionFileId: 'exf_ps_001',
        kind: 'installment_plan',
        status: 'granted',
        filedBy: 'debtor',
        details: 'Monthly payments of 150 JOD on the first of each month.',
        documents: [{ id: 'exd_ps_001', title: 'Salary certificate', text: 'Monthly salary: 620 JOD.' }],
        filedAt: '2026-05-22T08:30:00Z',
        decidedAt: '2026-05-27T10:00:00Z',
        reasons: 'The plan matches the judgment’s monthly amount.',
      },
      {
        id: 'exr_ps_003',
        executionFileId: 'exf_ps_002',
        kind: 'seize_assets',
        status: 'granted',
        filedBy: 'creditor',
        details: 'Seize the debtor’s car and office furniture.',
        documents: [{ id: 'exd_ps_002', title: 'Vehicle registration', text: 'Hyundai Tucson 2019, plate 7-3312-95.' }],
        filedAt: '2026-09-10T08:30:00Z',
        decidedAt: '2026-09-17T10:00:00Z',
        reasons: 'The debt is overdue and the assets are the debtor’s.',
      },
    ],
    lots: [
      {
        id: 'lot_ps_001',
        executionFileId: 'exf_ps_002',
        jurisdiction: 'PS',
        courtId: 'crt_ps_nablus_first_instance',
        title: { ar: 'سيارة هيونداي توسان 2019', en: 'Hyundai Tucson 2019' },
        description: { ar: 'محجوزة في الملف التنفيذي EXE-PS-2026-000087', en: 'Seized in execution file EXE-PS-2026-000087' },
        opensAt: '2026-11-20T08:00:00Z',
        closesAt: '2026-11-30T12:00:00Z',
        startingPrice: { amount: 8_000_000, currency: 'JOD' },
        minimumIncrement: { amount: 100_000, currency: 'JOD' },
        closed: false,
        winningBidId: null,
      },
      {
        id: 'lot_ps_002',
        executionFileId: 'exf_ps_002',
        jurisdiction: 'PS',
        courtId: 'crt_ps_nablus_first_instance',
        title: { ar: 'أثاث مكتبي', en: 'Office furniture' },
        description: { ar: 'مكاتب وكراسٍ وخزائن', en: 'Desks, chairs and cabinets' },
        opensAt: '2026-11-01T08:00:00Z',
        closesAt: '2026-11-10T12:00:00Z',
        startingPrice: { amount: 900_000, currency: 'JOD' },
        minimumIncrement: { amount: 50_000, currency: 'JOD' },
        closed: true,
        winningBidId: 'bid_ps_004',
      },
      {
        id: 'lot_sa_001',
        executionFileId: 'exf_sa_001',
        jurisdiction: 'SA',
        courtId: 'crt_sa_riyadh_general',
        title: { ar: 'أرض سكنية في حي النرجس', en: 'Residential plot, Al-Narjis' },
        description: { ar: 'مساحة 600 م²', en: '600 m²' },
        opensAt: '2026-12-01T06:00:00Z',
        closesAt: '2026-12-08T12:00:00Z',
        startingPrice: { amount: 90_000_000, currency: 'SAR' },
        minimumIncrement: { amount: 500_000, currency: 'SAR' },
        closed: false,
        winningBidId: null,
      },
    ],
    bids: [
      bid('bid_ps_001', 'lot_ps_001', 8_000_000, '2026-11-20T10:12:00Z', 'per_ps_003'),
      bid('bid_ps_002', 'lot_ps_001', 8_200_000, '2026-11-21T15:40:00Z', 'per_ps_006'),
      bid('bid_ps_003', 'lot_ps_002', 900_000, '2026-11-02T09:00:00Z', 'per_ps_003'),
      bid('bid_ps_004', 'lot_ps_002', 1_000_000, '2026-11-09T18:20:00Z', 'per_ps_008'),
    ],
    accounts,
  };
}
