import type { Run } from '../compose/types.js';
import type { Measurer } from './types.js';

/**
 * Groups a paragraph's runs into link spans: consecutive runs with the same
 * target are one link (say a bold word inside a link), so they share one Link
 * structure node. Returns the span index per run, undefined for plain runs.
 */
export function linkSpans(runs: readonly Run[]): (number | undefined)[] {
  const spans: (number | undefined)[] = [];
  let span = -1;
  runs.forEach((run, i) => {
    if (run.link === undefined) {
      spans.push(undefined);
      return;
    }
    if (i === 0 || runs[i - 1]!.link !== run.link) span++;
    spans.push(span);
  });
  return spans;
}

export interface LinkPiece {
  span: number;
  /** Index of the piece's last segment in the line: the link item follows its text. */
  lastSegment: number;
  href: string;
  /** Rectangle relative to the line's baseline: `y` is negative (above it). */
  x: number;
  y: number;
  width: number;
  height: number;
}

interface SegmentLike {
  x: number;
  width: number;
  font: string;
  size: number;
  runIndex: number;
}

/**
 * The clickable rectangles of one line: one per stretch of consecutive
 * segments in the same link span, covering exactly the text's box (ascent
 * above the baseline, descent below), so a wrapped link gets one per line.
 */
export function linkPieces(
  segments: readonly SegmentLike[],
  x0: number,
  runs: readonly Run[],
  spans: readonly (number | undefined)[],
  measurer: Measurer,
): LinkPiece[] {
  const pieces: LinkPiece[] = [];
  let open: (LinkPiece & { ascent: number; descent: number }) | undefined;
  const close = (): void => {
    if (open) {
      pieces.push({ span: open.span, lastSegment: open.lastSegment, href: open.href, x: open.x, y: -open.ascent, width: open.width, height: open.ascent + open.descent });
      open = undefined;
    }
  };
  segments.forEach((seg, index) => {
    const span = spans[seg.runIndex];
    const href = runs[seg.runIndex]?.link;
    if (span === undefined || href === undefined) {
      close();
      return;
    }
    const m = measurer.metrics(seg.font, seg.size);
    if (open && open.span === span) {
      open.width = x0 + seg.x + seg.width - open.x;
      open.ascent = Math.max(open.ascent, m.ascent);
      open.descent = Math.max(open.descent, m.descent);
      open.lastSegment = index;
      return;
    }
    close();
    open = { span, lastSegment: index, href, x: x0 + seg.x, y: 0, width: seg.width, height: 0, ascent: m.ascent, descent: m.descent };
  });
  close();
  return pieces;
}
