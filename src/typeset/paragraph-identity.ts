import type { Run } from '../compose/types.js';
import type { InterwordSpacing, ParagraphInput } from './paragraph/types.js';

/**
 * Telling whether two paragraphs break alike, for the line-break memo: a
 * cheap hash (lengths, a few characters, the numbers) to find candidates and
 * a field-by-field comparison to be sure. Building a key from every
 * character (JSON.stringify) and hashing it again was a fifth of typesetting
 * a long CV; texts the compose step took from the CV are often the same
 * string, which compares at once.
 */

/** Every field of a Run, each compared by `sameRun`: a field added to Run fails the type check here until it is. */
export const RUN_FIELDS = {
  text: true, font: true, size: true, color: true, link: true, noHyphenate: true, noBreak: true, url: true, dates: true,
} as const satisfies Record<keyof Run, true>;

/** Every field of a ParagraphInput, each compared by `sameParagraph`. */
export const PARAGRAPH_FIELDS = {
  runs: true, width: true, firstLineWidth: true, firstLineOffset: true, restOffset: true, align: true,
  hyphenate: true, language: true, fallbackFonts: true, spacing: true,
} as const satisfies Record<keyof ParagraphInput, true>;

/** Every field of InterwordSpacing, each compared by `sameParagraph`. */
export const SPACING_FIELDS = { shrink: true, maxStretch: true } as const satisfies Record<keyof InterwordSpacing, true>;

function mix(h: number, v: number): number {
  return Math.imul(h ^ v, 0x01000193);
}

/** A string's length and up to eight of its characters, spread over it. */
function hashText(h: number, s: string): number {
  const n = s.length;
  h = mix(h, n);
  const step = n > 8 ? n >> 3 : 1;
  for (let i = 0; i < n; i += step) h = mix(h, s.charCodeAt(i));
  return n > 0 ? mix(h, s.charCodeAt(n - 1)) : h;
}

/** Equal for paragraphs that `sameParagraph` calls the same (and for few others). */
export function paragraphHash(p: ParagraphInput): number {
  let h = mix(0x811c9dc5, Math.round(p.width * 64));
  h = mix(h, Math.round((p.firstLineWidth ?? -1) * 64));
  h = mix(h, p.runs.length);
  for (const r of p.runs) {
    h = hashText(h, r.text);
    h = mix(h, Math.round(r.size * 64));
  }
  return h >>> 0;
}

function sameList<T>(a: readonly T[] | undefined, b: readonly T[] | undefined): boolean {
  if (a === b) return true;
  if (a === undefined || b === undefined || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function sameRun(a: Run, b: Run): boolean {
  return a.text === b.text && a.font === b.font && a.size === b.size && a.color === b.color && a.link === b.link
    && a.noHyphenate === b.noHyphenate && a.noBreak === b.noBreak && a.url === b.url && sameList(a.dates, b.dates);
}

/** Whether two inputs hold the same data (a field left out and one set to undefined count alike). */
export function sameParagraph(a: ParagraphInput, b: ParagraphInput): boolean {
  if (a.width !== b.width || a.firstLineWidth !== b.firstLineWidth || a.firstLineOffset !== b.firstLineOffset || a.restOffset !== b.restOffset
    || a.align !== b.align || a.hyphenate !== b.hyphenate || a.language !== b.language || !sameList(a.fallbackFonts, b.fallbackFonts)) return false;
  if (a.spacing !== b.spacing && (a.spacing?.shrink !== b.spacing?.shrink || a.spacing?.maxStretch !== b.spacing?.maxStretch)) return false;
  if (a.runs.length !== b.runs.length) return false;
  for (let i = 0; i < a.runs.length; i++) if (!sameRun(a.runs[i]!, b.runs[i]!)) return false;
  return true;
}
