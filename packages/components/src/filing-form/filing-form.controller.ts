/**
 * `FilingFormController`: the behaviour of `<adalat-filing-form>` without its markup.
 * It keeps the draft on the server (created on the first save, updated on every step
 * change), remembers the draft's id — never its content — in `sessionStorage` so a
 * reload finds it again, uploads documents through resumable upload sessions (an
 * upload cut by a reload resumes when the same file is chosen again), quotes the fee,
 * checks and submits, then follows the court's review until it is decided: it hears
 * `filing.reviewed` on the live stream (when the session lists `events.stream`) and
 * reads the filing every `pollInterval` as the fallback.
 * @module
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { AdalatCore } from '@adalat/sdk/core';
import {
  MINOR_UNITS,
  NATIONAL_ID_SCHEME,
  targetsAct,
  type Currency,
  type FilerType,
  type Filing,
  type FilingCheck,
  type FilingDocument,
  type FilingType,
  type DocumentRole,
  type JurisdictionCode,
  type PartyRole,
  type UpdateFilingBody,
} from '@adalat/sdk/contract';
import { checkNationalId, type IdProblem } from '@adalat/sdk/ids';
import { documentsResource, uploadDocument } from '@adalat/sdk/resources/documents';
import { filingsResource } from '@adalat/sdk/resources/filings';
import { liveEvents } from '@adalat/sdk/events';

export type FilingStep = 'parties' | 'claim' | 'documents' | 'fee' | 'review';
export const FILING_STEPS: readonly FilingStep[] = ['parties', 'claim', 'documents', 'fee', 'review'];

export interface PartyDraft {
  role: PartyRole;
  type: FilerType;
  name: string;
  nationalId: string;
}

export interface ClaimDraft {
  courtId: string | null;
  category: string | null;
  /** As typed, in major units (`1250.500`). */
  amount: string;
  /** The case a counterclaim, response or motion belongs to; the case of the act appealed. */
  caseId: string;
  /** The judicial act appealed (appeals, cassation). */
  actDocumentId: string;
  summary: string;
}

export type UploadStatus = 'uploading' | 'interrupted' | 'done' | 'failed';

/** One file on its way to the draft. */
export interface UploadItem {
  key: string;
  name: string;
  size: number;
  sent: number;
  status: UploadStatus;
  uploadId: string | null;
  role: DocumentRole;
  document: FilingDocument | null;
  error: unknown;
}

/** What is kept across a reload: ids and positions, nothing a person typed or named (file names are read back from the server). */
interface Remembered {
  filingId: string;
  step: FilingStep;
  uploads: Array<{ uploadId: string; role: DocumentRole }>;
}

/** Set on an upload row when the file chosen to resume it is not the file it was started with. */
export const FILE_MISMATCH = 'upload_file_mismatch';

export interface FilingFormOptions {
  client: () => AdalatCore | undefined;
  kind: () => FilingType;
  jurisdiction: () => JurisdictionCode | null;
  officeId: () => string | null;
  /** A draft to open, from the host page. */
  filingId: () => string | null;
  /** Separates drafts of several forms on one site; `sessionStorage` key suffix. */
  storageKey: () => string;
  /** Milliseconds between reads while the court reviews. */
  pollInterval: () => number;
}

/** Kinds filed by an appellant (party roles); which kinds name the act they are against is `targetsAct`. */
const APPEALS = new Set<FilingType>(['appeal', 'cassation']);
const IN_A_CASE = new Set<FilingType>(['counterclaim', 'claim_response', 'motion']);
const WITH_AMOUNT = new Set<FilingType>(['claim', 'counterclaim']);

/** Which fields a filing kind asks for; `appeal`: the case and judicial act it is against (`appealOf`). */
export function fieldsOf(kind: FilingType): { amount: boolean; appeal: boolean; inCase: boolean } {
  return { amount: WITH_AMOUNT.has(kind), appeal: targetsAct(kind), inCase: IN_A_CASE.has(kind) };
}

const DIGITS: Readonly<Record<string, string>> = Object.fromEntries(
  [...'٠١٢٣٤٥٦٧٨٩'].map((d, i) => [d, String(i)]).concat([...'۰۱۲۳۴۵۶۷۸۹'].map((d, i) => [d, String(i)])),
);

/** Minor units from an amount typed in major units, or `null` when it is not one (never a float on the way). */
export function parseAmount(text: string, currency: Currency): number | null {
  const ascii = text
    .replace(/[٠-٩۰-۹]/g, (d) => DIGITS[d]!)
    .replace(/[\s\u00a0\u202f٬']/g, '')
    .replace('٫', '.');
  const match = /^(\d+)(?:[.,](\d+))?$/.exec(ascii);
  if (match === null) return null;
  const scale = MINOR_UNITS[currency];
  const decimals = Math.round(Math.log10(scale));
  const fraction = match[2] ?? '';
  if (fraction.length > decimals) return null;
  const minor = Number(match[1]) * scale + Number(fraction.padEnd(decimals, '0') || '0');
  return Number.isSafeInteger(minor) ? minor : null;
}

/** The amount in major units as a plain string (`12000.5` → `"12000.500"` for JOD). */
export function formatAmountInput(minor: number, currency: Currency): string {
  const scale = MINOR_UNITS[currency];
  if (scale === 1) return String(minor);
  const decimals = Math.round(Math.log10(scale));
  return `${Math.floor(minor / scale)}.${String(minor % scale).padStart(decimals, '0')}`;
}

const emptyParty = (role: PartyRole): PartyDraft => ({ role, type: 'individual', name: '', nationalId: '' });
const firstRole = (kind: FilingType): PartyRole =>
  APPEALS.has(kind) ? 'appellant' : kind === 'private_complaint' || kind.startsWith('administrative') || kind === 'criminal_petition' ? 'complainant' : 'claimant';

/** The other side: a defendant to a claim, a respondent to an appeal or an authority, the accused in a criminal matter. */
const secondRole = (kind: FilingType): PartyRole =>
  APPEALS.has(kind) || kind.startsWith('administrative') ? 'respondent' : kind === 'private_complaint' || kind === 'criminal_petition' ? 'accused' : 'defendant';

const statusOf = (error: unknown): number | undefined => (error as { status?: number } | null)?.status;

export class FilingFormController implements ReactiveController {
  /** `loading` while a remembered draft is read; `error` when that failed for another reason than its absence. */
  status: 'loading' | 'ready' | 'error' = 'loading';
  error: unknown;
  filing: Filing | null = null;
  step: FilingStep = 'parties';
  parties: PartyDraft[];
  claim: ClaimDraft = { courtId: null, category: null, amount: '', caseId: '', actDocumentId: '', summary: '' };
  /** A save or action is running. */
  busy = false;
  /** The last save or action failed with this. */
  actionError: unknown;
  /** `saved` after a save, for the live region. */
  notice: 'saved' | 'restored' | null = null;
  check: FilingCheck | null = null;
  uploads: UploadItem[] = [];

  readonly #host: ReactiveControllerHost;
  readonly #options: FilingFormOptions;
  #files = new Map<string, File>();
  #poll: ReturnType<typeof setTimeout> | undefined;
  #unsubscribe: (() => void) | undefined;
  #started = false;
  #uploadSeq = 0;

  constructor(host: ReactiveControllerHost, options: FilingFormOptions) {
    this.#host = host;
    this.#options = options;
    this.parties = [emptyParty(firstRole(options.kind())), emptyParty(secondRole(options.kind()))];
    host.addController(this);
  }

  get #core(): AdalatCore {
    const core = this.#options.client();
    if (core === undefined) throw new Error('no client');
    return core;
  }

  get jurisdiction(): JurisdictionCode | null {
    return this.filing?.jurisdiction ?? this.#options.jurisdiction();
  }

  get currency(): Currency | null {
    const code = this.jurisdiction;
    return code === null ? null : this.filing?.claimAmount?.currency ?? (({ PS: 'JOD', SA: 'SAR', IR: 'IRR', KZ: 'KZT' }) as const)[code];
  }

  /** Editable: a draft not yet saved, a draft, or a filing returned for correction. */
  get editable(): boolean {
    return this.filing === null || this.filing.status === 'draft' || this.filing.status === 'returned';
  }

  /** The problem of a party's national ID as typed, or `null` when it is fine or empty. */
  idProblem(index: number): IdProblem | null {
    const party = this.parties[index];
    const jurisdiction = this.jurisdiction;
    if (party === undefined || jurisdiction === null || party.nationalId.trim() === '') return null;
    if (party.type === 'legal_entity' && jurisdiction !== 'KZ') return null;
    const check = checkNationalId(NATIONAL_ID_SCHEME[jurisdiction], party.nationalId);
    return check.valid ? null : check.reason;
  }

  /** A national ID as the court keeps it (ASCII digits, no spaces) when it is valid; else as typed, for the check to name. */
  #canonicalId(typed: string): string {
    const jurisdiction = this.jurisdiction;
    const check = jurisdiction === null ? null : checkNationalId(NATIONAL_ID_SCHEME[jurisdiction], typed);
    return check?.valid ? check.value : typed.trim();
  }

  /** The amount typed is not an amount. */
  get amountInvalid(): boolean {
    const currency = this.currency;
    return this.claim.amount.trim() !== '' && currency !== null && parseAmount(this.claim.amount, currency) === null;
  }

  hostConnected(): void {
    if (this.#started && this.filing?.status === 'received') this.#schedulePoll();
  }

  /** Opens the draft the host now names; before the first start, that start will. */
  reopen(): void {
    if (this.#started) queueMicrotask(() => void this.start());
  }

  /** Starts once a client is there: a provider may hand one over after the element connected. */
  hostUpdate(): void {
    if (!this.#started && this.#options.client() !== undefined) {
      this.#started = true;
      // After this update: an update requested while one runs would be lost.
      queueMicrotask(() => void this.start());
    }
  }

  hostDisconnected(): void {
    clearTimeout(this.#poll);
    this.#poll = undefined;
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
  }

  // ── storage ────────────────────────────────────────────────────────────

  get #storageKey(): string {
    return `adalat-filing-form:${this.#options.storageKey()}`;
  }

  #recall(): Remembered | null {
    try {
      const raw = sessionStorage.getItem(this.#storageKey);
      return raw === null ? null : (JSON.parse(raw) as Remembered);
    } catch {
      return null;
    }
  }

  #remember(): void {
    if (this.filing === null) return;
    const uploads = this.uploads.filter((u) => u.status !== 'done' && u.uploadId !== null).map((u) => ({ uploadId: u.uploadId!, role: u.role }));
    try {
      sessionStorage.setItem(this.#storageKey, JSON.stringify({ filingId: this.filing.id, step: this.step, uploads } satisfies Remembered));
    } catch {
      // Storage full or denied: the draft is still on the server, only the way back to it is lost.
    }
  }

  /** Forgets the remembered draft (after it was submitted and decided, or to start anew). */
  forget(): void {
    try {
      sessionStorage.removeItem(this.#storageKey);
    } catch {
      // nothing to forget
    }
  }

  // ── loading ────────────────────────────────────────────────────────────

  /** Opens the host's draft, or the one remembered for this form, or starts empty. */
  async start(): Promise<void> {
    const remembered = this.#recall();
    const id = this.#options.filingId() ?? remembered?.filingId ?? null;
    if (this.#options.client() !== undefined) this.#started = true;
    if (id === null || this.#options.client() === undefined) {
      this.status = 'ready';
      this.#host.requestUpdate();
      return;
    }
    this.status = 'loading';
    this.#host.requestUpdate();
    try {
      const filing = await filingsResource(this.#core).get({ filingId: id });
      this.#adopt(filing);
      if (remembered?.filingId === id) {
        this.step = FILING_STEPS.includes(remembered.step) ? remembered.step : 'parties';
        this.uploads = await this.#reopenUploads(remembered.uploads);
      }
      if (filing.status !== 'draft') this.step = 'review';
      this.notice = 'restored';
      this.status = 'ready';
      if (filing.status === 'received') this.#schedulePoll();
      if (this.step === 'review') void this.runCheck();
    } catch (error) {
      const status = statusOf(error);
      if (status === 404 || status === 403) {
        // Gone, or not this session's: start a new draft.
        this.forget();
        this.status = 'ready';
      } else {
        this.error = error;
        this.status = 'error';
      }
    }
    this.#host.requestUpdate();
  }

  /** The remembered uploads still open on the server, with their names and progress as it holds them. */
  async #reopenUploads(remembered: Remembered['uploads']): Promise<UploadItem[]> {
    const documents = documentsResource(this.#core);
    const sessions = await Promise.all(remembered.map((u) => documents.getUpload({ uploadId: u.uploadId }).catch(() => null)));
    return remembered.flatMap((u, i) => {
      const session = sessions[i];
      // Gone (expired) or finished: nothing to resume.
      if (session == null || session.status !== 'open') return [];
      const item: UploadItem = { key: `u${++this.#uploadSeq}`, name: session.filename, size: session.sizeBytes, sent: session.receivedBytes, status: 'interrupted', uploadId: u.uploadId, role: u.role, document: null, error: undefined };
      return [item];
    });
  }

  /** Takes the server's filing as the truth, and its fields into the drafts. */
  #adopt(filing: Filing): void {
    this.filing = filing;
    const kind = filing.kind;
    if (filing.parties.length > 0) {
      this.parties = filing.parties.map((p) => ({ role: p.role, type: p.type, name: p.name, nationalId: p.nationalId ?? '' }));
    }
    this.claim = {
      courtId: filing.courtId,
      category: filing.category,
      amount: filing.claimAmount === null ? '' : formatAmountInput(filing.claimAmount.amount, filing.claimAmount.currency),
      caseId: (targetsAct(kind) ? filing.appealOf?.caseId : filing.caseId) ?? '',
      actDocumentId: filing.appealOf?.documentId ?? '',
      summary: filing.summary,
    };
  }

  // ── editing ────────────────────────────────────────────────────────────

  setParty(index: number, patch: Partial<PartyDraft>): void {
    const party = this.parties[index];
    if (party === undefined) return;
    this.parties = this.parties.map((p, i) => (i === index ? { ...p, ...patch } : p));
    this.#host.requestUpdate();
  }

  addParty(role: PartyRole = 'third_party'): void {
    this.parties = [...this.parties, emptyParty(role)];
    this.#host.requestUpdate();
  }

  removeParty(index: number): void {
    this.parties = this.parties.filter((_, i) => i !== index);
    this.#host.requestUpdate();
  }

  setClaim(patch: Partial<ClaimDraft>): void {
    this.claim = { ...this.claim, ...patch };
    this.#host.requestUpdate();
  }

  /** The drafts as the API takes them; fields left blank are sent as absent. */
  #body(): UpdateFilingBody {
    const kind = this.#options.kind();
    const fields = fieldsOf(kind);
    const currency = this.currency;
    const minor = currency === null || this.claim.amount.trim() === '' ? null : parseAmount(this.claim.amount, currency);
    const caseId = this.claim.caseId.trim();
    const actId = this.claim.actDocumentId.trim();
    return {
      courtId: this.claim.courtId,
      category: this.claim.category,
      ...(fields.amount ? { claimAmount: minor === null || currency === null ? null : { amount: minor, currency } } : {}),
      filerType: this.parties[0]?.type ?? 'individual',
      parties: this.parties
        .filter((p) => p.name.trim() !== '')
        .map((p) => ({ role: p.role, type: p.type, name: p.name.trim(), ...(p.nationalId.trim() === '' ? {} : { nationalId: this.#canonicalId(p.nationalId) }) })),
      ...(fields.appeal ? { appealOf: caseId !== '' && actId !== '' ? { caseId, documentId: actId } : null } : {}),
      ...(fields.inCase ? { caseId: caseId === '' ? null : caseId } : {}),
      summary: this.claim.summary,
    };
  }

  /** Runs an action with `busy` and `actionError` kept; resolves `false` when it failed. */
  async #act(action: () => Promise<void>): Promise<boolean> {
    this.busy = true;
    this.actionError = undefined;
    this.notice = null;
    this.#host.requestUpdate();
    try {
      await action();
      return true;
    } catch (error) {
      this.actionError = error;
      return false;
    } finally {
      this.busy = false;
      this.#host.requestUpdate();
    }
  }

  /** Saves the drafts on the server: creates the filing the first time. */
  save(): Promise<boolean> {
    return this.#act(async () => {
      if (!this.editable) return;
      const filings = filingsResource(this.#core);
      const body = this.#body();
      if (this.filing === null) {
        const jurisdiction = this.#options.jurisdiction();
        const officeId = this.#options.officeId();
        this.filing = await filings.create({
          kind: this.#options.kind(),
          ...(jurisdiction === null ? {} : { jurisdiction }),
          ...(officeId === null ? {} : { officeId }),
          ...body,
        });
      } else {
        this.filing = await filings.update({ filingId: this.filing.id, ...body });
      }
      this.notice = 'saved';
      this.#remember();
    });
  }

  /** Saves, then shows `step`; on the review step, checks the filing. */
  async goTo(step: FilingStep): Promise<boolean> {
    if (this.editable && !(await this.save())) return false;
    this.step = step;
    this.#remember();
    this.#host.requestUpdate();
    if (step === 'review') await this.runCheck();
    return true;
  }

  async refresh(): Promise<void> {
    if (this.filing === null) return;
    await this.#act(async () => {
      this.#adopt(await filingsResource(this.#core).get({ filingId: this.filing!.id }));
    });
  }

  // ── documents ──────────────────────────────────────────────────────────

  /**
   * Uploads files to the draft (saved first if it is new). The first file becomes the
   * lead document when there is none. A file matching an interrupted upload (same name
   * and size) resumes it.
   */
  async addFiles(files: readonly File[]): Promise<void> {
    if (files.length === 0) return;
    if (this.filing === null && !(await this.save())) return;
    let leadTaken = this.filing!.documents.lead !== null || this.uploads.some((u) => u.role === 'lead' && (u.status === 'uploading' || u.status === 'interrupted'));
    await Promise.all(
      files.map((file) => {
        const pending = this.uploads.find((u) => u.status === 'interrupted' && u.name === file.name && u.size === file.size);
        if (pending !== undefined) return this.#upload(file, pending);
        const role: DocumentRole = leadTaken ? 'connected' : 'lead';
        leadTaken = true;
        const item: UploadItem = { key: `u${++this.#uploadSeq}`, name: file.name, size: file.size, sent: 0, status: 'uploading', uploadId: null, role, document: null, error: undefined };
        this.uploads = [...this.uploads, item];
        return this.#upload(file, item);
      }),
    );
  }

  async #upload(file: File, item: UploadItem): Promise<void> {
    item.status = 'uploading';
    item.error = undefined;
    this.#files.set(item.key, file);
    const role = item.role;
    this.#host.requestUpdate();
    try {
      item.document = await uploadDocument(documentsResource(this.#core), {
        filingId: this.filing!.id,
        file,
        role,
        ...(item.uploadId === null ? {} : { uploadId: item.uploadId }),
        onSession: (session) => {
          item.uploadId = session.id;
          this.#remember();
        },
        onProgress: (progress) => {
          item.sent = progress.sentBytes;
          this.#host.requestUpdate();
        },
      });
      this.#files.delete(item.key);
      this.filing = await filingsResource(this.#core).get({ filingId: this.filing!.id });
      item.sent = item.size;
      item.status = 'done';
    } catch (error) {
      item.error = error;
      const status = statusOf(error);
      const code = (error as { code?: unknown } | null)?.code;
      if (code === FILE_MISMATCH) {
        // Another file than the session's (same name and size, other bytes): the session is intact, choose the right one.
        this.#files.delete(item.key);
        item.status = 'interrupted';
      } else {
        // A connection lost mid-way can resume; a refusal of the file cannot.
        item.status = status === undefined || status >= 500 ? 'interrupted' : 'failed';
      }
    }
    this.#remember();
    this.#host.requestUpdate();
  }

  /**
   * Resumes an interrupted upload, with the file still held or chosen again. A file chosen
   * again whose name or size differ from the upload's is refused (the row's `error` code is
   * `upload_file_mismatch`): its bytes would be stitched to the other file's.
   */
  resume(key: string, file?: File): Promise<void> {
    const item = this.uploads.find((u) => u.key === key);
    const held = file ?? this.#files.get(key);
    if (item === undefined || held === undefined) return Promise.resolve();
    if (held.name !== item.name || held.size !== item.size) {
      item.error = { code: FILE_MISMATCH };
      this.#host.requestUpdate();
      return Promise.resolve();
    }
    return this.#upload(held, item);
  }

  /** Whether the file of an interrupted upload is still held (else it must be chosen again). */
  holdsFile(key: string): boolean {
    return this.#files.has(key);
  }

  dismissUpload(key: string): void {
    this.uploads = this.uploads.filter((u) => u.key !== key);
    this.#files.delete(key);
    this.#remember();
    this.#host.requestUpdate();
  }

  async removeDocument(documentId: string): Promise<void> {
    await this.#act(async () => {
      await documentsResource(this.#core).delete({ documentId });
      this.uploads = this.uploads.filter((u) => u.document?.id !== documentId);
      this.filing = await filingsResource(this.#core).get({ filingId: this.filing!.id });
      this.#remember();
    });
  }

  // ── fee, check, submit, review ─────────────────────────────────────────

  quoteFee(): Promise<boolean> {
    return this.#act(async () => {
      if (this.filing === null) return;
      this.filing = await filingsResource(this.#core).quoteFee({ filingId: this.filing.id });
    });
  }

  async runCheck(): Promise<void> {
    if (this.filing === null) {
      this.check = null;
      return;
    }
    await this.#act(async () => {
      this.check = await filingsResource(this.#core).check({ filingId: this.filing!.id });
    });
  }

  submit(): Promise<boolean> {
    return this.#act(async () => {
      if (this.filing === null) return;
      this.filing = await filingsResource(this.#core).submit({ filingId: this.filing.id });
      this.check = null;
      this.#remember();
      this.#schedulePoll();
    });
  }

  /** After a return for correction: back to the first step with the filing as the court left it. */
  correct(): void {
    this.step = 'parties';
    this.#remember();
    this.#host.requestUpdate();
  }

  #schedulePoll(): void {
    clearTimeout(this.#poll);
    this.#poll = setTimeout(() => void this.#pollOnce(), this.#options.pollInterval());
    this.#listen();
  }

  /** Hears the court's decision as it is announced; the poll stays as the fallback. */
  #listen(): void {
    const core = this.#options.client();
    if (this.#unsubscribe !== undefined || core === undefined || this.filing === null) return;
    const filingId = this.filing.id;
    this.#unsubscribe = liveEvents(core).subscribe({ types: ['filing.reviewed'] }, (event) => {
      if (event.type === 'filing.reviewed' && event.data.filingId === filingId) void this.pollNow();
    });
  }

  async #pollOnce(): Promise<void> {
    this.#poll = undefined;
    if (this.filing === null || this.filing.status !== 'received') return;
    try {
      this.filing = await filingsResource(this.#core).get({ filingId: this.filing.id });
      this.#host.requestUpdate();
    } catch {
      // A failed read is tried again at the next tick.
    }
    if (this.filing.status === 'received') {
      this.#schedulePoll();
    } else {
      this.#unsubscribe?.();
      this.#unsubscribe = undefined;
      this.#host.requestUpdate();
    }
  }

  /** Reads the filing now instead of waiting for the next tick. */
  pollNow(): Promise<void> {
    clearTimeout(this.#poll);
    return this.#pollOnce();
  }
}
