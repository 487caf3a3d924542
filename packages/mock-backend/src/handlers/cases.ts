/**
 * Cases: reads (list, case, hearings, documents and their PDFs, timeline,
 * postponement requests), what parties do (ask to postpone a hearing, submit a
 * memorandum) and what the court does (decide a postponement, strike a case off),
 * and where a lawyer is appearing now. Who may do what is in `cases/access.ts`;
 * the jurisdiction rules (noon strike-off, appeal deadlines) are in `rules/`.
 * @module
 */
import type { CaseParty, casesEndpoints, FieldIssue, MyCaseRole } from '@adalat/sdk/contract';
import { actingParty, canRead, courtStaff, findCase, readableCase } from '../cases/access.ts';
import { addDocument, moveHearing } from '../cases/changes.ts';
import { recordEvent } from '../cases/events.ts';
import { documentPdf, documentsOf, hearingsOf, timelineOf, toCase, toDocument } from '../cases/views.ts';
import { toInstant } from '../clock.ts';
import { ApiProblem, conflict, forbidden, invalidRequest, notFound, validationFailed } from '../problem.ts';
import type { Caller, DomainHandlers } from '../router/context.ts';
import { localDateOf } from '../rules/court-time.ts';
import { strikeOffBeforeNoon } from '../rules/strike-off.ts';
import { nextId, type Store } from '../store/store.ts';
import { paginate } from '../store/paginate.ts';
import type { CaseRecord, HearingRecord, PostponementRequestRecord } from '../store/types.ts';

/** Statuses in which parties may still file and ask, and the court may strike off. */
const ACTIVE = new Set<CaseRecord['status']>(['registered', 'in_progress', 'suspended']);

function businessRule(code: string, message: string): ApiProblem {
  return new ApiProblem(422, 'business_rule', code, message);
}

function requireActive(record: CaseRecord): void {
  if (!ACTIVE.has(record.status)) throw businessRule('case_not_active', `The case is ${record.status.replace('_', ' ')}.`);
}

/** Whether the caller (a person or lawyer token) holds `role` in the case. */
function holdsRole(caller: Caller, record: CaseRecord, role: MyCaseRole): boolean {
  if (caller.kind !== 'bearer') return false;
  const { subject, id } = caller.user;
  const matches = (party: CaseParty): boolean =>
    subject === 'person'
      ? party.personId === id && party.role === role
      : subject === 'lawyer' && party.lawyers.some((l) => l.id === id) && (role === 'lawyer' || party.role === role);
  return record.parties.some(matches);
}

const inCategory = (code: string, filter: string): boolean => code === filter || code.startsWith(`${filter}.`);

function findHearing(store: Store, record: CaseRecord, hearingId: string): HearingRecord {
  const hearing = store.hearings.get(hearingId);
  if (hearing === undefined || hearing.caseId !== record.id) {
    throw notFound('hearing_not_found', 'The case has no hearing with this id.', 'params.hearingId');
  }
  return hearing;
}

function isUpcoming(hearing: HearingRecord, now: Date): boolean {
  return hearing.outcome === null && Date.parse(hearing.startsAt) > now.getTime();
}

/** Documents of this case, by id, or a 400 naming each id that is not. */
function attachedDocuments(store: Store, record: CaseRecord, ids: readonly string[]): string[] {
  const issues: FieldIssue[] = ids.flatMap((id, index) =>
    store.caseDocuments.get(id)?.caseId === record.id
      ? []
      : [{ path: `body.attachedDocumentIds.${index}`, code: 'unknown_document', message: 'The case has no document with this id.' }],
  );
  if (issues.length > 0) throw validationFailed(issues);
  return [...new Set(ids)];
}

export const casesHandlers: DomainHandlers<typeof casesEndpoints> = {
  list({ query, auth, store, clock }) {
    const isUser = auth.kind === 'bearer' && auth.user.subject !== 'staff';
    if (query.role !== undefined && !isUser) {
      throw invalidRequest('role_needs_user_token', 'Filtering by your role needs a person or lawyer token.', 'query.role');
    }
    const all = [...store.cases.values()];
    const since = query.updatedSince === undefined ? undefined : Date.parse(query.updatedSince);
    const matching = all.filter(
      (record) =>
        canRead(auth, record) &&
        (query.role === undefined || holdsRole(auth, record, query.role)) &&
        (query.status === undefined || record.status === query.status) &&
        (query.stage === undefined || record.stage === query.stage) &&
        (query.jurisdiction === undefined || record.jurisdiction === query.jurisdiction) &&
        (query.courtId === undefined || record.courtId === query.courtId) &&
        (query.category === undefined || inCategory(record.category, query.category)) &&
        (since === undefined || Date.parse(record.updatedAt) >= since),
    );
    const page = paginate(all, matching, query);
    return { data: page.data.map((record) => toCase(store, record, clock.now())), nextCursor: page.nextCursor };
  },

  get({ params, auth, store, clock }) {
    return toCase(store, readableCase(store, auth, params.caseId), clock.now());
  },

  listHearings({ params, query, auth, store }) {
    const record = readableCase(store, auth, params.caseId);
    const hearings = hearingsOf(store, record.id);
    return paginate(hearings, hearings, query);
  },

  listDocuments({ params, query, auth, store, clock }) {
    const record = readableCase(store, auth, params.caseId);
    const all = documentsOf(store, record.id);
    const page = paginate(all, query.kind === undefined ? all : all.filter((d) => d.kind === query.kind), query);
    return { data: page.data.map((d) => toDocument(store, d, record, clock.now())), nextCursor: page.nextCursor };
  },

  downloadDocument({ params, auth, store }) {
    const record = readableCase(store, auth, params.caseId);
    const document = store.caseDocuments.get(params.documentId);
    if (document === undefined || document.caseId !== record.id) {
      throw notFound('document_not_found', 'The case has no document with this id.', 'params.documentId');
    }
    return new File([documentPdf(store, document, record)], `${document.id}.pdf`, { type: 'application/pdf' });
  },

  getTimeline({ params, query, auth, store }) {
    const record = readableCase(store, auth, params.caseId);
    const events = timelineOf(store, record.id);
    return paginate(events, events, query);
  },

  listPostponementRequests({ params, query, auth, store }) {
    const record = readableCase(store, auth, params.caseId);
    const all = [...store.postponementRequests.values()].filter((r) => r.caseId === record.id);
    return paginate(all, query.status === undefined ? all : all.filter((r) => r.status === query.status), query);
  },

  requestPostponement({ params, body, auth, store, clock }) {
    const record = readableCase(store, auth, params.caseId);
    const { party, lawyerId } = actingParty(auth, record, body.partyId);
    const hearing = findHearing(store, record, params.hearingId);
    const now = clock.now();
    requireActive(record);
    if (!isUpcoming(hearing, now)) throw businessRule('hearing_not_upcoming', 'Only a hearing that has not started can be postponed.');
    const pending = [...store.postponementRequests.values()].some((r) => r.hearingId === hearing.id && r.status === 'pending');
    if (pending) throw conflict('postponement_already_pending', 'A postponement request for this hearing is already pending.');

    const request: PostponementRequestRecord = {
      id: nextId(store, 'postponementRequest', 'ppr'),
      caseId: record.id,
      hearingId: hearing.id,
      partyId: party.id,
      lawyerId,
      reason: body.reason,
      status: 'pending',
      createdAt: toInstant(now),
      decidedAt: null,
      decisionNote: null,
      newStartsAt: null,
    };
    store.postponementRequests.set(request.id, request);
    recordEvent(store, record, now, 'postponement_requested', {
      hearingId: hearing.id,
      partyId: party.id,
      postponementRequestId: request.id,
      note: request.reason,
    });
    return structuredClone(request);
  },

  decidePostponement({ params, body, auth, store, clock }) {
    courtStaff(store, auth, undefined);
    const record = findCase(store, params.caseId);
    courtStaff(store, auth, record);
    const request = store.postponementRequests.get(params.requestId);
    if (request === undefined || request.caseId !== record.id) {
      throw notFound('postponement_request_not_found', 'The case has no postponement request with this id.', 'params.requestId');
    }
    if (body.decision === 'granted' && body.newStartsAt === undefined) {
      throw validationFailed([{ path: 'body.newStartsAt', code: 'required', message: 'Required when granting: the hearing’s new start.' }]);
    }
    if (body.decision === 'refused' && body.newStartsAt !== undefined) {
      throw validationFailed([{ path: 'body.newStartsAt', code: 'not_allowed', message: 'Only a granted request moves the hearing.' }]);
    }
    if (request.status !== 'pending') throw conflict('postponement_already_decided', `The request was already ${request.status}.`);
    const hearing = findHearing(store, record, request.hearingId);
    const now = clock.now();
    if (!isUpcoming(hearing, now)) throw businessRule('hearing_not_upcoming', 'The hearing has started or ended; it can no longer be moved.');

    const note = body.note ?? null;
    if (body.newStartsAt !== undefined) {
      const newStart = Date.parse(body.newStartsAt);
      if (newStart <= Date.parse(hearing.startsAt)) {
        throw businessRule('new_time_not_later', 'A postponed hearing must start after its current start.');
      }
      moveHearing(hearing, newStart, request.reason);
      request.newStartsAt = hearing.startsAt;
    }
    request.status = body.decision;
    request.decidedAt = toInstant(now);
    request.decisionNote = note;
    recordEvent(store, record, now, body.decision === 'granted' ? 'hearing_postponed' : 'postponement_refused', {
      hearingId: hearing.id,
      partyId: request.partyId,
      postponementRequestId: request.id,
      note: body.decision === 'granted' ? request.reason : note,
    });
    return structuredClone(request);
  },

  submitMemorandum({ params, body, auth, store, clock }) {
    const record = readableCase(store, auth, params.caseId);
    const { party } = actingParty(auth, record, body.partyId);
    requireActive(record);
    const attached = attachedDocuments(store, record, body.attachedDocumentIds ?? []);
    const now = clock.now();
    const createdAt = toInstant(now);
    const base = { caseId: record.id, hearingId: null, submittedByPartyId: party.id, createdAt, act: null, attachmentIds: [] };

    if (body.inlineAttachment !== undefined) {
      const attachment = addDocument(store, {
        ...base,
        kind: 'attachment',
        title: body.inlineAttachment.title,
        text: null,
        content: body.inlineAttachment.text,
      });
      attached.push(attachment.id);
      recordEvent(store, record, now, 'document_added', { documentId: attachment.id, partyId: party.id });
    }
    const memorandum = addDocument(store, {
      ...base,
      kind: 'memorandum',
      title: body.title,
      text: body.text,
      content: null,
      attachmentIds: attached,
    });
    recordEvent(store, record, now, 'memorandum_submitted', { documentId: memorandum.id, partyId: party.id });
    return toDocument(store, memorandum, record, now);
  },

  strikeOff({ params, body, auth, store, clock }) {
    courtStaff(store, auth, undefined);
    const record = findCase(store, params.caseId);
    courtStaff(store, auth, record);
    if (!ACTIVE.has(record.status)) throw conflict('case_not_active', `The case is already ${record.status.replace('_', ' ')}.`);
    const now = clock.now();
    const notBefore = store.jurisdictions.get(record.jurisdiction)?.rules.strikeOffNotBefore ?? null;
    if (notBefore !== null && strikeOffBeforeNoon(now, record.timeZone, notBefore)) {
      throw businessRule('strike_off_before_noon', `No case may be struck off before ${notBefore} court time (${record.timeZone}).`);
    }

    // Today's open hearing is where it was struck off; later ones will not take place.
    const today = localDateOf(now, record.timeZone);
    let struckAt: HearingRecord | undefined;
    for (const hearing of hearingsOf(store, record.id)) {
      if (hearing.outcome !== null) continue;
      const stored = store.hearings.get(hearing.id)!;
      if (localDateOf(new Date(hearing.startsAt), record.timeZone) === today) {
        stored.outcome = 'struck_off';
        struckAt ??= stored;
      } else if (Date.parse(hearing.startsAt) > now.getTime()) {
        stored.outcome = 'cancelled';
      }
    }
    record.status = 'struck_off';
    recordEvent(store, record, now, 'struck_off', { hearingId: struckAt?.id ?? null, note: body.reason });
    return toCase(store, record, now);
  },

  getLawyerAppearance({ params, auth, store, clock }) {
    if (!(auth.kind === 'bearer' && auth.user.subject === 'staff')) {
      throw forbidden('court_staff_only', 'Only the bench (a court-staff token) may see where a lawyer is appearing.');
    }
    if (!store.lawyers.has(params.lawyerId)) throw notFound('lawyer_not_found', 'No lawyer has this id.', 'params.lawyerId');
    const now = clock.now();
    const current = [...store.hearings.values()]
      .filter((h) => h.outcome === null && Date.parse(h.startsAt) <= now.getTime() && now.getTime() < Date.parse(h.endsAt))
      .filter((h) => store.cases.get(h.caseId)?.parties.some((p) => p.lawyers.some((l) => l.id === params.lawyerId)))
      .sort((a, b) => Date.parse(b.startsAt) - Date.parse(a.startsAt))[0];
    const record = current === undefined ? undefined : store.cases.get(current.caseId)!;
    return {
      lawyerId: params.lawyerId,
      checkedAt: toInstant(now),
      appearing:
        current === undefined || record === undefined
          ? null
          : {
              courtId: current.courtId,
              panelId: current.panelId,
              room: current.room,
              caseId: record.id,
              caseNumber: record.number,
              hearingId: current.id,
              since: current.startsAt,
            },
    };
  },
};
