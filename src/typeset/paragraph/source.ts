/**
 * The paragraph as one string with per-character facts (run, face, kind), so
 * that UAX #14, hyphenation and line assembly all speak the same positions.
 */
import type { Run } from '../../compose/types.js';
import type { FontId } from '../../fonts/types.js';
import type { CachedMeasurer } from '../measure-cache.js';
import { ALWAYS_DROPPED, CharKind, LOWEST_DROPPED } from './chars.js';
import { assignFaces } from './fallback.js';
import type { InterwordSpacing, MissingGlyph } from './types.js';

/** TeX's interword spacing: a space shrinks by 1/3 and stretches without bound. */
const TEX_SPACING: InterwordSpacing = { shrink: 1 / 3, maxStretch: Infinity };

/** A word as the measurer sees it: non-space characters in one run and one face. */
export interface Word {
  start: number;
  /** Position just after the last character. */
  end: number;
  font: FontId;
  size: number;
  runIndex: number;
}

export interface Source {
  runs: Run[];
  /** All run texts concatenated (tabs and stray line breaks read as spaces). */
  text: string;
  /** Per UTF-16 unit: run index, offset in that run, kind, face, word index (-1 for none). */
  runOf: Int32Array;
  offsetOf: Int32Array;
  kind: Uint8Array;
  font: FontId[];
  wordOf: Int32Array;
  words: Word[];
  missingGlyphs: MissingGlyph[];
  /** How far the paragraph's spaces may shrink and stretch when justified. */
  spacing: InterwordSpacing;
}

/**
 * Flattens runs, assigns faces (with fallback), collapses runs of spaces to one
 * (as TeX does) and drops leading/trailing spaces, then groups words.
 */
export function buildSource(runs: Run[], fallbackFonts: FontId[], m: CachedMeasurer, spacing: InterwordSpacing = TEX_SPACING): Source {
  const text = runs.map((r) => r.text).join('').replace(/[\t\n\r\f\v]/g, ' ');
  const n = text.length;
  const runOf = new Int32Array(n);
  const offsetOf = new Int32Array(n);
  let p = 0;
  runs.forEach((r, ri) => {
    for (let k = 0; k < r.text.length; k++, p++) {
      runOf[p] = ri;
      offsetOf[p] = k;
    }
  });

  const kind = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20) kind[i] = CharKind.Space;
    else if (c >= LOWEST_DROPPED && ALWAYS_DROPPED.has(c)) kind[i] = CharKind.Dropped;
  }
  // Collapse spaces: keep the first of a row, drop leading and trailing ones.
  let prevKept = -1; // kind of the previous kept char, -1 at start
  for (let i = 0; i < n; i++) {
    if (kind[i] === CharKind.Dropped) continue;
    if (kind[i] === CharKind.Space && prevKept !== CharKind.Visible) kind[i] = CharKind.Dropped;
    else prevKept = kind[i]!;
  }
  for (let i = n - 1; i >= 0 && kind[i] !== CharKind.Visible; i--) kind[i] = CharKind.Dropped;

  const { font, missingGlyphs } = assignFaces(text, runs, runOf, offsetOf, kind, fallbackFonts, m);

  const wordOf = new Int32Array(n).fill(-1);
  const words: Word[] = [];
  let cur: Word | undefined;
  for (let i = 0; i < n; i++) {
    const k = kind[i];
    if (k === CharKind.Dropped) {
      if (cur) wordOf[i] = words.length - 1;
      continue;
    }
    if (k === CharKind.Space) {
      cur = undefined;
      continue;
    }
    const f = font[i]!;
    const ri = runOf[i]!;
    if (!cur || cur.font !== f || cur.runIndex !== ri) {
      cur = { start: i, end: i + 1, font: f, size: runs[ri]!.size, runIndex: ri };
      words.push(cur);
    }
    cur.end = i + 1;
    wordOf[i] = words.length - 1;
  }
  // A dropped char after a word's last visible char belongs to no word.
  for (let i = 0; i < n; i++) {
    const w = wordOf[i]!;
    if (w >= 0 && i >= words[w]!.end) wordOf[i] = -1;
  }
  return { runs, text, runOf, offsetOf, kind, font, wordOf, words, missingGlyphs, spacing };
}

/** The characters of [start, end) that are drawn (dropped ones removed). */
export function visibleText(src: Source, start: number, end: number): string {
  let s = '';
  let from = start;
  for (let i = start; i < end; i++) {
    if (src.kind[i] === CharKind.Dropped) {
      if (i > from) s += src.text.slice(from, i);
      from = i + 1;
    }
  }
  if (end > from) s += src.text.slice(from, end);
  return s;
}
