import type { Font, GlyphRun } from 'fontkit';

/**
 * Shaping with fontkit (what the width table does not cover) is the costliest step of a build, and every word is shaped twice:
 * once when the Measurer measures it and once when pdfkit draws it with the
 * same font object. Remembering each result halves that. pdfkit scales the
 * positions of the run it gets in place, so every caller receives its own
 * copy of the positions; the remembered run is never handed out.
 */
export function memoizeLayout(font: Font): void {
  const layout = font.layout.bind(font);
  const shape: typeof layout = (text, features) => layoutWithOwnCodePoints(font, () => layout(text, features));
  const runs = new Map<string, GlyphRun>();
  font.layout = (text, features) => {
    const key = features === undefined ? text : `${JSON.stringify(features)}\u0000${text}`;
    let run = runs.get(key);
    if (!run) {
      run = shape(text, features);
      runs.set(key, run);
    }
    return copyRun(run);
  };
}

/**
 * fontkit keeps one glyph object per id, carrying the code points of its first
 * request, and hands it to every later run: a glyph shared by two texts ('ﬁ'
 * and a ligated "fi", or .notdef) then maps to the first text in every PDF's
 * ToUnicode, and one first made by a substitution maps to none. Emptying its
 * glyph cache before a run makes each run's glyphs carry that run's code points.
 */
export function layoutWithOwnCodePoints(font: Font, layout: () => GlyphRun): GlyphRun {
  (font as unknown as { _glyphs: Record<number, unknown> })._glyphs = {};
  return layout();
}

function copyRun(run: GlyphRun): GlyphRun {
  const copy = Object.assign(Object.create(Object.getPrototypeOf(run) as object) as GlyphRun, run);
  copy.positions = run.positions.map((p) => Object.assign(Object.create(Object.getPrototypeOf(p) as object) as typeof p, p));
  return copy;
}

/** Subsets kept per face: a few variants, a few saves apart. */
const SUBSET_LIMIT = 16;

/**
 * A subset's bytes depend only on the glyphs it holds, in order: a rebuild
 * that draws the same glyphs with this face (a watch after a one-word save,
 * most of the time) embeds the bytes made last time instead of encoding the
 * face again. pdfkit reads nothing else of the subset after encoding it.
 */
export function memoizeSubsets(font: Font): void {
  const create = font.createSubset.bind(font);
  const encoded = new Map<string, Uint8Array>();
  font.createSubset = () => {
    const subset = create();
    const encode = subset.encode.bind(subset);
    subset.encode = () => {
      const key = subset.glyphs.join(',');
      let bytes = encoded.get(key);
      if (!bytes) {
        bytes = encode();
        if (encoded.size >= SUBSET_LIMIT) encoded.clear();
        encoded.set(key, bytes);
      }
      return bytes;
    };
    return subset;
  };
}
