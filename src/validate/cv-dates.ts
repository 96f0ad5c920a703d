import { SEASON_MONTH } from '../common/date-key.js';

/** A CV date reduced to what can be compared: year, then optional month and day. */
export interface ComparableDate {
  parts: number[];
  present: boolean;
}


/**
 * Reads a date as cv.yaml writes it (2019, "2019-08", "2019-08-01",
 * "present", "Fall 2019"). Returns undefined for anything else: the schema
 * reports malformed dates, the ordering check must not report them twice.
 */
export function parseCvDate(value: unknown): ComparableDate | undefined {
  if (typeof value === 'number' && Number.isInteger(value)) return { parts: [value], present: false };
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  if (text.toLowerCase() === 'present') return { parts: [], present: true };
  const iso = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text);
  if (iso !== null) return { parts: iso.slice(1).filter((p) => p !== undefined).map(Number), present: false };
  const term = /^(Winter|Spring|Summer|Fall) (\d{4})$/.exec(text);
  if (term !== null) {
    const month = SEASON_MONTH[term[1] as keyof typeof SEASON_MONTH];
    return { parts: [Number(term[2]), month], present: false };
  }
  return undefined;
}

/**
 * Negative when a is before b, compared at the precision both have:
 * "2017" is not before "2017-08". 'present' is later than any date.
 */
export function compareCvDates(a: ComparableDate, b: ComparableDate): number {
  if (a.present || b.present) return (a.present ? 1 : 0) - (b.present ? 1 : 0);
  const n = Math.min(a.parts.length, b.parts.length);
  for (let i = 0; i < n; i++) {
    const d = (a.parts[i] ?? 0) - (b.parts[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}
