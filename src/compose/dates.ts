import { ENGLISH, type Labels } from './labels.js';
import type { CvDate, DateRange } from '../normalize/types.js';

/** Month names from the shipped tables (labels.ts), fixed: the output never depends on the machine's locale. */
export function formatDate(d: CvDate, labels: Labels = ENGLISH): string {
  if (d.kind === 'present') return labels.present;
  if (d.season) return `${d.season} ${d.year}`;
  if (d.month === undefined) return String(d.year);
  return labels.date(d.year, d.month, d.day);
}

/** "Aug 2018 – Present", "2019", or "" when the entry has no date. */
export function formatRange(r: DateRange, labels: Labels = ENGLISH): string {
  return shownDates(r, labels).map((d) => formatDate(d, labels)).join(' – ');
}

/** "2018-08", "2019" or "" for Present: the machine-readable form of a date (a season keeps its year). */
export function isoDate(d: CvDate): string {
  if (d.kind === 'present') return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  if (d.season || d.month === undefined) return String(d.year).padStart(4, '0');
  return `${String(d.year).padStart(4, '0')}-${pad(d.month)}${d.day === undefined ? '' : `-${pad(d.day)}`}`;
}

/** The ISO dates of a range in the order formatRange prints them. */
export function isoRange(r: DateRange): string[] {
  return shownDates(r, ENGLISH).map(isoDate);
}

/** Both ends of a range, or the one date it has, or one when both print the same ("2019 – 2019" is "2019"). */
function shownDates(r: DateRange, labels: Labels): CvDate[] {
  if (r.start && r.end && formatDate(r.start, labels) !== formatDate(r.end, labels)) return [r.start, r.end];
  const one = r.start ?? r.end;
  return one ? [one] : [];
}
