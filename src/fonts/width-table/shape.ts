import type { WidthTable } from './types.js';

/** One shaped glyph: its id, the code points it stands for, and its x advance in font units. */
export interface ShapedGlyph {
  id: number;
  codePoints: number[];
  xAdvance: number;
}

/**
 * A pair-kerning subtable for look-ups: the table's rows with each first
 * glyph's row number (-1: none), or classes by glyph id (0: none). Built from
 * flat arrays in one pass over the first glyphs: every build loads five
 * tables, and a Map per row cost more than all of its look-ups.
 */
type Kern = { rowOf: Int32Array; ends: number[]; seconds: number[]; values: number[] } | { covered: Uint8Array; class1: Uint16Array; class2: Uint16Array; class2Count: number; matrix: number[] };

/** Glyph ids are below this (OpenType's glyph count is a uint16): a pair's memo key is first * GLYPH_LIMIT + second. */
const GLYPH_LIMIT = 0x10000;

/**
 * A width table ready for look-ups. `shape` returns exactly what fontkit's
 * `layout(text)` returns for covered text (glyph ids, their code points, x
 * advances), or undefined when any character is not covered.
 */
export class TableShaper {
  /** Glyph id by BMP code point, -1 where the table does not shape the character. */
  private readonly cmap = new Int32Array(0x10000).fill(-1);
  private readonly advanceOf: Int32Array;
  private readonly ligatures: Map<number, [number[], number][]>[][];
  /** Per ligature lookup, 1 for each glyph some ligature of it starts with: most glyphs start none. */
  private readonly ligatureStarts: Uint8Array[];
  private readonly kerning: Kern[][];
  /** Per kerning lookup, each pair's adjustment once worked out (0 when no subtable applies). */
  private readonly pairs: Map<number, number>[];
  /** Glyph id of U+0020 for fontkit's glyph cache (see layout-from-table.ts). */
  readonly space: number;

  constructor(table: WidthTable) {
    for (let i = 0; i < table.cmap.length; i += 2) this.cmap[table.cmap[i]!] = table.cmap[i + 1]!;
    let glyphs = 0;
    for (let i = 0; i < table.advances.length; i += 2) glyphs = Math.max(glyphs, table.advances[i]! + 1);
    this.advanceOf = new Int32Array(glyphs);
    for (let i = 0; i < table.advances.length; i += 2) this.advanceOf[table.advances[i]!] = table.advances[i + 1]!;
    this.space = table.space;
    this.ligatures = table.ligatures.map((lookup) => lookup.map((sub) => new Map(sub)));
    this.ligatureStarts = this.ligatures.map((lookup) => {
      const starts = new Uint8Array(GLYPH_LIMIT);
      for (const sub of lookup) for (const first of sub.keys()) starts[first] = 1;
      return starts;
    });
    const byGlyph = (pairs: number[]): Uint16Array => {
      const array = new Uint16Array(glyphs);
      for (let i = 0; i < pairs.length; i += 2) array[pairs[i]!] = pairs[i + 1]!;
      return array;
    };
    this.kerning = table.kerning.map((lookup) =>
      lookup.map((sub): Kern => {
        if ('firsts' in sub) {
          const rowOf = new Int32Array(glyphs).fill(-1);
          sub.firsts.forEach((first, row) => (rowOf[first] = row));
          return { rowOf, ends: sub.ends, seconds: sub.seconds, values: sub.values };
        }
        // Indexed by glyph id: every glyph shaping meets has an advance, so `glyphs` bounds them all.
        const covered = new Uint8Array(glyphs);
        for (const g of sub.coverage) covered[g] = 1;
        return {
          covered,
          class1: byGlyph(sub.class1),
          class2: byGlyph(sub.class2),
          class2Count: sub.class2Count,
          matrix: sub.matrix,
        };
      }),
    );
    this.pairs = this.kerning.map(() => new Map());
  }

  /** The glyph of a code point the table maps (call only for one it maps). */
  idOf(codePoint: number): number {
    return this.cmap[codePoint]!;
  }

  shape(text: string): ShapedGlyph[] | undefined {
    const ids = this.glyphIds(text);
    if (!ids) return undefined;
    const codePoints: number[][] = [];
    for (let i = 0; i < text.length; i++) codePoints.push([text.charCodeAt(i)]);
    const advances = this.position(ids, codePoints);
    return ids.map((id, i) => ({ id, codePoints: codePoints[i]!, xAdvance: advances[i]! }));
  }

  /** The x advances `shape(text)` gives, without building its glyphs (what the Measurer asks for every chunk). */
  advances(text: string): number[] | undefined {
    const ids = this.glyphIds(text);
    return ids && this.position(ids, undefined);
  }

  private glyphIds(text: string): number[] | undefined {
    const ids: number[] = [];
    for (let i = 0; i < text.length; i++) {
      const id = this.cmap[text.charCodeAt(i)]!;
      if (id < 0) return undefined;
      ids.push(id);
    }
    return ids;
  }

  /** Ligates `ids` in place (merging `codePoints` alongside, when given) and returns their x advances, kerned. */
  private position(ids: number[], codePoints: number[][] | undefined): number[] {
    this.ligatures.forEach((lookup, l) => this.ligate(ids, codePoints, lookup, this.ligatureStarts[l]!));
    const advances = ids.map((id) => this.advanceOf[id]!);
    this.kerning.forEach((lookup, l) => {
      const pairs = this.pairs[l]!;
      for (let i = 0; i + 1 < ids.length; i++) {
        const key = ids[i]! * GLYPH_LIMIT + ids[i + 1]!;
        let k = pairs.get(key);
        if (k === undefined) {
          k = 0;
          for (const sub of lookup) {
            const found = kern(sub, ids[i]!, ids[i + 1]!);
            if (found !== undefined) {
              k = found;
              break;
            }
          }
          pairs.set(key, k);
        }
        advances[i]! += k;
      }
    });
    return advances;
  }

  /** One ligature lookup over the run, left to right, as fontkit's GSUB type 4. */
  private ligate(ids: number[], codePoints: number[][] | undefined, lookup: Map<number, [number[], number][]>[], starts: Uint8Array): void {
    for (let i = 0; i < ids.length; i++) {
      if (starts[ids[i]!] !== 1) continue;
      for (const sub of lookup) {
        const ligatures = sub.get(ids[i]!);
        if (ligatures === undefined) continue;
        const hit = ligatures.find(([components]) => components.every((c, k) => ids[i + 1 + k] === c));
        if (hit === undefined) continue;
        const [components, id] = hit;
        ids.splice(i + 1, components.length);
        ids[i] = id;
        if (codePoints) codePoints[i] = [codePoints[i]!, ...codePoints.splice(i + 1, components.length)].flat();
        break;
      }
    }
  }
}

/** The x advance adjustment of a pair, or undefined when the subtable does not apply (fontkit then tries the next one). */
function kern(sub: Kern, first: number, second: number): number | undefined {
  if ('rowOf' in sub) {
    const row = sub.rowOf[first]!;
    if (row < 0) return undefined;
    // A row holds a first glyph's pairs in the font's order, each second glyph once.
    for (let i = row === 0 ? 0 : sub.ends[row - 1]!; i < sub.ends[row]!; i++) if (sub.seconds[i] === second) return sub.values[i];
    return undefined;
  }
  if (sub.covered[first] !== 1) return undefined;
  return sub.matrix[sub.class1[first]! * sub.class2Count + sub.class2[second]!] ?? 0;
}
