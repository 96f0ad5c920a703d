import type { Check, Finding } from '../types.js';
import { asRecord, walk } from '../walk.js';

/**
 * An entry has one date or a range, never both: with both, which one the PDF
 * prints would be a guess. (The schema allows each key alone.)
 */
export const checkDateOrRange: Check = ({ value }) => {
  const findings: Finding[] = [];
  walk(value, (node, pointer) => {
    const obj = asRecord(node);
    if (obj === undefined || !('date' in obj) || !('start' in obj || 'end' in obj)) return;
    const other = 'start' in obj ? 'start' : 'end';
    findings.push({
      pointer: `${pointer()}/date`,
      at: 'key',
      severity: 'error',
      message: `give either 'date' or 'start'/'end', not both (this entry also has '${other}')`,
    });
  });
  return findings;
};
