import { readFileSync } from 'node:fs';
import type { FontFace } from '../emit/types.js';
import type { Measurer } from '../typeset/types.js';
import { glyphRangesFor } from './width-table/cache.js';

/** Which code points each face has a glyph for: all a glyph check needs. */
export type GlyphCoverage = Pick<Measurer, 'hasGlyph'>;

/**
 * Glyph coverage read from the faces' width tables instead of parsed fonts,
 * so that `cv validate` checks characters without loading fontkit. Answers
 * exactly what the Measurer's hasGlyph answers (the table lists the cmap).
 */
export function createCoverageCache(): (faces: FontFace[]) => GlyphCoverage {
  const byFile = new Map<string, [number, number][]>();
  const rangesOf = (file: string) => {
    let ranges = byFile.get(file);
    if (!ranges) {
      ranges = glyphRangesFor(readFileSync(file));
      byFile.set(file, ranges);
    }
    return ranges;
  };
  return (faces) => {
    const files = new Map(faces.map((f) => [f.id, f.file]));
    return {
      hasGlyph(font, codePoint) {
        const file = files.get(font);
        if (file === undefined) throw new Error(`unknown font id '${font}'`);
        return inRanges(rangesOf(file), codePoint);
      },
    };
  };
}

/** Binary search of sorted [first, last] ranges. */
export function inRanges(ranges: readonly [number, number][], cp: number): boolean {
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
