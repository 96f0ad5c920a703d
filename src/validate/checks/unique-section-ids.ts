import type { Check, Finding } from '../types.js';
import { asRecord } from '../walk.js';

/** Layouts and `--sections` pick sections by id, so two sections with one id would be ambiguous. */
export const checkUniqueSectionIds: Check = ({ value, locate }) => {
  const sections = asRecord(value)?.['sections'];
  if (!Array.isArray(sections)) return [];
  const first = new Map<string, number>();
  const findings: Finding[] = [];
  sections.forEach((section, i) => {
    const id = asRecord(section)?.['id'];
    if (typeof id !== 'string') return;
    const earlier = first.get(id);
    if (earlier === undefined) {
      first.set(id, i);
      return;
    }
    const line = locate(`/sections/${earlier}/id`)?.value.line;
    findings.push({
      pointer: `/sections/${i}/id`,
      severity: 'error',
      message: `duplicate section id '${id}'${line === undefined ? '' : ` (first used on line ${line})`}`,
    });
  });
  return findings;
};
