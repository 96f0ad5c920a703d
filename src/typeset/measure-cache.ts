/**
 * Memo of the Measurer for one typesetting call (and within it, one paragraph):
 * the breakers ask for the same word, space and
 * hyphen widths many times, and a real (fontkit) measurer shapes on each call.
 */
import type { FontId } from '../fonts/types.js';
import type { FontMetrics, Measurer } from './types.js';

/** The Measurer as the paragraph steps use it: same answers, each asked once. */
export interface CachedMeasurer {
  width(text: string, font: FontId, size: number): number;
  metrics(font: FontId, size: number): FontMetrics;
  hasGlyph(font: FontId, codePoint: number): boolean;
}

/** Map of maps, so that lookups build no composite key strings. */
function twoLevel<K1, K2, V>(): { get(a: K1, b: K2): V | undefined; set(a: K1, b: K2, v: V): void } {
  const outer = new Map<K1, Map<K2, V>>();
  return {
    get: (a, b) => outer.get(a)?.get(b),
    set(a, b, v) {
      let inner = outer.get(a);
      if (!inner) outer.set(a, (inner = new Map()));
      inner.set(b, v);
    },
  };
}

/** Wraps `m` with maps keyed by (font, size, text); live for one breakParagraph call. */
export function cacheMeasurer(m: Measurer): CachedMeasurer {
  const widths = twoLevel<string, number, Map<string, number>>();
  const metrics = twoLevel<string, number, FontMetrics>();
  const glyphs = twoLevel<string, number, boolean>();
  return {
    width(text, font, size) {
      if (text === '') return 0;
      let texts = widths.get(font, size);
      if (!texts) widths.set(font, size, (texts = new Map()));
      let w = texts.get(text);
      if (w === undefined) {
        w = m.width(text, font, size);
        texts.set(text, w);
      }
      return w;
    },
    metrics(font, size) {
      let v = metrics.get(font, size);
      if (v === undefined) {
        v = m.metrics(font, size);
        metrics.set(font, size, v);
      }
      return v;
    },
    hasGlyph(font, codePoint) {
      let v = glyphs.get(font, codePoint);
      if (v === undefined) {
        v = m.hasGlyph(font, codePoint);
        glyphs.set(font, codePoint, v);
      }
      return v;
    },
  };
}
