import type { Entry } from '../normalize/types.js';
import { recency } from '../common/cv-date.js';

/** When an entry last happened: its end, else its start. */
export function entryRecency(e: Entry): number {
  return recency(e.when);
}

/**
 * Lowest rank first: lower priority, then older. Ties keep cv.yaml order (later
 * entries rank lower), so the order is total and every run drops the same thing.
 */
export function compareLowestFirst(a: { entry: Entry; index: number }, b: { entry: Entry; index: number }): number {
  const pa = a.entry.priority ?? 0;
  const pb = b.entry.priority ?? 0;
  if (pa !== pb) return pa - pb;
  const ra = entryRecency(a.entry);
  const rb = entryRecency(b.entry);
  if (ra !== rb) return ra - rb;
  return b.index - a.index;
}
