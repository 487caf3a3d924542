/**
 * `filings.check`: every problem that stops a filing being submitted, found at once,
 * each with the path of the field it concerns. Warnings (an illegible page) do not
 * stop it: the court decides, and may return it.
 * @module
 */
import { NATIONAL_ID_SCHEME, targetsAct, type CategoryNode, type FilingCheck, type FilingProblem } from '@adalat/sdk/contract';
import { checkNationalId, idProblemMessage } from '@adalat/sdk/ids';
import { actAppealDeadline, actInLegalForce } from '../cases/act-deadline.ts';
import { appealPeriodOver } from '../rules/appeal-deadline.ts';
import { inCategory } from '../rules/fees/schedule.ts';
import type { Store } from '../store/store.ts';
import { feeKindOf, feeOf, quoteFits } from './fee.ts';
import type { FilingRecord } from './records.ts';

/** The code is a node of the classifier tree. */
export function categoryExists(nodes: readonly CategoryNode[], code: string): boolean {
  return nodes.some((node) => node.code === code || (code.startsWith(`${node.code}.`) && categoryExists(node.children, code)));
}

/** The parties whose national ID must be given: the filer's side (the other side's may be unknown). */
const NEEDS_ID = new Set(['claimant', 'appellant', 'complainant']);

const problem = (code: string, path: string, message: string): FilingProblem => ({ code, path, message });

function courtProblems(store: Store, record: FilingRecord): FilingProblem[] {
  if (record.courtId === null) return [problem('missing_field', 'courtId', 'Choose the court to file at.')];
  const court = store.courts.get(record.courtId);
  if (court === undefined) return [problem('court_not_found', 'courtId', 'No court has this id.')];
  const out: FilingProblem[] = [];
  if (!court.eFilingOpen) out.push(problem('court_not_open', 'courtId', 'This court does not take e-filings now.'));
  if (record.category === null) return [...out, problem('missing_field', 'category', 'Choose the category of the case.')];
  const classifier = store.classifiers.get(record.jurisdiction);
  if (classifier === undefined || !categoryExists(classifier.categories, record.category)) {
    out.push(problem('unknown_category', 'category', `Not a category of the ${record.jurisdiction} classifier.`));
  } else if (!court.acceptedCategories.some((node) => inCategory(record.category!, node))) {
    out.push(problem('category_not_accepted', 'category', 'The court does not hear this category; choose another court or category.'));
  }
  return out;
}

function partyProblems(record: FilingRecord): FilingProblem[] {
  if (record.parties.length === 0) return [problem('missing_field', 'parties', 'Add the parties.')];
  const scheme = NATIONAL_ID_SCHEME[record.jurisdiction];
  return record.parties.flatMap((party, index) => {
    const path = `parties.${index}.nationalId`;
    // Only Kazakhstan numbers legal entities (BIN) under the same check-digit rule as people.
    const checked = party.type === 'individual' || record.jurisdiction === 'KZ';
    if (party.nationalId === undefined) {
      return party.type === 'individual' && NEEDS_ID.has(party.role) ? [problem('missing_field', path, 'Give this party’s national ID.')] : [];
    }
    if (!checked) return [];
    const check = checkNationalId(scheme, party.nationalId);
    return check.valid ? [] : [problem('invalid_national_id', path, idProblemMessage(check.reason))];
  });
}

function amountProblems(store: Store, record: FilingRecord): FilingProblem[] {
  if (record.claimAmount === null) return [];
  const currency = store.jurisdictions.get(record.jurisdiction)?.currency;
  return record.claimAmount.currency === currency
    ? []
    : [problem('currency_not_accepted', 'claimAmount.currency', `Claims in ${record.jurisdiction} are stated in ${currency}.`)];
}

/** The act-targeting kinds: `appealOf` names a judicial act of a case in the filing's jurisdiction. */
function actTargetProblems(store: Store, record: FilingRecord, now: Date): FilingProblem[] {
  if (record.appealOf === null) return [problem('missing_field', 'appealOf', 'Name the case and the judicial act this is against.')];
  const found = store.cases.get(record.appealOf.caseId);
  const document = store.caseDocuments.get(record.appealOf.documentId);
  if (found === undefined || found.jurisdiction !== record.jurisdiction || document === undefined || document.caseId !== found.id || document.act === null) {
    return [problem('appeal_target_invalid', 'appealOf', 'No judicial act of this case has this id.')];
  }
  const act = document.act;
  if (record.kind === 'administrative_complaint_decision') {
    // Only a decision not yet in legal force can be complained of this way.
    return actInLegalForce(act, found, now)
      ? [problem('decision_in_legal_force', 'appealOf.documentId', `The period to challenge this decision ended on ${actAppealDeadline(act, found)}; it is in legal force.`)]
      : [];
  }
  const deadline = actAppealDeadline(act, found);
  return deadline !== null && appealPeriodOver(deadline, now, found.timeZone)
    ? [problem('appeal_deadline_passed', 'appealOf', `The last day to appeal this act was ${deadline}.`)]
    : [];
}

function linkProblems(store: Store, record: FilingRecord, now: Date): FilingProblem[] {
  if (targetsAct(record.kind)) return actTargetProblems(store, record, now);
  if (record.kind === 'counterclaim' || record.kind === 'claim_response' || record.kind === 'motion') {
    if (record.caseId === null) return [problem('missing_field', 'caseId', 'Name the case this belongs to.')];
    const found = store.cases.get(record.caseId);
    if (found === undefined || found.jurisdiction !== record.jurisdiction) return [problem('case_not_found', 'caseId', 'No case has this id.')];
  }
  return [];
}

function feeProblems(store: Store, record: FilingRecord): FilingProblem[] {
  if (feeKindOf(record) === null) return [];
  const quote = record.quoteId === null ? undefined : store.feeQuotes.get(record.quoteId);
  if (quote === undefined) return feeOf(store, record).settled ? [] : [problem('fee_not_quoted', 'fee', 'Get the fee quote for this filing.')];
  if (!quoteFits(quote, record)) return [problem('fee_quote_stale', 'fee', 'The filing changed since its fee was quoted; quote it again.')];
  if (!quote.exempt && quote.paymentId === null) return [problem('fee_unpaid', 'fee', 'Pay the court fee; nothing is registered before it is paid.')];
  return [];
}

function documentWarnings(store: Store, record: FilingRecord): FilingProblem[] {
  const ids = [...(record.leadDocumentId === null ? [] : [record.leadDocumentId]), ...record.connectedDocumentIds];
  return ids.flatMap((id) => {
    const document = store.filings.documents.get(id);
    if (document === undefined || document.legible) return [];
    const path = document.role === 'lead' ? 'documents.lead' : `documents.connected.${record.connectedDocumentIds.indexOf(id)}`;
    return document.pages.flatMap((page) => page.problems.map((p) => problem(`illegible_${p.code}`, path, p.message)));
  });
}

/** Problems, in the order of the form: parties, claim, link, documents, fee. */
export function checkFiling(store: Store, record: FilingRecord, now: Date): FilingCheck & { warnings: FilingProblem[] } {
  const problems = [
    ...partyProblems(record),
    ...courtProblems(store, record),
    ...amountProblems(store, record),
    ...linkProblems(store, record, now),
    ...(record.leadDocumentId === null ? [problem('missing_lead_document', 'documents.lead', 'Attach the lead document (the petition itself).')] : []),
    ...feeProblems(store, record),
  ];
  return { filingId: record.id, ready: problems.length === 0, problems, warnings: documentWarnings(store, record) };
}
