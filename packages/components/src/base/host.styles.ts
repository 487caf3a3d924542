/**
 * The host rules every block-level element shares: it lays out as a block, and the
 * `hidden` attribute hides it even though the element sets its own `display`.
 */
import { css } from 'lit';

export const blockHostStyles = css`
  :host {
    display: block;
  }
  :host([hidden]) {
    display: none;
  }
`;
