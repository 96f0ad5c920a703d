import type { OutlineItem } from './types.js';

export interface PlacedMark {
  title: string;
  level: number;
  page: number;
  y: number;
}

/**
 * Nests bookmarks by level in document order: each one becomes a child of
 * the closest earlier bookmark with a smaller level, so level 2 (publication
 * groups) lands under its level 1 section, and a skipped level still nests.
 */
export function buildOutline(marks: readonly PlacedMark[]): OutlineItem[] {
  const roots: OutlineItem[] = [];
  const stack: { level: number; item: OutlineItem }[] = [];
  for (const m of marks) {
    const item: OutlineItem = { title: m.title, page: m.page, y: m.y, children: [] };
    while (stack.length > 0 && stack[stack.length - 1]!.level >= m.level) stack.pop();
    const parent = stack[stack.length - 1];
    (parent ? parent.item.children : roots).push(item);
    stack.push({ level: m.level, item });
  }
  return roots;
}
