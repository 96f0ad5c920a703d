import type { Layout } from '../layout/types.js';
import type { Cv } from '../normalize/types.js';
import type { PageSpec } from '../typeset/types.js';
import { fallbackFontId } from '../compose/faces.js';
import { asciiLetters } from './ascii-name.js';

/** The page and the typesetter's settings for a layout: paper, margins, fallback faces, hyphenation language, justification limits. */
export function pageSpec(layout: Layout, lang: string): PageSpec {
  return {
    width: layout.page.width,
    height: layout.page.height,
    margins: layout.page.margins,
    fallbackFonts: layout.fonts.fallbacks.map((_, i) => fallbackFontId(i)),
    ...(layout.paragraph.hyphenate ? { hyphenationLanguage: lang.toLowerCase() } : {}),
    spacing: CV_SPACING,
    // A page ends at most three body lines early because an entry would not split, and the
    // gaps between entries and sections may grow by up to half to fill it (README "Pages").
    fill: { maxShortfall: 3 * layout.type.size * layout.type.leading, gapStretch: 0.5 },
  };
}

/**
 * Justified spaces stay within 0.8x-1.5x of their natural width (see README
 * "Type decisions"): they shrink at most a fifth, and a line that would need
 * more than the glue's whole stretch ends short rather than gappy.
 */
const CV_SPACING = { shrink: 1 / 5, maxStretch: 1 };

/** Longest name slug in a file name: far below the 255 bytes a file system allows, with room for the pattern. */
export const MAX_SLUG = 80;

/** "{name}-cv.pdf" -> "haekyu-park-cv.pdf": ASCII (Greek and Cyrillic in Latin letters), lower case, hyphens, at most MAX_SLUG characters (cut at a hyphen). */
export function outputName(layout: Layout, cv: Cv): string {
  let slug = asciiLetters(cv.name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length > MAX_SLUG) {
    const cut = slug.slice(0, MAX_SLUG + 1);
    slug = cut.includes('-') ? cut.slice(0, cut.lastIndexOf('-')) : cut.slice(0, MAX_SLUG);
  }
  return layout.output.replace(/\{name\}/g, slug || 'cv');
}
