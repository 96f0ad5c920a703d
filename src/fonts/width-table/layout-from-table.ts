import type { Font, Glyph, GlyphRun } from 'fontkit';
import type { TableShaper } from './shape.js';

/**
 * A `layout(text)` that answers from the width table when the table covers
 * the text and falls back to `shape` (fontkit's shaper) otherwise. pdfkit and
 * the Measurer both call the face's `layout`, so what is measured is what is drawn.
 *
 * The run has what pdfkit reads (glyphs with id, advanceWidth and codePoints;
 * positions it scales in place; advanceWidth summed from the positions), and
 * the glyphs come from `getGlyph` (fontkit's, or a face's that works like it),
 * requested in the order fontkit's layout requests them: each character's own
 * glyph, the shaped glyphs, then the space (fontkit's whitespace check). A
 * glyph keeps the code points of its first request, and pdfkit writes those
 * into the PDF's ToUnicode map.
 *
 * Each text's glyphs and advances are remembered: every PDF of a build lays
 * its words out again (pdfkit's cache is per document). A repeated layout
 * requests nothing: its requests were all made the first time, and a glyph's
 * code points never change after its first request.
 *
 * The remembered runs share their glyph objects: one per glyph id and code
 * points (pdfkit only reads them), not one per glyph of every text; a long
 * CV lays out tens of thousands of distinct texts with a few hundred glyphs.
 */
export function layoutFromTable(getGlyph: Font['getGlyph'], shaper: TableShaper, shape: Font['layout']): Font['layout'] {
  const known = new Map<string, { glyphs: GlyphRun['glyphs']; advances: number[] }>();
  const shared = new Map<string, Glyph>();
  const sharedGlyph = (id: number, codePoints: number[]): Glyph => {
    const glyph = getGlyph(id, codePoints);
    const key = `${glyph.id} ${glyph.codePoints.join(' ')}`;
    const same = shared.get(key);
    if (same && same.advanceWidth === glyph.advanceWidth) return same;
    shared.set(key, glyph);
    return glyph;
  };
  return (text, features) => {
    if (features !== undefined) return shape(text, features);
    let run = known.get(text);
    if (!run) {
      const shaped = shaper.shape(text);
      if (!shaped) return shape(text);
      if (shaped.length > 0) {
        for (let i = 0; i < text.length; i++) {
          const cp = text.charCodeAt(i);
          getGlyph(shaper.idOf(cp), [cp]);
        }
      }
      const glyphs = shaped.map((g) => sharedGlyph(g.id, g.codePoints));
      if (shaped.length > 0) getGlyph(shaper.space, [0x20]);
      run = { glyphs, advances: shaped.map((g) => g.xAdvance) };
      known.set(text, run);
    }
    // Fresh positions and glyph list each time: pdfkit scales the positions in place.
    return glyphRun(run.glyphs.slice(), run.advances.map((xAdvance) => ({ xAdvance, yAdvance: 0, xOffset: 0, yOffset: 0 })));
  };
}

/** A run as fontkit's GlyphRun reads to pdfkit: advanceWidth sums the positions as they are when asked (pdfkit scales them first). */
export function glyphRun(glyphs: GlyphRun['glyphs'], positions: GlyphRun['positions']): GlyphRun {
  return {
    glyphs,
    positions,
    get advanceWidth() {
      let width = 0;
      for (const p of this.positions) width += p.xAdvance;
      return width;
    },
  };
}
