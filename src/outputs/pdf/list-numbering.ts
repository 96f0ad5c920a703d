import type { PageTree, StructNode } from '../../typeset/types.js';

/** PDF 32000 table 347: how a list's labels count. */
export type ListNumbering = 'Disc' | 'Decimal';

/**
 * The ListNumbering attribute of every L structure element whose items have
 * labels: Decimal where compose numbered them ("[C12]", "3."), Disc for
 * bullets. PDF/UA-1 (ISO 14289-1 7.6) wants it on every labelled list, so
 * that a screen reader can say "item 3 of 12".
 */
export function listNumbering(tree: PageTree): Map<number, ListNumbering> {
  const out = new Map<number, ListNumbering>();
  const walk = (node: StructNode): void => {
    if (node.role === 'L' && node.children.some((li) => li.children.some((c) => c.role === 'Lbl'))) {
      out.set(node.id, node.numbered === true ? 'Decimal' : 'Disc');
    }
    node.children.forEach(walk);
  };
  walk(tree.structure);
  return out;
}
