import type { FontId, FontMetrics, LoadedFont, LoadedFonts, Measurer } from './types.js';
import { forEachChunk } from './chunks.js';

/**
 * A Measurer that returns, to the last bit, what pdfkit 0.20's
 * `doc.font(f).fontSize(s).widthOfString(text)` returns, because outputs/pdf/ draws
 * with pdfkit and a line that measures to fit must fit.
 *
 * pdfkit (EmbeddedFont.layout) cuts the text after every U+0020 or TAB, so each
 * chunk is a word plus the space that follows it, shapes each chunk on its own
 * with fontkit's default features (kerning, ligatures, contextual forms) and
 * sums the chunks' advances, scaled to a 1000-unit em. We do the same, in the
 * same arithmetic order, and cache each chunk's advance per face; the cache is
 * size independent.
 *
 * Justified lines: outputs/pdf/ draws a line with its space glyphs and widens
 * each by `wordSpacing`. For the bundled faces no glyph kerns against the
 * space (checked by a test), so the drawn width is
 * `width(text) + wordSpacing * spaces`.
 */
interface Face {
  f: LoadedFont;
  /** Advance of each chunk measured, in 1/1000 em (size independent). */
  chunks: Map<string, number>;
}

export function createMeasurer(fonts: LoadedFonts): Measurer {
  /** Each face with its chunk advances (1/1000 em), found with one look-up per call. */
  const faces = new Map<FontId, Face>();

  const face = (id: FontId): LoadedFont => entry(id).f;
  const entry = (id: FontId): Face => {
    let e = faces.get(id);
    if (!e) {
      const f = fonts.get(id);
      if (!f) throw new Error(`unknown font id '${id}'`);
      e = { f, chunks: new Map() };
      faces.set(id, e);
    }
    return e;
  };

  /** Advance of one chunk in 1/1000 em, summed glyph by glyph like pdfkit's layoutRun. */
  const chunkAdvance = (e: Face, chunk: string): number => {
    const hit = e.chunks.get(chunk);
    if (hit !== undefined) return hit;
    const f = e.f;
    const scale = 1000 / f.unitsPerEm;
    // The width table's advances are the ones font.layout would give (it answers from the same table);
    // asking it directly skips building glyph objects for the many chunks that are measured and never drawn.
    const advances = f.advances(chunk) ?? f.font.layout(chunk).positions.map((p) => p.xAdvance);
    let advance = 0;
    for (const x of advances) advance += x * scale;
    e.chunks.set(chunk, advance);
    return advance;
  };

  return {
    width(text: string, font: FontId, size: number): number {
      const e = entry(font);
      // Summed chunk by chunk, left to right, as pdfkit's layout sums them.
      let advance = 0;
      forEachChunk(text, (chunk) => {
        advance += chunkAdvance(e, chunk);
      });
      // pdfkit: font.widthOfString -> width * (size / 1000); document.widthOfString
      // then adds characterSpacing (0) and applies horizontalScaling (100 / 100).
      return ((advance * (size / 1000) + 0) * 100) / 100;
    },

    metrics(font: FontId, size: number): FontMetrics {
      const { font: f } = face(font);
      const k = size / f.unitsPerEm;
      return {
        ascent: f.ascent * k,
        descent: -f.descent * k,
        capHeight: f.capHeight * k,
        xHeight: f.xHeight * k,
      };
    },

    hasGlyph(font: FontId, codePoint: number): boolean {
      return face(font).hasGlyph(codePoint);
    },
  };
}
