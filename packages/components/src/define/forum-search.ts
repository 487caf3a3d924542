/** Registers `<adalat-forum-search>` and `<adalat-provider>` (each skipped when its tag is already defined). */
import { defineElement } from '../define.ts';
import { AdalatForumSearch, type DecisionOpenDetail } from '../forum-search/forum-search.ts';
import './provider.ts';

defineElement('adalat-forum-search', AdalatForumSearch);

export { AdalatForumSearch };

declare global {
  interface HTMLElementTagNameMap {
    'adalat-forum-search': AdalatForumSearch;
  }
  interface HTMLElementEventMap {
    'adalat-decision-open': CustomEvent<DecisionOpenDetail>;
  }
}
