/**
 * A font whose every character advances 0.5 × size, with ascent 0.8 × size
 * and descent 0.2 × size, so layout positions can be worked out by hand.
 */
import type { Measurer } from '../../src/typeset/types.js';

export const ADVANCE = 0.5;
export const ASCENT = 0.8;
export const DESCENT = 0.2;

/** `missing` lists code points no face has (to exercise missing-glyph reports). */
export function fakeMeasurer(missing: readonly number[] = []): Measurer & { calls: number } {
  const m = {
    calls: 0,
    width(text: string, _font: string, size: number): number {
      m.calls++;
      return [...text].length * ADVANCE * size;
    },
    metrics(_font: string, size: number) {
      return { ascent: ASCENT * size, descent: DESCENT * size, capHeight: 0.7 * size, xHeight: 0.5 * size };
    },
    hasGlyph(_font: string, codePoint: number): boolean {
      return !missing.includes(codePoint);
    },
  };
  return m;
}
