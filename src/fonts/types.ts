import type { Font } from 'fontkit';

/** Larger than any font a CV needs (a full CJK face is about 20 MB); refused before reading. */
export const MAX_FONT_BYTES = 64 * 1024 * 1024;

/** Names a font face registered for the build, e.g. "serif", "serif-bold", "serif-italic". */
export type FontId = string;

/** One font face to embed. Registered in array order, which fixes pdfkit's subset tags. */
export interface FontFace {
  id: FontId;
  /** Absolute path of a TTF or OTF file. */
  file: string;
}

/**
 * A parsed face as the Measurer reads it and pdfkit draws it: fontkit's Font,
 * or a TableFace (table-face.ts), which gives the same answers for a
 * TrueType face without loading fontkit.
 */
export type DrawFont = Pick<Font, 'layout' | 'unitsPerEm' | 'ascent' | 'descent' | 'capHeight' | 'xHeight'>;

/** One parsed face: what the Measurer reads and outputs/pdf/ registers with pdfkit. */
export interface LoadedFont {
  id: FontId;
  file: string;
  font: DrawFont;
  /** Whether the face has a glyph for a code point (from its width table: no cmap look-up in fontkit). */
  hasGlyph(codePoint: number): boolean;
  /** The face's em in font units, read once (fontkit's getter decodes the head table's fields on every call). */
  unitsPerEm: number;
  /** The x advances (font units) font.layout(text) gives, from the width table; undefined for text the table does not cover. */
  advances(text: string): number[] | undefined;
}

/** Parsed faces by id, in registration order. */
export type LoadedFonts = ReadonlyMap<FontId, LoadedFont>;

export interface FontMetrics {
  /** Positive distances in points at the given size. */
  ascent: number;
  descent: number;
  capHeight: number;
  xHeight: number;
}

/**
 * Measures text exactly as outputs/pdf/ will draw it (same font files, same OpenType
 * features). Injected so that tests can use fixed advances.
 */
export interface Measurer {
  /** Advance width of `text` (may contain spaces, no line breaks) in points. */
  width(text: string, font: FontId, size: number): number;
  metrics(font: FontId, size: number): FontMetrics;
  /** Whether the face has a glyph for this code point. */
  hasGlyph(font: FontId, codePoint: number): boolean;
}
