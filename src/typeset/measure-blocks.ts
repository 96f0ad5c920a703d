import type { Block, Group, List, Paragraph, Row, Rule, Run } from '../compose/types.js';
import { BreakCost, type BoxContent, type KeepRange, type MeasuredBox, type MeasuredDocument, type OutlineMark, type SplitRange } from './measured.js';
import { withoutRunt } from './runts.js';
import type { Line, ParagraphInput, ParagraphResult } from './paragraph/types.js';
import { atBaseline, paragraphSetter, setLine, type SetContext } from './set-line.js';
import type { Measurer, PageSpec, StructNode } from './types.js';

/** The paragraph engine, injected so that tests and benchmarks can swap it. */
export type LineBreaker = (input: ParagraphInput, measurer: Measurer) => ParagraphResult;

/** A character no face can draw, as PageTree reports it (deduplicated by character and font). */
export type MissingGlyph = { char: string; codePoint: number; font: string };

/**
 * Thrown out of the walk once the boxes measured so far are taller than the
 * page budget: pagination never shrinks a gap and puts no more than a page
 * of boxes on a page (a taller box alone, counted as one page), so the
 * document cannot fit and measuring the rest would be wasted.
 */
export class ContentTooTall {
  constructor(readonly pagesAtLeast: number) {}
}

/** Stop measuring beyond `pages` pages whose content area is `pageHeight` tall. */
export interface MeasureLimit {
  pages: number;
  pageHeight: number;
}

/** Where blocks are being set: the left edge and width of the column, and the structure parent. */
interface Frame {
  x: number;
  width: number;
  parent: StructNode;
}

/**
 * Line slot geometry: the slot is `leading` tall, or the line's own height
 * (the font's ascent + descent) when that is more, with the line centred in
 * it. So no line's box ever overlaps the next one's: text extraction and
 * applicant-tracking systems see clean, separate lines.
 */
function slot(leading: number, ascent: number, descent: number): { height: number; baseline: number } {
  const height = Math.max(leading, ascent + descent);
  return { height, baseline: (height - ascent - descent) / 2 + ascent };
}

/**
 * Line k of n (k > 0) may start a page only with two lines on each side of
 * the break, and not after a hyphenated line where the page has another
 * break (TeX's \brokenpenalty): a word is not left cut across a page turn,
 * with the running header and a "(continued)" cue between its halves.
 */
function lineBreakCost(k: number, n: number, afterHyphen = false): number {
  return k === 0 || (k >= 2 && n - k >= 2 && !afterHyphen) ? BreakCost.free : BreakCost.widow;
}

/** A paragraph this long is checked against a page budget before it is broken (see overflowsBudget). */
const LONG_PARAGRAPH_CHARS = 4000;
/** Longer words are not measured whole for that check (the line breaker cuts them from per-character widths). */
const MEASURED_WORD_CHARS = 200;

/** The least room between a list's widest label and the bodies, in ems of the label's size. */
const LABEL_GAP_EM = 0.25;

/**
 * The label column's width: the list's own, or wider where its widest label
 * and the gap need more. Labels are measured as runs, not broken into lines:
 * a fit pass that stops after a page of a 5,000-item list breaks only that
 * page's labels.
 */
function labelColumn(l: List, measurer: Measurer): number {
  let column = l.labelWidth;
  for (const item of l.items) {
    let width = 0;
    for (const r of item.label) width += measurer.width(r.text, r.font, r.size);
    column = Math.max(column, width + LABEL_GAP_EM * (item.label[0]?.size ?? 0));
  }
  return column;
}

/**
 * Walks the DocTree once, breaking every paragraph into lines and turning
 * blocks into a flat list of measured boxes with collapsed gaps, break costs
 * and keep-together ranges, while building the structure tree in reading
 * order. Paginating is then a separate, purely vertical problem.
 *
 * Spacing rules: spaceBefore/spaceAfter/itemGap are margins that collapse
 * like CSS margins (adjacent ones give their maximum, including a group's
 * with its first or last child); Spacer heights add on top. The whole gap is
 * dropped at the top of a page.
 */
export function measureBlocks(
  body: readonly Block[],
  frame: Frame,
  ctx: SetContext,
  page: PageSpec,
  breakLines: LineBreaker,
  limit?: MeasureLimit,
): MeasuredDocument & { missingGlyphs: MissingGlyph[] } {
  const boxes: MeasuredBox[] = [];
  const keeps: KeepRange[] = [];
  const splits: SplitRange[] = [];
  const missing = new Map<string, MissingGlyph>();
  let margin = 0;
  let spacer = 0;
  let keepNext = false;
  let marks: OutlineMark[] = [];
  /** Height of the boxes so far, each at most a page: a lower bound on the pages they take. */
  let filled = 0;
  const tooTall = limit ? limit.pages * limit.pageHeight + 1e-6 : Infinity;

  const pushBox = (height: number, baseline: number, content: BoxContent[], breakBefore: number): void => {
    if (limit) {
      filled += Math.min(height, limit.pageHeight);
      if (filled > tooTall) throw new ContentTooTall(Math.max(limit.pages + 1, Math.ceil(filled / limit.pageHeight - 1e-9)));
    }
    boxes.push({
      height,
      baseline,
      gapBefore: margin + spacer,
      breakBefore: keepNext ? Math.max(breakBefore, BreakCost.keepWithNext) : breakBefore,
      content,
      marks,
    });
    margin = 0;
    spacer = 0;
    keepNext = false;
    marks = [];
  };
  const addMargin = (v: number): void => { margin = Math.max(margin, v); };

  const breakRuns = (runs: Run[], align: Paragraph['align'], hyphenate: boolean, width: number, firstLineWidth?: number): Line[] => {
    const input: ParagraphInput = {
      runs, width, align, fallbackFonts: page.fallbackFonts,
      hyphenate: hyphenate && page.hyphenationLanguage !== undefined,
      ...(firstLineWidth !== undefined && firstLineWidth !== width ? { firstLineWidth } : {}),
      ...(page.hyphenationLanguage !== undefined ? { language: page.hyphenationLanguage } : {}),
      ...(page.spacing ? { spacing: page.spacing } : {}),
    };
    const result = breakLines(input, ctx.measurer);
    for (const g of result.missingGlyphs) {
      const key = `${g.font}\u0000${g.char}`;
      if (!missing.has(key)) missing.set(key, { char: g.char, codePoint: g.codePoint, font: g.font });
    }
    return result.lines;
  };

  /** Breaks a paragraph with its indents; `firstCut` narrows the first line (a row's right side). */
  const breakParagraph = (p: Paragraph, f: Frame, firstCut = 0, restCut = 0) => {
    const first = p.indent;
    const rest = p.indent + (p.hangingIndent ?? 0);
    const width = f.width - rest - restCut;
    const firstWidth = f.width - first - firstCut;
    let lines = breakRuns(p.runs, p.align, p.hyphenate, width, firstWidth);
    // Ragged text (titles, venues, authors) gets no one-word last line where a re-break avoids it.
    if (p.align === 'left') lines = withoutRunt(lines, width, firstWidth, (w, fw) => breakRuns(p.runs, p.align, p.hyphenate, w, fw));
    return { lines, offset: (i: number) => f.x + (i === 0 ? first : rest) };
  };

  /**
   * Under a page budget, a long paragraph that cannot fit in what is left is
   * not broken at all: a fit pass over a CV of 100,000-character paragraphs
   * broke each one whole at every size it tried. Its lines are at least half
   * its words' width over the column's (a line, even shrunk, holds no more
   * than the column; half allows for spaces, kerning and fallback faces);
   * words too long to measure whole count for nothing.
   */
  const overflowsBudget = (p: Paragraph, f: Frame): void => {
    if (!limit || p.runs.reduce((n, r) => n + r.text.length, 0) < LONG_PARAGRAPH_CHARS) return;
    let ink = 0;
    for (const r of p.runs) {
      for (const word of r.text.split(/\s+/)) if (word.length <= MEASURED_WORD_CHARS) ink += ctx.measurer.width(word, r.font, r.size);
    }
    const height = filled + Math.floor((0.5 * ink) / f.width) * p.leading;
    if (height > tooTall) throw new ContentTooTall(Math.max(limit.pages + 1, Math.ceil(height / limit.pageHeight - 1e-9)));
  };

  const measureParagraph = (p: Paragraph, f: Frame): void => {
    addMargin(p.spaceBefore);
    overflowsBudget(p, f);
    const { lines, offset } = breakParagraph(p, f);
    if (lines.length > 0) {
      const setter = paragraphSetter(ctx.struct.add(f.parent, p.role), p.runs);
      lines.forEach((line, i) => {
        const s = slot(p.leading, line.ascent, line.descent);
        const cost = lineBreakCost(i, lines.length, i > 0 && lines[i - 1]!.hyphenated);
        pushBox(s.height, s.baseline, atBaseline(setLine(line, offset(i), setter, ctx), s.baseline), i === 0 && p.keepWithPrevious ? Math.max(cost, BreakCost.keepWithNext) : cost);
      });
    }
    addMargin(p.spaceAfter);
    if (p.keepWithNext) keepNext = true;
  };

  const measureRow = (r: Row, f: Frame): void => {
    addMargin(r.spaceBefore);
    const right = breakRuns(r.right.runs, 'left', false, f.width / 2);
    const rightWidth = right.reduce((w, l) => Math.max(w, l.width), 0);
    const cut = right.length > 0 ? rightWidth + r.gap : 0;
    const left = breakParagraph(r.left, f, cut, right.length > 1 ? cut : 0);
    const n = Math.max(left.lines.length, right.length);
    if (n > 0) {
      const div = ctx.struct.add(f.parent, 'Div');
      const leftContent = left.lines.length > 0
        ? (() => {
          const setter = paragraphSetter(ctx.struct.add(div, r.left.role), r.left.runs);
          return left.lines.map((line, i) => setLine(line, left.offset(i), setter, ctx));
        })()
        : [];
      const rightContent = right.length > 0
        ? (() => {
          const setter = paragraphSetter(ctx.struct.add(div, r.right.role), r.right.runs);
          return right.map((line) => setLine(line, f.x + f.width - line.width, setter, ctx));
        })()
        : [];
      for (let i = 0; i < n; i++) {
        const l = left.lines[i];
        const rl = right[i];
        const s = slot(
          l ? r.left.leading : r.right.leading,
          Math.max(l?.ascent ?? 0, rl?.ascent ?? 0),
          Math.max(l?.descent ?? 0, rl?.descent ?? 0),
        );
        pushBox(s.height, s.baseline, atBaseline([...(leftContent[i] ?? []), ...(rightContent[i] ?? [])], s.baseline), lineBreakCost(i, n, i > 0 && left.lines[i - 1]?.hyphenated === true));
      }
    }
    addMargin(r.spaceAfter);
    if (r.keepWithNext) keepNext = true;
  };

  const measureList = (l: List, f: Frame): void => {
    addMargin(l.spaceBefore);
    const list = ctx.struct.add(f.parent, 'L');
    if (l.numbered === true) list.numbered = true;
    // A label never wraps ("[10]" stays whole); one too wide for its column ("[C100]") widens the column of the whole list.
    const column = labelColumn(l, ctx.measurer);
    const bodyX = f.x + l.indent + column;
    l.items.forEach((item, index) => {
      if (index > 0) addMargin(l.itemGap);
      const li = ctx.struct.add(list, 'LI');
      const labelLines = breakRuns(item.label, 'left', false, f.width);
      const lbl = ctx.struct.add(li, 'Lbl');
      const labelSetter = paragraphSetter(lbl, item.label);
      const labelContent = labelLines.map((line) =>
        setLine(line, f.x + l.indent + (l.labelAlign === 'right' ? column - line.width : 0), labelSetter, ctx));
      const start = boxes.length;
      const lbody = ctx.struct.add(li, 'LBody');
      walk(item.body, { x: bodyX, width: f.width - l.indent - column, parent: lbody });
      labelLines.forEach((line, j) => {
        const box = boxes[start + j];
        if (box) {
          box.content = [...atBaseline(labelContent[j]!, box.baseline), ...box.content];
        } else {
          const s = slot((line.ascent + line.descent) * 1.2, line.ascent, line.descent);
          pushBox(s.height, s.baseline, atBaseline(labelContent[j]!, s.baseline), BreakCost.widow);
        }
      });
      // A list item (a bullet, a publication) stays on one page where it fits on one.
      if (boxes.length - 1 > start) keeps.push({ first: start, last: boxes.length - 1 });
    });
    addMargin(l.spaceAfter);
  };

  const measureRule = (r: Rule, f: Frame): void => {
    addMargin(r.spaceBefore);
    const carry = keepNext;
    pushBox(r.thickness, r.thickness, [{ seq: ctx.seq.next++, item: { kind: 'rule', x: f.x, y: r.thickness / 2, width: f.width, thickness: r.thickness, color: r.color } }], BreakCost.free);
    keepNext = carry;
    addMargin(r.spaceAfter);
  };

  const measureGroup = (g: Group, f: Frame): void => {
    addMargin(g.spaceBefore);
    const node = ctx.struct.add(f.parent, g.role);
    if (g.bookmark) marks.push({ title: g.bookmark.title, level: g.bookmark.level });
    const start = boxes.length;
    const inner = { x: f.x, width: f.width, parent: node };
    const from = g.continued?.from ?? g.children.length;
    walk(g.children.slice(0, from), inner);
    const splitFrom = boxes.length;
    walk(g.children.slice(from), inner);
    // A range that may split is kept together by its SplitRange alone.
    if (g.continued && splitFrom > start && splitFrom < boxes.length) {
      splits.push({ first: start, last: boxes.length - 1, from: splitFrom, cue: measureCue(g.continued.cue, f, boxes[start]!.height) });
    } else if (g.keepTogether && boxes.length - 1 > start) keeps.push({ first: start, last: boxes.length - 1 });
    addMargin(g.spaceAfter);
  };

  /** The "Title (continued)" lines, set apart from the flow: artifacts outside the structure tree. */
  const measureCue = (runs: Run[], f: Frame, leading: number): MeasuredBox[] => {
    const setter = paragraphSetter({ id: -1, role: 'P', children: [] }, runs);
    return breakRuns(runs, 'left', false, f.width).map((line) => {
      const s = slot(leading, line.ascent, line.descent);
      const content = atBaseline(setLine(line, f.x, setter, ctx), s.baseline).map((c) => (c.item.kind === 'text' ? { seq: c.seq, item: { ...c.item, struct: 'artifact' as const } } : c));
      return { height: s.height, baseline: s.baseline, gapBefore: 0, breakBefore: BreakCost.free, content, marks: [] };
    });
  };

  const walk = (blocks: readonly Block[], f: Frame): void => {
    for (const b of blocks) {
      switch (b.kind) {
        case 'paragraph': measureParagraph(b, f); break;
        case 'row': measureRow(b, f); break;
        case 'list': measureList(b, f); break;
        case 'rule': measureRule(b, f); break;
        case 'spacer': spacer += b.height; break;
        case 'group': measureGroup(b, f); break;
      }
    }
  };

  walk(body, frame);
  return { boxes, keeps, splits, missingGlyphs: [...missing.values()] };
}
