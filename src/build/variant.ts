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
  };
}

/** Longest name slug in a file name: far below the 255 bytes a file system allows, with room for the pattern. */
export const MAX_SLUG = 80;

/** "{name}-cv.pdf" -> "haekyu-park-cv.pdf": ASCII, lower case, hyphens, at most MAX_SLUG characters (cut at a hyphen). */
export function outputName(layout: Layout, cv: Cv): string {
  let slug = cv.name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length > MAX_SLUG) {
    const cut = slug.slice(0, MAX_SLUG + 1);
    slug = cut.includes('-') ? cut.slice(0, cut.lastIndexOf('-')) : cut.slice(0, MAX_SLUG);
  }
  return layout.output.replace(/\{name\}/g, slug || 'cv');
}

/** The hyphenation patterns a layout typesets with: none when it does not hyphenate or the language has none. */
export function hyphenatorFor(layout: Layout, lang: string): Hyphenator | undefined {
  return layout.paragraph.hyphenate ? loadHyphenator(lang) : undefined;
}
