import type { Font, GlyphRun } from 'fontkit';
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
 */
export function layoutFromTable(getGlyph: Font['getGlyph'], shaper: TableShaper, shape: Font['layout']): Font['layout'] {
  return (text, features) => {
    if (features !== undefined) return shape(text, features);
    const shaped = shaper.shape(text);
    if (!shaped) return shape(text);
    if (shaped.length === 0) return glyphRun([], []);
    for (let i = 0; i < text.length; i++) {
      const cp = text.charCodeAt(i);
      getGlyph(shaper.idOf(cp), [cp]);
    }
    const glyphs = shaped.map((g) => getGlyph(g.id, g.codePoints));
    getGlyph(shaper.space, [0x20]);
    return glyphRun(glyphs, shaped.map((g) => ({ xAdvance: g.xAdvance, yAdvance: 0, xOffset: 0, yOffset: 0 })));
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
