/**
 * Finds the client (an `AdalatCore`, or an `AdalatClient`, which extends it) an element talks through: its own `client` property when
 * set, else the nearest `<adalat-provider>` up the composed tree (through shadow
 * roots). Re-resolved on every connection and whenever that provider's client changes.
 * @module
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { AdalatCore } from '@adalat/sdk/core';
import { closestComposed } from '../base/composed-tree.ts';

/** The provider's tag; matched by name so two copies of this package share providers. */
export const PROVIDER_TAG = 'adalat-provider';
/** Fired (not bubbling) on a provider when the client it supplies changes. */
export const CLIENT_CHANGE_EVENT = 'adalat-client-change';

/** What a provider element offers; any element named `adalat-provider` with a `client`. */
export interface ClientSource extends Element {
  readonly client: AdalatCore | undefined;
}

/**
 * `ready`: a client is known. `pending`: a provider is above but not upgraded yet.
 * `missing`: no explicit client and no provider (or a provider without one).
 */
export type ClientStatus = 'ready' | 'pending' | 'missing';

export class ClientController implements ReactiveController {
  client: AdalatCore | undefined;
  status: ClientStatus = 'missing';
  /** The provider the client came from, if it came from one. */
  provider: ClientSource | undefined;

  readonly #host: ReactiveControllerHost & HTMLElement;
  #explicit: AdalatCore | undefined;
  readonly #onProviderChange = (): void => this.resolve();

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#host = host;
    host.addController(this);
  }

  /** The client set directly on the element; it wins over any provider. */
  get explicit(): AdalatCore | undefined {
    return this.#explicit;
  }
  set explicit(client: AdalatCore | undefined) {
    this.#explicit = client;
    this.resolve();
  }

  hostConnected(): void {
    this.resolve();
  }

  hostDisconnected(): void {
    this.#listenTo(undefined);
  }

  /** Resolves the client again; the host re-renders when it changed. */
  resolve(): void {
    const before = this.client;
    const beforeStatus = this.status;
    const provider = this.#host.isConnected
      ? (closestComposed(this.#host, (el) => el !== this.#host && el.localName === PROVIDER_TAG) as ClientSource | null)
      : null;
    this.#listenTo(provider ?? undefined);
    if (this.#explicit) {
      this.client = this.#explicit;
      this.status = 'ready';
    } else if (provider && !customElements.get(PROVIDER_TAG)) {
      this.client = undefined;
      this.status = 'pending';
      void customElements.whenDefined(PROVIDER_TAG).then(() => this.resolve());
    } else {
      this.client = provider?.client;
      this.status = this.client ? 'ready' : 'missing';
    }
    if (this.client !== before || this.status !== beforeStatus) this.#host.requestUpdate();
  }

  #listenTo(provider: ClientSource | undefined): void {
    if (provider === this.provider) return;
    this.provider?.removeEventListener(CLIENT_CHANGE_EVENT, this.#onProviderChange);
    this.provider = provider;
    provider?.addEventListener(CLIENT_CHANGE_EVENT, this.#onProviderChange);
  }
}
