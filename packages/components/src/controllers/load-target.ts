/**
 * What a data controller last loaded for — the client and a key (a lawyer id, a
 * recipient …) — and the live-events subscription that keeps that load current.
 * A controller asks `retarget` on every sync; only a change of client or key (while
 * the host is connected) loads again, and it ends the old subscription first.
 * @module
 */
import type { AdalatCore } from '@adalat/sdk/core';

export class LoadTarget<K> {
  #connected = false;
  #client: AdalatCore | undefined;
  #key: K | undefined;
  #stopLive: (() => void) | undefined;

  /** The client of the last load (`undefined` before one, or after disconnecting). */
  get client(): AdalatCore | undefined {
    return this.#client;
  }

  /** The key of the last load (`undefined` before one, or after disconnecting). */
  get key(): K | undefined {
    return this.#key;
  }

  /** The host is connected: syncs may load. */
  connect(): void {
    this.#connected = true;
  }

  /** The host is gone: stop following and forget the target, so reconnecting loads again. */
  disconnect(): void {
    this.#connected = false;
    this.stopLive();
    this.#client = undefined;
    this.#key = undefined;
  }

  /**
   * Whether the host must load for `client` and `key`: it is connected and they differ
   * from the last load's. When they do, they become the target and the old live
   * subscription ends.
   */
  retarget(client: AdalatCore | undefined, key: K): boolean {
    if (!this.#connected || (client === this.#client && key === this.#key)) return false;
    this.#client = client;
    this.#key = key;
    this.stopLive();
    return true;
  }

  /** Keeps the subscription that follows the current target, to end it on the next change. */
  follow(stop: () => void): void {
    this.#stopLive = stop;
  }

  stopLive(): void {
    this.#stopLive?.();
    this.#stopLive = undefined;
  }
}
