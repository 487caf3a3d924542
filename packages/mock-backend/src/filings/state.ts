/**
 * One sandbox's e-filing state: offices, filings, their documents and open uploads.
 * Seeded offices and their past filings (for oversight metrics) are loaded on reset.
 * @module
 */
import { seedOfficeFilings, seedOffices } from '../seed/offices.ts';
import type { DocumentRecord, FilingRecord, OfficeRecord, UploadRecord } from './records.ts';

export class FilingsState {
  readonly offices = new Map<string, OfficeRecord>();
  readonly filings = new Map<string, FilingRecord>();
  readonly documents = new Map<string, DocumentRecord>();
  readonly uploads = new Map<string, UploadRecord>();
  #counters = { filing: 0, document: 0, upload: 0, caseNumber: 0 };

  constructor() {
    this.reset();
  }

  /** The next id of a kind: `fil_000001`, `fdoc_000001`, `upl_000001`. */
  nextId(kind: 'filing' | 'document' | 'upload'): string {
    this.#counters[kind] += 1;
    const prefix = { filing: 'fil', document: 'fdoc', upload: 'upl' }[kind];
    return `${prefix}_${String(this.#counters[kind]).padStart(6, '0')}`;
  }

  /** The next serial of a case registered from a filing. */
  nextCaseSerial(): number {
    this.#counters.caseNumber += 1;
    return this.#counters.caseNumber;
  }

  /** Back to the seeded offices and their past filings. */
  reset(): void {
    this.offices.clear();
    this.filings.clear();
    this.documents.clear();
    this.uploads.clear();
    this.#counters = { filing: 0, document: 0, upload: 0, caseNumber: 0 };
    for (const office of seedOffices()) this.offices.set(office.id, structuredClone(office));
    const past = seedOfficeFilings();
    for (const filing of past.filings) this.filings.set(filing.id, structuredClone(filing));
    for (const document of past.documents) this.documents.set(document.id, structuredClone(document));
    this.#counters.caseNumber = past.filings.filter((f) => f.reviews.some((r) => r.review.caseNumber !== null)).length;
  }
}
