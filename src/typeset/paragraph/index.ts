/**
 * The paragraph engine: runs in, measured and placed lines out. Pure: all it
 * knows of fonts comes through the Measurer.
 *
 * Steps: font fallback -> break opportunities (UAX #14, URL rules, patterns,
 * emergency) -> box/glue/penalty items -> Knuth–Plass with rising tolerance
 * (first-fit as last resort) -> check with whole-segment measures -> lines.
 */
import { CharKind } from './chars.js';
import { composeMarks } from './compose-marks.js';
import { keepOnlyCuts } from './giant-tokens.js';
import { firstFit } from './greedy.js';
import { addHyphenationBreaks } from './hyphenate.js';
import { addEmergencyBreaks, buildItems } from './items.js';
import { knuthPlass } from './knuth-plass.js';
import { assembleLine, lineRange, measureRange } from './lines.js';
import { cacheMeasurer } from '../measure-cache.js';
import type { Opportunities } from './opportunities.js';
import { buildSource } from './source.js';
import type { Measurer } from '../types.js';
import type { BreakOptions, ItemList, Line, ParagraphInput, ParagraphResult } from './types.js';
import { addUax14Breaks } from './uax14.js';
import { addUrlBreaks } from './url-breaks.js';
import { lineMetrics, tooLooseForUrl } from './url-lines.js';

export type { BreakOptions, Line, LineSegment, MissingGlyph, ParagraphInput, ParagraphResult } from './types.js';

/** Adjustment-ratio limits tried in turn with hyphenation (TeX's \tolerance, raised). */
export const TOLERANCES = [1, 2, 4, 10, Infinity] as const;
/** Tried first, without pattern hyphenation (TeX's \pretolerance). */
export const PRETOLERANCE = 1;
/** Ragged lines may fall short by this many ems at tolerance 1 (\raggedright's \rightskip stretch). */
export const RAGGED_STRETCH_EM = 3;
/** Stretch credited to a justified line without spaces (about one space's stretch). */
export const MIN_STRETCH_EM = 1 / 8;
/** Drawn lines may exceed the width by this much (float noise). */
const FIT_SLACK = 1e-6;

/** Sum-based line widths over an item list, fully shrunk when `justified`. */
function naturalWidths(list: ItemList, justified: boolean): (a: number, b: number) => number {
  const { items, startCorrection } = list;
  const sum = new Float64Array(items.length + 1);
  items.forEach((it, i) => {
    const w = it.type === 'penalty' ? 0 : it.type === 'glue' && justified ? it.width - it.shrink : it.width;
    sum[i + 1] = sum[i]! + w;
  });
  return (a, b) => {
    let s = a + 1;
    while (s < b && items[s]!.type !== 'box') s++;
    const end = items[b]!;
    return sum[b]! - sum[s]! + (end.type === 'penalty' ? end.width : 0) + (startCorrection.get(a) ?? 0);
  };
}

/**
 * Breaks a paragraph into lines that never cross `width` (see Line.overfull
 * for the one exception), choosing breaks like TeX: optimal over the whole
 * paragraph, hyphenating only when that helps, URLs and over-long words split
 * where they must. Also reports characters no face can draw.
 */
export function breakParagraph(input: ParagraphInput, measurer: Measurer, options: BreakOptions = {}): ParagraphResult {
  const m = cacheMeasurer(measurer);
  const src = buildSource(composeMarks(input.runs, m), input.fallbackFonts, m, input.spacing);
  const missingGlyphs = src.missingGlyphs;
  if (!src.kind.some((k) => k === CharKind.Visible)) return { lines: [], missingGlyphs };

  const first = input.firstLineWidth ?? input.width;
  const lineWidth = (i: number): number => (i === 0 ? first : input.width);
  const minWidth = Math.min(first, input.width);
  const hyphenate = input.hyphenate && input.language ? options.hyphenator : undefined;
  const em = Math.max(...input.runs.map((r) => r.size));
  const raggedStretch = input.align === 'justify' ? undefined : RAGGED_STRETCH_EM * em;
  const minStretch = MIN_STRETCH_EM * em;

  const ops: Opportunities = new Map();
  addUax14Breaks(src, ops);
  addUrlBreaks(src, ops);
  const { emergency, middles } = addEmergencyBreaks(src, ops, minWidth, input.width, m);
  // Each pattern hyphenation point costs a measurement, and most paragraphs
  // break well without them: they are added only for the passes that use them.
  // A paragraph with a word that fits no line (or first-fit) uses them at once:
  // then they go in before the items are built, so those are built only once.
  let patternsAdded = hyphenate !== undefined && (emergency || options.algorithm === 'first-fit');
  if (patternsAdded && addHyphenationBreaks(src, hyphenate!, ops)) keepOnlyCuts(ops, middles);
  const withPatterns = () => {
    if (hyphenate !== undefined && !patternsAdded) {
      patternsAdded = true;
      // No point added (a paragraph of one long token): the items are the same.
      if (addHyphenationBreaks(src, hyphenate, ops)) {
        keepOnlyCuts(ops, middles);
        list = buildItems(src, ops, m);
      }
    }
  };
  let list = buildItems(src, ops, m);

  // First without pattern hyphenation (TeX's first pass), unless some word fits
  // no line, where hyphenating beats cutting it anywhere; then with it, raising
  // the tolerance; first-fit as the last resort.
  let breaks: number[] | null = null;
  if (options.algorithm === 'first-fit') withPatterns();
  else {
    const kp = { lineWidth, raggedStretch, minStretch, urlLineStretch: RAGGED_STRETCH_EM * em };
    if (hyphenate === undefined || !emergency) breaks = knuthPlass(list, { ...kp, tolerance: PRETOLERANCE, patterns: false });
    if (!breaks) withPatterns();
    for (const tolerance of TOLERANCES) {
      if (breaks) break;
      breaks = knuthPlass(list, { ...kp, tolerance, patterns: true });
    }
  }
  const justify = input.align === 'justify';
  breaks ??= firstFit(list.items, { lineWidth, natural: naturalWidths(list, justify) });

  // Check with the widths as drawn; re-break first-fit on those if shaping disagrees.
  const rangesOf = (bs: number[]) => bs.map((b, i) => lineRange(list.items, i === 0 ? -1 : bs[i - 1]!, b));
  // Justified lines: all but the last, and not one holding a URL that would be too loose (url-lines.ts).
  const justifiedLines = (bs: number[]) =>
    bs.map((b, i) => {
      if (!justify || i === bs.length - 1) return false;
      const line = lineMetrics(list, i === 0 ? -1 : bs[i - 1]!, b);
      return !tooLooseForUrl(lineWidth(i) - line.natural, line.stretch, minStretch, line.url);
    });
  let ranges = rangesOf(breaks);
  let justifyLine = justifiedLines(breaks);
  if (ranges.some((r, i) => measureRange(src, r, m, justifyLine[i]!) > lineWidth(i) + FIT_SLACK)) {
    const refit = firstFit(list.items, { lineWidth, natural: (a, b) => measureRange(src, lineRange(list.items, a, b), m, justify) });
    ranges = rangesOf(refit);
    justifyLine = justifiedLines(refit);
  }

  const lines: Line[] = ranges.map((range, i) =>
    assembleLine(src, range, m, {
      align: input.align,
      width: lineWidth(i),
      offset: (i === 0 ? input.firstLineOffset : input.restOffset) ?? 0,
      justify: justifyLine[i]!,
      shrinkToFit: justify,
    }),
  );
  return { lines: lines.filter((l) => l.segments.length > 0), missingGlyphs };
}
