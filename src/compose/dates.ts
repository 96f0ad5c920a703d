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
