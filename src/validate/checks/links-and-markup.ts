// The parser normalize/ uses, so that what validates is exactly what renders.
import { parseMarkup } from '../../common/markup.js';
import type { Check, Finding } from '../types.js';
import { asRecord } from '../walk.js';
import { linkProblem } from './link-scheme.js';

/**
 * Checks every string the schema marks as a URL or as inline markup: URLs
 * must use an allowed scheme, markup must parse, and links inside markup
 * obey the same scheme rule. Which strings those are comes from the schema
 * (roles), so a new Markup field is checked without touching this file.
 */
export const checkLinksAndMarkup: Check = ({ value, roles }) => {
  const findings: Finding[] = [...derivedLinkFindings(value)];
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

/**
 * The header links the e-mail address and the phone number (mailto:, tel:):
 * those links pass the same check as every other, at the field they come from.
 */
function derivedLinkFindings(value: unknown): Finding[] {
  const contact = asRecord(asRecord(value)?.['contact']);
  const out: Finding[] = [];
  const email = contact?.['email'];
  if (typeof email === 'string') {
    const problem = linkProblem(`mailto:${email}`);
    if (problem !== undefined) out.push({ pointer: '/contact/email', severity: 'error', message: `e-mail address '${email}' cannot be linked: ${problem}` });
  }
  const phone = contact?.['phone'];
  if (typeof phone === 'string' && linkProblem(`tel:${phone.replace(/[^+\d]/g, '')}`) !== undefined) {
    out.push({ pointer: '/contact/phone', severity: 'error', message: `phone number '${phone}' has no digits to dial; write it as +1 555 010 9999` });
  }
  return out;
}
