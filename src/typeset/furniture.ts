import type { PageFurniture } from '../compose/types.js';
import type { LineBreaker, MissingGlyph } from './measure-blocks.js';
import { breakOneLine } from './one-line.js';
import type { Measurer, PageItem, PageSpec, TextItem } from './types.js';

/** Space between the running header's descenders and its rule. */
const HEADER_RULE_GAP = 3;

export interface Furniture {
  /** Artifacts drawn before a page's content (running header), 1-based page number. */
  header(pageNumber: number): PageItem[];
  /** Artifacts drawn after it (page number "n / N"). */
  footer(pageNumber: number): PageItem[];
  missingGlyphs: MissingGlyph[];
}

/**
 * Running header and page numbers live in the margins, outside the content
 * area, so they can never collide with the body and pagination does not need
 * to know about them. The header block (text, then its rule 3 pt below) is
 * centred vertically in the top margin; "n / N" is centred in the bottom
 * margin and horizontally on the content area. All of it is marked
 * 'artifact' so screen readers skip it.
 */
export function buildFurniture(
  furniture: PageFurniture,
  pageCount: number,
  page: PageSpec,
  measurer: Measurer,
  breakLines: LineBreaker,
): Furniture {
  const { left, right, top, bottom } = page.margins;
  const contentWidth = page.width - left - right;
  const missingGlyphs: MissingGlyph[] = [];
  const noteMissing = (char: string, codePoint: number, font: string): void => {
    if (!missingGlyphs.some((g) => g.char === char && g.font === font)) missingGlyphs.push({ char, codePoint, font });
  };

  const headerItems: PageItem[] = [];
  const header = furniture.header;
  if (header && header.runs.length > 0) {
    const input = { runs: header.runs, width: contentWidth, align: 'left' as const, hyphenate: false, fallbackFonts: page.fallbackFonts };
    const result = breakOneLine(input, measurer, breakLines);
    for (const g of result.missingGlyphs) noteMissing(g.char, g.codePoint, g.font);
    const slots = result.lines.map((l) => (l.ascent + l.descent) * 1.2);
    const textHeight = slots.reduce((a, b) => a + b, 0);
    const ruleSpace = header.rule ? HEADER_RULE_GAP + header.rule.thickness : 0;
    let slotTop = Math.max(0, (top - textHeight - ruleSpace) / 2);
    result.lines.forEach((line, i) => {
      const baseline = slotTop + (slots[i]! - line.ascent - line.descent) / 2 + line.ascent;
      for (const seg of line.segments) {
        if (seg.text.length === 0) continue;
        headerItems.push({
          kind: 'text', x: left + seg.x, y: baseline, text: seg.text, font: seg.font, size: seg.size,
          color: seg.color, width: seg.width, wordSpacing: seg.wordSpacing, struct: 'artifact',
        });
      }
      slotTop += slots[i]!;
    });
    if (header.rule) {
      const last = result.lines[result.lines.length - 1];
      const textBottom = slotTop - (last ? (slots[slots.length - 1]! - last.ascent - last.descent) / 2 : 0);
      const y = Math.min(textBottom + HEADER_RULE_GAP + header.rule.thickness / 2, top - header.rule.thickness / 2);
      headerItems.push({ kind: 'rule', x: left, y, width: contentWidth, thickness: header.rule.thickness, color: header.rule.color });
    }
  }

  const numbers = furniture.pageNumbers;
  const footer = (n: number): PageItem[] => {
    if (!numbers) return [];
    const text = `${n} / ${pageCount}`;
    for (const ch of text) {
      const cp = ch.codePointAt(0)!;
      if (ch !== ' ' && !measurer.hasGlyph(numbers.font, cp)) noteMissing(ch, cp, numbers.font);
    }
    const width = measurer.width(text, numbers.font, numbers.size);
    const m = measurer.metrics(numbers.font, numbers.size);
    const item: TextItem = {
      kind: 'text', x: left + (contentWidth - width) / 2,
      y: page.height - bottom + (bottom - m.ascent - m.descent) / 2 + m.ascent,
      text, font: numbers.font, size: numbers.size, color: numbers.color, width, wordSpacing: 0, struct: 'artifact',
    };
    return [item];
  };
  // Check the glyphs of the widest label now so missingGlyphs is complete before pages are built.
  if (numbers) footer(pageCount);

  return {
    header: (n) => (header && n >= header.fromPage ? headerItems.map((i) => ({ ...i })) : []),
    footer,
    missingGlyphs,
  };
}
