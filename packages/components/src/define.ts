/**
 * Registers custom elements without ever throwing on a second registration, so two
 * copies of `@adalat/components` on one page (a partner bundle and a CDN script) coexist.
 * @module
 */

/** What happened when a tag was asked to be defined. */
export type DefineResult = 'defined' | 'already-defined';

/**
 * Defines `tag` as `ctor` unless the tag is already taken; the first definition wins
 * and later ones are ignored (the registry cannot replace an element class).
 */
export function defineElement(
  tag: string,
  ctor: CustomElementConstructor,
  registry: CustomElementRegistry = customElements,
): DefineResult {
  if (registry.get(tag)) return 'already-defined';
  registry.define(tag, ctor);
  return 'defined';
}
