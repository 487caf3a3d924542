/**
 * E-services offices and the filings they made in the 60 days before the sandbox's
 * default start (2026-11-23), so oversight metrics have a past to compare against.
 * Each office is run by its jurisdiction's ministry partner (its desk software files
 * with `officeId`). Offices differ on purpose: a careful one dispatches within hours
 * and scans well, a slow one takes days and scans poorly. Reviewed the way the
 * sandbox's reviewer reviews (`filings/review.ts`).
 * @module
 */
import type { JurisdictionCode, PageLegibility } from '@adalat/sdk/contract';
import { toInstant } from '../clock.ts';
import type { DocumentRecord, FilingRecord, OfficeRecord } from '../filings/records.ts';
import { decideReview, REVIEW_DELAY_MS } from '../filings/review.ts';
import { lowResolution } from '../documents/legibility.ts';
import { SEED } from './index.ts';
import { partnerId } from './partners.ts';
import { createPrng, type Prng } from './prng.ts';

interface OfficeSeed extends Omit<OfficeRecord, 'partnerId'> {
  courtId: string;
  /** Hours from receipt to dispatch, least and most. */
  dispatchHours: [number, number];
  /** Chance that a scanned document is legible. */
  legibleChance: number;
}

const OFFICES: OfficeSeed[] = [
  {
    id: 'off_ir_tehran_1042',
    jurisdiction: 'IR',
    name: { fa: 'دفتر خدمات الکترونیک قضایی کد ۱۰۴۲ تهران', en: 'Judicial e-services office 1042, Tehran' },
    city: { fa: 'تهران', en: 'Tehran' },
    licenceNumber: 'IR-DKQ-1042',
    courtId: 'crt_ir_tehran_general',
    dispatchHours: [0.2, 6],
    legibleChance: 0.96,
  },
  {
    id: 'off_ir_tehran_2217',
    jurisdiction: 'IR',
    name: { fa: 'دفتر خدمات الکترونیک قضایی کد ۲۲۱۷ تهران', en: 'Judicial e-services office 2217, Tehran' },
    city: { fa: 'تهران', en: 'Tehran' },
    licenceNumber: 'IR-DKQ-2217',
    courtId: 'crt_ir_tehran_general',
    dispatchHours: [2, 96],
    legibleChance: 0.8,
  },
  {
    id: 'off_kz_almaty_03',
    jurisdiction: 'KZ',
    name: { kk: 'Сот кеңсесінің №3 қызмет көрсету орталығы, Алматы', ru: 'Центр обслуживания «Судебного кабинета» №3, Алматы', en: 'Judicial office service point 3, Almaty' },
    city: { kk: 'Алматы', ru: 'Алматы', en: 'Almaty' },
    licenceNumber: 'KZ-SK-003',
    courtId: 'crt_kz_almaty_district',
    dispatchHours: [0.5, 24],
    legibleChance: 0.92,
  },
  {
    id: 'off_ps_ramallah_01',
    jurisdiction: 'PS',
    name: { ar: 'مكتب الخدمات القضائية الإلكترونية - رام الله', en: 'Judicial e-services office, Ramallah' },
    city: { ar: 'رام الله', en: 'Ramallah' },
    licenceNumber: 'PS-EJS-01',
    courtId: 'crt_ps_ramallah_first_instance',
    dispatchHours: [1, 48],
    legibleChance: 0.9,
  },
  {
    id: 'off_sa_riyadh_01',
    jurisdiction: 'SA',
    name: { ar: 'مكتب الخدمات العدلية الإلكترونية - الرياض', en: 'Judicial e-services office, Riyadh' },
    city: { ar: 'الرياض', en: 'Riyadh' },
    licenceNumber: 'SA-EJS-01',
    courtId: 'crt_sa_riyadh_general',
    dispatchHours: [0.5, 12],
    legibleChance: 0.94,
  },
];

/** The seeded past ends the day before the sandbox's default start. */
const PAST_END_MS = Date.parse('2026-11-23T00:00:00Z');
const PAST_DAYS = 60;
const FILINGS_PER_OFFICE = 36;
const HOUR_MS = 60 * 60 * 1000;

export function seedOffices(): OfficeRecord[] {
  return OFFICES.map(({ courtId: _court, dispatchHours: _hours, legibleChance: _chance, ...office }) => ({
    ...office,
    partnerId: partnerId(office.jurisdiction, 'ministry'),
  }));
}

function scannedPages(count: number, legible: boolean, prng: Prng, minDpi: number): PageLegibility[] {
  const bad = legible ? -1 : prng.int(1, count);
  return Array.from({ length: count }, (_, i) => {
    const page = i + 1;
    const dpi = page === bad ? prng.pick([96, 120, 150]) : prng.pick([200, 300, 300, 400]);
    const problems = page === bad ? [lowResolution(page, dpi, minDpi)] : [];
    return { page, scanned: true, dpi, legible: problems.length === 0, problems };
  });
}

function document(filing: string, index: number, role: DocumentRecord['role'], legible: boolean, at: number, prng: Prng, minDpi: number): DocumentRecord {
  const pageCount = prng.int(1, role === 'lead' ? 4 : 6);
  const pages = scannedPages(pageCount, legible, prng, minDpi);
  return {
    id: `fdoc_s${filing.slice(5)}_${index}`,
    filingId: filing,
    role,
    documentType: role === 'lead' ? 'statement_of_claim' : 'evidence',
    filename: role === 'lead' ? 'petition.pdf' : `annex-${index}.pdf`,
    mediaType: 'application/pdf',
    sizeBytes: pageCount * prng.int(180_000, 420_000),
    pageCount,
    legible,
    pages,
    sha256: Array.from({ length: 64 }, () => '0123456789abcdef'[prng.int(0, 15)]).join(''),
    createdAt: toInstant(new Date(at)),
  };
}

let cached: { filings: FilingRecord[]; documents: DocumentRecord[] } | undefined;

/** The offices' past filings with their documents, reviewed; built once. */
export function seedOfficeFilings(): { filings: FilingRecord[]; documents: DocumentRecord[] } {
  if (cached !== undefined) return cached;
  const filings: FilingRecord[] = [];
  const documents: DocumentRecord[] = [];
  let serial = 0;
  for (const office of OFFICES) {
    const prng = createPrng(`offices:${office.id}`);
    const court = SEED.courts.find((c) => c.id === office.courtId);
    if (court === undefined) throw new Error(`office ${office.id}: no court ${office.courtId}`);
    const jurisdiction = SEED.jurisdictions.find((j) => j.code === office.jurisdiction)!;
    const minDpi = jurisdiction.filePolicy.minScanDpi;
    const people = SEED.people.filter((p) => p.jurisdiction === office.jurisdiction);
    const version = SEED.classifiers.find((c) => c.jurisdiction === office.jurisdiction)!.version;
    for (let n = 1; n <= FILINGS_PER_OFFICE; n++) {
      const id = `fil_s${office.id.slice(4)}_${String(n).padStart(3, '0')}`;
      const createdMs = PAST_END_MS - prng.int(1, PAST_DAYS) * 24 * HOUR_MS + prng.int(5, 12) * HOUR_MS;
      const [least, most] = office.dispatchHours;
      const submittedMs = createdMs + Math.round((least + prng.next() * (most - least)) * HOUR_MS);
      const reviewedMs = submittedMs + REVIEW_DELAY_MS;
      const lead = document(id, 0, 'lead', prng.chance(office.legibleChance), createdMs, prng, minDpi);
      const connected = Array.from({ length: prng.int(0, 2) }, (_, i) => document(id, i + 1, 'connected', prng.chance(office.legibleChance), createdMs, prng, minDpi));
      const registers = lead.legible;
      if (registers) serial += 1;
      const review = decideReview({ jurisdiction: office.jurisdiction, court, lead, connected, serial: registers ? serial : 0, now: new Date(reviewedMs) });
      const person = prng.pick(people);
      documents.push(lead, ...connected);
      filings.push({
        id,
        jurisdiction: office.jurisdiction as JurisdictionCode,
        kind: 'claim',
        status: review.outcome,
        officeId: office.id,
        courtId: court.id,
        category: prng.pick(court.acceptedCategories),
        classifierVersion: version,
        claimAmount: null,
        filerType: 'individual',
        parties: [{ role: 'claimant', type: 'individual', name: person.name.en ?? Object.values(person.name)[0]!, nationalId: person.nationalId }],
        appealOf: null,
        caseId: null,
        summary: '',
        createdAt: toInstant(new Date(createdMs)),
        updatedAt: toInstant(new Date(reviewedMs)),
        submittedAt: toInstant(new Date(submittedMs)),
        reviewDueAt: null,
        submissions: 1,
        leadDocumentId: lead.id,
        connectedDocumentIds: connected.map((d) => d.id),
        quoteId: null,
        createdBy: { partnerId: partnerId(office.jurisdiction, 'ministry'), sessionId: null, user: null },
        reviews: [{ review, documentCount: 1 + connected.length, illegibleCount: review.reasons.filter((r) => r.code === 'illegible_document').length }],
      });
    }
  }
  // Newest first, as lists serve them.
  filings.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || a.id.localeCompare(b.id));
  cached = { filings, documents };
  return cached;
}
