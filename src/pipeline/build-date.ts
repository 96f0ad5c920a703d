import type { CvDate } from '../common/cv-date.js';

/**
 * The one date that reaches the PDFs: --date / SOURCE_DATE_EPOCH (resolved by
 * cli/), else cv.yaml's `updated`, else a fixed epoch. Never the clock.
 */
export function buildDate(requested: string | undefined, updated: CvDate | undefined): Date {
  if (requested) return new Date(`${requested}T00:00:00Z`);
  if (updated && updated.kind === 'date') {
    const month = updated.month ?? 1;
    const day = updated.day ?? 1;
    return new Date(Date.UTC(updated.year, month - 1, day));
  }
  return new Date(0);
}
