/**
 * The case status widget's behaviour without its markup: loads one case, its court,
 * hearings, documents, timeline and postponement requests (each on its own, each with
 * its own loading, empty and error state), follows live updates for the case, works
 * out the next hearing and each judicial act's appeal countdown, downloads documents
 * and asks for a hearing to be postponed. Use it with your own template:
 *
 * ```ts
 * class MyCase extends LitElement {
 *   status = new CaseStatusController(this, { client: () => myClient, caseId: () => 'cas_ps_001' });
 *   render() {
 *     const hearing = this.status.nextHearing;
 *     return html`${this.status.case.value?.number} ${hearing?.startsAt}`;
 *   }
 * }
 * ```
 * @module
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { BusinessRuleError, type AdalatCore } from '@adalat/sdk/core';
import { casesResource } from '@adalat/sdk/resources/cases';
import { policyResource } from '@adalat/sdk/resources/policy';
import { widgetSessionsResource } from '@adalat/sdk/resources/widget-sessions';
import { RequestPostponementBody } from '@adalat/sdk/contract/cases';
import type {
  Case,
  CaseDocument,
  CaseParty,
  Court,
  Hearing,
  JudicialAct,
  PostponementRequest,
  TimelineEvent,
  WidgetSessionInfo,
} from '@adalat/sdk/contract';
import { inputRefusal } from '../base/input-refusal.ts';
import type { ElementStatus } from '../base/adalat-element.ts';
import { ResourceController, type ResourceStatus } from '../controllers/resource.controller.ts';
import { appealCountdown, courtLocalDate, nextCourtMidnight, type AppealCountdown } from './appeal-countdown.ts';
import { followCase, type CaseFollower, type CasePart, type LiveEventsMode } from './live-updates.ts';
import { fileNameFor, saveBlob } from '../actions/save-blob.ts';
import { SubmitOnce } from '../actions/submit-once.ts';

export type { CasePart, LiveEventsMode } from './live-updates.ts';

export interface CaseStatusControllerOptions {
  /** The client to load with; read on every host update, and a new one reloads everything. */
  client: () => AdalatCore | undefined;
  /** The case to show; read on every host update, and a new one reloads everything. */
  caseId: () => string | null | undefined;
  /**
   * The current instant, for countdowns and "upcoming"; the sandbox's clock in demos and tests. Default: the system clock.
   * While a countdown runs, the host re-renders at the court's next midnight by this clock.
   */
  now?: () => Date;
  /** Follow live updates (`@adalat/sdk/events`) while the host is connected. Default: true. */
  live?: () => boolean;
}

/** `idle` until there is a client and a case id; then the element statuses. */
export type CaseStatusStatus = 'idle' | ElementStatus;

/**
 * Why the case could not be shown: `permission` (403, e.g. a widget session scoped to
 * another case), `expired` (the widget session expired and could not be renewed),
 * `not_found` (also a malformed case id), `authentication` (a refused key), or
 * `retryable` (network, 5xx, 429, an unreadable answer: trying again may help).
 */
export type CaseErrorKind = 'permission' | 'expired' | 'not_found' | 'authentication' | 'retryable';

/** A judicial act of the case with its appeal countdown. */
export interface JudicialActView {
  document: CaseDocument;
  act: JudicialAct;
  countdown: AppealCountdown;
}

/** A postponement request's progress: `sending` while the request is under way, then `sent` or `failed`. */
export interface PostponementState {
  status: 'idle' | 'sending' | 'sent' | 'failed';
  /** The request the court received, after `sent`. */
  request?: PostponementRequest;
  /** Why it failed: an `InvalidRequestError` (checked before sending, or a 400), `ConflictError`, `BusinessRuleError`, … */
  error?: unknown;
}

export interface DownloadState {
  status: 'downloading' | 'done' | 'failed';
  error?: unknown;
}

/** A reason the contract accepts: 3 to 1000 characters once trimmed. */
export const REASON_LENGTH = { min: 3, max: 1000 } as const;

/** What the controller needs of any of its resources, whatever they hold. */
interface LoadedPart {
  readonly status: ResourceStatus;
  readonly value: unknown;
  clear(): void;
}

const PARTS: readonly CasePart[] = ['case', 'hearings', 'documents', 'timeline', 'postponements'];
const PAGE = { limit: 100 } as const;
/**
 * The shortest wait for the midnight re-render: a `now` that does not advance (a frozen
 * sandbox clock just before midnight) re-arms at this pace instead of spinning.
 */
const MIDNIGHT_MIN_DELAY_MS = 1000;

/** Every item of a paginated list, following the pages. */
async function all<T>(list: AsyncIterable<T>): Promise<T[]> {
  const items: T[] = [];
  for await (const item of list) items.push(item);
  return items;
}

/** How a failure to load the case reads to the person looking at it. */
export function caseErrorKind(error: unknown): CaseErrorKind {
  const { type, code } = (typeof error === 'object' && error !== null ? error : {}) as { type?: unknown; code?: unknown };
  if (type === 'permission') return 'permission';
  if (type === 'authentication') return code === 'widget_session_expired' ? 'expired' : 'authentication';
  // A malformed case id (refused before sending) names no case either.
  if (type === 'not_found' || type === 'invalid_request') return 'not_found';
  return 'retryable';
}

export class CaseStatusController implements ReactiveController {
  readonly case: ResourceController<Case>;
  /** The case's court (its name), loaded once the case says which. */
  readonly court: ResourceController<Court>;
  readonly hearings: ResourceController<Hearing[]>;
  readonly documents: ResourceController<CaseDocument[]>;
  readonly timeline: ResourceController<TimelineEvent[]>;
  readonly postponements: ResourceController<PostponementRequest[]>;
  /**
   * The widget session the client holds (`widgetSessions.retrieveCurrent`), or `null`
   * when the credential is not a widget session (a 403 for that call).
   */
  readonly session: ResourceController<WidgetSessionInfo | null>;

  readonly #host: ReactiveControllerHost;
  readonly #client: () => AdalatCore | undefined;
  readonly #caseId: () => string | null | undefined;
  readonly #now: () => Date;
  readonly #live: () => boolean;
  #loadedWith: AdalatCore | undefined;
  #loadedFor: string | null = null;
  #courtFor: string | null = null;
  #connected = false;
  #following: { client: AdalatCore; caseId: string; follower: CaseFollower } | undefined;
  readonly #submission = new SubmitOnce<PostponementRequest>();
  #postponement: PostponementState = { status: 'idle' };
  readonly #downloads = new Map<string, DownloadState>();
  /** The court-local day the countdowns were last rendered for, and the timer (while connected) that re-renders them when it ends. */
  #shownDay: { timeZone: string; date: string; timer?: ReturnType<typeof setTimeout> } | undefined;

  constructor(host: ReactiveControllerHost, options: CaseStatusControllerOptions) {
    this.#host = host;
    this.#client = options.client;
    this.#caseId = options.caseId;
    this.#now = options.now ?? (() => new Date());
    this.#live = options.live ?? (() => true);
    this.case = new ResourceController(host, { isEmpty: () => false });
    this.court = new ResourceController(host, { isEmpty: () => false });
    this.hearings = new ResourceController(host);
    this.documents = new ResourceController(host);
    this.timeline = new ResourceController(host);
    this.postponements = new ResourceController(host);
    this.session = new ResourceController(host, { isEmpty: () => false });
    host.addController(this);
  }

  hostConnected(): void {
    this.#connected = true;
    this.#sync();
    // Back after midnight passed while away: render the new day (which arms the timer again).
    const shown = this.#shownDay;
    if (shown && shown.date !== courtLocalDate(this.#now(), shown.timeZone)) this.#host.requestUpdate();
    else this.#armMidnight();
  }

  hostUpdate(): void {
    this.#sync();
  }

  hostUpdated(): void {
    this.#armMidnight();
  }

  hostDisconnected(): void {
    this.#connected = false;
    this.#unfollow();
    this.#clearMidnight();
  }

  /**
   * How live updates reach this case: `stream` (Server-Sent Events), `polling` (the
   * fallback), `connecting`, or `off` (not following: disconnected, no case, or `live` off).
   */
  get liveMode(): LiveEventsMode | 'off' {
    return this.#following?.follower.mode ?? 'off';
  }

  /** The case id being shown, or `null`. */
  get caseId(): string | null {
    return this.#loadedFor;
  }

  /** The current instant, as the `now` option gives it. */
  now(): Date {
    return this.#now();
  }

  /**
   * `error` when the case failed to load; `loading` until the case and every section
   * have a first answer (a refresh keeps showing what is there); else `ready`.
   */
  get status(): CaseStatusStatus {
    if (!this.#loadedWith || !this.#loadedFor) return 'idle';
    if (this.case.status === 'error') return 'error';
    const first: LoadedPart[] = [this.case, this.hearings, this.documents, this.timeline, this.postponements, this.session];
    if (this.case.value?.courtId) first.push(this.court);
    return first.some((r) => r.value === undefined && r.status !== 'error') ? 'loading' : 'ready';
  }

  /** The case's failure, as the SDK threw it (`PermissionError`, `AuthenticationError`, `ServerError`, …). */
  get error(): unknown {
    return this.case.status === 'error' ? this.case.error : undefined;
  }

  /** What kind of failure `error` is, or `undefined` when the case loaded. */
  get errorKind(): CaseErrorKind | undefined {
    return this.case.status === 'error' ? caseErrorKind(this.case.error) : undefined;
  }

  /** The hearing under way or the next one scheduled, as the case reports it. */
  get nextHearing(): Hearing | null {
    return this.case.value?.nextHearing ?? null;
  }

  /** The next hearing if it has not started yet: the one a postponement can be asked for. */
  get upcomingHearing(): Hearing | null {
    const hearing = this.nextHearing;
    return hearing && hearing.outcome === null && Date.parse(hearing.startsAt) > this.#now().getTime() ? hearing : null;
  }

  /** Whether the next hearing is under way now. */
  get inSession(): boolean {
    const hearing = this.nextHearing;
    const now = this.#now().getTime();
    return hearing !== null && Date.parse(hearing.startsAt) <= now && now < Date.parse(hearing.endsAt);
  }

  /** The case's judicial acts, oldest first, each with its appeal countdown in the court's time zone. */
  get acts(): JudicialActView[] {
    const timeZone = this.case.value?.timeZone;
    if (!timeZone) return [];
    const now = this.#now();
    return (this.documents.value ?? []).flatMap((document) =>
      document.act ? [{ document, act: document.act, countdown: appealCountdown(document.act, now, timeZone) }] : [],
    );
  }

  /** A postponement request for the upcoming hearing that waits for the court (including one just sent). */
  get pendingPostponement(): PostponementRequest | undefined {
    const hearing = this.upcomingHearing;
    if (!hearing) return undefined;
    const sent = this.#postponement.request;
    const known = (this.postponements.value ?? []).find((r) => r.hearingId === hearing.id && r.status === 'pending');
    return known ?? (sent?.hearingId === hearing.id && sent.status === 'pending' ? sent : undefined);
  }

  /**
   * Whether to offer "request a postponement": the credential is a widget session whose
   * operations include `cases.requestPostponement`, the case is active, its next hearing
   * has not started and no request for it is pending. With any other credential this is
   * false: the widget cannot tell whether a token's holder is a party (call
   * `requestPostponement()` yourself then; the server decides).
   */
  get canRequestPostponement(): boolean {
    const operations = this.session.value?.operations ?? [];
    const status = this.case.value?.status;
    const active = status === 'registered' || status === 'in_progress' || status === 'suspended';
    return (
      operations.includes('cases.requestPostponement') &&
      active &&
      this.upcomingHearing !== null &&
      this.pendingPostponement === undefined &&
      this.#postponement.status !== 'sending'
    );
  }

  /**
   * The parties a request can be made for, as the server decides it for a widget
   * session: the parties of the session's person, else every party. More than one:
   * `requestPostponement` needs a `partyId`.
   */
  get actingParties(): CaseParty[] {
    const parties = this.case.value?.parties ?? [];
    const person = this.session.value?.subjects.person;
    const own = person === undefined ? [] : parties.filter((party) => party.personId === person);
    return own.length > 0 ? own : parties;
  }

  /** The last postponement request's progress. */
  get postponement(): PostponementState {
    return this.#postponement;
  }

  /** Downloads started with `download()`, by document id. */
  get downloads(): ReadonlyMap<string, DownloadState> {
    return this.#downloads;
  }

  /**
   * Asks for the upcoming hearing to be postponed. A second call while one runs joins it
   * (one request); the idempotency key is made once per logical request and reused when
   * the same request is tried again after an unknown outcome. Reloads the requests, the
   * timeline and the case afterwards.
   * @throws {InvalidRequestError} `invalid_input` for a reason outside 3–1000 characters
   *   (issue `body.reason`, `too_small`/`too_big`) or a missing `partyId` (issue
   *   `body.partyId`, `party_required`); nothing is sent.
   * @throws {BusinessRuleError} `hearing_not_upcoming` when there is no hearing to postpone; nothing is sent.
   * @throws whatever the server answered (`ConflictError` `postponement_already_pending`, …).
   */
  requestPostponement(reason: string, options: { partyId?: string } = {}): Promise<PostponementRequest> {
    const client = this.#client();
    const caseId = this.#loadedFor;
    const hearing = this.upcomingHearing;
    let request: Promise<PostponementRequest>;
    try {
      if (!client || !caseId || !hearing) {
        throw new BusinessRuleError({ status: 422, code: 'hearing_not_upcoming', message: 'There is no upcoming hearing to postpone.' });
      }
      const body = this.#postponementBody(reason, options.partyId);
      const fingerprint = JSON.stringify([caseId, hearing.id, body]);
      request = this.#submission.run(fingerprint, (idempotencyKey) =>
        casesResource(client).requestPostponement({ caseId, hearingId: hearing.id, ...body }, { idempotencyKey }),
      );
    } catch (error) {
      request = Promise.reject(error);
    }
    if (this.#postponement.status !== 'sending') {
      this.#setPostponement({ status: 'sending' });
      request.then(
        (sent) => {
          this.#setPostponement({ status: 'sent', request: sent });
          this.refresh(['postponements', 'timeline', 'case']);
        },
        (error: unknown) => {
          this.#setPostponement({ status: 'failed', error });
          // A 409/422 means the case moved on (a request already pending, the hearing started): show it.
          const type = (error as { type?: unknown; requestId?: unknown } | null)?.type;
          if ((type === 'conflict' || type === 'business_rule') && (error as { requestId?: unknown }).requestId) {
            this.refresh(['postponements', 'case']);
          }
        },
      );
    }
    return request;
  }

  /** Back to no request shown (e.g. after the form was closed). Does nothing while one is being sent. */
  resetPostponement(): void {
    if (this.#postponement.status === 'sending') return;
    this.#setPostponement({ status: 'idle' });
  }

  /** The PDF of a document of this case, as a `Blob` (`application/pdf`). */
  fetchDocument(documentId: string, options: { signal?: AbortSignal } = {}): Promise<Blob> {
    const client = this.#client();
    const caseId = this.#loadedFor;
    if (!client || !caseId) return Promise.reject(new RangeError('no case is loaded'));
    return casesResource(client).downloadDocument({ caseId, documentId }, options);
  }

  /**
   * Downloads a document's PDF and hands it to the browser's save flow (a temporary
   * object URL, revoked afterwards). A second call for a document still downloading
   * does nothing. Progress is in `downloads`.
   */
  async download(documentId: string): Promise<void> {
    if (this.#downloads.get(documentId)?.status === 'downloading') return;
    const document = this.documents.value?.find((d) => d.id === documentId);
    this.#setDownload(documentId, { status: 'downloading' });
    try {
      const blob = await this.fetchDocument(documentId);
      saveBlob(blob, fileNameFor(document?.title ?? '', documentId, 'pdf'));
      this.#setDownload(documentId, { status: 'done' });
    } catch (error) {
      this.#setDownload(documentId, { status: 'failed', error });
      throw error;
    }
  }

  /**
   * Loads again whatever failed or has not answered yet (a load still under way may be
   * about to fail the same way), or everything when all have answered.
   */
  reload(): void {
    const resources: LoadedPart[] = [...this.#partResources(PARTS), this.court, this.session];
    const unanswered = resources.filter((r) => r.status === 'error' || r.value === undefined);
    for (const resource of unanswered.length ? unanswered : resources) resource.clear();
    if (this.court.status === 'idle') this.#courtFor = null;
    this.#sync();
  }

  /** Reads these parts again, keeping what is shown until the answers arrive (what live updates do). */
  refresh(parts: readonly CasePart[]): void {
    const client = this.#loadedWith;
    const caseId = this.#loadedFor;
    if (!client || !caseId) return;
    for (const part of new Set(parts)) this.#load(part, client, caseId);
  }

  #partResources(parts: readonly CasePart[]): LoadedPart[] {
    const byPart: Record<CasePart, LoadedPart> = {
      case: this.case,
      hearings: this.hearings,
      documents: this.documents,
      timeline: this.timeline,
      postponements: this.postponements,
    };
    return parts.map((part) => byPart[part]);
  }

  /** Starts whatever load the client and case id call for that is not done or under way, and the live subscription. */
  #sync(): void {
    const client = this.#client();
    const caseId = this.#caseId() || null;
    if (client !== this.#loadedWith || caseId !== this.#loadedFor) {
      if (client !== this.#loadedWith) this.session.clear();
      this.#loadedWith = client;
      this.#loadedFor = caseId;
      this.#courtFor = null;
      this.#postponement = { status: 'idle' };
      this.#downloads.clear();
      for (const resource of [...this.#partResources(PARTS), this.court]) resource.clear();
    }
    this.#follow();
    if (!client || !caseId) return;
    for (const part of PARTS) {
      const [resource] = this.#partResources([part]);
      if (resource!.status === 'idle') this.#load(part, client, caseId);
    }
    if (this.session.status === 'idle') void this.session.run((signal) => currentSession(client, signal));
    const courtId = this.case.value?.courtId ?? null;
    if (courtId && (courtId !== this.#courtFor || this.court.status === 'idle')) {
      this.#courtFor = courtId;
      void this.court.run((signal) => policyResource(client).getCourt({ courtId }, { signal }));
    }
  }

  #load(part: CasePart, client: AdalatCore, caseId: string): void {
    const cases = casesResource(client);
    const input = { caseId, ...PAGE };
    const settle = (): void => {
      // The case names the court: its arrival may start that load.
      if (part === 'case') this.#sync();
    };
    switch (part) {
      case 'case':
        void this.case.run((signal) => cases.get({ caseId }, { signal })).then(settle);
        break;
      case 'hearings':
        void this.hearings.run((signal) => all(cases.listHearings(input, { signal })));
        break;
      case 'documents':
        void this.documents.run((signal) => all(cases.listDocuments(input, { signal })));
        break;
      case 'timeline':
        void this.timeline.run((signal) => all(cases.getTimeline(input, { signal })));
        break;
      case 'postponements':
        void this.postponements.run((signal) => all(cases.listPostponementRequests(input, { signal })));
        break;
    }
  }

  /**
   * Keeps one timer to the next court-local midnight while a countdown is running, so an
   * open page counts down without reloading: it re-renders, and that update arms the next.
   */
  #armMidnight(): void {
    const timeZone = this.case.value?.timeZone;
    const counting = this.acts.some(({ countdown }) => countdown.phase === 'open' || countdown.phase === 'last_day');
    if (!this.#connected || timeZone === undefined || !counting) {
      this.#clearMidnight();
      return;
    }
    const now = this.#now();
    const date = courtLocalDate(now, timeZone);
    const shown = this.#shownDay;
    if (shown?.timer !== undefined && shown.timeZone === timeZone && shown.date === date) return;
    this.#clearMidnight();
    const delay = Math.max(nextCourtMidnight(now, timeZone).getTime() - now.getTime(), MIDNIGHT_MIN_DELAY_MS);
    const timer = setTimeout(() => {
      this.#shownDay = { timeZone, date };
      this.#host.requestUpdate();
    }, delay);
    this.#shownDay = { timeZone, date, timer };
  }

  /** Stops the midnight timer; the day shown is kept, to tell on reconnecting whether it is still today. */
  #clearMidnight(): void {
    clearTimeout(this.#shownDay?.timer);
    if (this.#shownDay) this.#shownDay = { timeZone: this.#shownDay.timeZone, date: this.#shownDay.date };
  }

  /** Subscribes to the case's live events while connected; moves the subscription when the client or case changes. */
  #follow(): void {
    const client = this.#loadedWith;
    const caseId = this.#loadedFor;
    const wanted = this.#connected && this.#live() && client !== undefined && caseId !== null;
    if (this.#following && (!wanted || this.#following.client !== client || this.#following.caseId !== caseId)) this.#unfollow();
    if (!wanted || this.#following) return;
    let follower: CaseFollower;
    try {
      follower = followCase(
        client,
        caseId,
        (parts) => this.refresh(parts),
        () => this.#host.requestUpdate(),
      );
    } catch {
      // A case id the events filter refuses (malformed): the case read fails and says so; nothing to follow.
      return;
    }
    this.#following = { client, caseId, follower };
  }

  #unfollow(): void {
    this.#following?.follower.stop();
    this.#following = undefined;
  }

  /** The request body, checked against the contract here so a bad reason never leaves the page. */
  #postponementBody(reason: string, partyId: string | undefined): { reason: string; partyId?: string } {
    const checked = RequestPostponementBody.shape.reason.safeParse(reason);
    if (!checked.success) {
      const code = checked.error.issues[0]?.code === 'too_big' ? 'too_big' : 'too_small';
      throw inputRefusal(
        'body.reason',
        `The reason must be ${REASON_LENGTH.min} to ${REASON_LENGTH.max} characters.`,
        code,
        `${REASON_LENGTH.min} to ${REASON_LENGTH.max} characters`,
      );
    }
    const parties = this.actingParties;
    if (partyId === undefined && this.session.value && parties.length > 1) {
      throw inputRefusal('body.partyId', 'Say which party the request is made for.', 'party_required', 'the session may act for more than one party');
    }
    return partyId === undefined ? { reason: checked.data } : { reason: checked.data, partyId };
  }

  #setPostponement(state: PostponementState): void {
    this.#postponement = state;
    this.#host.requestUpdate();
  }

  #setDownload(documentId: string, state: DownloadState): void {
    this.#downloads.set(documentId, state);
    this.#host.requestUpdate();
  }
}

/** The widget session the client holds, or `null` when its credential is not one (the call is then a 403). */
async function currentSession(client: AdalatCore, signal: AbortSignal): Promise<WidgetSessionInfo | null> {
  try {
    return await widgetSessionsResource(client).retrieveCurrent({}, { signal });
  } catch (error) {
    // By type, not class: the client may come from another copy of the SDK.
    if ((error as { type?: unknown } | null)?.type === 'permission') return null;
    throw error;
  }
}
