/**
 * Execution (enforcement) files: what a creditor is owed under an alimony order, a
 * cheque or promissory note, a judgment or another executive instrument, and how the
 * money moves — installments the debtor pays into the court account (a payment with an
 * `execution_installment` payable), cheques ready for the creditor at the court, and
 * transfers from the court account to the creditor's own bank account.
 *
 * Money of a file:
 * - `principal` is what the title grants; `paid` what the debtor has paid in; `outstanding`
 *   what is still due (`principal − paid`).
 * - `creditorBalance` is money paid in and held for the creditor: it leaves the court
 *   account as a cheque (`issueCheque`, court staff) or a transfer (`requestTransfer`).
 *
 * A transfer goes to an IBAN of the file's jurisdiction, checked by its digits (400 naming
 * `body.iban`), and held in the creditor's name (422 `iban_not_in_creditor_name`). It is
 * requested once: the call takes an `Idempotency-Key` (a retry replays the first answer),
 * and while a transfer of the file is not yet paid another is a 409 `transfer_in_progress`.
 * Status: `requested` → `processing` (the court's bank took it, one hour later on the
 * sandbox clock) → `paid` (three hours after the request; `transfer.paid`).
 *
 * An electronic writ: `openFromJudicialAct` opens a file from a judicial act in legal force
 * in a case, without paper (`electronicWrit: true`).
 *
 * Who sees a file: its creditor and debtor (person tokens), court staff and partners'
 * secret keys of its jurisdiction, widget sessions scoped to it (`subjects.executionFiles`).
 * Anyone else gets a 404 `execution_file_not_found`, as if it did not exist.
 *
 * Who acts: the creditor side — the creditor's token, a partner's secret key, a widget
 * session scoped to the file (unless its `subjects.person` is the debtor) — requests
 * transfers and files `transfer_to_account`, `seize_assets`, `travel_ban`; the debtor
 * files `lift_detention` and `installment_plan`. Court staff decide requests, issue and
 * hand over cheques.
 * @module
 */
import * as z from 'zod/mini';
import { ibanSchema } from '../ids/schemas.ts';
import { defineEndpoints, Id, Instant, JurisdictionCode, listOf, LocalDate, LocalizedText, Money, PageQuery } from './common.ts';

export const ExecutionFileKind = z.enum(['alimony', 'commercial_paper', 'judgment_debt', 'executive_instrument']);
export type ExecutionFileKind = z.infer<typeof ExecutionFileKind>;

export const CommercialPaperType = z.enum(['cheque', 'promissory_note', 'bill']);
export type CommercialPaperType = z.infer<typeof CommercialPaperType>;

/** What the file rests on: a judicial act in a case, or an executive instrument (a cheque, a notarised deed). */
export const ExecutionTitle = z.object({
  kind: z.enum(['judicial_act', 'instrument']),
  /** The case and the act, for a judicial act; `null` for an instrument. */
  caseId: z.nullable(Id),
  documentId: z.nullable(Id),
  /** For commercial paper: what paper it is. */
  paperType: z.nullable(CommercialPaperType),
  /** The case number, or the instrument's own number. */
  reference: z.string(),
  description: LocalizedText,
});
export type ExecutionTitle = z.infer<typeof ExecutionTitle>;

/** A party to a file, by name only: no national ID is ever shown. */
export const ExecutionParty = z.object({ personId: Id, name: LocalizedText });
export type ExecutionParty = z.infer<typeof ExecutionParty>;

/** `due`: not paid, its due date today or later (court-local); `overdue`: not paid, past its due date. */
export const InstallmentStatus = z.enum(['paid', 'due', 'overdue']);
export type InstallmentStatus = z.infer<typeof InstallmentStatus>;

export const Installment = z.object({
  /** From 1, in due-date order; pay with `{ kind: 'execution_installment', executionFileId, installmentNumber }`. */
  number: z.int().check(z.gte(1)),
  dueDate: LocalDate,
  amount: Money,
  status: InstallmentStatus,
  paidAt: z.nullable(Instant),
  paymentId: z.nullable(Id),
});
export type Installment = z.infer<typeof Installment>;

export const ExecutionFileStatus = z.enum(['open', 'settled']);
export type ExecutionFileStatus = z.infer<typeof ExecutionFileStatus>;

export const ExecutionFile = z.object({
  id: Id,
  /** The execution department's number: `EXE-PS-2026-000123`. */
  number: z.string(),
  jurisdiction: JurisdictionCode,
  /** The court whose execution department keeps the file (where cheques are collected). */
  courtId: Id,
  kind: ExecutionFileKind,
  /** `settled` once nothing is outstanding. */
  status: ExecutionFileStatus,
  /** Opened without paper from a judicial act in legal force. */
  electronicWrit: z.boolean(),
  title: ExecutionTitle,
  creditor: ExecutionParty,
  debtor: ExecutionParty,
  principal: Money,
  paid: Money,
  outstanding: Money,
  /** Paid in and held in the court account for the creditor, not yet issued as a cheque or transferred. */
  creditorBalance: Money,
  installments: z.array(Installment),
  /** The first installment not paid; `null` when none is left. */
  nextInstallment: z.nullable(Installment),
  openedAt: Instant,
  updatedAt: Instant,
});
export type ExecutionFile = z.infer<typeof ExecutionFile>;

export const ChequeStatus = z.enum(['ready', 'collected']);
export type ChequeStatus = z.infer<typeof ChequeStatus>;

/** A cheque the court drew for the creditor, to collect at the file's court. */
export const ExecutionCheque = z.object({
  id: Id,
  executionFileId: Id,
  number: z.string(),
  amount: Money,
  status: ChequeStatus,
  readySince: Instant,
  collectedAt: z.nullable(Instant),
});
export type ExecutionCheque = z.infer<typeof ExecutionCheque>;

export const TransferStatus = z.enum(['requested', 'processing', 'paid']);
export type TransferStatus = z.infer<typeof TransferStatus>;

/** Money moved from the court account to the creditor's bank account. */
export const ExecutionTransfer = z.object({
  id: Id,
  executionFileId: Id,
  amount: Money,
  /** The IBAN with all but its country, check digits and last four characters hidden: `PS92 **** 1234`. */
  ibanMasked: z.string(),
  /** The account holder as the creditor's bank knows them. */
  accountHolder: z.string(),
  status: TransferStatus,
  requestedAt: Instant,
  processingAt: z.nullable(Instant),
  paidAt: z.nullable(Instant),
});
export type ExecutionTransfer = z.infer<typeof ExecutionTransfer>;

export const RequestTransferBody = z.object({
  /** An IBAN of the file's jurisdiction; spaces and Arabic-Indic digits are fine. Never echoed back unmasked. */
  iban: ibanSchema(),
});
export type RequestTransferBody = z.infer<typeof RequestTransferBody>;

export const ExecutionRequestKind = z.enum(['transfer_to_account', 'seize_assets', 'travel_ban', 'lift_detention', 'installment_plan']);
export type ExecutionRequestKind = z.infer<typeof ExecutionRequestKind>;

/** The kinds each side may file. */
export const REQUEST_KINDS_BY_SIDE: Readonly<Record<'creditor' | 'debtor', readonly ExecutionRequestKind[]>> = {
  creditor: ['transfer_to_account', 'seize_assets', 'travel_ban'],
  debtor: ['lift_detention', 'installment_plan'],
};
/** Kinds that need at least one supporting document. */
export const REQUEST_KINDS_NEEDING_DOCUMENTS: readonly ExecutionRequestKind[] = ['seize_assets', 'lift_detention'];

export const ExecutionRequestStatus = z.enum(['pending', 'granted', 'refused']);
export type ExecutionRequestStatus = z.infer<typeof ExecutionRequestStatus>;

export const ExecutionRequestDocument = z.object({ id: Id, title: z.string(), sizeBytes: z.int().check(z.nonnegative()) });
export type ExecutionRequestDocument = z.infer<typeof ExecutionRequestDocument>;

export const ExecutionRequest = z.object({
  id: Id,
  executionFileId: Id,
  kind: ExecutionRequestKind,
  status: ExecutionRequestStatus,
  filedBy: z.enum(['creditor', 'debtor']),
  details: z.string(),
  documents: z.array(ExecutionRequestDocument),
  filedAt: Instant,
  decidedAt: z.nullable(Instant),
  /** The court's reasons; always given when refused. */
  reasons: z.nullable(z.string()),
});
export type ExecutionRequest = z.infer<typeof ExecutionRequest>;

export const FileExecutionRequestBody = z.object({
  kind: ExecutionRequestKind,
  details: z.string().check(z.trim(), z.minLength(1), z.maxLength(2000)),
  /** Supporting documents as text (a scanned paper goes through document uploads). */
  documents: z.optional(
    z
      .array(z.object({ title: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)), text: z.string().check(z.minLength(1), z.maxLength(20_000)) }))
      .check(z.maxLength(10)),
  ),
});
export type FileExecutionRequestBody = z.infer<typeof FileExecutionRequestBody>;

export const DecideExecutionRequestBody = z
  .object({
    decision: z.enum(['granted', 'refused']),
    reasons: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(2000))),
  })
  .check(
    z.refine((body) => body.decision === 'granted' || body.reasons !== undefined, {
      message: 'a refusal gives its reasons',
      path: ['reasons'],
    }),
  );
export type DecideExecutionRequestBody = z.infer<typeof DecideExecutionRequestBody>;

export const OpenExecutionFileBody = z.object({
  caseId: Id,
  /** The judicial act (a document of the case) in legal force. */
  documentId: Id,
  kind: z.enum(['alimony', 'judgment_debt']),
  creditorPartyId: Id,
  debtorPartyId: Id,
  /** What the act grants, in the jurisdiction's currency. */
  principal: z.object({ amount: z.int().check(z.positive()), currency: Money.shape.currency }),
  /** Split into equal monthly installments (the last takes the remainder); one installment due in 30 days by default. */
  installments: z.optional(z.object({ count: z.int().check(z.gte(1), z.lte(120)), firstDueDate: LocalDate })),
});
export type OpenExecutionFileBody = z.infer<typeof OpenExecutionFileBody>;

const FileParams = z.object({ fileId: Id });
const readers = ['secret', 'widget', 'bearer'] as const;
const fileSubject = { kind: 'executionFile', param: 'fileId' } as const;

export const executionEndpoints = defineEndpoints({
  list: {
    method: 'GET',
    path: '/v1/execution/files',
    summary: 'The execution files the caller may see, newest first: a person’s as creditor or debtor, a widget’s in scope, a jurisdiction’s for a secret key or court staff.',
    query: z.object({ ...PageQuery, status: z.optional(ExecutionFileStatus) }),
    status: 200,
    response: listOf(ExecutionFile),
    errors: [400, 403],
    auth: readers,
    paginated: true,
  },
  get: {
    method: 'GET',
    path: '/v1/execution/files/:fileId',
    summary: 'An execution file: parties, title, principal, paid, outstanding, creditor balance and installments.',
    params: FileParams,
    status: 200,
    response: ExecutionFile,
    errors: [400, 403, 404],
    auth: readers,
    subject: fileSubject,
  },
  openFromJudicialAct: {
    method: 'POST',
    path: '/v1/execution/files',
    summary: 'Open an execution file from a judicial act in legal force: the electronic writ, without paper.',
    description:
      'The creditor party (their person or lawyer token) or court staff. Requires an `Idempotency-Key`. Refused: 404 ' +
      '`case_not_found`, `document_not_found`; 403 `case_not_accessible`, `not_the_creditor`; 400 when a party id is not of ' +
      'the case or both are the same; 422 `not_a_judicial_act`, `act_not_in_legal_force`, `currency_not_accepted`; 409 ' +
      '`execution_file_exists` when the act already opened a file between the same parties.',
    body: OpenExecutionFileBody,
    status: 201,
    response: ExecutionFile,
    errors: [400, 403, 404, 409, 422],
    auth: ['bearer'],
    idempotency: 'required',
  },
  listCheques: {
    method: 'GET',
    path: '/v1/execution/files/:fileId/cheques',
    summary: 'Cheques drawn for the creditor: ready for collection at the court, or collected.',
    params: FileParams,
    query: z.object({ ...PageQuery, status: z.optional(ChequeStatus) }),
    status: 200,
    response: listOf(ExecutionCheque),
    errors: [400, 403, 404],
    auth: readers,
    subject: fileSubject,
    paginated: true,
  },
  issueCheque: {
    method: 'POST',
    path: '/v1/execution/files/:fileId/cheques',
    summary: 'Court staff draw a cheque of the whole creditor balance; it is ready for collection at once (`cheque.ready`).',
    description: 'Requires an `Idempotency-Key`. Nothing held: 422 `nothing_to_pay_out`; a transfer not yet paid: 409 `transfer_in_progress`.',
    params: FileParams,
    status: 201,
    response: ExecutionCheque,
    errors: [400, 403, 404, 409, 422],
    auth: ['bearer'],
    idempotency: 'required',
  },
  collectCheque: {
    method: 'POST',
    path: '/v1/execution/files/:fileId/cheques/:chequeId/collect',
    summary: 'Court staff hand a ready cheque to the creditor; collecting it again answers it as it is.',
    params: z.object({ fileId: Id, chequeId: Id }),
    status: 200,
    response: ExecutionCheque,
    errors: [400, 403, 404],
    auth: ['bearer'],
    idempotency: 'optional',
  },
  listTransfers: {
    method: 'GET',
    path: '/v1/execution/files/:fileId/transfers',
    summary: 'Transfers from the court account to the creditor’s bank account, newest first.',
    params: FileParams,
    query: z.object({ ...PageQuery }),
    status: 200,
    response: listOf(ExecutionTransfer),
    errors: [400, 403, 404],
    auth: readers,
    subject: fileSubject,
    paginated: true,
  },
  requestTransfer: {
    method: 'POST',
    path: '/v1/execution/files/:fileId/transfers',
    summary: 'Move the whole creditor balance from the court account to the creditor’s bank account, once.',
    description:
      'The creditor side only (403 `creditor_only`). Requires an `Idempotency-Key`: a retry after a lost answer replays the ' +
      'first transfer. The IBAN must pass its check digits (400 `body.iban`), be of the file’s jurisdiction (400 ' +
      '`iban_wrong_country`) and be held in the creditor’s name (422 `iban_not_in_creditor_name`). Refused: 422 ' +
      '`nothing_to_transfer`; 409 `transfer_in_progress` while another transfer of the file is not yet paid.',
    params: FileParams,
    body: RequestTransferBody,
    status: 201,
    response: ExecutionTransfer,
    errors: [400, 403, 404, 409, 422],
    auth: readers,
    subject: fileSubject,
    idempotency: 'required',
  },
  listRequests: {
    method: 'GET',
    path: '/v1/execution/files/:fileId/requests',
    summary: 'Execution requests of the file with their status, newest first.',
    params: FileParams,
    query: z.object({ ...PageQuery, status: z.optional(ExecutionRequestStatus) }),
    status: 200,
    response: listOf(ExecutionRequest),
    errors: [400, 403, 404],
    auth: readers,
    subject: fileSubject,
    paginated: true,
  },
  fileRequest: {
    method: 'POST',
    path: '/v1/execution/files/:fileId/requests',
    summary: 'File an execution request with its documents; it is `pending` until the court decides.',
    description:
      'The creditor side files `transfer_to_account`, `seize_assets`, `travel_ban`; the debtor `lift_detention`, ' +
      '`installment_plan` (another kind: 422 `request_not_for_party`). `seize_assets` and `lift_detention` need a document ' +
      '(422 `documents_required`). One pending request of a kind at a time: 409 `request_pending`. Court staff: 403 `party_only`.',
    params: FileParams,
    body: FileExecutionRequestBody,
    status: 201,
    response: ExecutionRequest,
    errors: [400, 403, 404, 409, 422],
    auth: readers,
    subject: fileSubject,
    idempotency: 'optional',
  },
  decideRequest: {
    method: 'POST',
    path: '/v1/execution/files/:fileId/requests/:requestId/decide',
    summary: 'Court staff grant or refuse a pending request; a refusal gives its reasons.',
    description: 'Only court staff of the file’s jurisdiction (403 `court_staff_only`); a decided request is a 409 `request_already_decided`.',
    params: z.object({ fileId: Id, requestId: Id }),
    body: DecideExecutionRequestBody,
    status: 200,
    response: ExecutionRequest,
    errors: [400, 403, 404, 409],
    auth: ['bearer'],
  },
});
