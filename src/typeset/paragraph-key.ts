import type { Run } from '../compose/types.js';
import type { InterwordSpacing, ParagraphInput } from './paragraph/types.js';

/**
 * Every field of a Run, each read by `runKey`: a field added to Run fails the
 * type check here until the key reads it too (a memo that ignored one would
 * hand back another paragraph's lines).
 */
export const RUN_FIELDS = {
  text: true, font: true, size: true, color: true, link: true, noHyphenate: true, noBreak: true, url: true, dates: true,
} as const satisfies Record<keyof Run, true>;

/** Strings are length-prefixed, so no text can forge a separator. */
function str(s: string | undefined): string {
  return s === undefined ? '-' : `${s.length}:${s}`;
}

function runKey(r: Run): string {
  const flags = `${r.noHyphenate === true ? 1 : 0}${r.noBreak === true ? 1 : 0}${r.url === true ? 1 : 0}`;
  const dates = r.dates === undefined ? '-' : `${r.dates.length}[${r.dates.map(str).join('')}]`;
  return `${str(r.text)}${str(r.font)}${r.size};${str(r.color)}${str(r.link)}${flags}${dates}`;
}

/** Every field of a ParagraphInput, each read by `paragraphKey` (see RUN_FIELDS). */
export const PARAGRAPH_FIELDS = {
  runs: true, width: true, firstLineWidth: true, firstLineOffset: true, restOffset: true, align: true,
  hyphenate: true, language: true, fallbackFonts: true, spacing: true,
} as const satisfies Record<keyof ParagraphInput, true>;

/** Every field of InterwordSpacing, each read by `paragraphKey`. */
export const SPACING_FIELDS = { shrink: true, maxStretch: true } as const satisfies Record<keyof InterwordSpacing, true>;

/**
 * A string that is equal for two inputs exactly when they break alike: the
 * key of the line-break memo. Built by hand because JSON.stringify of every
 * paragraph of a 1,000-publication CV took a quarter of the typesetting.
 */
export function paragraphKey(p: ParagraphInput): string {
  let key = `${p.width};${p.firstLineWidth ?? '-'};${p.firstLineOffset ?? '-'};${p.restOffset ?? '-'};${p.align};${p.hyphenate ? 1 : 0}${str(p.language)}`;
  key += `${p.fallbackFonts.length}[${p.fallbackFonts.map(str).join('')}]`;
  key += p.spacing === undefined ? '-' : `${p.spacing.shrink};${p.spacing.maxStretch};`;
  key += `${p.runs.length}[`;
  for (const r of p.runs) key += runKey(r);
  return key;
}
