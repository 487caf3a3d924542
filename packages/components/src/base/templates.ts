/**
 * Markup several elements render the same way: headings at the author's level, the
 * retry button, the element's load failure, a section and a section's list states.
 * Parts and slots named here are part of each element's public styling API.
 * @module
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

/**
 * A heading `offset` levels below the element's `heading-level` (clamped to 1–6; 2
 * when unset), as `role="heading"` so the page's outline stays the author's. Part
 * `title` for the element's own heading (offset 0), `section-title` otherwise.
 */
export function headingTemplate(id: string, text: string, headingLevel: number, offset = 1): TemplateResult {
  const level = Math.min(6, Math.max(1, Math.trunc(headingLevel) || 2) + offset);
  return html`<div id=${id} part=${offset === 0 ? 'title' : 'section-title'} role="heading" aria-level=${level}>${text}</div>`;
}

/**
 * A section titled `title` one level below the element's heading: parts `section` and
 * `<name>-section`, its heading's id `<name>-title`; `busy`, when given, sets `aria-busy`.
 */
export function sectionTemplate(name: string, title: string, headingLevel: number, body: unknown, busy?: boolean): TemplateResult {
  return html`<section part="section ${name}-section" aria-labelledby="${name}-title" aria-busy=${ifDefined(busy === undefined ? undefined : String(busy))}>
    ${headingTemplate(`${name}-title`, title, headingLevel)} ${body}
  </section>`;
}

/** A button with part `retry` (and `extraPart`). */
export function retryButtonTemplate(label: string, onClick: () => void, extraPart = ''): TemplateResult {
  return html`<button part="retry ${extraPart}" type="button" @click=${onClick}>${label}</button>`;
}

/** The element's load failure: parts `error` and `error-<kind>`, the message, the `error` slot and, when given, a retry button. */
export function loadErrorTemplate(failure: { kind: string | undefined; message: string; retry?: TemplateResult | undefined }): TemplateResult {
  const { kind, message, retry } = failure;
  return html`<div part="error ${kind ? `error-${kind}` : ''}" role="alert">
    <p part="error-message">${message}</p>
    <slot name="error"></slot>
    ${retry ?? nothing}
  </div>`;
}

/** A definition-list row: parts `fact`, `<name>-fact`, `fact-label`, `fact-value` and `<name>-value`. */
export function factTemplate(name: string, label: string, value: string): TemplateResult {
  return html`<div part="fact ${name}-fact"><dt part="fact-label">${label}</dt><dd part="fact-value ${name}-value">${value}</dd></div>`;
}

/** What a list section says while it has no list to show. */
export interface ListStateTexts {
  /** Shown with the retry button when the list failed to load. */
  failed: string;
  loading: string;
  /** Shown when the list is empty: text, or a slot holding it as its fallback. */
  empty: string | TemplateResult;
  /** The retry button of a failed list. */
  retry: TemplateResult;
}

/** A list section's body: its failure (part `section-error`), loading, empty texts, or the list. */
export function listBodyTemplate<T>(
  resource: { status: string; value: T[] | undefined },
  texts: ListStateTexts,
  list: (items: T[]) => TemplateResult,
): TemplateResult {
  if (resource.status === 'error') {
    return html`<div part="section-error">
      <p>${texts.failed}</p>
      ${texts.retry}
    </div>`;
  }
  if (resource.value === undefined) return html`<p part="section-loading">${texts.loading}</p>`;
  if (resource.value.length === 0) return html`<p part="section-empty">${texts.empty}</p>`;
  return list(resource.value);
}
