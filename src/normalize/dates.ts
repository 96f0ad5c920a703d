import type { CvDate as RawDate } from '../validate/raw-cv.js';
import type { CvDate, Season } from './types.js';

const TERM = /^(Spring|Summer|Fall|Winter) (\d{4})$/;
const ISO = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/;

/** Parses a date that validation already accepted; a bare integer is a year, "Present" in any case the open end. */
export function parseDate(raw: RawDate): CvDate {
  if (typeof raw === 'number') return { kind: 'date', year: raw };
  if (raw.toLowerCase() === 'present') return { kind: 'present' };
  const term = TERM.exec(raw);
  if (term) return { kind: 'date', year: Number(term[2]), season: term[1] as Season };
  const iso = ISO.exec(raw);
  if (!iso) throw new Error(`unvalidated date reached normalize: ${raw}`);
  return {
    kind: 'date',
    year: Number(iso[1]),
    ...(iso[2] ? { month: Number(iso[2]) } : {}),
    ...(iso[3] ? { day: Number(iso[3]) } : {}),
  };
}
