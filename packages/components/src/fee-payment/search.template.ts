/** The fee payment's fine search form: a criterion, its value and the search button. @module */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { FeePaymentText } from './fee-payment.text.ts';
import { CRITERION_LABEL } from './fee-payment.messages.ts';
import { FINE_CRITERIA, type FineCriterion } from './fine-search.ts';

export interface FineSearchView {
  criterion: FineCriterion;
  /** The search field's problem, in words. */
  problem: string | undefined;
  busy: boolean;
  onSearch: (event: SubmitEvent) => void;
  onCriterion: (event: Event) => void;
}

export function fineSearchTemplate(text: FeePaymentText, view: FineSearchView): TemplateResult {
  const { criterion: chosen, problem, busy } = view;
  const nationalId = chosen === 'nationalId';
  return html`<form part="search" role="search" aria-label=${text.msg('feePayment.search')} @submit=${view.onSearch} novalidate>
    <div part="search-row">
      <div part="field">
        <label part="label" for="criterion">${text.msg('feePayment.searchBy')}</label>
        <select id="criterion" part="criterion" @change=${view.onCriterion}>
          ${FINE_CRITERIA.map(
            (criterion) => html`<option value=${criterion} .selected=${live(criterion === chosen)}>${text.msg(CRITERION_LABEL[criterion])}</option>`,
          )}
        </select>
      </div>
      <div part="field">
        <label part="label" for="search-input">${text.msg(CRITERION_LABEL[chosen])}</label>
        <input
          id="search-input"
          part="search-input"
          type="text"
          autocomplete="off"
          spellcheck="false"
          inputmode=${nationalId ? 'numeric' : 'text'}
          aria-invalid=${problem ? 'true' : 'false'}
          aria-describedby=${problem ? 'search-problem' : nothing}
        />
      </div>
      <button part="search-button" type="submit" aria-disabled=${busy ? 'true' : 'false'}>${text.msg('feePayment.find')}</button>
    </div>
    ${problem ? html`<p id="search-problem" part="search-problem">${problem}</p>` : nothing}
  </form>`;
}
