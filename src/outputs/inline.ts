/**
 * Runs as the non-PDF outputs see them: what the text says and means (bold,
 * italic, a link, a date), not its size or colour. Shared by txt, md and html.
 */
import type { Run } from '../compose/types.js';
import { FONT } from '../compose/theme.js';

/** Consecutive runs that share a style and a link, merged. */
export interface Span {
  text: string;
  bold: boolean;
  italic: boolean;
  link?: string;
  /** ISO dates of a date run (see Run.dates). */
  dates?: string[];
  /** Where a line may break inside: anywhere UAX #14 allows, only at spaces (emails, names), or never (URLs). */
  breaks: 'any' | 'spaces' | 'none';
  /** The run's colour and size, for the HTML page. */
  color: string;
  size: number;
}

const BOLD = new Set<string>([FONT.bold, FONT.boldItalic, FONT.semibold]);
const ITALIC = new Set<string>([FONT.italic, FONT.boldItalic]);

/**
 * Runs to spans: neighbours that look and link alike become one span. Only
 * the text output, which breaks lines itself, keeps apart runs that differ in
 * where they may break (a name and the "*" after it).
 */
export function spans(runs: readonly Run[], { keepBreaks = false } = {}): Span[] {
  const out: Span[] = [];
  for (const r of runs) {
    const breaks = r.url || r.noBreak ? 'none' : r.noHyphenate ? 'spaces' : 'any';
    const s: Span = { text: r.text, bold: BOLD.has(r.font), italic: ITALIC.has(r.font), breaks, color: r.color, size: r.size };
    if (r.link) s.link = r.link;
    if (r.dates) s.dates = r.dates;
    const last = out[out.length - 1];
    const alike = last && !last.dates && !s.dates && last.bold === s.bold && last.italic === s.italic && last.link === s.link && (!keepBreaks || last.breaks === s.breaks) && last.color === s.color && last.size === s.size;
    if (alike) last.text += s.text;
    else out.push(s);
  }
  return out;
}

/** The plain text of some runs. */
export function plainText(runs: readonly Run[]): string {
  return runs.map((r) => r.text).join('');
}

/** "mailto:a@b.org" and "a@b.org", "https://x.org/" and "x.org": what is compared to tell a label that already says its target. */
function bare(s: string): string {
  return s
    .trim()
    .replace(/^(mailto:|tel:)/i, '')
    .replace(/^https?:\/\/(dx\.)?doi\.org\//i, 'doi:')
    .replace(/^https?:\/\//i, '')
    .replace(/^www\./i, '')
    .replace(/\/$/, '')
    .toLowerCase();
}

/** Whether a link's label already shows its target (an email, a phone number, a bare URL), so repeating it adds nothing. */
export function labelShowsTarget(label: string, url: string): boolean {
  if (/^tel:/i.test(url)) return label.replace(/[^+\d]/g, '') === url.slice(4).replace(/[^+\d]/g, '');
  return bare(label) === bare(url);
}
