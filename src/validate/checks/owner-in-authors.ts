import type { Check, Finding } from '../types.js';
import { asRecord } from '../walk.js';
import { markedName, ownerMatcher } from '../../common/names.js';

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
  const name = root['name'];
  if (typeof name !== 'string') return [];
  const aliases = (Array.isArray(root['aliases']) ? root['aliases'] : []).filter((n): n is string => typeof n === 'string');
  const isOwner = ownerMatcher(name, aliases);
  const findings: Finding[] = [];
  sections.forEach((section, i) => {
    const s = asRecord(section);
    if ((s?.['kind'] !== 'publication' && s?.['kind'] !== 'patent') || !Array.isArray(s['entries'])) return;
    s['entries'].forEach((entry, j) => {
      const authors = asRecord(entry)?.['authors'];
      if (!Array.isArray(authors) || authors.length === 0) return;
      const names = authors
        .map((a) => (typeof a === 'string' ? a : asRecord(a)?.['name']))
        .filter((n): n is string => typeof n === 'string');
      // A RenderCV-marked author has its own warning (owner-marks) that says what to do.
      if (names.some((n) => isOwner(n) || markedName(n) !== undefined)) return;
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
