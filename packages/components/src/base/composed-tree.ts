/**
 * Walking up the composed tree: from a node to its parent, and from a shadow root to
 * its host, so an element inside another component's shadow DOM still finds the
 * provider, `lang` and `dir` of the page around it.
 * @module
 */

/** The parent of `node` in the composed tree: its parent element, or its shadow root's host. */
export function composedParent(node: Node): Element | null {
  const parent = node.parentNode;
  if (!parent) return null;
  if (parent instanceof ShadowRoot) return parent.host;
  return parent instanceof Element ? parent : null;
}

/** `start` (if it is an element) and every element above it, nearest first. */
export function* composedAncestors(start: Node): Generator<Element> {
  let node: Node | null = start;
  if (!(node instanceof Element)) node = composedParent(node);
  while (node) {
    yield node as Element;
    node = composedParent(node);
  }
}

/** The nearest element, from `start` up, for which `test` holds. */
export function closestComposed(start: Node, test: (element: Element) => boolean): Element | null {
  for (const element of composedAncestors(start)) {
    if (test(element)) return element;
  }
  return null;
}
