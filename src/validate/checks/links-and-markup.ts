// The parser normalize/ uses, so that what validates is exactly what renders.
import { parseMarkup } from '../../common/markup.js';
import type { Check, Finding } from '../types.js';
import { linkProblem } from './link-scheme.js';

/**
 * Checks every string the schema marks as a URL or as inline markup: URLs
 * must use an allowed scheme, markup must parse, and links inside markup
 * obey the same scheme rule. Which strings those are comes from the schema
 * (roles), so a new Markup field is checked without touching this file.
 */
export const checkLinksAndMarkup: Check = ({ roles }) => {
  const findings: Finding[] = [];
  for (const [pointer, { role, value: text }] of roles) {
    if (typeof text !== 'string') continue;
    if (role === 'url') {
      const problem = linkProblem(text);
      if (problem !== undefined) findings.push({ pointer, severity: 'error', message: problem, supersedesSchema: true });
      continue;
    }
    if (role !== 'markup') continue;
    const parsed = parseMarkup(text);
    if (!parsed.ok) {
      findings.push({ pointer, severity: 'error', message: `bad inline markup: ${parsed.message}`, offset: parsed.offset });
      continue;
    }
    for (const run of parsed.runs) {
      if (run.href === undefined) continue;
      const problem = linkProblem(run.href);
      if (problem === undefined) continue;
      const at = text.indexOf(`](${run.href}`);
      const offset = at === -1 ? undefined : text.lastIndexOf('[', at);
      findings.push({ pointer, severity: 'error', message: problem, ...(offset === undefined || offset < 0 ? {} : { offset }) });
    }
  }
  return findings;
};
