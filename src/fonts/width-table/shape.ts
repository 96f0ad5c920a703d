import type { WidthTable } from './types.js';

/** One shaped glyph: its id, the code points it stands for, and its x advance in font units. */
export interface ShapedGlyph {
  id: number;
  codePoints: number[];
  xAdvance: number;
}

type Kern = { pairs: Map<number, Map<number, number>> } | { coverage: Set<number>; class1: Map<number, number>; class2: Map<number, number>; class2Count: number; matrix: number[] };

/**
 * A width table ready for look-ups. `shape` returns exactly what fontkit's
 * `layout(text)` returns for covered text (glyph ids, their code points, x
 * advances), or undefined when any character is not covered.
 */
export class TableShaper {
  private readonly cmap = new Map<number, number>();
  private readonly advanceOf = new Map<number, number>();
  private readonly ligatures: Map<number, [number[], number][]>[][];
  private readonly kerning: Kern[][];
  /** Per kerning lookup, each pair's adjustment once worked out (key: first * 65536 + second; 0 when no subtable applies). */
  private readonly pairs: Map<number, number>[];
  /** Glyph id of U+0020 for fontkit's glyph cache (see layout-from-table.ts). */
  readonly space: number;

  constructor(table: WidthTable) {
    for (const [cp, gid] of table.cmap) this.cmap.set(cp, gid);
    for (const [gid, advance] of table.advances) this.advanceOf.set(gid, advance);
    this.space = table.space;
    this.ligatures = table.ligatures.map((lookup) => lookup.map((sub) => new Map(sub)));
    this.kerning = table.kerning.map((lookup) =>
      lookup.map((sub): Kern =>
        'pairs' in sub
          ? { pairs: new Map(sub.pairs.map(([first, row]) => [first, new Map(row)])) }
          : { coverage: new Set(sub.coverage), class1: new Map(sub.class1), class2: new Map(sub.class2), class2Count: sub.class2Count, matrix: sub.matrix },
      ),
    );
    this.pairs = this.kerning.map(() => new Map());
  }

  /** The glyph of a code point the table maps (call only for one it maps). */
  idOf(codePoint: number): number {
    return this.cmap.get(codePoint)!;
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
      const id = this.cmap.get(text.charCodeAt(i));
      if (id === undefined) return undefined;
      ids.push(id);
    }
    return ids;
  }

  /** Ligates `ids` in place (merging `codePoints` alongside, when given) and returns their x advances, kerned. */
  private position(ids: number[], codePoints: number[][] | undefined): number[] {
    for (const lookup of this.ligatures) this.ligate(ids, codePoints, lookup);
    const advances = ids.map((id) => this.advanceOf.get(id)!);
    this.kerning.forEach((lookup, l) => {
      const pairs = this.pairs[l]!;
      for (let i = 0; i + 1 < ids.length; i++) {
        const key = ids[i]! * 65536 + ids[i + 1]!;
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
  private ligate(ids: number[], codePoints: number[][] | undefined, lookup: Map<number, [number[], number][]>[]): void {
    for (let i = 0; i < ids.length; i++) {
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
  if ('pairs' in sub) return sub.pairs.get(first)?.get(second);
  if (!sub.coverage.has(first)) return undefined;
  return sub.matrix[(sub.class1.get(first) ?? 0) * sub.class2Count + (sub.class2.get(second) ?? 0)] ?? 0;
}
