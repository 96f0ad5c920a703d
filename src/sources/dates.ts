/**
 * A date from another format as cv.yaml writes it ("2019", "2019-05",
 * "2019-05-03", "present", an academic term such as "Fall 2019"), or
 * undefined when it is none of those. A
 * timestamp keeps its date part ("2017-12-24T15:53:00" -> "2017-12-24").
 */
export function toCvDate(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const v = value.trim();
  if (/^present$/i.test(v)) return 'present';
  if (/^(Spring|Summer|Fall|Winter) \d{4}$/.test(v)) return v;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:T[\d:.]+Z?)?$/.exec(v);
  if (!m) return undefined;
  const [, y, mo, d] = m;
  if (mo !== undefined && (Number(mo) < 1 || Number(mo) > 12)) return undefined;
  if (d !== undefined) {
    const day = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
    if (day.getUTCDate() !== Number(d)) return undefined;
    return `${y}-${mo}-${d}`;
  }
  return mo !== undefined ? `${y}-${mo}` : (y as string);
}

/**
 * A range written as text ("2021 - 2024", "2019–present", "2016-2018") as
 * start and end, or undefined when either end is not a cv.yaml date
 * ("Sep 2019 to 2020" is not a range here).
 */
export function toCvDateRange(value: string): { start: string; end: string } | undefined {
  const v = value.trim();
  const m = /^(\d{4})-(\d{4}|present)$/i.exec(v) ?? /^(.+?)(?:\s*[–—]\s*|\s+-{1,2}\s+|\s+to\s+)(.+)$/i.exec(v);
  if (!m) return undefined;
  const start = toCvDate(m[1]);
  const end = toCvDate(m[2]);
  return start !== undefined && end !== undefined && start !== 'present' ? { start, end } : undefined;
}
