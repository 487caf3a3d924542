/**
 * Reading an element's shadow DOM by part name, the way a page's CSS (`::part()`)
 * addresses it: the tests look at what a partner can style, not at private markup.
 * @module
 */

/** The first element of `el`'s shadow tree whose `part` list holds `name`. */
export function part<T extends Element = HTMLElement>(el: Element, name: string): T | null {
  return el.shadowRoot!.querySelector<T>(`[part~="${name}"]`);
}

/** Every element of `el`'s shadow tree whose `part` list holds `name`. */
export function parts<T extends Element = HTMLElement>(el: Element, name: string): T[] {
  return [...el.shadowRoot!.querySelectorAll<T>(`[part~="${name}"]`)];
}

/** The part's text with white space folded, or `null` when there is no such part. */
export function partText(el: Element, name: string): string | null {
  return part(el, name)?.textContent?.replace(/\s+/g, ' ').trim() ?? null;
}

/**
 * The part's text with only ASCII white space folded, so the no-break spaces of
 * formatted amounts stay as the reader sees them; `''` when there is no such part.
 */
export function partTextKeepingNbsp(el: Element, name: string): string {
  return part(el, name)?.textContent?.replace(/[ \t\n\r]+/g, ' ').trim() ?? '';
}
