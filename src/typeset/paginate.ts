import { BreakCost, type KeepRange } from './measured.js';

/** What the paginator needs to know about a box: nothing about text or PDF. */
export interface PaginateItem {
  height: number;
  /** Space above the item; dropped when the item starts a page. */
  gapBefore: number;
  /** Cost of breaking the page just above the item (BreakCost). */
  breakBefore: number;
}

export interface Placement {
  /** 0-based page index. */
  page: number;
  /** Top of the item, relative to the top of the page's content area. */
  y: number;
}

export interface PaginateResult {
  placements: Placement[];
  pageCount: number;
}

const EPSILON = 1e-6;

/**
 * Places measured items on pages of `pageHeight`: fills a page until the next
 * item would cross its bottom, then breaks at the cheapest allowed point on
 * that page, the latest among equals. A keep-together range costs a break
 * inside it only when the whole range fits on one page, so a range taller
 * than a page splits cleanly at its free breaks. An item taller than a page
 * gets a page of its own (and overflows: nothing else can be done).
 */
export function paginate(items: readonly PaginateItem[], keeps: readonly KeepRange[], pageHeight: number): PaginateResult {
  const n = items.length;
  if (n === 0) return { placements: [], pageCount: 1 };
  // Top of every item if the document were one endless page.
  const pos: number[] = new Array<number>(n);
  pos[0] = 0;
  for (let i = 1; i < n; i++) pos[i] = pos[i - 1]! + items[i - 1]!.height + items[i]!.gapBefore;
  const bottom = (i: number): number => pos[i]! + items[i]!.height;

  const cost = items.map((it) => it.breakBefore);
  for (const k of keeps) {
    if (bottom(k.last) - pos[k.first]! > pageHeight + EPSILON) continue;
    for (let b = k.first + 1; b <= k.last; b++) cost[b] = Math.max(cost[b]!, BreakCost.keepTogether);
  }

  const placements: Placement[] = new Array<Placement>(n);
  let page = 0;
  let start = 0;
  while (start < n) {
    let next = start + 1;
    while (next < n && bottom(next) - pos[start]! <= pageHeight + EPSILON) next++;
    let end = n;
    if (next < n) {
      end = next;
      for (let b = next; b > start; b--) if (cost[b]! < cost[end]!) end = b;
    }
    for (let i = start; i < end; i++) placements[i] = { page, y: pos[i]! - pos[start]! };
    start = end;
    page++;
  }
  return { placements, pageCount: page };
}
