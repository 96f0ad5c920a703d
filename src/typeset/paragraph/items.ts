/**
 * Source + break opportunities -> box/glue/penalty items (Knuth–Plass model).
 * Box widths are differences of word-prefix widths, so the boxes of an
 * unbroken word add up to exactly what the measurer gives for the whole word.
 */
import { CharKind } from './chars.js';
import type { CachedMeasurer } from '../measure-cache.js';
import { addOpportunity, PENALTY, type Opportunities } from './opportunities.js';
import { visibleText, type Source, type Word } from './source.js';
import type { Box, ItemList, Item, Penalty } from './types.js';
import { giantMiddle, greedyCuts, insideMiddle, keepOnlyCuts, type GiantMiddle } from './giant-tokens.js';
import { graphemeBreaks, separatorBreaks } from './url-breaks.js';

/** TeX's stretch for an interword space: 1/2 of the space (its shrink is the paragraph's InterwordSpacing, TeX's 1/3 by default). */
export const SPACE_STRETCH = 1 / 2;

/** Penalty that forces a break (the end of the paragraph). */
export const FORCED = -Infinity;

/**
 * Words longer than this (UTF-16 units) get box widths measured piece by piece
 * instead of as prefix differences: a 300-character token broken anywhere would
 * otherwise shape 300 prefixes. Pieces ignore kerning across their joins; the
 * drawn-width check in index.ts catches the rare line that then does not fit.
 */
export const LONG_WORD = 64;

const isLong = (w: Word): boolean => w.end - w.start > LONG_WORD;

/** Width of `src.text[w.start, k)` in the word's face: the measure of a word's head. */
function prefixWidth(src: Source, w: Word, k: number, m: CachedMeasurer): number {
  return k <= w.start ? 0 : m.width(visibleText(src, w.start, Math.min(k, w.end)), w.font, w.size);
}

/** Width of "-" appended to the head of `w` ending at k, in that face (or the run's face if it lacks "-"). */
function hyphenWidth(src: Source, w: Word, k: number, m: CachedMeasurer): number {
  if (m.hasGlyph(w.font, 0x2d) && isLong(w)) return m.width('-', w.font, w.size);
  if (m.hasGlyph(w.font, 0x2d)) return m.width(visibleText(src, w.start, k) + '-', w.font, w.size) - prefixWidth(src, w, k, m);
  const run = src.runs[w.runIndex]!;
  return m.width('-', run.font, run.size);
}

/** The word holding the last drawn character before `pos`, or undefined after a space. */
function wordBefore(src: Source, pos: number): Word | undefined {
  for (let i = pos - 1; i >= 0; i--) {
    if (src.kind[i] === CharKind.Dropped) continue;
    return src.kind[i] === CharKind.Visible ? src.words[src.wordOf[i]!] : undefined;
  }
  return undefined;
}

function wordAt(src: Source, pos: number): Word | undefined {
  for (let i = pos; i < src.text.length; i++) {
    if (src.kind[i] === CharKind.Dropped) continue;
    return src.kind[i] === CharKind.Visible ? src.words[src.wordOf[i]!] : undefined;
  }
  return undefined;
}

/** Measured width of the drawn text in [a, b) (no spaces inside), word piece by word piece. */
function spanWidth(src: Source, a: number, b: number, m: CachedMeasurer): number {
  let total = 0;
  let i = a;
  while (i < b) {
    const wi = src.wordOf[i]!;
    if (wi < 0) {
      i++;
      continue;
    }
    const w = src.words[wi]!;
    const end = Math.min(b, w.end);
    total += m.width(visibleText(src, i, end), w.font, w.size);
    i = end;
  }
  return total;
}

/** Space-delimited tokens: maximal runs of drawn non-space text. */
function tokens(src: Source): [number, number][] {
  const out: [number, number][] = [];
  const n = src.text.length;
  let start = -1;
  let end = -1;
  for (let i = 0; i <= n; i++) {
    const k = i < n ? src.kind[i] : CharKind.Space;
    if (k === CharKind.Space) {
      if (start >= 0) out.push([start, end]);
      start = -1;
    } else if (k === CharKind.Visible) {
      if (start < 0) start = i;
      end = i + 1;
    }
  }
  return out;
}

const isHighSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;

/** Tokens longer than this (UTF-16 units) are first measured by their head alone. */
const HEAD_UNITS = 256;

/**
 * Whether the drawn text of [a, b) is wider than `limit`. A long token whose
 * head alone is wider is not measured whole: that would shape a 100,000-character
 * word on every pass only to learn that it fits no line.
 */
function widerThan(src: Source, a: number, b: number, limit: number, m: CachedMeasurer): boolean {
  if (b - a > HEAD_UNITS) {
    // Not between the two halves of a surrogate pair.
    const head = a + HEAD_UNITS - (isHighSurrogate(src.text.charCodeAt(a + HEAD_UNITS - 1)) ? 1 : 0);
    if (spanWidth(src, a, head, m) > limit) return true;
  }
  return spanWidth(src, a, b, m) > limit;
}

/**
 * Emergency breaks, so that nothing ever crosses the margin: a token wider
 * than the narrowest line gets breaks after URL separators and, inside pieces
 * that still do not fit, between any two characters. Hyphenation points in such
 * a token stay preferred (cheaper); the character breaks also let a long word
 * end a line without a hyphen when three hyphens in a row are not allowed.
 * Tokens many lines of `width` wide break only at line-filling cuts inside
 * (giant-tokens.ts). Returns whether any token needed emergency breaks, and
 * the middles of the giant ones.
 */
export function addEmergencyBreaks(
  src: Source,
  ops: Opportunities,
  minWidth: number,
  width: number,
  m: CachedMeasurer,
): { emergency: boolean; middles: GiantMiddle[] } {
  let emergency = false;
  const middles: GiantMiddle[] = [];
  // One UTF-16 unit of a word (most graphemes) is measured without slicing the text.
  const measure = (a: number, b: number): number => {
    const w = b === a + 1 && src.kind[a] === CharKind.Visible ? src.words[src.wordOf[a]!] : undefined;
    return w ? m.width(src.text[a]!, w.font, w.size) : spanWidth(src, a, b, m);
  };
  for (const [a, b] of tokens(src)) {
    if (!widerThan(src, a, b, minWidth, m)) continue;
    emergency = true;
    const graphemes = graphemeBreaks(src, a, b);
    const middle = giantMiddle(greedyCuts([a, ...graphemes, b], width, measure));
    if (middle) middles.push(middle);
    const cuts = [a, ...separatorBreaks(src, a, b).filter((p) => !insideMiddle(middle, p)), b];
    for (let k = 1; k < cuts.length - 1; k++) addOpportunity(ops, cuts[k]!, { penalty: PENALTY.urlSeparator, flagged: false, hyphen: false });
    let g = 0;
    for (let k = 0; k < cuts.length - 1; k++) {
      const [x, y] = [cuts[k]!, cuts[k + 1]!];
      while (g < graphemes.length && graphemes[g]! <= x) g++;
      const wider = widerThan(src, x, y, minWidth, m);
      for (; g < graphemes.length && graphemes[g]! < y; g++) {
        const p = graphemes[g]!;
        if (wider && !insideMiddle(middle, p)) addOpportunity(ops, p, { penalty: PENALTY.anywhere, flagged: false, hyphen: false });
      }
    }
  }
  keepOnlyCuts(ops, middles);
  return { emergency, middles };
}

/** Builds the item list; the last item is a forced break at the end of the text. */
export function buildItems(src: Source, ops: Opportunities, m: CachedMeasurer): ItemList {
  const items: Item[] = [];
  const startCorrection = new Map<number, number>();
  const n = src.text.length;
  let box: Box | undefined;
  let boxWord = -1;
  const closeBox = (): void => {
    if (!box) return;
    const w = src.words[boxWord]!;
    box.width = isLong(w)
      ? m.width(visibleText(src, box.start, box.end), w.font, w.size)
      : prefixWidth(src, w, box.end, m) - prefixWidth(src, w, box.start, m);
    box = undefined;
  };
  for (let i = 0; i < n; i++) {
    const op = ops.get(i);
    if (op && box) {
      closeBox();
      const wEnd = wordBefore(src, i);
      const penalty: Penalty = {
        type: 'penalty',
        width: op.hyphen && wEnd ? hyphenWidth(src, wEnd, i, m) : 0,
        penalty: op.penalty,
        flagged: op.flagged,
        hyphen: op.hyphen,
        pattern: op.pattern === true,
        pos: i,
      };
      items.push(penalty);
      const wStart = wordAt(src, i);
      if (wStart && wStart.start < i && !isLong(wStart)) {
        const tail = m.width(visibleText(src, i, wStart.end), wStart.font, wStart.size);
        const corr = tail - (prefixWidth(src, wStart, wStart.end, m) - prefixWidth(src, wStart, i, m));
        if (corr !== 0) startCorrection.set(items.length - 1, corr);
      }
    }
    const k = src.kind[i];
    if (k === CharKind.Space) {
      closeBox();
      const run = src.runs[src.runOf[i]!]!;
      const w = m.width(' ', run.font, run.size);
      // A space inside a noBreak run (a name) is glue that may not end a line.
      if (run.noBreak && src.runOf[i - 1] === src.runOf[i] && src.runOf[i + 1] === src.runOf[i]) {
        items.push({ type: 'penalty', width: 0, penalty: 10000, flagged: false, hyphen: false, pattern: false, pos: i });
      }
      items.push({ type: 'glue', width: w, stretch: w * SPACE_STRETCH, shrink: w * src.spacing.shrink, pos: i });
    } else if (k === CharKind.Visible) {
      const wi = src.wordOf[i]!;
      if (box && boxWord === wi) box.end = i + 1;
      else {
        closeBox();
        // Two literal shapes, not a spread: a long word makes a box per character.
        box = src.runs[src.runOf[i]!]!.url ? { type: 'box', width: 0, start: i, end: i + 1, url: true } : { type: 'box', width: 0, start: i, end: i + 1 };
        boxWord = wi;
        items.push(box);
      }
    }
  }
  closeBox();
  items.push({ type: 'penalty', width: 0, penalty: FORCED, flagged: false, hyphen: false, pattern: false, pos: n });
  return { items, startCorrection };
}
