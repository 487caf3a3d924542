/** Registers `<adalat-provider>` (skipped when the tag is already defined). */
import { defineElement } from '../define.ts';
import { AdalatProvider } from '../provider/provider.ts';

defineElement('adalat-provider', AdalatProvider);

export { AdalatProvider };

declare global {
  interface HTMLElementTagNameMap {
    'adalat-provider': AdalatProvider;
  }
}
