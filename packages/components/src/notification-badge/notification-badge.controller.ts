/**
 * One lawyer's notice backlog, for a badge: the summary (pending count, collect-by,
 * suspension) read through the client's shared batch loader, so every badge on a page
 * joins one `lawyers.batchNotificationSummaries` request, and kept current from the
 * client's one shared event stream. Usable without the element, with any template.
 * @module
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { AdalatCore } from '@adalat/sdk/core';
import { LawyerNotFoundError, lawyerSummaryLoader } from '@adalat/sdk/batching';
import type { LawyerNotificationSummary } from '@adalat/sdk/contract';
import { liveEvents, type AdalatEvent } from '@adalat/sdk/events';
import { caseErrorKind, type CaseErrorKind } from '../case-status/case-status.controller.ts';
import { LoadTarget } from '../controllers/load-target.ts';
import { ResourceController } from '../controllers/resource.controller.ts';

/** The events that change a lawyer's backlog. */
export const BACKLOG_EVENT_TYPES = ['notification.delivered', 'notification.served', 'lawyer.suspended', 'lawyer.reinstated'] as const;

export interface NotificationBadgeControllerOptions {
  client: () => AdalatCore | undefined;
  lawyerId: () => string | null | undefined;
  /** Follow the event stream (true by default). */
  live?: () => boolean;
}

/** Where the lawyer stands against the collect-by: nothing pending, time left, or past it. */
export type CollectPhase = 'none' | 'open' | 'overdue';

export type BadgeErrorKind = CaseErrorKind;

/** Whether an event concerns `lawyerId`'s backlog. */
export function concernsLawyer(event: AdalatEvent, lawyerId: string): boolean {
  switch (event.type) {
    case 'notification.delivered':
    case 'notification.served':
      return event.data.recipient.kind === 'lawyer' && event.data.recipient.id === lawyerId;
    case 'lawyer.suspended':
    case 'lawyer.reinstated':
      return event.data.lawyerId === lawyerId;
    default:
      return false;
  }
}

export class NotificationBadgeController implements ReactiveController {
  readonly summary: ResourceController<LawyerNotificationSummary>;
  /** Bumped on every live update that reloaded the summary (the element announces it). */
  liveUpdates = 0;

  readonly #host: ReactiveControllerHost;
  readonly #options: NotificationBadgeControllerOptions;
  readonly #target = new LoadTarget<string | null>();

  constructor(host: ReactiveControllerHost, options: NotificationBadgeControllerOptions) {
    this.#host = host;
    this.#options = options;
    this.summary = new ResourceController(host, { isEmpty: (s) => s.pendingCount === 0 && !s.suspended });
    host.addController(this);
  }

  get status() {
    return this.summary.status;
  }

  get error(): unknown {
    return this.summary.error;
  }

  get errorKind(): BadgeErrorKind | undefined {
    if (this.summary.status !== 'error') return undefined;
    return this.summary.error instanceof LawyerNotFoundError ? 'not_found' : caseErrorKind(this.summary.error);
  }

  /** Pending, on time, or overdue at `now`. */
  phase(now: Date): CollectPhase {
    const collectBy = this.summary.value?.collectBy;
    if (!collectBy) return 'none';
    return Date.parse(collectBy) < now.getTime() ? 'overdue' : 'open';
  }

  hostConnected(): void {
    this.#target.connect();
    this.sync();
  }

  hostDisconnected(): void {
    this.#target.disconnect();
  }

  /** Loads when the client or the lawyer changed; call it from the host's `willUpdate`. */
  sync(): void {
    const client = this.#options.client();
    const lawyerId = this.#options.lawyerId() ?? null;
    if (!this.#target.retarget(client, lawyerId)) return;
    if (!client || !lawyerId) {
      this.summary.clear();
      return;
    }
    void this.reload();
    if (this.#options.live?.() ?? true) {
      this.#target.follow(
        liveEvents(client).subscribe({ types: BACKLOG_EVENT_TYPES }, (event) => {
          if (!concernsLawyer(event, lawyerId)) return;
          this.liveUpdates += 1;
          void this.reload();
        }),
      );
    }
  }

  /** Reads the summary again (through the batch loader: reloads of many badges coalesce too). */
  reload(): Promise<void> {
    const { client, key: lawyerId } = this.#target;
    if (!client || !lawyerId) return Promise.resolve();
    return this.summary.run(() => lawyerSummaryLoader(client).load(lawyerId));
  }
}
