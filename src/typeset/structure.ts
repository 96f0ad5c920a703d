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
  /** Once nothing more is added: gives each node's list of children exactly the room it needs. */
  trim(): void;
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
    trim() {
      // A list grown by push keeps room for 17 or more; most nodes have one to three children (4 MiB of bullets: 16 MB of room).
      const open = [root];
      for (let node = open.pop(); node; node = open.pop()) {
        if (node.children.length === 0) continue;
        node.children = node.children.slice();
        for (const child of node.children) open.push(child);
      }
    },
  };
}
