import type { Layout } from '../layout/types.js';
import type { Cv } from '../normalize/types.js';
import type { FontFace } from '../emit/types.js';
import type { PageSpec } from '../typeset/types.js';
import { FONT } from '../compose/theme.js';
import { loadHyphenator, type Hyphenator } from '../hyphenation/index.js';

/** The faces a layout uses, in the fixed registration order (pdfkit's subset tags follow it). */
export function fontFaces(layout: Layout): FontFace[] {
  const f = layout.fonts;
  return [
    { id: FONT.regular, file: f.regular },
    { id: FONT.italic, file: f.italic },
    { id: FONT.bold, file: f.bold },
    { id: FONT.boldItalic, file: f.boldItalic },
    { id: FONT.semibold, file: f.semibold },
    ...f.fallbacks.map((file, i) => ({ id: `fallback-${i + 1}`, file })),
  ];
}

/** The page and the typesetter's settings for a layout: paper, margins, fallback faces, hyphenation language. */
export function pageSpec(layout: Layout, lang: string): PageSpec {
  return {
    width: layout.page.width,
    height: layout.page.height,
    margins: layout.page.margins,
    fallbackFonts: layout.fonts.fallbacks.map((_, i) => `fallback-${i + 1}`),
    ...(layout.paragraph.hyphenate ? { hyphenationLanguage: lang.toLowerCase() } : {}),
    spacing: CV_SPACING,
  };
}

/**
 * Justified spaces stay within 0.8x-1.5x of their natural width (see README
 * "Type decisions"): they shrink at most a fifth, and a line that would need
 * more than the glue's whole stretch ends short rather than gappy.
 */
const CV_SPACING = { shrink: 1 / 5, maxStretch: 1 };

/** "{name}-cv.pdf" -> "haekyu-park-cv.pdf": ASCII, lower case, hyphens. */
export function outputName(layout: Layout, cv: Cv): string {
  const slug =
    cv.name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'cv';
  return layout.output.replace(/\{name\}/g, slug);
}

/** The hyphenation patterns a layout typesets with: none when it does not hyphenate or the language has none. */
export function hyphenatorFor(layout: Layout, lang: string): Hyphenator | undefined {
  return layout.paragraph.hyphenate ? loadHyphenator(lang) : undefined;
}
