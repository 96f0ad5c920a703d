import type { Font, GlyphRun } from 'fontkit';
import type { TableShaper } from './shape.js';

/**
 * Makes `font.layout(text)` answer from the width table when the table covers
 * the text and falls back to `shape` (fontkit's shaper) otherwise. pdfkit and
 * the Measurer both call `font.layout`, so what is measured is what is drawn.
 *
 * The run has what pdfkit reads (glyphs with id, advanceWidth and codePoints;
 * positions it scales in place; advanceWidth summed from the positions), and
 * the glyphs are fontkit's own objects, fetched in the order fontkit's
 * layout fetches them: fontkit keeps the code points of a glyph's first
 * request, and pdfkit writes those into the PDF's ToUnicode map.
 */
export function layoutFromTable(font: Font, shaper: TableShaper, shape: Font['layout']): Font['layout'] {
  return (text, features) => {
    if (features !== undefined) return shape(text, features);
    const shaped = shaper.shape(text);
    if (!shaped) return shape(text);
    if (shaped.length === 0) return run([], []);
    for (let i = 0; i < text.length; i++) {
      const cp = text.charCodeAt(i);
      font.getGlyph(shaper.idOf(cp), [cp]);
    }
    const glyphs = shaped.map((g) => font.getGlyph(g.id, g.codePoints));
    font.getGlyph(shaper.space, [0x20]);
    return run(glyphs, shaped.map((g) => ({ xAdvance: g.xAdvance, yAdvance: 0, xOffset: 0, yOffset: 0 })));
  };
}

function run(glyphs: GlyphRun['glyphs'], positions: GlyphRun['positions']): GlyphRun {
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
