import type { PageTree, StructNode } from '../../typeset/types.js';

/** PDF 32000 table 347: how a list's labels count. */
export type ListNumbering = 'Disc' | 'Decimal' | 'None';

/**
 * The ListNumbering attribute of every L structure element, from the text of
 * its first label: a bullet is Disc, a label ending in a number ("C12", "3.")
 * is Decimal, anything else None. PDF/UA-1 (ISO 14289-1 7.6) wants it on
 * every list whose items have labels, so that a screen reader can say "item
 * 3 of 12".
 */
export function listNumbering(tree: PageTree): Map<number, ListNumbering> {
  const firstText = new Map<number, string>();
  for (const page of tree.pages) {
    for (const item of page.items) {
      if (item.kind === 'text' && item.struct !== 'artifact' && !firstText.has(item.struct)) firstText.set(item.struct, item.text);
    }
  }
  const out = new Map<number, ListNumbering>();
  const walk = (node: StructNode): void => {
    if (node.role === 'L') {
      const label = node.children.flatMap((li) => li.children).find((c) => c.role === 'Lbl');
      const text = label ? firstText.get(label.id)?.trim() : undefined;
      if (text !== undefined) out.set(node.id, /^[\u2022\u2013\u25e6\u00b7*-]$/u.test(text) ? 'Disc' : /\d[.)\]]?$/u.test(text) ? 'Decimal' : 'None');
    }
    node.children.forEach(walk);
  };
  walk(tree.structure);
  return out;
}
