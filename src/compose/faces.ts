import type { FontFace } from '../fonts/types.js';
import type { Layout } from '../layout/types.js';
import { FONT } from './theme.js';

/** The faces a layout uses, in the fixed registration order (pdfkit's subset tags follow it). */
export function fontFaces(layout: Layout): FontFace[] {
  const f = layout.fonts;
  return [
    { id: FONT.regular, file: f.regular },
    { id: FONT.italic, file: f.italic },
    { id: FONT.bold, file: f.bold },
    { id: FONT.boldItalic, file: f.boldItalic },
    { id: FONT.semibold, file: f.semibold },
    ...f.fallbacks.map((file, i) => ({ id: fallbackFontId(i), file })),
  ];
}

/** The id of a layout's i-th fallback face (0-based). */
export function fallbackFontId(i: number): string {
  return `fallback-${i + 1}`;
}
