import type { CvDate, DateRange } from '../normalize/types.js';

/**
 * The month an academic term stands for when dates are compared or sorted:
 * Winter is the January term, as in "Winter 2019" quarters.
 */
export const SEASON_MONTH = { Winter: 1, Spring: 3, Summer: 6, Fall: 9 } as const;

/** Sortable number for a date: present sorts after everything, no date before everything. */
export function dateKey(d: CvDate | undefined): number {
  if (!d) return 0;
  if (d.kind === 'present') return 99_999_999;
  const seasonMonth = d.season ? SEASON_MONTH[d.season] : undefined;
  return d.year * 10_000 + (d.month ?? seasonMonth ?? 0) * 100 + (d.day ?? 0);
}

/** When something last happened: its end, else its start. */
export function recency(when: DateRange): number {
  return dateKey(when.end ?? when.start);
}
