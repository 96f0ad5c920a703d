import type { Layout } from '../layout/types.js';
import type { Cv } from '../normalize/types.js';
import type { PageSpec } from '../typeset/types.js';
import { fallbackFontId } from '../compose/faces.js';

/** The page and the typesetter's settings for a layout: paper, margins, fallback faces, hyphenation language. */
export function pageSpec(layout: Layout, lang: string): PageSpec {
  return {
    width: layout.page.width,
    height: layout.page.height,
    margins: layout.page.margins,
    fallbackFonts: layout.fonts.fallbacks.map((_, i) => fallbackFontId(i)),
    ...(layout.paragraph.hyphenate ? { hyphenationLanguage: lang.toLowerCase() } : {}),
  };
}

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
