import { BreakCost, type KeepRange } from './measured.js';

/** What the paginator needs to know about a box: nothing about text or PDF. */
export interface PaginateItem {
  height: number;
  /** Space above the item; dropped when the item starts a page. */
  gapBefore: number;
  /** Cost of breaking the page just above the item (BreakCost). */
  breakBefore: number;
}

/**
 * A kept-together range (not also listed among the keeps) that may split at a free break after item `from`
 * (the head and a first bullet stay together) and never leaving fewer than
 * two items on either side, when keeping it whole would
 * end a page more than `maxShortfall` early; a page that starts inside it
 * opens with a cue `cueHeight` tall.
 */
export interface PaginateSplit {
  first: number;
  last: number;
  from: number;
  cueHeight: number;
}

export interface PaginateOptions {
  splits?: readonly PaginateSplit[];
  /** Longest a page may end early before a splittable range is split rather than moved whole; no limit when absent. */
  maxShortfall?: number;
  /**
   * How much each gap between items may grow, as a fraction of itself, so
   * that a page that ends early fills down to its bottom (TeX's flush
   * bottom, capped); 0 or absent: gaps keep their size. Never on the last page.
   */
  gapStretch?: number;
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
  /** Per page, the index of the split range it continues (its cue is drawn above the first item), or -1. */
  continues: number[];
}

const EPSILON = 1e-6;

/**
 * Places measured items on pages of `pageHeight`: fills a page until the next
 * item would cross its bottom, then breaks at the cheapest allowed point on
 * that page, the latest among equals. A keep-together range costs a break
 * inside it only when the whole range fits on one page, so a range taller
 * than a page splits cleanly at its free breaks. When the chosen break would
 * end the page more than `maxShortfall` early, a later split point of a
 * splittable range is taken instead, if the page has one; what room is left
 * is spread over the page's gaps (`gapStretch`). An item taller than a page
 * gets a page of its own (and overflows: nothing else can be done).
 */
export function paginate(items: readonly PaginateItem[], keeps: readonly KeepRange[], pageHeight: number, options: PaginateOptions = {}): PaginateResult {
  const n = items.length;
  if (n === 0) return { placements: [], pageCount: 1, continues: [-1] };
  const splits = options.splits ?? [];
  // Top of every item if the document were one endless page.
  const pos: number[] = new Array<number>(n);
  pos[0] = 0;
  for (let i = 1; i < n; i++) pos[i] = pos[i - 1]! + items[i - 1]!.height + items[i]!.gapBefore;
  const bottom = (i: number): number => pos[i]! + items[i]!.height;
  const fitsOnePage = (first: number, last: number): boolean => bottom(last) - pos[first]! <= pageHeight + EPSILON;

  const cost = items.map((it) => it.breakBefore);
  for (const k of keeps) {
    if (!fitsOnePage(k.first, k.last)) continue;
    for (let b = k.first + 1; b <= k.last; b++) cost[b] = Math.max(cost[b]!, BreakCost.keepTogether);
  }
  const continuing = new Array<number>(n).fill(-1);
  splits.forEach((s, index) => {
    for (let b = s.first + 1; b <= s.last; b++) continuing[b] = index;
    if (!fitsOnePage(s.first, s.last)) return;
    for (let b = s.first + 1; b <= s.last; b++) {
      const splitPoint = b > s.from && b >= s.first + 2 && b <= s.last - 1 && cost[b] === BreakCost.free;
      cost[b] = splitPoint ? BreakCost.split : Math.max(cost[b]!, BreakCost.keepTogether);
    }
  });

  const placements: Placement[] = new Array<Placement>(n);
  const continues: number[] = [];
  let page = 0;
  let start = 0;
  while (start < n) {
    const range = start > 0 ? continuing[start]! : -1;
    const cue = range >= 0 ? splits[range]!.cueHeight : 0;
    const room = pageHeight - cue;
    let next = start + 1;
    while (next < n && bottom(next) - pos[start]! <= room + EPSILON) next++;
    let end = n;
    if (next < n) {
      end = next;
      for (let b = next; b > start; b--) if (cost[b]! < cost[end]!) end = b;
      const short = (b: number): number => room - (bottom(b - 1) - pos[start]!);
      if (options.maxShortfall !== undefined && short(end) > options.maxShortfall + EPSILON) {
        for (let b = next; b > end; b--) {
          if (cost[b]! <= BreakCost.split) {
            end = b;
            break;
          }
        }
      }
    }
    // A page that ends early spreads the room left over its gaps, each by at most gapStretch of itself.
    let gaps = 0;
    for (let i = start + 1; i < end; i++) gaps += items[i]!.gapBefore;
    const left = room - (bottom(end - 1) - pos[start]!);
    const grow = end < n && gaps > 0 && left > 0 ? Math.min(left, gaps * (options.gapStretch ?? 0)) / gaps : 0;
    let extra = 0;
    for (let i = start; i < end; i++) {
      if (i > start) extra += items[i]!.gapBefore * grow;
      placements[i] = { page, y: cue + pos[i]! - pos[start]! + extra };
    }
    continues.push(range);
    start = end;
    page++;
  }
  return { placements, pageCount: page, continues };
}
