/**
 * The slice of fontkit 2.0.4 that cv uses (the package ships no types). Only
 * `src/fonts/` imports fontkit directly; pdfkit brings its own copy of the same
 * version, which is what makes our measurements match its drawing.
 */
declare module 'fontkit' {
  export interface GlyphPosition {
    xAdvance: number;
    yAdvance: number;
    xOffset: number;
    yOffset: number;
  }

  export interface Glyph {
    id: number;
    advanceWidth: number;
    codePoints: number[];
  }

  export interface GlyphRun {
    glyphs: Glyph[];
    positions: GlyphPosition[];
    /** Sum of the positions' xAdvance, in font units. */
    readonly advanceWidth: number;
  }

  export interface Font {
    readonly type: string;
    readonly postscriptName: string;
    readonly familyName: string;
    readonly unitsPerEm: number;
    /** Font units; positive. */
    readonly ascent: number;
    /** Font units; negative below the baseline. */
    readonly descent: number;
    readonly lineGap: number;
    readonly capHeight: number;
    readonly xHeight: number;
    readonly characterSet: number[];
    hasGlyphForCodePoint(codePoint: number): boolean;
    /** fontkit's cached glyph object for an id; the code points of the first request stick to it. */
    getGlyph(id: number, codePoints?: number[]): Glyph;
    /** Shapes `text`; without `features` fontkit applies the script's default features (kern, liga, ...). */
    layout(text: string, features?: string[] | Record<string, boolean>): GlyphRun;
    createSubset(): Subset;
  }

  /** What pdfkit embeds: the glyphs it drew, in the order it first drew them. */
  export interface Subset {
    readonly glyphs: number[];
    includeGlyph(glyph: number | Glyph): number;
    encode(): Uint8Array;
  }

  export interface FontCollection {
    readonly type: 'TTC' | 'DFont';
    readonly fonts: Font[];
  }

  export function create(buffer: Uint8Array, postscriptName?: string): Font | FontCollection;
}
