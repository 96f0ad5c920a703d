import type { Font } from 'fontkit';
import type { FontId } from '../compose/types.js';

/** One parsed face: what the Measurer reads. emit/ re-reads the file through pdfkit. */
export interface LoadedFont {
  id: FontId;
  file: string;
  font: Font;
  /** Whether the face has a glyph for a code point (from its width table: no cmap look-up in fontkit). */
  hasGlyph(codePoint: number): boolean;
}

/** Parsed faces by id, in registration order. */
export type LoadedFonts = ReadonlyMap<FontId, LoadedFont>;
