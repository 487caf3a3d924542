/**
 * `<adalat-provider>`: gives every Adalat element inside it (also inside nested shadow
 * roots) one client (`AdalatCore`: the request layer without domains, so widgets bundle only the schemas they use), made from a base URL and a publishable key, or set directly.
 * @module
 */
import { LitElement, css, html } from 'lit';
import { property } from 'lit/decorators.js';
import { AdalatCore } from '@adalat/sdk/core';
import { CLIENT_CHANGE_EVENT } from '../controllers/client.controller.ts';

/** A widget session's client secret, or a function that fetches it from the partner's server. */
export type ClientSecretSource = string | ((ctx: { expired: boolean }) => string | Promise<string>);

/**
 * @summary Supplies an Adalat client to the elements inside it.
 *
 * @slot - The page content whose Adalat elements use this provider's client.
 *
 * @event adalat-client-change - Fired on the provider (not bubbling) when the client it supplies changes.
 *
 * @example
 * ```html
 * <adalat-provider base-url="https://sandbox.adalat.test" publishable-key="pk_test_…">
 *   <adalat-court-picker name="court"></adalat-court-picker>
 * </adalat-provider>
 * ```
 */
export class AdalatProvider extends LitElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  /** Origin of the Adalat API (`https://api.example`); paths already start with `/v1`. */
  @property({ attribute: 'base-url' }) baseUrl: string | undefined;

  /** The partner's publishable key (`pk_…`). Never put a secret key in a page. */
  @property({ attribute: 'publishable-key' }) publishableKey: string | undefined;

  /**
   * The widget session's client secret, for elements that read scoped data. A function
   * is asked again (with `expired: true`) when the session has expired.
   */
  @property({ attribute: false }) clientSecret: ClientSecretSource | undefined;

  #explicit: AdalatCore | undefined;
  #created: AdalatCore | undefined;
  #createdFor = '';
  #announced: AdalatCore | undefined;

  /**
   * The client elements inside use: the one set here, else one made from `base-url`
   * and `publishable-key` (`undefined` while either is missing).
   */
  get client(): AdalatCore | undefined {
    if (this.#explicit) return this.#explicit;
    if (!this.baseUrl || !this.publishableKey) return undefined;
    // Made lazily and kept while its inputs stay the same, so early readers and late ones share it.
    const key = [this.baseUrl, this.publishableKey, this.clientSecret ? 'widget' : 'public'].join('\n');
    if (key !== this.#createdFor) {
      this.#createdFor = key;
      this.#created = this.#createClient(this.baseUrl, this.publishableKey);
    }
    return this.#created;
  }
  set client(client: AdalatCore | undefined) {
    this.#explicit = client;
    this.requestUpdate();
  }

  #createClient(baseUrl: string, publishableKey: string): AdalatCore | undefined {
    const clientSecret = this.clientSecret
      ? (ctx: { expired: boolean }) => {
          // Read at call time: a partner may swap the secret source without a new client.
          const source = this.clientSecret;
          if (source === undefined) throw new Error('adalat-provider: clientSecret was removed');
          return typeof source === 'string' ? source : source(ctx);
        }
      : undefined;
    try {
      return new AdalatCore({ baseUrl, auth: clientSecret ? { publishableKey, clientSecret } : { publishableKey } });
    } catch {
      // An unusable base URL or key: elements inside show their missing-client error.
      return undefined;
    }
  }

  protected override updated(): void {
    const client = this.client;
    if (client !== this.#announced) {
      this.#announced = client;
      this.dispatchEvent(new Event(CLIENT_CHANGE_EVENT));
    }
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}
