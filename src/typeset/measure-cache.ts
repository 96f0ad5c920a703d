import type { FontId } from '../compose/types.js';
import type { FontMetrics, Measurer } from './types.js';

/**
 * Wraps a Measurer so that one typesetting call measures each (text, font,
 * size) once: the fit loop typesets the same CV repeatedly and shaping with
 * fontkit dominates the cost. The cache lives only as long as the call, so
 * typesetting stays a pure function.
 */
export function cacheMeasurer(inner: Measurer): Measurer {
  const widths = new Map<string, number>();
  const metrics = new Map<string, FontMetrics>();
  const glyphs = new Map<string, boolean>();
  return {
    width(text: string, font: FontId, size: number): number {
      const key = `${font}\u0000${size}\u0000${text}`;
      let w = widths.get(key);
      if (w === undefined) {
        w = inner.width(text, font, size);
        widths.set(key, w);
      }
      return w;
    },
    metrics(font: FontId, size: number): FontMetrics {
      const key = `${font}\u0000${size}`;
      let m = metrics.get(key);
      if (m === undefined) {
        m = inner.metrics(font, size);
        metrics.set(key, m);
      }
      return m;
    },
    hasGlyph(font: FontId, codePoint: number): boolean {
      const key = `${font}\u0000${codePoint}`;
      let g = glyphs.get(key);
      if (g === undefined) {
        g = inner.hasGlyph(font, codePoint);
        glyphs.set(key, g);
      }
      return g;
    },
  };
}
