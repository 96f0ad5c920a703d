/**
 * What fontkit 2.0.4's default shaper does to Latin, Greek and Cyrillic text
 * in one face, written down once so that such text is shaped by table look-ups
 * instead of by running the OpenType engine for every word.
 *
 * Everything is in font units and glyph ids, derived from the font file alone
 * (see derive.ts); `sha256` names the bytes it was derived from.
 */
export interface WidthTable {
  /** Bumped whenever the derivation changes, so stale cache files are ignored. */
  format: typeof WIDTH_TABLE_FORMAT;
  sha256: string;
  /** [first, last] code point ranges the font has a glyph for (all of its cmap, not only what the table shapes). */
  glyphs: [number, number][];
  /** [code point, glyph id] for every code point the table may shape; anything else goes to fontkit. */
  cmap: [number, number][];
  /** [glyph id, advance width] for every glyph the table can produce. */
  advances: [number, number][];
  /** Glyph id of U+0020 (0 if none): fontkit looks it up after every layout. */
  space: number;
  /** Ligature lookups in the order fontkit applies them; each is a list of subtables. */
  ligatures: LigatureSubtable[][];
  /** Pair-kerning lookups in the order fontkit applies them; each is a list of subtables. */
  kerning: KerningSubtable[][];
}

export const WIDTH_TABLE_FORMAT = 2;

/** [first glyph, its ligatures in the font's order: [following components, ligature glyph]]. */
export type LigatureSubtable = [number, [number[], number][]][];

/** PairPos format 1: [first glyph, [second glyph, x advance adjustment][]] for every covered first glyph. */
export interface PairsSubtable {
  pairs: [number, [number, number][]][];
}

/** PairPos format 2: classes of the glyphs the table can produce and the class-by-class x advance matrix. */
export interface ClassesSubtable {
  coverage: number[];
  /** [glyph, class] where the class is not 0. */
  class1: [number, number][];
  class2: [number, number][];
  class2Count: number;
  /** Row-major class1 x class2 x-advance adjustments. */
  matrix: number[];
}

export type KerningSubtable = PairsSubtable | ClassesSubtable;
