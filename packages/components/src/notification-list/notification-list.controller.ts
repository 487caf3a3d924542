/**
 * A person's or a lawyer's judicial notices: the list (which never counts as receipt),
 * pages after the first, and opening a notice — which records receipt, so the element
 * asks first. Kept current from the client's shared event stream.
 * @module
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { AdalatCore } from '@adalat/sdk/core';
import type { JudicialNotification, NotificationRecipient, OpenedNotification } from '@adalat/sdk/contract';
import { liveEvents } from '@adalat/sdk/events';
import { notificationsResource } from '@adalat/sdk/resources/notifications';
import { caseErrorKind, type CaseErrorKind } from '../case-status/case-status.controller.ts';
import { LoadTarget } from '../controllers/load-target.ts';
import { ResourceController } from '../controllers/resource.controller.ts';

export interface NotificationListControllerOptions {
  client: () => AdalatCore | undefined;
  /** Whose notices: a person's or a lawyer's. */
  recipient: () => NotificationRecipient | null;
  /** Notices per page (20 by default). */
  pageSize?: () => number;
  /** Follow the event stream (true by default). */
  live?: () => boolean;
}

export type NotificationListErrorKind = CaseErrorKind;

interface Loaded {
  items: JudicialNotification[];
  nextCursor: string | null;
}

export class NotificationListController implements ReactiveController {
  readonly list: ResourceController<Loaded>;
  /** Contents of the notices opened here, by id. */
  readonly opened = new Map<string, OpenedNotification>();
  /** The notice being opened, if one is. */
  opening: string | null = null;
  /** The failure of the last `open`, if it failed. */
  openError: { id: string; error: unknown } | null = null;
  loadingMore = false;

  readonly #host: ReactiveControllerHost;
  readonly #options: NotificationListControllerOptions;
  readonly #target = new LoadTarget<string | null>();

  constructor(host: ReactiveControllerHost, options: NotificationListControllerOptions) {
    this.#host = host;
    this.#options = options;
    this.list = new ResourceController(host, { isEmpty: (loaded) => loaded.items.length === 0 });
    host.addController(this);
  }

  get status() {
    return this.list.status;
  }

  get items(): readonly JudicialNotification[] {
    return this.list.value?.items ?? [];
  }

  get hasMore(): boolean {
    return (this.list.value?.nextCursor ?? null) !== null;
  }

  get errorKind(): NotificationListErrorKind | undefined {
    return this.list.status === 'error' ? caseErrorKind(this.list.error) : undefined;
  }

  hostConnected(): void {
    this.#target.connect();
    this.sync();
  }

  hostDisconnected(): void {
    this.#target.disconnect();
  }

  /** Loads when the client or the recipient changed; call it from the host's `willUpdate`. */
  sync(): void {
    const client = this.#options.client();
    const recipient = this.#options.recipient();
    if (!this.#target.retarget(client, recipient ? `${recipient.kind}:${recipient.id}` : null)) return;
    this.opened.clear();
    this.openError = null;
    if (!client || !recipient) {
      this.list.clear();
      return;
    }
    void this.reload();
    if (this.#options.live?.() ?? true) {
      this.#target.follow(
        liveEvents(client).subscribe({ types: ['notification.delivered', 'notification.served'] }, (event) => {
          if (event.type !== 'notification.delivered' && event.type !== 'notification.served') return;
          if (event.data.recipient.kind === recipient.kind && event.data.recipient.id === recipient.id) void this.reload();
        }),
      );
    }
  }

  #page(cursor?: string): Promise<{ data: JudicialNotification[]; nextCursor: string | null }> {
    const client = this.#target.client!;
    const recipient = this.#options.recipient()!;
    const notifications = notificationsResource(client);
    const limit = this.#options.pageSize?.() ?? 20;
    const page = { limit, ...(cursor === undefined ? {} : { cursor }) };
    return recipient.kind === 'person'
      ? notifications.listForPerson({ personId: recipient.id, ...page })
      : notifications.listForLawyer({ lawyerId: recipient.id, ...page });
  }

  /** Reads the first page again (listing records nothing). */
  reload(): Promise<void> {
    if (!this.#target.client || !this.#options.recipient()) return Promise.resolve();
    return this.list.run(async () => {
      const page = await this.#page();
      return { items: page.data, nextCursor: page.nextCursor };
    });
  }

  /** Appends the next page. */
  async loadMore(): Promise<void> {
    const current = this.list.value;
    if (!current?.nextCursor || this.loadingMore) return;
    this.loadingMore = true;
    this.#host.requestUpdate();
    try {
      const page = await this.#page(current.nextCursor);
      const known = new Set(current.items.map((n) => n.id));
      this.list.value = { items: [...current.items, ...page.data.filter((n) => !known.has(n.id))], nextCursor: page.nextCursor };
    } finally {
      this.loadingMore = false;
      this.#host.requestUpdate();
    }
  }

  /**
   * LEGAL EFFECT: opens a notice — returns its content and records receipt (it may count
   * as served from now). Call it only once the reader confirmed. Rejects with the SDK's
   * typed error; the failure is also kept in `openError`.
   */
  async open(notificationId: string): Promise<OpenedNotification> {
    const client = this.#target.client;
    if (!client) throw new Error('no client');
    this.opening = notificationId;
    this.openError = null;
    this.#host.requestUpdate();
    try {
      const opened = await notificationsResource(client).open({ notificationId });
      this.opened.set(opened.id, opened);
      const current = this.list.value;
      if (current) {
        // The list now shows the notice as opened, without reading the list again.
        const { body: _body, documentId: _documentId, receipt: _receipt, ...item } = opened;
        this.list.value = { ...current, items: current.items.map((n) => (n.id === opened.id ? item : n)) };
      }
      return opened;
    } catch (error) {
      this.openError = { id: notificationId, error };
      throw error;
    } finally {
      this.opening = null;
      this.#host.requestUpdate();
    }
  }

  /** The PDF an opened notice carries. */
  downloadAttachment(notificationId: string): Promise<Blob> {
    const client = this.#target.client;
    if (!client) return Promise.reject(new Error('no client'));
    return notificationsResource(client).downloadAttachment({ notificationId });
  }
}
