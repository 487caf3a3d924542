/**
 * The polling fallback of live events: each round reads every subscribed case with
 * `If-None-Match` (the transport's ETag cache turns an unchanged case into a 304
 * without a body) and, when a case's `updatedAt` moved since the last round, makes
 * up the `case.updated` event the stream would have sent. The first read of a case
 * is its baseline and emits nothing.
 * @module
 */
import { getCaseEndpoint, type Case } from '../contract/cases.ts';
import type { AdalatEvent, CaseChange } from '../contract/events.ts';
import type { AdalatCore } from '../core.ts';

/** What moved between two reads, as far as the case itself shows it. */
function changeBetween(before: Case, after: Case): CaseChange {
  if (before.status !== after.status || before.stage !== after.stage) return 'status';
  if (JSON.stringify(before.nextHearing) !== JSON.stringify(after.nextHearing)) return 'hearing';
  if (before.panelId !== after.panelId) return 'referral';
  return 'other';
}

/** A `case.updated` made up from two reads; its id says it came from polling, not from the server's stream. */
export function polledCaseUpdate(before: Case, after: Case): AdalatEvent {
  const { id: caseId, status, stage, updatedAt } = after;
  return {
    id: `poll-${Date.parse(updatedAt)}-${caseId}`,
    type: 'case.updated',
    createdAt: updatedAt,
    caseId,
    data: { caseId, status, stage, updatedAt, change: changeBetween(before, after), timelineEventId: null },
  };
}

export class CasePoller {
  readonly #core: AdalatCore;
  readonly #emit: (event: AdalatEvent) => void;
  readonly #report: (error: unknown) => void;
  /** The last read of each case being polled. */
  readonly #known = new Map<string, Case>();

  constructor(core: AdalatCore, emit: (event: AdalatEvent) => void, report: (error: unknown) => void) {
    this.#core = core;
    this.#emit = emit;
    this.#report = report;
  }

  /** One round over these cases; cases no longer asked for are forgotten. Failures are reported, never thrown. */
  async poll(caseIds: readonly string[], signal: AbortSignal): Promise<void> {
    for (const caseId of this.#known.keys()) if (!caseIds.includes(caseId)) this.#known.delete(caseId);
    await Promise.all(caseIds.map((caseId) => this.#pollOne(caseId, signal)));
  }

  async #pollOne(caseId: string, signal: AbortSignal): Promise<void> {
    let current: Case;
    try {
      current = await this.#core.request(getCaseEndpoint, { caseId }, { signal });
    } catch (error) {
      if (!signal.aborted) this.#report(error);
      return;
    }
    if (signal.aborted) return;
    const previous = this.#known.get(caseId);
    this.#known.set(caseId, current);
    if (previous !== undefined && previous.updatedAt !== current.updatedAt) this.#emit(polledCaseUpdate(previous, current));
  }
}
