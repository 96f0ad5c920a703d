import type { FontFace, Measurer } from './types.js';
import { glyphRangesFor } from './width-table/cache.js';

/** Which code points each face has a glyph for: all a glyph check needs. */
export type GlyphCoverage = Pick<Measurer, 'hasGlyph'>;

/**
 * Glyph coverage read from the faces' width tables instead of parsed fonts,
 * so that `cv validate` checks characters without loading fontkit. Answers
 * exactly what the Measurer's hasGlyph answers (both read the table's cmap
 * ranges). `bytes`: each face's file, as readFontFiles read it. Throws, as
 * loadFonts does, on a font without a cached table that fontkit cannot parse.
 */
export function glyphCoverage(faces: readonly FontFace[], bytes: ReadonlyMap<string, Uint8Array>): GlyphCoverage {
  const ranges = new Map<string, readonly [number, number][]>();
  for (const face of faces) ranges.set(face.id, glyphRangesFor(bytes.get(face.file)!));
  return {
    hasGlyph(font, codePoint) {
      const r = ranges.get(font);
      if (r === undefined) throw new Error(`unknown font id '${font}'`);
      return inRanges(r, codePoint);
    },
  };
}

/** Binary search of sorted [first, last] ranges. */
export function inRanges(ranges: readonly (readonly [number, number])[], cp: number): boolean {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [first, last] = ranges[mid]!;
    if (cp < first) hi = mid - 1;
    else if (cp > last) lo = mid + 1;
    else return true;
  }
  return false;
}
