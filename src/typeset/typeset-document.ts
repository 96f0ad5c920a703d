import type { DocTree } from '../compose/types.js';
import { buildFurniture } from './furniture.js';
import { cacheMeasurer } from './measure-cache.js';
import { ContentTooTall, measureBlocks, type LineBreaker, type MissingGlyph } from './measure-blocks.js';
import type { BoxContent } from './measured.js';
import { buildOutline, type PlacedMark } from './outline.js';
import { paginate } from './paginate.js';
import { createStructBuilder } from './structure.js';
import type { Measurer, Page, PagesAtLeast, PageSpec, PageTree } from './types.js';

/**
 * The typesetter with its line breaker passed in (react-pdf's textkit style),
 * so tests and benchmarks can run the pipeline on a stand-in engine. The
 * pipeline: measure blocks into boxes, paginate the boxes, then assemble
 * pages with furniture, outline and structure.
 */
export function createTypesetter(breakLines: LineBreaker) {
  function typeset(doc: DocTree, measurer: Measurer, page: PageSpec): PageTree;
  function typeset(doc: DocTree, measurer: Measurer, page: PageSpec, maxPages: number | undefined): PageTree | PagesAtLeast;
  /** With `maxPages`, a document that cannot fit in that many pages stops being measured once that is certain. */
  function typeset(doc: DocTree, rawMeasurer: Measurer, page: PageSpec, maxPages?: number): PageTree | PagesAtLeast {
    const measurer = cacheMeasurer(rawMeasurer);
    const struct = createStructBuilder();
    const { left, right, top, bottom } = page.margins;
    let measured;
    try {
      measured = measureBlocks(
        doc.body,
        { x: left, width: page.width - left - right, parent: struct.root },
        { measurer, struct, seq: { next: 0 } },
        page,
        breakLines,
        maxPages !== undefined ? { pages: maxPages, pageHeight: page.height - top - bottom } : undefined,
      );
    } catch (e) {
      if (e instanceof ContentTooTall) return { pagesAtLeast: e.pagesAtLeast };
      throw e;
    }
    struct.trim();
    const splits = measured.splits.map((s) => ({ first: s.first, last: s.last, from: s.from, cueHeight: s.cue.reduce((h, b) => h + b.height, 0) }));
    const { placements, pageCount, continues } = paginate(measured.boxes, measured.keeps, page.height - top - bottom, {
      splits,
      ...(page.fill ? { maxShortfall: page.fill.maxShortfall, gapStretch: page.fill.gapStretch } : {}),
    });

    const content: BoxContent[][] = Array.from({ length: pageCount }, () => []);
    const marks: PlacedMark[] = [];
    measured.boxes.forEach((box, i) => {
      const { page: p, y } = placements[i]!;
      const boxTop = top + y;
      // Each box's content is this call's own and placed once: moved in place, not copied.
      for (const c of box.content) {
        c.item.y += boxTop;
        content[p]!.push(c);
      }
      for (const m of box.marks) marks.push({ title: m.title, level: m.level, page: p + 1, y: boxTop });
    });

    // A page that continues a split entry opens with its cue, drawn first (an artifact, outside the reading order).
    const cues = continues.map((range) => {
      let y = top;
      return (measured.splits[range]?.cue ?? []).flatMap((box) => {
        const placed = box.content.map((c) => ({ ...c.item, y: c.item.y + y }));
        y += box.height;
        return placed;
      });
    });

    const furniture = buildFurniture(doc.furniture, pageCount, page, measurer, breakLines);
    const pages: Page[] = content.map((items, p) => ({
      number: p + 1,
      items: [
        ...furniture.header(p + 1),
        ...cues[p]!,
        ...items.sort((a, b) => a.seq - b.seq).map((c) => c.item),
        ...furniture.footer(p + 1),
      ],
    }));

    const missing = new Map<string, MissingGlyph>();
    for (const g of [...measured.missingGlyphs, ...furniture.missingGlyphs]) {
      const key = `${g.font}\u0000${g.char}`;
      if (!missing.has(key)) missing.set(key, g);
    }

    return {
      width: page.width,
      height: page.height,
      pages,
      structure: struct.root,
      outline: buildOutline(marks),
      missingGlyphs: [...missing.values()],
    };
  }
  return typeset;
}
