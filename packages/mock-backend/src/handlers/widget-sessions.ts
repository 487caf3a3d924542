/**
 * Widget sessions: created by a partner with its secret key, scoped to subjects
 * and operations, used by a browser with the publishable key and the client
 * secret, revoked by their owner only (another partner's session is a 404, so
 * session ids of others cannot be probed).
 *
 * Subject ids must exist for the kinds the sandbox stores: an unknown person or
 * lawyer is a 400 `validation_failed` naming each; a case must exist (404
 * `case_not_found`) and be one the partner may read, i.e. of its jurisdiction (403
 * `case_outside_jurisdiction`), with `param` naming the first such case
 * (`body.subjects.cases.0`). Traffic fines and fee quotes must exist in the partner's
 * jurisdiction (400 `unknown_subject`), and so must execution files; filings must be
 * ones the partner's server may see (400 `unknown_subject`).
 * @module
 */
import {
  listOperations,
  type FieldIssue,
  type WidgetSessionInfo,
  type WidgetSubjects,
  type widgetSessionsEndpoints,
} from '@adalat/sdk/contract';
import { canRead } from '../cases/access.ts';
import { toInstant } from '../clock.ts';
import { payableSubjectIssues } from '../payments/subjects.ts';
import { filingSubjectIssues } from '../filings/subjects.ts';
import { forbidden, notFound, validationFailed, type ApiProblem } from '../problem.ts';
import { randomBase62 } from '../random.ts';
import type { Caller, DomainHandlers } from '../router/context.ts';
import type { Store } from '../store/store.ts';
import type { WidgetSessionRecord } from '../store/types.ts';

export const DEFAULT_TTL_SECONDS = 900;

const unique = <T>(items: readonly T[]): T[] => [...new Set(items)];

function operationIssues(operations: readonly string[]): FieldIssue[] {
  const known = new Set(listOperations().map((op) => op.name));
  return operations.flatMap((name, index) =>
    known.has(name) ? [] : [{ path: `body.operations.${index}`, code: 'unknown_operation', message: `No operation is called "${name}".` }],
  );
}

function subjectIssues(subjects: WidgetSubjects, store: Store): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (subjects.person !== undefined && !store.people.has(subjects.person)) {
    issues.push({ path: 'body.subjects.person', code: 'unknown_subject', message: 'No person has this id.' });
  }
  (subjects.lawyers ?? []).forEach((id, index) => {
    if (!store.lawyers.has(id)) {
      issues.push({ path: `body.subjects.lawyers.${index}`, code: 'unknown_subject', message: 'No lawyer has this id.' });
    }
  });
  return issues;
}

/**
 * The first case subject the partner may not scope a session to: one that does not
 * exist, or one its secret key may not read (another jurisdiction's), by the case read rules.
 */
function caseSubjectProblem(cases: readonly string[], store: Store, caller: Caller): ApiProblem | undefined {
  for (const [index, caseId] of cases.entries()) {
    const param = `body.subjects.cases.${index}`;
    const record = store.cases.get(caseId);
    if (record === undefined) return notFound('case_not_found', `No case has the id of ${param}.`, param);
    if (!canRead(caller, record)) {
      return forbidden('case_outside_jurisdiction', `The case of ${param} is outside your jurisdiction.`, param);
    }
  }
  return undefined;
}

/** Lists are sets: duplicates are dropped, first occurrence kept. */
function normalizeSubjects(subjects: WidgetSubjects): WidgetSubjects {
  const out: WidgetSubjects = {};
  if (subjects.cases !== undefined) out.cases = unique(subjects.cases);
  if (subjects.person !== undefined) out.person = subjects.person;
  if (subjects.lawyers !== undefined) out.lawyers = unique(subjects.lawyers);
  if (subjects.executionFiles !== undefined) out.executionFiles = unique(subjects.executionFiles);
  if (subjects.filings !== undefined) out.filings = unique(subjects.filings);
  if (subjects.trafficFines !== undefined) out.trafficFines = unique(subjects.trafficFines);
  if (subjects.feeQuotes !== undefined) out.feeQuotes = unique(subjects.feeQuotes);
  return out;
}

export function toSessionInfo(session: WidgetSessionRecord): WidgetSessionInfo {
  return {
    id: session.id,
    subjects: structuredClone(session.subjects),
    operations: [...session.operations],
    createdAt: session.createdAt,
    expiresAt: session.expiresAt,
    revoked: session.revoked,
    reference: session.reference,
  };
}

export const widgetSessionsHandlers: DomainHandlers<typeof widgetSessionsEndpoints> = {
  create({ body, auth, store, clock }) {
    if (auth.kind !== 'secret') throw new Error('the router lets only secret keys create widget sessions');
    const issues = [
      ...subjectIssues(body.subjects, store),
      ...payableSubjectIssues(body.subjects, store, auth.partner),
      ...filingSubjectIssues(body.subjects, store, auth),
      ...operationIssues(body.operations),
    ];
    if (issues.length > 0) throw validationFailed(issues);
    const caseProblem = caseSubjectProblem(body.subjects.cases ?? [], store, auth);
    if (caseProblem !== undefined) throw caseProblem;

    store.counters.widgetSession += 1;
    const id = `ws_${String(store.counters.widgetSession).padStart(6, '0')}`;
    const now = clock.now();
    const session: WidgetSessionRecord = {
      id,
      partnerId: auth.partner.id,
      clientSecret: `${id}_secret_${randomBase62(32)}`,
      subjects: normalizeSubjects(body.subjects),
      operations: unique(body.operations),
      createdAt: toInstant(now),
      expiresAt: toInstant(new Date(now.getTime() + (body.ttlSeconds ?? DEFAULT_TTL_SECONDS) * 1000)),
      revoked: false,
      reference: body.reference ?? null,
    };
    store.widgetSessions.set(id, session);
    return { ...toSessionInfo(session), clientSecret: session.clientSecret };
  },

  retrieveCurrent({ auth }) {
    if (auth.kind !== 'widget') throw new Error('the router lets only widget sessions read the current session');
    return toSessionInfo(auth.session);
  },

  revoke({ params, auth, store }) {
    if (auth.kind !== 'secret') throw new Error('the router lets only secret keys revoke widget sessions');
    const session = store.widgetSessions.get(params.sessionId);
    if (session === undefined || session.partnerId !== auth.partner.id) {
      throw notFound('widget_session_not_found', 'No widget session of yours has this id.', 'params.sessionId');
    }
    session.revoked = true;
    return toSessionInfo(session);
  },
};
