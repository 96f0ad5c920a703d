/**
 * The one grammar of a cv.yaml date, shared by validation (ordering, real
 * days) and normalisation, so the two can never disagree. The schema's
 * pattern spells the same grammar for editors; a test keeps them in step.
 */

/** An academic term, as in "Fall 2019". */
export type Season = 'Spring' | 'Summer' | 'Fall' | 'Winter';

/** A parsed date: as precise as cv.yaml wrote it, or the open end of a range. */
export type CvDate =
  | { readonly kind: 'date'; readonly year: number; readonly month?: number; readonly day?: number; readonly season?: Season }
  | { readonly kind: 'present' };

/** A single date is a range whose start and end are equal. */
export interface DateRange {
  readonly start?: CvDate;
  readonly end?: CvDate;
}

/**
 * The month an academic term stands for when dates are compared or sorted:
 * Winter is the January term, as in "Winter 2019" quarters.
 */
export const SEASON_MONTH = { Winter: 1, Spring: 3, Summer: 6, Fall: 9 } as const;

const TERM = /^(Spring|Summer|Fall|Winter) (\d{4})$/;
const ISO = /^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;

/**
 * Reads a date as cv.yaml writes it (2019, "2019-08", "2019-08-01",
 * "present" in any case, "Fall 2019"); undefined for anything else, which the schema
 * reports. A bare integer is a year.
 */
export function parseCvDate(value: unknown): CvDate | undefined {
  if (typeof value === 'number') return Number.isInteger(value) ? { kind: 'date', year: value } : undefined;
  if (typeof value !== 'string') return undefined;
  const text = value;
  if (text.toLowerCase() === 'present') return { kind: 'present' };
  const term = TERM.exec(text);
  if (term) return { kind: 'date', year: Number(term[2]), season: term[1] as Season };
  const iso = ISO.exec(text);
  if (!iso) return undefined;
  return {
    kind: 'date',
    year: Number(iso[1]),
    ...(iso[2] ? { month: Number(iso[2]) } : {}),
    ...(iso[3] ? { day: Number(iso[3]) } : {}),
  };
}

/** The year, month and day a date names, as far as it names them (a term names its month). */
function parts(d: Extract<CvDate, { kind: 'date' }>): number[] {
  const month = d.month ?? (d.season ? SEASON_MONTH[d.season] : undefined);
  return [d.year, ...(month !== undefined ? [month] : []), ...(month !== undefined && d.day !== undefined ? [d.day] : [])];
}

/**
 * Negative when a is before b, compared at the precision both have:
 * "2017" is not before "2017-08". 'present' is later than any date.
 */
export function compareCvDates(a: CvDate, b: CvDate): number {
  if (a.kind === 'present' || b.kind === 'present') return (a.kind === 'present' ? 1 : 0) - (b.kind === 'present' ? 1 : 0);
  const pa = parts(a);
  const pb = parts(b);
  const n = Math.min(pa.length, pb.length);
  for (let i = 0; i < n; i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

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
