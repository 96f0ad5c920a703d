import type { FontId, FontMetrics, LoadedFont, LoadedFonts, Measurer } from './types.js';

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
 * Justified lines: pdfkit draws a line with `wordSpacing` word by word, without
 * space glyphs, and advances `width(' ') + wordSpacing` between words. For the
 * bundled faces no glyph kerns against the space (checked by a test), so the
 * drawn width is `width(text) + wordSpacing * spaces` when words are separated
 * by single spaces.
 */
export function createMeasurer(fonts: LoadedFonts): Measurer {
  const chunkCaches = new Map<FontId, Map<string, number>>();

  const face = (id: FontId): LoadedFont => {
    const f = fonts.get(id);
    if (!f) throw new Error(`unknown font id '${id}'`);
    return f;
  };

  /** Advance of one chunk in 1/1000 em, summed glyph by glyph like pdfkit's layoutRun. */
  const chunkAdvance = (f: LoadedFont, chunk: string): number => {
    let cache = chunkCaches.get(f.id);
    if (!cache) {
      cache = new Map();
      chunkCaches.set(f.id, cache);
    }
    const hit = cache.get(chunk);
    if (hit !== undefined) return hit;
    const scale = 1000 / f.unitsPerEm;
    // The width table's advances are the ones font.layout would give (it answers from the same table);
    // asking it directly skips fontkit's glyph objects for the many chunks that are measured and never drawn.
    const advances = f.advances(chunk) ?? f.font.layout(chunk).positions.map((p) => p.xAdvance);
    let advance = 0;
    for (const x of advances) advance += x * scale;
    cache.set(chunk, advance);
    return advance;
  };

  return {
    width(text: string, font: FontId, size: number): number {
      const f = face(font);
      let advance = 0;
      let last = 0;
      let index = 0;
      while (index <= text.length) {
        const ch = text.charAt(index);
        if ((index === text.length && last < index) || ch === ' ' || ch === '\t') {
          index += 1;
          advance += chunkAdvance(f, text.slice(last, index));
          last = index;
        } else {
          index += 1;
        }
      }
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
