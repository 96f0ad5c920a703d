import type { StructNode, StructRole } from './types.js';

/**
 * Builds the logical structure tree while the blocks are walked, so that ids
 * follow document (reading) order: a node gets its id when it is opened, and
 * the root 'Document' is 0.
 */
export interface StructBuilder {
  readonly root: StructNode;
  /** Adds a child of `parent` and returns it. */
  add(parent: StructNode, role: StructRole, href?: string): StructNode;
}

/** A fresh builder per typesetting call: ids restart at 0, so the same input gives the same ids. */
export function createStructBuilder(): StructBuilder {
  let next = 0;
  const root: StructNode = { id: next++, role: 'Document', children: [] };
  return {
    root,
    add(parent, role, href) {
      const node: StructNode = href === undefined
        ? { id: next++, role, children: [] }
        : { id: next++, role, href, children: [] };
      parent.children.push(node);
      return node;
    },
  };
}
