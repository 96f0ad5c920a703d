import type { CvDate, DateRange } from '../normalize/types.js';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** English month names, fixed: the output never depends on the machine's locale. */
export function formatDate(d: CvDate): string {
  if (d.kind === 'present') return 'Present';
  if (d.season) return `${d.season} ${d.year}`;
  if (d.month === undefined) return String(d.year);
  const month = MONTHS[d.month - 1] ?? '';
  return d.day === undefined ? `${month} ${d.year}` : `${month} ${d.day}, ${d.year}`;
}

function same(a: CvDate, b: CvDate): boolean {
  return formatDate(a) === formatDate(b);
}

/** "Aug 2018 – Present", "2019", or "" when the entry has no date. */
export function formatRange(r: DateRange): string {
  if (r.start && r.end && !same(r.start, r.end)) return `${formatDate(r.start)} – ${formatDate(r.end)}`;
  const one = r.start ?? r.end;
  return one ? formatDate(one) : '';
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
  if (r.start && r.end && !same(r.start, r.end)) return [isoDate(r.start), isoDate(r.end)];
  const one = r.start ?? r.end;
  return one ? [isoDate(one)] : [];
}
