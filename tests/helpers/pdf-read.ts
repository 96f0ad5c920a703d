/**
 * Reading built PDFs back: text in reading order (pdf-parse), word boxes
 * (poppler's `pdftotext -bbox-layout`), and checks on them that several
 * integration tests share (text search across line breaks, margins, overlaps).
 */
import { readFileSync } from 'node:fs';
import { PDFParse } from 'pdf-parse';
import { tool } from './cli-run.js';
import { LABEL_LANGUAGES, labelsFor } from '../../src/compose/labels.js';

/** Page texts in reading order, as pdf-parse extracts them. */
export async function pdfPages(path: string): Promise<string[]> {
  const parser = new PDFParse({ data: new Uint8Array(readFileSync(path)) });
  try {
    const t = await parser.getText();
    return t.pages.map((p) => p.text);
  } finally {
    await parser.destroy();
  }
}

export const PAGE_NUMBER = /^\d+ \/ \d+$/;

/** The "(continued)" of every label language: the end of the cue a page opens with inside a split entry. */
const CONTINUED = new Set(LABEL_LANGUAGES.map((lang) => labelsFor(lang).continued));

/** Ends the cue repeating a split entry's title at the top of a page ("Engineer, Org (continued)"). */
function endsCue(line: string): boolean {
  const t = line.trim();
  return [...CONTINUED].some((c) => t.endsWith(c));
}

/** A long title wraps: its cue is at most this many lines. */
const CUE_LINES = 4;

/**
 * The body text of a document: pages joined, with the running header (an
 * exact line), the "n / N" page numbers and the cue a page opens with inside
 * a split entry removed, so that an entry split over two pages still reads as
 * one (a word cut at the page's end joins its rest on the next).
 */
export function bodyText(pages: readonly string[], runningHeader: string): string {
  return pages
    .map((p, index) => {
      const lines = p.split('\n').filter((line) => line.trim() !== runningHeader && !PAGE_NUMBER.test(line.trim()));
      const first = lines.findIndex((line) => line.trim() !== '');
      const cueEnd = index > 0 && first >= 0 ? lines.slice(first, first + CUE_LINES).findIndex(endsCue) : -1;
      if (cueEnd >= 0) lines.splice(first, cueEnd + 1);
      return lines.join('\n');
    })
    .join('\n');
}

/** Marks where a line ended in a hyphen: either a hyphenation point or a hyphen the text really has. */
const BREAK = '\u0001';

/**
 * Whitespace collapsed to single spaces; a hyphen at the END of a line
 * becomes a break mark, so that "inter-\npretability" can match
 * "interpretability" and "state-of-\nthe-art" can match "state-of-the-art".
 * A hyphen inside a line is left alone.
 */
export function normalizeText(text: string): string {
  return text.replace(/-[ \t]*\r?\n[ \t]*/g, BREAK).replace(/\s+/g, ' ');
}

function escape(c: string): string {
  return c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A straight quote typed in cv.yaml is printed as a typographic one (English, as in the sample CV). */
const QUOTE_FORMS: Record<string, string> = { "'": "['\u2018\u2019]", '"': '["\u201c\u201d]' };

/** A regex that finds `needle` in normalizeText() output, across line-end hyphens and quote forms. */
export function textPattern(needle: string, flags = 'u'): RegExp {
  const chars = [...needle.replace(/\s+/g, ' ').trim()];
  const parts = chars.map((c) => QUOTE_FORMS[c] ?? (c === '-' ? `(?:-|${BREAK})` : c === ' ' ? ' ' : escape(c)));
  // A hyphenation point may fall between any two characters of a word.
  return new RegExp(parts.join(`${BREAK}?`), flags);
}

/** Index of `needle` in normalized `haystack` at or after `from`, or -1. Also returns the match length. */
export function findText(haystack: string, needle: string, from = 0): { index: number; end: number } {
  const re = textPattern(needle, 'gu');
  re.lastIndex = from;
  const m = re.exec(haystack);
  return m ? { index: m.index, end: m.index + m[0].length } : { index: -1, end: -1 };
}

/** Markup as printed: **bold** and *italic* lose their stars, [label](url) becomes label. */
export function stripMarkup(s: string): string {
  return s.replace(/\[([^\]]*)\]\(([^)]*)\)/g, '$1').replace(/\*\*/g, '').replace(/\*/g, '');
}

// ---- word boxes ---------------------------------------------------------------------------------

export interface Word {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  text: string;
}
export interface Line {
  text: string;
  words: Word[];
}
export interface BoxPage {
  width: number;
  height: number;
  lines: Line[];
}

function decode(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&amp;/g, '&');
}

/** Every word's box, per line and page, from `pdftotext -bbox-layout` (y grows downwards from the top). */
export function wordBoxes(path: string): BoxPage[] {
  const html = tool('pdftotext', ['-bbox-layout', path, '-']).stdout;
  const pages: BoxPage[] = [];
  for (const pageHtml of html.split('<page ').slice(1)) {
    const width = Number(/width="([\d.]+)"/.exec(pageHtml)?.[1]);
    const height = Number(/height="([\d.]+)"/.exec(pageHtml)?.[1]);
    const lines: Line[] = [];
    for (const [, body] of pageHtml.matchAll(/<line [^>]*>([\s\S]*?)<\/line>/g)) {
      const words: Word[] = [];
      for (const m of (body ?? '').matchAll(/<word xMin="([-\d.]+)" yMin="([-\d.]+)" xMax="([-\d.]+)" yMax="([-\d.]+)">([\s\S]*?)<\/word>/g)) {
        words.push({ x0: Number(m[1]), y0: Number(m[2]), x1: Number(m[3]), y1: Number(m[4]), text: decode(m[5] ?? '') });
      }
      lines.push({ text: words.map((w) => w.text).join(' '), words });
    }
    pages.push({ width, height, lines });
  }
  return pages;
}

export interface Margins {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

const round = (n: number): number => Math.round(n * 100) / 100;
const box = (w: Word): string => `[${round(w.x0)}, ${round(w.y0)}, ${round(w.x1)}, ${round(w.y1)}]`;

/**
 * Words outside the text area (page minus margins, `tol` points of slack).
 * Only the running header (`headerText`, top band) and the "n / N" page
 * numbers (bottom band) may sit in the top/bottom margin; they must still be
 * on the page and inside the left and right margins.
 */
export function marginViolations(pages: readonly BoxPage[], m: Margins, headerText: string | undefined, tol = 0.5): string[] {
  const out: string[] = [];
  pages.forEach((p, i) => {
    const left = m.left - tol;
    const right = p.width - m.right + tol;
    const top = m.top - tol;
    const bottom = p.height - m.bottom + tol;
    for (const line of p.lines) {
      const isHeader = headerText !== undefined && line.text === headerText;
      const isPageNumber = PAGE_NUMBER.test(line.text);
      for (const w of line.words) {
        const inX = w.x0 >= left && w.x1 <= right;
        const inY = w.y0 >= top && w.y1 <= bottom;
        let ok = inX && inY;
        if (!ok && inX && (isHeader || isPageNumber)) {
          const inTopBand = w.y0 >= -tol && w.y1 <= m.top + tol;
          const inBottomBand = w.y0 >= p.height - m.bottom - tol && w.y1 <= p.height + tol;
          ok = isHeader ? inTopBand : inBottomBand;
        }
        if (!ok) out.push(`page ${i + 1}: '${w.text}' ${box(w)} (line '${line.text.slice(0, 60)}') is outside [${m.left}, ${m.top}, ${p.width - m.right}, ${p.height - m.bottom}]`);
      }
    }
  });
  return out;
}

/** Pairs of words on one page whose boxes overlap by more than `tol` points in both axes. */
export function overlaps(pages: readonly BoxPage[], tol = 0.5): string[] {
  const out: string[] = [];
  pages.forEach((p, i) => {
    const words = p.lines.flatMap((l) => l.words).sort((a, b) => a.y0 - b.y0);
    for (let a = 0; a < words.length; a++) {
      const wa = words[a] as Word;
      for (let b = a + 1; b < words.length; b++) {
        const wb = words[b] as Word;
        if (wb.y0 >= wa.y1 - tol) break; // sorted by top: no later word can overlap vertically by more than tol
        const ox = Math.min(wa.x1, wb.x1) - Math.max(wa.x0, wb.x0);
        const oy = Math.min(wa.y1, wb.y1) - Math.max(wa.y0, wb.y0);
        if (ox > tol && oy > tol) out.push(`page ${i + 1}: '${wa.text}' ${box(wa)} overlaps '${wb.text}' ${box(wb)} by ${round(ox)} x ${round(oy)} pt`);
      }
    }
  });
  return out;
}
