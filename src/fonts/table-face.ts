import { layoutWithOwnCodePoints } from './fontkit-memo.js';
import type { Font, Glyph, GlyphRun } from 'fontkit';
import { horizontalMetrics, type Sfnt } from './sfnt/read-sfnt.js';
import { TrueTypeSubset } from './sfnt/subset.js';
import type { TableShaper } from './width-table/shape.js';
import { glyphRun, layoutFromTable } from './width-table/layout-from-table.js';

/**
 * A TrueType face as pdfkit's EmbeddedFont reads it (pdfkit takes any object
 * with `layout` as a font), made from our own reading of the file and its
 * width table: text the table covers is shaped, measured, drawn and
 * subsetted without fontkit. Text it does not cover (other scripts, marks,
 * features) is shaped by fontkit, parsed from the same bytes on first need.
 *
 * Every value pdfkit writes into the PDF is the one fontkit gives for the
 * same file: metrics and names from the same tables, the subset's bytes (see
 * sfnt/subset.ts), and the ToUnicode code points, which draw-text.ts takes
 * from the glyph objects: each run's glyphs carry that run's code points (see
 * getGlyph), as a fontkit face that shaped nothing before would give them.
 */
export class TableFace {
  readonly postscriptName: string;
  readonly unitsPerEm: number;
  readonly ascent: number;
  readonly descent: number;
  readonly lineGap: number;
  readonly capHeight: number;
  readonly xHeight: number;
  readonly italicAngle: number;
  readonly bbox: Sfnt['bbox'];
  /** The fields of fontkit's parsed tables that pdfkit's EmbeddedFont.embed reads. */
  readonly 'OS/2': { readonly sFamilyClass: number };
  readonly post: { readonly isFixedPitch: boolean };
  readonly head: { readonly macStyle: { readonly italic: boolean } };
  /**
   * What pdfkit's isEqualFont compares when two registered faces share a
   * PostScript name: equal exactly when the files' bytes are (`sha256`).
   */
  readonly _tables: { readonly head: { readonly checkSumAdjustment: string }; readonly name: { readonly records: string } };
  /** fontkit's layout, from the width table for the text it covers (see width-table/layout-from-table.ts). */
  readonly layout: Font['layout'];
  private readonly advances = new Map<number, number>();
  private fontkitFont: Font | undefined;

  constructor(
    private readonly sfnt: Sfnt,
    shaper: TableShaper,
    sha256: string,
    /** fontkit's parse of the same bytes, for text the table does not cover. */
    private readonly parse: () => Font,
  ) {
    this.postscriptName = sfnt.postscriptName;
    this.unitsPerEm = sfnt.unitsPerEm;
    this.ascent = sfnt.ascent;
    this.descent = sfnt.descent;
    this.lineGap = sfnt.lineGap;
    this.capHeight = sfnt.capHeight;
    this.xHeight = sfnt.xHeight;
    this.italicAngle = sfnt.italicAngle;
    this.bbox = sfnt.bbox;
    this['OS/2'] = { sFamilyClass: sfnt.familyClass };
    this.post = { isFixedPitch: sfnt.isFixedPitch };
    this.head = { macStyle: { italic: sfnt.italic } };
    this._tables = { head: { checkSumAdjustment: sha256 }, name: { records: sha256 } };
    this.layout = layoutFromTable((id, codePoints) => this.getGlyph(id, codePoints), shaper, (text, features) => this.layoutWithFontkit(text, features));
  }

  /**
   * A glyph object for an id, with the code points it stands for in this request. Unlike
   * fontkit's cached glyphs, the code points of a first request do not stick: a glyph
   * first met without any (made by a substitution) or in another PDF of the build must
   * not decide the text it maps to in every PDF after.
   */
  getGlyph(id: number, codePoints: number[] = []): Glyph {
    let advanceWidth = this.advances.get(id);
    if (advanceWidth === undefined) {
      advanceWidth = horizontalMetrics(this.sfnt, id).advance;
      this.advances.set(id, advanceWidth);
    }
    return { id, codePoints, advanceWidth };
  }

  createSubset(): TrueTypeSubset {
    return new TrueTypeSubset(this.sfnt);
  }

  /** fontkit's run, its glyphs swapped for ours (code points as this run gives them, as on the table path). */
  private layoutWithFontkit(text: string, features: string[] | Record<string, boolean> | undefined): GlyphRun {
    this.fontkitFont ??= this.parse();
    const fontkitFont = this.fontkitFont;
    const shaped = layoutWithOwnCodePoints(fontkitFont, () => fontkitFont.layout(text, features));
    return glyphRun(
      shaped.glyphs.map((g) => this.getGlyph(g.id, g.codePoints)),
      shaped.positions,
    );
  }
}
