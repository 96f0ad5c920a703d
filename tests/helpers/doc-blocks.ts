import type { Block } from '../../src/compose/types.js';

/** Every block of a composed body, depth first: groups, lists and their bodies, rows and both their sides. */
export function allBlocks(blocks: readonly Block[]): Block[] {
  return blocks.flatMap((b) => {
    if (b.kind === 'group') return [b, ...allBlocks(b.children)];
    if (b.kind === 'list') return [b, ...b.items.flatMap((i) => allBlocks(i.body))];
    if (b.kind === 'row') return [b, b.left, b.right];
    return [b];
  });
}
