/**
 * First-fit line breaking: take the last break that fits, line by line. The
 * last resort after Knuth–Plass, and the way to re-break with exact measures.
 */
import { MAX_CONSECUTIVE_HYPHENS, EPSILON } from './knuth-plass.js';
import { FORCED } from './items.js';
import type { Item } from './types.js';

/** How wide lines may be and how wide a candidate line is; measured by sums or by drawing. */
export interface FirstFitOptions {
  lineWidth: (index: number) => number;
  /** Narrowest width of the line from after break `a` (-1: paragraph start) up to break `b`. */
  natural: (a: number, b: number) => number;
}

function isBreak(items: Item[], b: number): boolean {
  const it = items[b]!;
  if (it.type === 'glue') return b > 0 && items[b - 1]!.type === 'box';
  return it.type === 'penalty' && it.penalty < 10000;
}

/**
 * Returns break indices; the last is the final forced break. A line is only
 * wider than its width when even the first break after its start does not fit
 * (a single character wider than the line).
 */
export function firstFit(items: Item[], opts: FirstFitOptions): number[] {
  const breaks: number[] = [];
  let a = -1;
  let line = 0;
  let hyphens = 0;
  let fit = -1; // last break that fits and respects the hyphen cap
  let fitAny = -1; // last break that fits
  const take = (b: number): void => {
    breaks.push(b);
    const it = items[b]!;
    hyphens = it.type === 'penalty' && it.flagged ? hyphens + 1 : 0;
    a = b;
    line++;
    fit = -1;
    fitAny = -1;
  };
  for (let b = 0; b < items.length; b++) {
    if (!isBreak(items, b)) continue;
    const it = items[b]!;
    const forced = it.type === 'penalty' && it.penalty === FORCED;
    if (opts.natural(a, b) <= opts.lineWidth(line) + EPSILON) {
      if (forced) {
        take(b);
        break;
      }
      fitAny = b;
      if (!(it.type === 'penalty' && it.flagged && hyphens >= MAX_CONSECUTIVE_HYPHENS)) fit = b;
      continue;
    }
    const back = fit >= 0 ? fit : fitAny;
    if (back >= 0) {
      take(back);
      b = back; // re-examine the breaks after the new line start
      continue;
    }
    take(b); // nothing fits: overfull, unavoidable
    if (forced) break;
  }
  return breaks;
}
