import type { Check, Finding } from '../types.js';
import { asRecord } from '../walk.js';

/**
 * Layouts and `--sections` pick sections by id, and drop reports name entries
 * by id, so two sections (or two entries) with one id would be ambiguous.
 */
export const checkUniqueIds: Check = ({ value, locate }) => {
  const sections = asRecord(value)?.['sections'];
  if (!Array.isArray(sections)) return [];
  const findings: Finding[] = [];
  const sectionIds = new Map<string, string>();
  const entryIds = new Map<string, string>();
  const note = (what: string, id: string, pointer: string, seen: Map<string, string>) => {
    const earlier = seen.get(id);
    if (earlier === undefined) {
      seen.set(id, pointer);
      return;
    }
    const line = locate(earlier)?.value.line;
    findings.push({ pointer, severity: 'error', message: `duplicate ${what} id '${id}'${line === undefined ? '' : ` (first used on line ${line})`}` });
  };
  sections.forEach((section, i) => {
    const s = asRecord(section);
    if (typeof s?.['id'] === 'string') note('section', s['id'], `/sections/${i}/id`, sectionIds);
    const entries = s?.['entries'];
    if (!Array.isArray(entries)) return;
    entries.forEach((entry, j) => {
      const id = asRecord(entry)?.['id'];
      if (typeof id === 'string') note('entry', id, `/sections/${i}/entries/${j}/id`, entryIds);
    });
  });
  return findings;
};
