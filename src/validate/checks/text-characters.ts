import { escapePointer } from '../../common/json-pointer.js';
import type { Check, Finding } from '../types.js';
import { walk } from '../walk.js';

/**
 * Characters no CV text may hold: C0 and C1 controls (tab and line breaks
 * aside), DEL, the line and paragraph separators, and the bidi embedding,
 * override and isolate controls. None of them prints; a bidi override makes a
 * PDF read differently from how it looks, and a NUL cuts a PDF title short.
 */
const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/u;

function describe(cp: number): string {
  if (cp >= 0x202a && cp <= 0x202e) return 'a bidi embedding or override control';
  if (cp >= 0x2066 && cp <= 0x2069) return 'a bidi isolate control';
  if (cp === 0x2028 || cp === 0x2029) return 'a line or paragraph separator; use a line break or a space';
  return 'a control character';
}

/** U+0007 -> "U+0007". */
export function codePointName(cp: number): string {
  return `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** The first forbidden character of every string in the document (keys included), at its place. */
export const checkTextCharacters: Check = ({ value }) => {
  const findings: Finding[] = [];
  walk(value, (node, pointer) => {
    if (typeof node === 'object' && node !== null && !Array.isArray(node)) {
      for (const key of Object.keys(node)) {
        const m = FORBIDDEN.exec(key);
        if (m) findings.push({ pointer: `${pointer()}/${escapePointer(key)}`, at: 'key', severity: 'error', message: `a key holds ${codePointName(m[0].codePointAt(0)!)}, ${describe(m[0].codePointAt(0)!)}` });
      }
    }
    if (typeof node !== 'string') return;
    const m = FORBIDDEN.exec(node);
    if (!m) return;
    const cp = m[0].codePointAt(0)!;
    findings.push({ pointer: pointer(), severity: 'error', message: `text holds ${codePointName(cp)}, ${describe(cp)}, which CV text may not contain`, offset: m.index, supersedesSchema: true });
  });
  return findings;
};
