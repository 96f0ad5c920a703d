import { compareCvDates, parseCvDate } from '../../common/cv-date.js';
import type { Check, Finding } from '../types.js';
import { asRecord, walk } from '../walk.js';

/** A range that ends before it starts is a typo the schema cannot see (it checks each date alone). */
export const checkDateOrder: Check = ({ value }) => {
  const findings: Finding[] = [];
  walk(value, (node, pointer) => {
    const obj = asRecord(node);
    if (obj === undefined || !('start' in obj) || !('end' in obj)) return;
    const start = parseCvDate(obj['start']);
    const end = parseCvDate(obj['end']);
    if (start === undefined || end === undefined || compareCvDates(end, start) >= 0) return;
    findings.push({
      pointer: `${pointer()}/end`,
      severity: 'error',
      message: `'end' (${String(obj['end'])}) is before 'start' (${String(obj['start'])})`,
    });
  });
  return findings;
};
