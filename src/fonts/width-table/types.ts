/**
 * What fontkit 2.0.4's default shaper does to Latin, Greek and Cyrillic text
 * in one face, written down once so that such text is shaped by table look-ups
 * instead of by running the OpenType engine for every word.
 *
 * Everything is in font units and glyph ids, derived from the font file alone
 * (see derive.ts); `sha256` names the bytes it was derived from. Pairs and
 * triples are flat number arrays: the table is read (JSON.parse) by every
 * build, and a flat array parses and loads into typed arrays several times
 * faster than one small array per entry.
 */
export interface WidthTable {
  /** Bumped whenever the derivation changes, so stale cache files are ignored. */
  format: typeof WIDTH_TABLE_FORMAT;
  sha256: string;
  /** [first, last] code point ranges the font has a glyph for (all of its cmap, not only what the table shapes). */
  glyphs: [number, number][];
  /** Flat (code point, glyph id) pairs for every code point the table may shape (all in the BMP); anything else goes to fontkit. */
  cmap: number[];
  /** Flat (glyph id, advance width) pairs for every glyph the table can produce. */
  advances: number[];
  /** Glyph id of U+0020 (0 if none): fontkit looks it up after every layout. */
  space: number;
  /** Ligature lookups in the order fontkit applies them; each is a list of subtables. */
  ligatures: LigatureSubtable[][];
  /** Pair-kerning lookups in the order fontkit applies them; each is a list of subtables. */
  kerning: KerningSubtable[][];
}

export const WIDTH_TABLE_FORMAT = 3;

/** [first glyph, its ligatures in the font's order: [following components, ligature glyph]]. */
export type LigatureSubtable = [number, [number[], number][]][];

/**
 * PairPos format 1, row by row: the covered first glyphs, where each one's
 * row ends in `seconds` and `values` (it starts where the previous ends), and
 * for each pair its second glyph and x advance adjustment, each pair once.
 */
export interface PairsSubtable {
  firsts: number[];
  ends: number[];
  seconds: number[];
  values: number[];
}

/** PairPos format 2: classes of the glyphs the table can produce and the class-by-class x advance matrix. */
export interface ClassesSubtable {
  coverage: number[];
  /** Flat (glyph, class) pairs where the class is not 0. */
  class1: number[];
  class2: number[];
  class2Count: number;
  /** Row-major class1 x class2 x-advance adjustments. */
  matrix: number[];
}

export type KerningSubtable = PairsSubtable | ClassesSubtable;
