/**
 * The electronic writ: a judicial act in legal force opens an execution file without
 * paper. The creditor party (their person token, or a lawyer acting for them) or court
 * staff open it; the act must be a judicial act of the case, in legal force on the
 * sandbox clock, and must not have opened a file between the same parties already.
 * @module
 */
import type { OpenExecutionFileBody } from '@adalat/sdk/contract';
import { canRead } from '../cases/access.ts';
import { toAct } from '../cases/views.ts';
import { toInstant } from '../clock.ts';
import { ApiProblem, businessRule, forbidden, notFound, validationFailed } from '../problem.ts';
import type { Caller } from '../router/context.ts';
import { addDays, localDateOf } from '../rules/court-time.ts';
import { splitIntoInstallments } from '../rules/installments.ts';
import type { Store } from '../store/store.ts';
import type { ExecutionFileRecord } from './records.ts';

/** Checks the request and stores the new file (the caller publishes `execution.updated`). */
export function openFileFromAct(store: Store, caller: Caller, body: OpenExecutionFileBody, now: Date): ExecutionFileRecord {
  const record = store.cases.get(body.caseId);
  if (record === undefined) throw notFound('case_not_found', 'No case has this id.', 'body.caseId');
  if (!canRead(caller, record)) throw forbidden('case_not_accessible', 'This credential may not read this case.', 'body.caseId');
  const document = store.caseDocuments.get(body.documentId);
  if (document === undefined || document.caseId !== record.id) {
    throw notFound('document_not_found', 'The case has no document with this id.', 'body.documentId');
  }
  if (document.act === null) throw businessRule('not_a_judicial_act', 'The document is not a judicial act.', 'body.documentId');
  if (!toAct(document.act, record, now).inLegalForce) {
    throw businessRule('act_not_in_legal_force', 'The act is not in legal force yet: not served, under appeal or within the appeal period.', 'body.documentId');
  }
  const creditor = record.parties.find((p) => p.id === body.creditorPartyId);
  const debtor = record.parties.find((p) => p.id === body.debtorPartyId);
  const issues = [
    ...(creditor === undefined ? [{ path: 'body.creditorPartyId', code: 'unknown_party', message: 'No party of the case has this id.' }] : []),
    ...(debtor === undefined ? [{ path: 'body.debtorPartyId', code: 'unknown_party', message: 'No party of the case has this id.' }] : []),
    ...(body.creditorPartyId === body.debtorPartyId ? [{ path: 'body.debtorPartyId', code: 'same_party', message: 'The debtor is another party than the creditor.' }] : []),
  ];
  if (issues.length > 0 || creditor === undefined || debtor === undefined) throw validationFailed(issues);
  if (caller.kind === 'bearer' && caller.user.subject !== 'staff') {
    const { subject, id } = caller.user;
    const acts = subject === 'person' ? creditor.personId === id : creditor.lawyers.some((l) => l.id === id);
    if (!acts) throw forbidden('not_the_creditor', 'Only the creditor party (or their lawyer) opens an execution file from the act.', 'body.creditorPartyId');
  }
  if (creditor.personId === null || debtor.personId === null) {
    throw businessRule('party_not_a_person', 'The sandbox opens execution files between individuals only.', creditor.personId === null ? 'body.creditorPartyId' : 'body.debtorPartyId');
  }
  const jurisdiction = store.jurisdictions.get(record.jurisdiction)!;
  const currency = jurisdiction.currency;
  if (body.principal.currency !== currency) {
    throw businessRule('currency_not_accepted', `Execution in ${record.jurisdiction} is in ${currency}.`, 'body.principal.currency');
  }
  const exists = [...store.execution.files.values()].some(
    (f) => f.title.documentId === document.id && f.creditor.personId === creditor.personId && f.debtor.personId === debtor.personId,
  );
  if (exists) throw new ApiProblem(409, 'conflict', 'execution_file_exists', 'This act already opened an execution file between these parties.', { param: 'body.documentId' });

  const plan = body.installments ?? { count: 1, firstDueDate: addDays(localDateOf(now, record.timeZone), 30) };
  const id = store.execution.nextId('file', 'exf');
  const file: ExecutionFileRecord = {
    id,
    number: `EXE-${record.jurisdiction}-${now.getUTCFullYear()}-${id.slice(4)}`,
    jurisdiction: record.jurisdiction,
    courtId: record.courtId,
    timeZone: record.timeZone,
    kind: body.kind,
    electronicWrit: true,
    title: {
      kind: 'judicial_act',
      caseId: record.id,
      documentId: document.id,
      paperType: null,
      reference: record.number,
      description: { [jurisdiction.languages[0] ?? 'en']: document.title },
    },
    creditor: { personId: creditor.personId, name: structuredClone(creditor.name) },
    debtor: { personId: debtor.personId, name: structuredClone(debtor.name) },
    principal: { ...body.principal },
    installments: splitIntoInstallments(body.principal.amount, plan.count, plan.firstDueDate).map((i) => ({
      number: i.number,
      dueDate: i.dueDate,
      amount: { amount: i.amount, currency },
      paidAt: null,
      paymentId: null,
    })),
    openedAt: toInstant(now),
    updatedAt: toInstant(now),
  };
  store.execution.files.set(id, file);
  return file;
}
