/**
 * Per-call memo of the Measurer: the breakers ask for the same word, space and
 * hyphen widths many times, and a real (fontkit) measurer shapes on each call.
 */
import type { FontId } from '../../compose/types.js';
import type { FontMetrics, Measurer } from '../types.js';

export interface CachedMeasurer {
  width(text: string, font: FontId, size: number): number;
  metrics(font: FontId, size: number): FontMetrics;
  hasGlyph(font: FontId, codePoint: number): boolean;
}

/** Wraps `m` with maps keyed by (text, font, size); live for one breakParagraph call. */
export function cacheMeasurer(m: Measurer): CachedMeasurer {
  const widths = new Map<string, number>();
  const metrics = new Map<string, FontMetrics>();
  const glyphs = new Map<string, boolean>();
  return {
    width(text, font, size) {
      if (text === '') return 0;
      const key = `${font}\u0000${size}\u0000${text}`;
      let w = widths.get(key);
      if (w === undefined) {
        w = m.width(text, font, size);
        widths.set(key, w);
      }
      return w;
    },
    metrics(font, size) {
      const key = `${font}\u0000${size}`;
      let v = metrics.get(key);
      if (v === undefined) {
        v = m.metrics(font, size);
        metrics.set(key, v);
      }
      return v;
    },
    hasGlyph(font, codePoint) {
      const key = `${font}\u0000${codePoint}`;
      let v = glyphs.get(key);
      if (v === undefined) {
        v = m.hasGlyph(font, codePoint);
        glyphs.set(key, v);
      }
      return v;
    },
  };
}
