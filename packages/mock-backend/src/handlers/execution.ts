/**
 * Execution files: reads, the electronic writ (`openFromJudicialAct`), cheques, transfers
 * to the creditor's IBAN and execution requests. Who sees and acts is in
 * `execution/access.ts`; what time does (transfers paid, lots closed) in
 * `execution/settle.ts`, applied first by every handler. The router has applied the
 * Idempotency-Key of money moves: a replay never reaches here.
 * @module
 */
import { REQUEST_KINDS_BY_SIDE, REQUEST_KINDS_NEEDING_DOCUMENTS, type executionEndpoints } from '@adalat/sdk/contract';
import { checkIban } from '@adalat/sdk/ids';
import { toInstant } from '../clock.ts';
import { canSeeFile, requireCourtStaff, sideOf, visibleFile } from '../execution/access.ts';
import { publishChequeReady, publishExecutionUpdated } from '../execution/events.ts';
import type { ExecutionFileRecord, TransferRecord } from '../execution/records.ts';
import { settleExecution } from '../execution/settle.ts';
import { creditorBalanceOf, toExecutionFile, toRequest, toTransfer } from '../execution/views.ts';
import { openFileFromAct } from '../execution/writ.ts';
import { ApiProblem, businessRule, conflict, forbidden, notFound, validationFailed } from '../problem.ts';
import type { DomainHandlers } from '../router/context.ts';
import { paginate } from '../store/paginate.ts';
import type { Store } from '../store/store.ts';

const newestFirst = <T extends { id: string }>(items: Iterable<T>, at: (item: T) => string): T[] =>
  [...items].sort((a, b) => Date.parse(at(b)) - Date.parse(at(a)) || b.id.localeCompare(a.id));

function transferInFlight(store: Store, file: ExecutionFileRecord): TransferRecord | undefined {
  return [...store.execution.transfers.values()].find((t) => t.executionFileId === file.id && t.status !== 'paid');
}

function refuseWhileTransferInFlight(store: Store, file: ExecutionFileRecord): void {
  if (transferInFlight(store, file) !== undefined) {
    throw new ApiProblem(409, 'conflict', 'transfer_in_progress', 'A transfer of this file is not paid yet; the balance is on its way.');
  }
}

export const executionHandlers: DomainHandlers<typeof executionEndpoints> = {
  list({ query, auth, store, clock }) {
    const now = clock.now();
    settleExecution(store, now);
    const all = newestFirst(store.execution.files.values(), (f) => f.openedAt);
    const views = new Map(all.map((file) => [file.id, toExecutionFile(store, file, now)]));
    const matching = all.filter((file) => canSeeFile(store, auth, file) && (query.status === undefined || views.get(file.id)!.status === query.status));
    const page = paginate(all, matching, query);
    return { data: page.data.map((file) => views.get(file.id)!), nextCursor: page.nextCursor };
  },

  get({ params, auth, store, clock }) {
    const now = clock.now();
    settleExecution(store, now);
    return toExecutionFile(store, visibleFile(store, auth, params.fileId), now);
  },

  openFromJudicialAct({ body, auth, store, clock }) {
    const now = clock.now();
    settleExecution(store, now);
    const file = openFileFromAct(store, auth, body, now);
    publishExecutionUpdated(store, now, file, 'opened');
    return toExecutionFile(store, file, now);
  },

  listCheques({ params, query, auth, store, clock }) {
    settleExecution(store, clock.now());
    const file = visibleFile(store, auth, params.fileId);
    const all = newestFirst(store.execution.cheques.values(), (c) => c.readySince).filter((c) => c.executionFileId === file.id);
    const page = paginate(all, all.filter((c) => query.status === undefined || c.status === query.status), query);
    return { data: structuredClone(page.data), nextCursor: page.nextCursor };
  },

  issueCheque({ params, auth, store, clock }) {
    const now = clock.now();
    settleExecution(store, now);
    const file = visibleFile(store, auth, params.fileId);
    requireCourtStaff(store, auth, file);
    refuseWhileTransferInFlight(store, file);
    const balance = creditorBalanceOf(store, file);
    if (balance <= 0) throw businessRule('nothing_to_pay_out', 'Nothing is held for the creditor in this file.');
    const id = store.execution.nextId('cheque', 'chq');
    const cheque = {
      id,
      executionFileId: file.id,
      number: `CHQ-${file.jurisdiction}-${now.getUTCFullYear()}-${id.slice(4)}`,
      amount: { amount: balance, currency: file.principal.currency },
      status: 'ready' as const,
      readySince: toInstant(now),
      collectedAt: null,
    };
    store.execution.cheques.set(id, cheque);
    publishChequeReady(store, now, cheque);
    publishExecutionUpdated(store, now, file, 'cheque_ready');
    return structuredClone(cheque);
  },

  collectCheque({ params, auth, store, clock }) {
    const now = clock.now();
    settleExecution(store, now);
    const file = visibleFile(store, auth, params.fileId);
    requireCourtStaff(store, auth, file);
    const cheque = store.execution.cheques.get(params.chequeId);
    if (cheque === undefined || cheque.executionFileId !== file.id) {
      throw notFound('cheque_not_found', 'The file has no cheque with this id.', 'params.chequeId');
    }
    if (cheque.status === 'ready') {
      cheque.status = 'collected';
      cheque.collectedAt = toInstant(now);
      publishExecutionUpdated(store, now, file, 'cheque_collected');
    }
    return structuredClone(cheque);
  },

  listTransfers({ params, query, auth, store, clock }) {
    settleExecution(store, clock.now());
    const file = visibleFile(store, auth, params.fileId);
    const all = newestFirst(store.execution.transfers.values(), (t) => t.requestedAt).filter((t) => t.executionFileId === file.id);
    const page = paginate(all, all, query);
    return { data: page.data.map(toTransfer), nextCursor: page.nextCursor };
  },

  requestTransfer({ params, body, auth, store, clock }) {
    const now = clock.now();
    settleExecution(store, now);
    const file = visibleFile(store, auth, params.fileId);
    if (sideOf(auth, file) !== 'creditor') throw forbidden('creditor_only', 'Only the creditor’s side may move the creditor’s money.');
    // The contract checked the digits; the country must be the file's.
    if (!checkIban(body.iban, file.jurisdiction).valid) {
      throw validationFailed([{ path: 'body.iban', code: 'iban_wrong_country', message: `The IBAN must be of an account in ${file.jurisdiction}.` }]);
    }
    const account = store.execution.accounts.get(body.iban);
    if (account === undefined || account.personId !== file.creditor.personId) {
      throw businessRule('iban_not_in_creditor_name', 'The bank does not hold this account in the creditor’s name.', 'body.iban');
    }
    refuseWhileTransferInFlight(store, file);
    const balance = creditorBalanceOf(store, file);
    if (balance <= 0) throw businessRule('nothing_to_transfer', 'Nothing is held for the creditor in this file.');
    const id = store.execution.nextId('transfer', 'trf');
    const transfer: TransferRecord = {
      id,
      executionFileId: file.id,
      amount: { amount: balance, currency: file.principal.currency },
      iban: account.iban,
      accountHolder: account.holder,
      status: 'requested',
      requestedAt: toInstant(now),
      processingAt: null,
      paidAt: null,
    };
    store.execution.transfers.set(id, transfer);
    publishExecutionUpdated(store, now, file, 'transfer_requested');
    return toTransfer(transfer);
  },

  listRequests({ params, query, auth, store, clock }) {
    settleExecution(store, clock.now());
    const file = visibleFile(store, auth, params.fileId);
    const all = newestFirst(store.execution.requests.values(), (r) => r.filedAt).filter((r) => r.executionFileId === file.id);
    const page = paginate(all, all.filter((r) => query.status === undefined || r.status === query.status), query);
    return { data: page.data.map(toRequest), nextCursor: page.nextCursor };
  },

  fileRequest({ params, body, auth, store, clock }) {
    const now = clock.now();
    settleExecution(store, now);
    const file = visibleFile(store, auth, params.fileId);
    const side = sideOf(auth, file);
    if (side === 'court') throw forbidden('party_only', 'Requests are filed by the creditor or the debtor, not the court.');
    if (!REQUEST_KINDS_BY_SIDE[side].includes(body.kind)) {
      throw businessRule('request_not_for_party', `The ${side} does not file ${body.kind.replaceAll('_', ' ')} requests.`, 'body.kind');
    }
    const documents = body.documents ?? [];
    if (REQUEST_KINDS_NEEDING_DOCUMENTS.includes(body.kind) && documents.length === 0) {
      throw businessRule('documents_required', 'This request needs at least one supporting document.', 'body.documents');
    }
    const pending = [...store.execution.requests.values()].some((r) => r.executionFileId === file.id && r.kind === body.kind && r.status === 'pending');
    if (pending) throw conflict('request_pending', 'A request of this kind is already waiting for the court.');
    const id = store.execution.nextId('request', 'exr');
    const request = {
      id,
      executionFileId: file.id,
      kind: body.kind,
      status: 'pending' as const,
      filedBy: side,
      details: body.details,
      documents: documents.map((d) => ({ id: store.execution.nextId('document', 'exd'), title: d.title, text: d.text })),
      filedAt: toInstant(now),
      decidedAt: null,
      reasons: null,
    };
    store.execution.requests.set(id, request);
    publishExecutionUpdated(store, now, file, 'request_filed');
    return toRequest(request);
  },

  decideRequest({ params, body, auth, store, clock }) {
    const now = clock.now();
    settleExecution(store, now);
    const file = visibleFile(store, auth, params.fileId);
    requireCourtStaff(store, auth, file);
    const request = store.execution.requests.get(params.requestId);
    if (request === undefined || request.executionFileId !== file.id) {
      throw notFound('request_not_found', 'The file has no request with this id.', 'params.requestId');
    }
    if (request.status !== 'pending') throw conflict('request_already_decided', `The request was already ${request.status}.`);
    request.status = body.decision;
    request.decidedAt = toInstant(now);
    request.reasons = body.reasons ?? null;
    publishExecutionUpdated(store, now, file, 'request_decided');
    return toRequest(request);
  },
};
