import type { Check, Finding } from '../types.js';

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The schema's date pattern lets through days that do not exist (2019-02-31),
 * which would silently roll over into March; and `updated`, the build date,
 * must be a day in the past, not 'present' or a term.
 */
export const checkRealDates: Check = ({ roles }) => {
  const findings: Finding[] = [];
  for (const [pointer, hit] of roles) {
    if (hit.role !== 'date' || typeof hit.value !== 'string') continue;
    const m = ISO_DAY.exec(hit.value);
    if (m) {
      const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
      const real = new Date(Date.UTC(y, mo - 1, d));
      if (real.getUTCMonth() !== mo - 1 || real.getUTCDate() !== d) {
        findings.push({ pointer, severity: 'error', message: `'${hit.value}' is not a day of the calendar`, supersedesSchema: true });
      }
    }
    if (pointer === '/updated' && !/^\d{4}(-\d{2}){0,2}$/.test(hit.value)) {
      findings.push({ pointer, severity: 'error', message: `'updated' is the date the PDFs carry; write it as YYYY, YYYY-MM or YYYY-MM-DD, not '${hit.value}'` });
    }
  }
  return findings;
};
