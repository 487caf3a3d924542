/**
 * `/__sandbox/*`: drive the sandbox over HTTP (curl, Postman, a browser demo).
 * No authentication — the sandbox holds only made-up data — and never subject to
 * injected faults or latency, so a test can always repair what it broke.
 *
 *   GET  /__sandbox/state    clock, pending faults, partner keys, sample tokens, counts
 *   POST /__sandbox/clock    { now } | { advanceMs }
 *   POST /__sandbox/faults   { clear?, failNext?, dropNextAfterCommit?, latencyMs? }
 *   POST /__sandbox/reset    back to the seed
 *   POST /__sandbox/tokens   { kind, id, ttlSeconds? } → { token, expiresAt }
 *   POST /__sandbox/cases/:caseId/touch   { change?: 'hearing' | 'minutes' } → { caseId, events }
 *                            the registry changes the case; live events are published (see touch-case.ts)
 *   POST /__sandbox/filings/review   { filingId?, outcome?, reasons? } → { reviewed, now }
 *                            the court reviews now (see review-filings.ts); moving the clock also runs due reviews
 *   POST /__sandbox/notifications   { recipient: { kind, id }, kind, caseId? } → the notice as its recipient lists it
 *                            a court delivers a judicial notice now (see notifications/deliver.ts)
 *   POST /__sandbox/events/disconnect   ends every open /v1/events stream, as a network drop would → { closed }
 * @module
 */
import { http, type HttpHandler } from 'msw';
import type * as z from 'zod/mini';
import { toInstant } from '../clock.ts';
import { invalidRequest, notFound } from '../problem.ts';
import { nextRequestId, type Runtime } from '../router/context.ts';
import { jsonResponse, problemResponse, routeNotFound, toProblem } from '../router/respond.ts';
import { readJsonBody, validateSection } from '../router/validate.ts';
import type { SandboxKeys } from '../keys.ts';
import { mintToken, UnknownUserError } from '../tokens.ts';
import { closeEventStreams, openEventStreamCount } from '../events/bus.ts';
import { ClockBody, DeliverNoticeBody, FaultsBody, ReviewFilingsBody, TokenBody, TouchCaseBody } from './schemas.ts';
import { deliverNotification } from '../notifications/deliver.ts';
import { noticeView } from '../notifications/views.ts';
import { touchCase } from './touch-case.ts';
import { reviewFilings } from './review-filings.ts';
import { runDueReviews } from '../filings/review.ts';

export interface ControlTarget extends Runtime {
  keys: SandboxKeys;
  reset(): void;
}

type Respond = (body: unknown) => unknown;

/** One control route: request id, JSON body parsed against `schema`, errors in the envelope. */
function control<S extends z.ZodMiniObject>(
  target: ControlTarget,
  schema: S | null,
  act: (body: z.output<S>) => unknown,
): (info: { request: Request }) => Promise<Response> {
  return async ({ request }) => {
    const requestId = nextRequestId(target.store);
    try {
      const body = schema === null ? undefined : validateSection(schema, (await readJsonBody(request)) ?? {}, 'body');
      return jsonResponse(requestId, 200, act(body as z.output<S>));
    } catch (error) {
      return problemResponse(requestId, toProblem(error));
    }
  };
}

export function buildControlHandlers(target: ControlTarget): HttpHandler[] {
  const { store, clock, faults } = target;
  const state: Respond = () => ({
    now: toInstant(clock.now()),
    faults: faults.pending(),
    keys: target.keys,
    counts: {
      jurisdictions: store.jurisdictions.size,
      courts: store.courts.size,
      partners: store.partners.size,
      people: store.people.size,
      lawyers: store.lawyers.size,
      staff: store.staff.size,
      widgetSessions: store.widgetSessions.size,
      events: store.eventLog.length,
      eventStreams: openEventStreamCount(store),
    },
  });

  return [
    http.get('*/__sandbox/state', control(target, null, state)),
    http.post(
      '*/__sandbox/clock',
      control(target, ClockBody, (body) => {
        if ((body.now === undefined) === (body.advanceMs === undefined)) {
          throw invalidRequest('invalid_clock_change', 'Send exactly one of `now` and `advanceMs`.', 'body');
        }
        if (body.now !== undefined) clock.set(body.now);
        if (body.advanceMs !== undefined) clock.advance(body.advanceMs);
        // Filing reviews run on the sandbox clock: those now due happen (and are announced) at once.
        runDueReviews(store, clock.now());
        return { now: toInstant(clock.now()) };
      }),
    ),
    http.post(
      '*/__sandbox/faults',
      control(target, FaultsBody, (body) => {
        if (body.clear === true) faults.clear();
        if (body.failNext !== undefined) faults.failNext(body.failNext);
        if (body.dropNextAfterCommit !== undefined) faults.dropNextAfterCommit(body.dropNextAfterCommit);
        if (body.latencyMs !== undefined) faults.setLatency(body.latencyMs);
        return faults.pending();
      }),
    ),
    http.post(
      '*/__sandbox/reset',
      control(target, null, () => {
        target.reset();
        return { reset: true, now: toInstant(clock.now()) };
      }),
    ),
    http.post(
      '*/__sandbox/tokens',
      control(target, TokenBody, (body) => {
        try {
          const { token, expiresAt } = mintToken(store, clock, body);
          return { token, expiresAt };
        } catch (error) {
          if (error instanceof UnknownUserError) throw notFound('user_not_found', error.message, 'body.id');
          throw error;
        }
      }),
    ),
    http.post('*/__sandbox/cases/:caseId/touch', ({ request, params }) =>
      control(target, TouchCaseBody, (body) => {
        const caseId = String(params.caseId);
        return { caseId, events: touchCase(store, caseId, body.change ?? 'hearing', clock.now()) };
      })({ request }),
    ),
    http.post(
      '*/__sandbox/filings/review',
      control(target, ReviewFilingsBody, (body) => reviewFilings(store, clock.now(), body)),
    ),
    http.post(
      '*/__sandbox/notifications',
      control(target, DeliverNoticeBody, (body) => {
        const known = body.recipient.kind === 'person' ? store.people.has(body.recipient.id) : store.lawyers.has(body.recipient.id);
        if (!known) throw notFound(`${body.recipient.kind}_not_found`, `No ${body.recipient.kind} ${body.recipient.id}.`, 'body.recipient.id');
        if (body.caseId !== undefined && !store.cases.has(body.caseId)) throw notFound('case_not_found', `No case ${body.caseId}.`, 'body.caseId');
        const now = clock.now();
        const record = deliverNotification(store, now, { recipient: body.recipient, kind: body.kind, ...(body.caseId === undefined ? {} : { caseId: body.caseId }) });
        return noticeView(store, record, now);
      }),
    ),
    http.post(
      '*/__sandbox/events/disconnect',
      control(target, null, () => {
        const closed = openEventStreamCount(store);
        closeEventStreams(store);
        return { closed };
      }),
    ),
    http.all('*/__sandbox/*', ({ request }) =>
      routeNotFound(nextRequestId(store), request.method, new URL(request.url).pathname),
    ),
  ];
}
