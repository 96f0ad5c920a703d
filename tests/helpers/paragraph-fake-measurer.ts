/**
 * Test support: a Measurer with fixed advances, so expected positions can be
 * worked out by hand (the pdfmake/react-pdf habit). At size 10 every character
 * is 5pt wide and a space 2.5pt; widths scale with size.
 */
import type { FontMetrics, Measurer } from '../../src/typeset/types.js';

export interface FakeMeasurerOptions {
  /** Code points each face lacks; faces not listed have everything. */
  lacks?: Record<string, number[]>;
  /** Per-face advance of a non-space character at size 10 (default 5). */
  advance?: Record<string, number>;
}

/** Builds the fake; `calls` counts width() calls, to check memoization. */
export function fakeMeasurer(opts: FakeMeasurerOptions = {}): Measurer & { calls: number } {
  const lacks = new Map(Object.entries(opts.lacks ?? {}).map(([f, cps]) => [f, new Set(cps)]));
  const fake = {
    calls: 0,
    width(text: string, font: string, size: number): number {
      fake.calls++;
      const adv = opts.advance?.[font] ?? 5;
      let w = 0;
      for (const ch of text) w += ch === ' ' ? 2.5 : adv;
      return (w * size) / 10;
    },
    metrics(_font: string, size: number): FontMetrics {
      return { ascent: 0.8 * size, descent: 0.2 * size, capHeight: 0.7 * size, xHeight: 0.5 * size };
    },
    hasGlyph(font: string, cp: number): boolean {
      return !(lacks.get(font)?.has(cp) ?? false);
    },
  };
  return fake;
}
