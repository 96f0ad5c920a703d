import type { FontFace, Measurer } from './types.js';
import { cmapLookup } from './sfnt/cmap-lookup.js';
import { widthTableFor } from './width-table/cache.js';

/** Which code points each face has a glyph for: all a glyph check needs. */
export type GlyphCoverage = Pick<Measurer, 'hasGlyph'>;

/**
 * Glyph coverage looked up in each face's cmap (or, for a cmap subtable of
 * another format, read from its width table) instead of parsed fonts, so that
 * `cv validate` checks characters without loading fontkit, hashing a font or
 * reading a whole cmap. Answers exactly what the Measurer's hasGlyph answers
 * (a test compares the cmap lookup with the table's ranges). `files` reads
 * each face's cmap alone, or the whole file when the cmap is not one of ours.
 * Throws, as loadFonts does, on a font without a cached table that fontkit cannot parse.
 */
export function glyphCoverage(faces: readonly FontFace[], files: FontFileReader): GlyphCoverage {
  const sets = new Map<string, (cp: number) => boolean>();
  const byFile = new Map<string, (cp: number) => boolean>();
  for (const face of faces) {
    let has = byFile.get(face.file);
    if (has === undefined) {
      const cmap = files.table(face.file, 'cmap');
      const lookup = cmap && cmapLookup(cmap);
      has = lookup ? remembered(lookup) : codePointSet(widthTableFor(files.whole(face.file)).glyphs);
      byFile.set(face.file, has);
    }
    sets.set(face.id, has);
  }
  return {
    hasGlyph(font, codePoint) {
      const has = sets.get(font);
      if (has === undefined) throw new Error(`unknown font id '${font}'`);
      return has(codePoint);
    },
  };
}

/** How glyphCoverage reads a face: one table alone (undefined: not readable that way), or the whole file. */
export interface FontFileReader {
  table(file: string, tag: string): Uint8Array | undefined;
  whole(file: string): Uint8Array;
}

/** A cmap lookup that answers each BMP code point once (every layout asks the same few hundred). */
function remembered(lookup: (cp: number) => boolean): (cp: number) => boolean {
  const known = new Int8Array(0x10000); // 0: not asked yet, 1: has a glyph, -1: has none
  return (cp) => {
    if (cp > 0xffff) return lookup(cp);
    if (known[cp] === 0) known[cp] = lookup(cp) ? 1 : -1;
    return known[cp] === 1;
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
