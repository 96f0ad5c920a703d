import type { CvDate, Entry } from '../normalize/types.js';

/** Sortable number for a date: present sorts after everything. */
export function dateKey(d: CvDate | undefined): number {
  if (!d) return 0;
  if (d.kind === 'present') return 99_999_999;
  const seasonMonth = d.season ? { Spring: 3, Summer: 6, Fall: 9, Winter: 12 }[d.season] : undefined;
  return d.year * 10_000 + (d.month ?? seasonMonth ?? 0) * 100 + (d.day ?? 0);
}

/** When an entry last happened: its end, else its start. */
export function entryRecency(e: Entry): number {
  return dateKey(e.when.end ?? e.when.start);
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
