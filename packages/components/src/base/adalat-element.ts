/**
 * The base of every Adalat element: where its client comes from, which locale and
 * direction it renders in, and the custom states (`:state(loading)` …) it exposes.
 * @module
 */
import { LitElement } from 'lit';
import { ConfigurationError, type AdalatCore } from '@adalat/sdk/core';
import { ClientController } from '../controllers/client.controller.ts';
import { LocaleController, type Direction } from '../controllers/locale.controller.ts';
import { msg, type MessageKey } from '../i18n/msg.ts';

/** The states every element moves through, exposed as `:state(loading|empty|error|ready)`. */
export type ElementStatus = 'loading' | 'empty' | 'error' | 'ready';
const STATUSES: readonly ElementStatus[] = ['loading', 'empty', 'error', 'ready'];

/**
 * The status of an element that shows one record by id: `error` when it has no client,
 * `empty` without an id, else its controller's (`idle`, before the first load, shows as `loading`).
 */
export function recordStatus(clientError: unknown, id: string | null | undefined, controllerStatus: 'idle' | ElementStatus): ElementStatus {
  if (clientError) return 'error';
  if (!id) return 'empty';
  return controllerStatus === 'idle' ? 'loading' : controllerStatus;
}

/**
 * Extend this for an element that talks to the API. Subclasses render; this class
 * supplies `client`, `locale`, `dir`, `msg()` and `setStatus()`.
 */
export abstract class AdalatElement extends LitElement {
  /** For subclasses: form association, ARIA defaults and custom states. */
  protected readonly internals: ElementInternals;
  protected readonly localeController: LocaleController;
  protected readonly clientController: ClientController;
  #missingClient: ConfigurationError | undefined;

  constructor() {
    super();
    this.internals = this.attachInternals();
    this.localeController = new LocaleController(this);
    this.clientController = new ClientController(this);
  }

  /**
   * The client this element calls the API with. Set it to use a client directly;
   * otherwise it is the nearest `<adalat-provider>`'s client (through shadow roots).
   */
  get client(): AdalatCore | undefined {
    return this.clientController.client;
  }
  set client(client: AdalatCore | undefined) {
    this.clientController.explicit = client;
  }

  /** BCP 47 locale from the nearest `lang` up the composed tree (`en` when none). */
  get locale(): string {
    return this.localeController.locale;
  }

  /**
   * The element's direction: its own `dir` if the author set one, else the nearest
   * ancestor's, else the locale's. Mirrored to the host's `dir` attribute.
   */
  override get dir(): Direction {
    return this.localeController.dir;
  }
  override set dir(value: string) {
    this.setAttribute('dir', value);
  }

  /**
   * Set when no client can be found (code `missing_client`): the element shows this
   * error instead of loading anything.
   */
  get clientError(): ConfigurationError | undefined {
    if (this.clientController.status !== 'missing') return undefined;
    this.#missingClient ??= new ConfigurationError(
      'No Adalat client: set the element’s client property or place it inside <adalat-provider base-url publishable-key>.',
      'missing_client',
    );
    return this.#missingClient;
  }

  /** A message from the catalog in this element's locale. */
  protected msg(key: MessageKey, vars?: Readonly<Record<string, string | number>>): string {
    return msg(this.locale, key, vars);
  }

  /** Shows `status` as the one custom state among loading, empty, error and ready. */
  protected setStatus(status: ElementStatus): void {
    const states = this.internals.states;
    for (const name of STATUSES) {
      if (name === status) states.add(name);
      else states.delete(name);
    }
    this.internals.ariaBusy = status === 'loading' ? 'true' : 'false';
  }

  /** Whether the element currently shows `status`. */
  hasStatus(status: ElementStatus): boolean {
    return this.internals.states.has(status);
  }

  /** The first render waits for the locale's catalog so text never flashes in English. */
  protected override shouldUpdate(changed: Map<PropertyKey, unknown>): boolean {
    return this.localeController.catalogReady && super.shouldUpdate(changed);
  }

  /** `updateComplete` also waits for the catalog, then for the render it triggers. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (!this.localeController.catalogReady) {
      await this.localeController.catalogLoaded;
      complete = await super.getUpdateComplete();
    }
    return complete;
  }
}
