import type { Check } from '../types.js';
import { asRecord } from '../walk.js';

/**
 * Entries a CV may hold, all sections together: twice the 5,000 publications
 * a prolific career reaches. Each entry costs the build a few kilobytes of
 * memory whatever its size (85,000 one-line skills entries in 3.9 MB took
 * 1 GB), so the file limit alone does not bound a CV of tiny entries.
 */
export const MAX_ENTRIES = 10_000;

/** One error, at the first entry past the limit, saying how many there are. */
export const checkEntryCount: Check = ({ value }) => {
  const sections = asRecord(value)?.['sections'];
  if (!Array.isArray(sections)) return [];
  let seen = 0;
  let first: string | undefined;
  sections.forEach((section, i) => {
    const entries = asRecord(section)?.['entries'];
    if (!Array.isArray(entries)) return;
    if (first === undefined && seen + entries.length > MAX_ENTRIES) first = `/sections/${i}/entries/${MAX_ENTRIES - seen}`;
    seen += entries.length;
  });
  if (first === undefined) return [];
  return [{
    pointer: first,
    severity: 'error',
    message: `a CV may hold at most ${grouped(MAX_ENTRIES)} entries, all sections together; it holds ${grouped(seen)}, and this is the first past the limit`,
  }];
};

/** 10000 -> "10,000", without the host's locale data. */
function grouped(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
