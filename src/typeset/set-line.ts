import type { Run } from '../compose/types.js';
import type { BoxContent } from './measured.js';
import type { Line } from './paragraph/types.js';
import { linkPieces, linkSpans } from './links.js';
import type { StructBuilder } from './structure.js';
import type { Measurer, StructNode } from './types.js';

/** What every block measurer shares: the measurer, the structure under construction and the reading-order counter. */
export interface SetContext {
  measurer: Measurer;
  struct: StructBuilder;
  /** Next reading-order number for a page item. */
  seq: { next: number };
}

/** One paragraph being set: its structure node and the Link nodes opened so far. */
export interface ParagraphSetter {
  node: StructNode;
  runs: readonly Run[];
  spans: (number | undefined)[];
  links: Map<number, StructNode>;
}

export function paragraphSetter(node: StructNode, runs: readonly Run[]): ParagraphSetter {
  return { node, runs, spans: linkSpans(runs), links: new Map() };
}

/**
 * Turns one broken line into page items relative to its baseline (text y = 0,
 * link rectangles above it), at left edge `x0`. Link structure nodes are
 * opened on first use, so their ids follow reading order, and a link that
 * wraps keeps one node across its lines.
 */
export function setLine(line: Line, x0: number, para: ParagraphSetter, ctx: SetContext): BoxContent[] {
  const out: BoxContent[] = [];
  const pieces = linkPieces(line.segments, x0, para.runs, para.spans, ctx.measurer);
  let piece = 0;
  line.segments.forEach((seg, index) => {
    const span = para.spans[seg.runIndex];
    let struct = para.node.id;
    if (span !== undefined) {
      let node = para.links.get(span);
      if (!node) {
        node = ctx.struct.add(para.node, 'Link', para.runs[seg.runIndex]!.link);
        para.links.set(span, node);
      }
      struct = node.id;
    }
    if (seg.text.length > 0) {
      out.push({
        seq: ctx.seq.next++,
        item: {
          kind: 'text', x: x0 + seg.x, y: 0, text: seg.text, font: seg.font, size: seg.size,
          color: seg.color, width: seg.width, wordSpacing: seg.wordSpacing, struct,
        },
      });
    }
    while (piece < pieces.length && pieces[piece]!.lastSegment === index) {
      const p = pieces[piece++]!;
      out.push({
        seq: ctx.seq.next++,
        item: { kind: 'link', x: p.x, y: p.y, width: p.width, height: p.height, href: p.href, struct: para.links.get(p.span)!.id },
      });
    }
  });
  markLineEnd(out, line);
  return out;
}

/** Flags the line's last text item with what the break did at its end (see TextItem). */
function markLineEnd(out: BoxContent[], line: Line): void {
  const last = [...out].reverse().find((c) => c.item.kind === 'text')?.item;
  if (last?.kind !== 'text') return;
  if (line.spaceAfter) last.spaceAfter = true;
  if (line.hyphenated && last.text.endsWith('-')) last.hyphenInserted = true;
}

/**
 * Moves line content from baseline-relative to box-top-relative, in place:
 * the content was set for this one box (copying every item again was a
 * tenth of a big CV's typesetting, most of it garbage).
 */
export function atBaseline(content: BoxContent[], baseline: number): BoxContent[] {
  for (const c of content) c.item.y += baseline;
  return content;
}
