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
  if (r.start && r.end && formatDate(r.start, labels) !== formatDate(r.end, labels)) return `${formatDate(r.start, labels)} – ${formatDate(r.end, labels)}`;
  const one = r.start ?? r.end;
  return one ? formatDate(one, labels) : '';
}
