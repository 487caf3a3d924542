/**
 * A traffic-fine search as the payer types it: by national ID, plate or violation
 * number, checked before anything is sent. A national ID is checked with its
 * jurisdiction's check-digit rule (`@adalat/sdk/ids`) and only ever travels in the
 * request body; this module returns the body and keeps nothing.
 * @module
 */
import { NATIONAL_ID_SCHEME, SearchTrafficFinesBody } from '@adalat/sdk/contract/traffic-fines';
import type { JurisdictionCode } from '@adalat/sdk/contract';
import { checkNationalId, ID_PROBLEMS, idProblemMessage, type IdProblem } from '@adalat/sdk/ids';
import { inputRefusal } from '../base/input-refusal.ts';

/** What the payer searches by. */
export type FineCriterion = 'nationalId' | 'plate' | 'violationNumber';
export const FINE_CRITERIA: readonly FineCriterion[] = ['nationalId', 'plate', 'violationNumber'];

/**
 * Why a search was refused: an `IdProblem` found before sending (a plate or violation
 * number can only be `empty` or of the wrong `length`), or `invalid` when the server
 * refused the field without saying why in terms this page knows.
 */
export type FineSearchProblem = IdProblem | 'invalid';

export type FineSearchBody = SearchTrafficFinesBody;

function refuse(criterion: FineCriterion, problem: IdProblem): never {
  // The message names the problem, never the value typed.
  const field = criterion === 'nationalId' ? 'national ID' : criterion === 'plate' ? 'plate' : 'violation number';
  throw inputRefusal(`body.${criterion}`, `The ${field} ${idProblemMessage(problem)}.`, problem, idProblemMessage(problem));
}

/**
 * The search body for `value` typed as `criterion`, unpaid and paid fines alike.
 * @throws {InvalidRequestError} `invalid_input` with one issue at `body.<criterion>` whose
 *   code is the problem (`empty`, `length`, `checksum`, … as `IdProblem`); nothing is sent.
 */
export function fineSearchBody(jurisdiction: JurisdictionCode, criterion: FineCriterion, value: string): FineSearchBody {
  const typed = value.trim();
  if (typed === '') refuse(criterion, 'empty');
  if (criterion === 'nationalId') {
    const check = checkNationalId(NATIONAL_ID_SCHEME[jurisdiction], typed);
    if (!check.valid) refuse(criterion, check.reason);
    return { jurisdiction, nationalId: check.value };
  }
  const body = { jurisdiction, [criterion]: typed } as FineSearchBody;
  if (!SearchTrafficFinesBody.safeParse(body).success) refuse(criterion, 'length');
  return body;
}

/** The problem an error names for a search field, if it names one (a local check, or the server's 400). */
export function fineSearchProblem(error: unknown): { criterion: FineCriterion; problem: FineSearchProblem } | undefined {
  const { type, issues } = (typeof error === 'object' && error !== null ? error : {}) as {
    type?: unknown;
    issues?: ReadonlyArray<{ path: string; code: string }>;
  };
  if (type !== 'invalid_request' || !issues) return undefined;
  for (const issue of issues) {
    const criterion = FINE_CRITERIA.find((c) => issue.path === `body.${c}`);
    if (!criterion) continue;
    const known = (ID_PROBLEMS as readonly string[]).includes(issue.code);
    return { criterion, problem: known ? (issue.code as IdProblem) : 'invalid' };
  }
  return undefined;
}
