/**
 * Chosen breaks -> drawn lines: segments of one run and one face, measured
 * whole (as pdfkit draws them), justified through word spacing, aligned.
 */
import { CharKind } from './chars.js';
import { SPACE_STRETCH } from './items.js';
import type { CachedMeasurer } from '../measure-cache.js';
import type { Source } from './source.js';
import type { Item, Line, LineRange, LineSegment, ParagraphInput } from './types.js';

/** Justified lines end at the width within this. */
const SNAP = 1e-9;

/** The text range a line holds when it runs from after break `a` (-1: start) to break `b`. */
export function lineRange(items: Item[], a: number, b: number): LineRange {
  const startItem = a < 0 ? undefined : items[a]!;
  const start = startItem === undefined ? 0 : startItem.type === 'glue' ? startItem.pos + 1 : startItem.type === 'penalty' ? startItem.pos : startItem.end;
  const endItem = items[b]!;
  const end = endItem.type === 'box' ? endItem.end : endItem.pos;
  return { start, end, hyphen: endItem.type === 'penalty' && endItem.hyphen };
}

interface Piece {
  runIndex: number;
  font: string;
  text: string;
}

/** Splits a range into same-run, same-face pieces, without leading/trailing spaces; adds the hyphen. */
function pieces(src: Source, range: LineRange, m: CachedMeasurer): Piece[] {
  const out: Piece[] = [];
  let cur: Piece | undefined;
  let from = -1; // start of the pending slice of src.text for `cur`
  const flush = (to: number): void => {
    if (cur && from >= 0 && to > from) cur.text += src.text.slice(from, to);
    from = -1;
  };
  for (let i = range.start; i < range.end; i++) {
    const k = src.kind[i];
    if (k === CharKind.Dropped || (k === CharKind.Space && !cur)) {
      flush(i);
      continue;
    }
    const runIndex = src.runOf[i]!;
    const font = src.font[i]!;
    if (!cur || cur.runIndex !== runIndex || cur.font !== font) {
      flush(i);
      cur = { runIndex, font, text: '' };
      out.push(cur);
    }
    if (from < 0) from = i;
  }
  flush(range.end);
  // Trim trailing spaces.
  while (out.length > 0) {
    const last = out[out.length - 1]!;
    let end = last.text.length;
    while (end > 0 && last.text.charCodeAt(end - 1) === 0x20) end--;
    if (end < last.text.length) last.text = last.text.slice(0, end);
    if (last.text !== '') break;
    out.pop();
  }
  if (range.hyphen && out.length > 0) {
    const last = out[out.length - 1]!;
    if (m.hasGlyph(last.font, 0x2d)) last.text += '-';
    else out.push({ runIndex: last.runIndex, font: src.runs[last.runIndex]!.font, text: '-' });
  }
  return out;
}

/**
 * Narrowest width of the line as drawn: each piece measured whole, minus what
 * its spaces may shrink when `justified`.
 */
export function measureRange(src: Source, range: LineRange, m: CachedMeasurer, justified = false): number {
  let w = 0;
  for (const p of pieces(src, range, m)) {
    const size = src.runs[p.runIndex]!.size;
    w += m.width(p.text, p.font, size);
    if (justified) w -= countSpaces(p.text) * m.width(' ', p.font, size) * src.spacing.shrink;
  }
  return w;
}

function countSpaces(s: string): number {
  let c = 0;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) === 0x20) c++;
  return c;
}

/** Where and how to set one line. */
export interface AssembleOptions {
  align: ParagraphInput['align'];
  /** Available width and left offset of this line. */
  width: number;
  offset: number;
  /** Stretch the spaces so the line ends at `width` (justified, not the last line). */
  justify: boolean;
  /** Shrink the spaces of a line wider than `width` (the last line of a justified paragraph). */
  shrinkToFit: boolean;
}

/** Builds one Line: segments with x, width and word spacing; ascent/descent from the faces used. */
export function assembleLine(src: Source, range: LineRange, m: CachedMeasurer, opts: AssembleOptions): Line {
  const ps = pieces(src, range, m);
  const segs: LineSegment[] = ps.map((p) => {
    const run = src.runs[p.runIndex]!;
    const seg: LineSegment = {
      text: p.text,
      font: p.font,
      size: run.size,
      color: run.color,
      x: 0,
      width: m.width(p.text, p.font, run.size),
      wordSpacing: 0,
      runIndex: p.runIndex,
    };
    if (run.link !== undefined) seg.link = run.link;
    return seg;
  });
  const natural = segs.reduce((s, g) => s + g.width, 0);
  const gap = opts.width - natural;
  if ((opts.justify && Math.abs(gap) > SNAP) || (opts.shrinkToFit && gap < -SNAP)) {
    // Each space gets r times its own stretch (or shrink), as TeX sets glue.
    const unit = (g: LineSegment): number => m.width(' ', g.font, g.size) * (gap > 0 ? SPACE_STRETCH : src.spacing.shrink);
    const total = segs.reduce((s, g) => s + countSpaces(g.text) * unit(g), 0);
    if (total > 0) {
      // A line that could only be justified with spaces stretched past the cap
      // (no break fits: a long unbreakable word follows) stops there and ends short.
      const r = Math.min(gap / total, src.spacing.maxStretch);
      for (const g of segs) {
        const spaces = countSpaces(g.text);
        if (spaces === 0) continue;
        g.wordSpacing = r * unit(g);
        g.width += g.wordSpacing * spaces;
      }
    }
  }
  const used = segs.reduce((s, g) => s + g.width, 0);
  const slack = Math.max(0, opts.width - used);
  let x = opts.offset + (opts.align === 'right' ? slack : opts.align === 'center' ? slack / 2 : 0);
  for (const g of segs) {
    g.x = x;
    x += g.width;
  }
  let ascent = 0;
  let descent = 0;
  for (const g of segs) {
    const fm = m.metrics(g.font, g.size);
    ascent = Math.max(ascent, fm.ascent);
    descent = Math.max(descent, fm.descent);
  }
  const line: Line = { segments: segs, width: used, ascent, descent, hyphenated: range.hyphen && segs.length > 0, overfull: used > opts.width + 1e-6 };
  if (!range.hyphen && segs.length > 0 && src.kind[range.end] === CharKind.Space) line.spaceAfter = true;
  return line;
}
