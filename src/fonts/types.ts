import type { Font } from 'fontkit';
import type { FontId } from '../compose/types.js';

/** One parsed face: what the Measurer reads. emit/ re-reads the file through pdfkit. */
export interface LoadedFont {
  id: FontId;
  file: string;
  font: Font;
}

/** Parsed faces by id, in registration order. */
export type LoadedFonts = ReadonlyMap<FontId, LoadedFont>;
