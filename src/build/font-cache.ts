import type { FontFace } from '../emit/types.js';
import type { Measurer } from '../typeset/types.js';
import { createMeasurer, loadFonts, type LoadedFonts } from '../fonts/index.js';

/** A layout's parsed faces and the measurer over them. */
export interface Fonts {
  loadedFonts: LoadedFonts;
  measurer: Measurer;
}

/**
 * Parsed fonts and their measurer, shared by every layout of one build that
 * uses the same files: parsing a face and warming up its shaping costs far
 * more than typesetting with it. One cache per build, not per process.
 */
export function createFontCache(): (faces: FontFace[]) => Fonts {
  const cache = new Map<string, Fonts>();
  return (faces) => {
    const key = JSON.stringify(faces);
    let hit = cache.get(key);
    if (!hit) {
      const loadedFonts = loadFonts(faces);
      hit = { loadedFonts, measurer: createMeasurer(loadedFonts) };
      cache.set(key, hit);
    }
    return hit;
  };
}
