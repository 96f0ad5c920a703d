import type { Check, Finding } from '../types.js';
import { asRecord } from '../walk.js';
import { isOwnerName, markedName } from '../../common/names.js';

/** Kinds whose entries have an author list. */
const AUTHORED = new Set(['publication', 'patent', 'project', 'talk']);

/**
 * Warns about RenderCV's way of marking the owner in an author list
 * ("*John Doe*", "**John Doe**"): cv finds the owner by `name` and `aliases`
 * and prints the name plain (bold when it is the owner), so the marks would
 * otherwise be a silent no-op, or a lost highlight when the spelling differs.
 */
export const checkOwnerMarks: Check = ({ value }) => {
  const root = asRecord(value);
  const sections = root?.['sections'];
  if (root === undefined || !Array.isArray(sections)) return [];
  const owner = typeof root['name'] === 'string' ? root['name'] : '';
  const aliases = (Array.isArray(root['aliases']) ? root['aliases'] : []).filter((n): n is string => typeof n === 'string');
  const findings: Finding[] = [];
  sections.forEach((section, i) => {
    const s = asRecord(section);
    if (!AUTHORED.has(String(s?.['kind'])) || !Array.isArray(s?.['entries'])) return;
    s['entries'].forEach((entry, j) => {
      const authors = asRecord(entry)?.['authors'];
      if (!Array.isArray(authors)) return;
      authors.forEach((a, k) => {
        const record = asRecord(a);
        const written = typeof a === 'string' ? a : record?.['name'];
        if (typeof written !== 'string') return;
        const inner = markedName(written);
        if (inner === undefined) return;
        const known = isOwnerName(inner, owner, aliases);
        findings.push({
          pointer: `/sections/${i}/entries/${j}/authors/${k}${record ? '/name' : ''}`,
          severity: 'warning',
          message: known
            ? `'${written}' marks the owner RenderCV-style; cv finds the owner by 'name' and 'aliases', so write '${inner}' without asterisks`
            : `'${written}' marks the owner RenderCV-style; add '${inner}' to 'aliases' and write it without asterisks`,
        });
      });
    });
  });
  return findings;
};
