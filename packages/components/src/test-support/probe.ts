/** A minimal AdalatElement for tests of the base: shows one message and whether it has a client. */
import { html } from 'lit';
import { AdalatElement } from '../base/adalat-element.ts';
import { defineElement } from '../define.ts';

export class AdalatProbe extends AdalatElement {
  protected override render() {
    return html`<span id="text">${this.msg('courtPicker.court')}</span>
      <span id="client">${this.clientError ? this.clientError.code : this.client ? 'client' : 'pending'}</span>`;
  }

  /** The rendered message, to check which catalog answered. */
  get text(): string {
    return this.renderRoot.querySelector('#text')?.textContent ?? '';
  }
}

defineElement('adalat-probe', AdalatProbe);

declare global {
  interface HTMLElementTagNameMap {
    'adalat-probe': AdalatProbe;
  }
}
