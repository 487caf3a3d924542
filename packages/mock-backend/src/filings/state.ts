/**
 * One sandbox's e-filing state: offices, filings, their documents and open uploads.
 * Seeded offices and their past filings (for oversight metrics) are loaded on reset.
 * @module
 */
import { seedOfficeFilings, seedOffices } from '../seed/offices.ts';
import { IdCounters } from '../store/id-counters.ts';
import type { DocumentRecord, FilingRecord, OfficeRecord, UploadRecord } from './records.ts';

export class FilingsState {
  readonly offices = new Map<string, OfficeRecord>();
  readonly filings = new Map<string, FilingRecord>();
  readonly documents = new Map<string, DocumentRecord>();
  readonly uploads = new Map<string, UploadRecord>();
  readonly #ids = new IdCounters({ filing: 'fil', document: 'fdoc', upload: 'upl' });
  #caseSerial = 0;

  constructor() {
    this.reset();
  }

  /** The next id of a kind: `fil_000001`, `fdoc_000001`, `upl_000001`. */
  nextId(kind: 'filing' | 'document' | 'upload'): string {
    return this.#ids.next(kind);
  }

  /** The next serial of a case registered from a filing. */
  nextCaseSerial(): number {
    this.#caseSerial += 1;
    return this.#caseSerial;
  }

  /** Back to the seeded offices and their past filings. */
  reset(): void {
    this.offices.clear();
    this.filings.clear();
    this.documents.clear();
    this.uploads.clear();
    this.#ids.reset();
    for (const office of seedOffices()) this.offices.set(office.id, structuredClone(office));
    const past = seedOfficeFilings();
    for (const filing of past.filings) this.filings.set(filing.id, structuredClone(filing));
    for (const document of past.documents) this.documents.set(document.id, structuredClone(document));
    this.#caseSerial = past.filings.filter((f) => f.reviews.some((r) => r.review.caseNumber !== null)).length;
  }
}
