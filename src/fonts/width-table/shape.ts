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
  private readonly advances = new Map<number, number>();
  private readonly ligatures: Map<number, [number[], number][]>[][];
  private readonly kerning: Kern[][];
  /** Glyph id of U+0020 for fontkit's glyph cache (see layout-from-table.ts). */
  readonly space: number;

  constructor(table: WidthTable) {
    for (const [cp, gid] of table.cmap) this.cmap.set(cp, gid);
    for (const [gid, advance] of table.advances) this.advances.set(gid, advance);
    this.space = table.space;
    this.ligatures = table.ligatures.map((lookup) => lookup.map((sub) => new Map(sub)));
    this.kerning = table.kerning.map((lookup) =>
      lookup.map((sub): Kern =>
        'pairs' in sub
          ? { pairs: new Map(sub.pairs.map(([first, row]) => [first, new Map(row)])) }
          : { coverage: new Set(sub.coverage), class1: new Map(sub.class1), class2: new Map(sub.class2), class2Count: sub.class2Count, matrix: sub.matrix },
      ),
    );
  }

  /** The glyph of a code point the table maps (call only for one it maps). */
  idOf(codePoint: number): number {
    return this.cmap.get(codePoint)!;
  }

  shape(text: string): ShapedGlyph[] | undefined {
    const glyphs: ShapedGlyph[] = [];
    for (let i = 0; i < text.length; i++) {
      const cp = text.charCodeAt(i);
      const id = this.cmap.get(cp);
      if (id === undefined) return undefined;
      glyphs.push({ id, codePoints: [cp], xAdvance: 0 });
    }
    for (const lookup of this.ligatures) this.ligate(glyphs, lookup);
    for (const g of glyphs) g.xAdvance = this.advances.get(g.id)!;
    for (const lookup of this.kerning) {
      for (let i = 0; i + 1 < glyphs.length; i++) {
        for (const sub of lookup) {
          const k = kern(sub, glyphs[i]!.id, glyphs[i + 1]!.id);
          if (k !== undefined) {
            glyphs[i]!.xAdvance += k;
            break;
          }
        }
      }
    }
    return glyphs;
  }

  /** One ligature lookup over the run, left to right, as fontkit's GSUB type 4. */
  private ligate(glyphs: ShapedGlyph[], lookup: Map<number, [number[], number][]>[]): void {
    for (let i = 0; i < glyphs.length; i++) {
      for (const sub of lookup) {
        const ligatures = sub.get(glyphs[i]!.id);
        if (ligatures === undefined) continue;
        const hit = ligatures.find(([components]) => components.every((c, k) => glyphs[i + 1 + k]?.id === c));
        if (hit === undefined) continue;
        const [components, id] = hit;
        const parts = glyphs.splice(i + 1, components.length);
        glyphs[i] = { id, codePoints: [glyphs[i]!.codePoints, ...parts.map((p) => p.codePoints)].flat(), xAdvance: 0 };
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
