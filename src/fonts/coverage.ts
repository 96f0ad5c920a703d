import type { FontFace, Measurer } from './types.js';
import { glyphRangesFor } from './width-table/cache.js';

/** Which code points each face has a glyph for: all a glyph check needs. */
export type GlyphCoverage = Pick<Measurer, 'hasGlyph'>;

/**
 * Glyph coverage read from each face's cmap (or, for a cmap subtable of another
 * format, its width table) instead of parsed fonts, so that `cv validate`
 * checks characters without loading fontkit or hashing a font. Answers exactly
 * what the Measurer's hasGlyph answers (a test compares the cmap reading with
 * the table's ranges). `bytes`: each face's file, as readFontFiles read it.
 * Throws, as loadFonts does, on a font without a cached table that fontkit cannot parse.
 */
export function glyphCoverage(faces: readonly FontFace[], bytes: ReadonlyMap<string, Uint8Array>): GlyphCoverage {
  const sets = new Map<string, (cp: number) => boolean>();
  for (const face of faces) sets.set(face.id, codePointSet(glyphRangesFor(bytes.get(face.file)!)));
  return {
    hasGlyph(font, codePoint) {
      const has = sets.get(font);
      if (has === undefined) throw new Error(`unknown font id '${font}'`);
      return has(codePoint);
    },
  };
}

/**
 * Membership in sorted [first, last] ranges: a bitmap for the Basic
 * Multilingual Plane (where a CV's text is; 8 KB), a binary search above it.
 * The glyph check asks once per character of every layout.
 */
export function codePointSet(ranges: readonly (readonly [number, number])[]): (cp: number) => boolean {
  const bmp = new Uint8Array(0x10000 >> 3);
  for (const [first, last] of ranges) for (let cp = first; cp <= Math.min(last, 0xffff); cp++) bmp[cp >> 3]! |= 1 << (cp & 7);
  return (cp) => (cp <= 0xffff ? (bmp[cp >> 3]! & (1 << (cp & 7))) !== 0 : inRanges(ranges, cp));
}

/** Binary search of sorted [first, last] ranges. */
function inRanges(ranges: readonly (readonly [number, number])[], cp: number): boolean {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const range = ranges[mid]!;
    if (cp < range[0]) hi = mid - 1;
    else if (cp > range[1]) lo = mid + 1;
    else return true;
  }
  return false;
}
