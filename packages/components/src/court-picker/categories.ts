/**
 * The classifier tree as a flat list of options for one court: the categories it hears
 * (a code it accepts covers that node's whole subtree), with the ancestors that lead to
 * them kept as non-selectable context so the depth still reads right.
 * @module
 */
import type { CategoryNode, LocalizedText } from '@adalat/sdk/contract';

export interface CategoryOption {
  code: string;
  name: LocalizedText;
  /** 0 for a top-level category. */
  depth: number;
  /** False for an ancestor shown only as context. */
  selectable: boolean;
}

/** Whether a court accepting `accepted` hears `code`: the code itself or any ancestor is listed. */
export function acceptsCategory(accepted: readonly string[], code: string): boolean {
  return accepted.some((root) => code === root || code.startsWith(`${root}.`));
}

/** Flattens `categories` depth-first, keeping accepted nodes and the ancestors of accepted nodes. */
export function categoryOptions(categories: readonly CategoryNode[], accepted: readonly string[]): CategoryOption[] {
  const options: CategoryOption[] = [];
  const visit = (node: CategoryNode, depth: number): boolean => {
    const selectable = acceptsCategory(accepted, node.code);
    const at = options.length;
    let below = false;
    for (const child of node.children) below = visit(child, depth + 1) || below;
    if (selectable || below) {
      options.splice(at, 0, { code: node.code, name: node.name, depth, selectable });
      return true;
    }
    return false;
  };
  for (const node of categories) visit(node, 0);
  return options;
}

/** Finds a category by code anywhere in the tree. */
export function findCategory(categories: readonly CategoryNode[], code: string): CategoryNode | undefined {
  for (const node of categories) {
    if (node.code === code) return node;
    if (code.startsWith(`${node.code}.`)) {
      const found = findCategory(node.children, code);
      if (found) return found;
    }
  }
  return undefined;
}
