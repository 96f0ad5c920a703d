import type { Check, Finding } from '../types.js';
import { asRecord } from '../walk.js';

/** Name as compared: case, dots, accents, emphasis marks and extra spaces do not matter. */
export function normalizeName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[.*]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Warns about a publication whose author list does not contain the owner:
 * the PDF highlights the owner's name, so a spelling missing from `aliases`
 * silently loses the highlight. A warning, not an error: the owner may
 * really list a paper they did not author (e.g. as editor).
 */
export const checkOwnerInAuthors: Check = ({ value }) => {
  const root = asRecord(value);
  const sections = root?.['sections'];
  if (root === undefined || !Array.isArray(sections)) return [];
  const owner = [root['name'], ...(Array.isArray(root['aliases']) ? root['aliases'] : [])]
    .filter((n): n is string => typeof n === 'string')
    .map(normalizeName);
  if (owner.length === 0) return [];
  const findings: Finding[] = [];
  sections.forEach((section, i) => {
    const s = asRecord(section);
    if (s?.['kind'] !== 'publication' || !Array.isArray(s['entries'])) return;
    s['entries'].forEach((entry, j) => {
      const authors = asRecord(entry)?.['authors'];
      if (!Array.isArray(authors) || authors.length === 0) return;
      const names = authors
        .map((a) => (typeof a === 'string' ? a : asRecord(a)?.['name']))
        .filter((n): n is string => typeof n === 'string')
        .map(normalizeName);
      if (names.some((n) => owner.includes(n))) return;
      const title = asRecord(entry)?.['title'];
      const what = typeof title === 'string' ? `'${title.length > 50 ? `${title.slice(0, 47)}...` : title}'` : 'this publication';
      findings.push({
        pointer: `/sections/${i}/entries/${j}/authors`,
        severity: 'warning',
        message: `the owner is not among the authors of ${what}; add the spelling used here to 'aliases'`,
      });
    });
  });
  return findings;
};
