import { horizontalMetrics, view, type Sfnt } from './read-sfnt.js';

/** Composite glyph flags (OpenType glyf). */
const ARG_1_AND_2_ARE_WORDS = 0x0001;
const WE_HAVE_A_SCALE = 0x0008;
const MORE_COMPONENTS = 0x0020;
const WE_HAVE_AN_X_AND_Y_SCALE = 0x0040;
const WE_HAVE_A_TWO_BY_TWO = 0x0080;

/**
 * The TrueType subset pdfkit embeds: the glyphs it drew, renumbered in the
 * order it first drew them (glyph 0 first), each composite glyph's
 * components appended after them and its component ids rewritten.
 *
 * The bytes are the bytes fontkit 2.0.4's TTFSubset writes for the same
 * glyphs (tests compare them), so a PDF does not change with the subsetter:
 * tables head, hhea, loca, maxp, cvt, prep, glyf, hmtx, fpgm in that order,
 * unpadded, checksums 0, the 'true' tag; head, cvt, prep and fpgm as in the
 * font, hhea and maxp with the subset's glyph count, every glyph with its own
 * hmtx entry. Glyph outlines are copied byte for byte, never decoded.
 */
export class TrueTypeSubset {
  readonly glyphs: number[] = [];
  private readonly mapping = new Map<number, number>();

  constructor(private readonly sfnt: Sfnt) {
    this.includeGlyph(0);
  }

  /** The subset's id for a glyph of the font, adding the glyph on first use. */
  includeGlyph(glyph: number | { id: number }): number {
    const id = typeof glyph === 'number' ? glyph : glyph.id;
    let mapped = this.mapping.get(id);
    if (mapped === undefined) {
      mapped = this.glyphs.length;
      this.glyphs.push(id);
      this.mapping.set(id, mapped);
    }
    return mapped;
  }

  encode(): Uint8Array {
    const { sfnt } = this;
    const glyf = sfnt.tables.get('glyf')!;
    const outlines: Uint8Array[] = [];
    // Components found while copying are appended to `glyphs`, so the loop runs until it catches up.
    for (let i = 0; i < this.glyphs.length; i++) {
      const id = this.glyphs[i]!;
      // An id past the font's glyphs (only a broken composite refers to one) has no outline.
      let outline = id < sfnt.numGlyphs ? glyf.subarray(sfnt.loca[id]!, sfnt.loca[id + 1]!) : glyf.subarray(0, 0);
      if (outline.length >= 10 && view(outline).getInt16(0) < 0) outline = this.renumberComponents(outline);
      outlines.push(outline);
    }
    const count = outlines.length;

    const loca = new Uint8Array((count + 1) * (sfnt.locaFormat === 0 ? 2 : 4));
    const locaView = view(loca);
    let offset = 0;
    for (let i = 0; i <= count; i++) {
      if (sfnt.locaFormat === 0) locaView.setUint16(i * 2, offset >>> 1);
      else locaView.setUint32(i * 4, offset);
      if (i < count) offset += outlines[i]!.length;
    }

    const hmtx = new Uint8Array(count * 4);
    const hmtxView = view(hmtx);
    this.glyphs.forEach((id, i) => {
      const { advance, bearing } = horizontalMetrics(sfnt, id);
      hmtxView.setUint16(i * 4, advance);
      hmtxView.setInt16(i * 4 + 2, bearing);
    });

    const head = sfnt.tables.get('head')!.slice(0, 54);
    const hhea = sfnt.tables.get('hhea')!.slice(0, 36);
    view(hhea).setBigUint64(24, 0n); // reserved: fontkit writes zeros
    view(hhea).setUint16(34, count);
    const maxp = sfnt.tables.get('maxp')!.slice(0, 32);
    view(maxp).setUint16(4, count);

    const copied = (tag: string): [string, Uint8Array[]][] => {
      const table = sfnt.tables.get(tag);
      return table ? [[tag, [table]]] : [];
    };
    const tables: [string, Uint8Array[]][] = [
      ['head', [head]],
      ['hhea', [hhea]],
      ['loca', [loca]],
      ['maxp', [maxp]],
      ...copied('cvt '),
      ...copied('prep'),
      ['glyf', outlines],
      ['hmtx', [hmtx]],
      ...copied('fpgm'),
    ];
    return writeDirectory(tables);
  }

  /** A copy of a composite glyph with each component's glyph id replaced by its subset id. */
  private renumberComponents(outline: Uint8Array): Uint8Array {
    const copy = outline.slice();
    const data = view(copy);
    let at = 10;
    // A truncated component list ends the walk instead of reading past the glyph.
    for (let flags = MORE_COMPONENTS; flags & MORE_COMPONENTS && at + 4 <= copy.length; ) {
      flags = data.getUint16(at);
      data.setUint16(at + 2, this.includeGlyph(data.getUint16(at + 2)));
      at += 4 + (flags & ARG_1_AND_2_ARE_WORDS ? 4 : 2);
      if (flags & WE_HAVE_A_SCALE) at += 2;
      else if (flags & WE_HAVE_AN_X_AND_Y_SCALE) at += 4;
      else if (flags & WE_HAVE_A_TWO_BY_TWO) at += 8;
    }
    return copy;
  }
}

/** The table directory and the tables after it, as fontkit's Directory.toBuffer lays them out. */
function writeDirectory(tables: [string, Uint8Array[]][]): Uint8Array {
  const lengths = tables.map(([, parts]) => parts.reduce((n, p) => n + p.length, 0));
  const headerLength = 12 + tables.length * 16;
  const out = new Uint8Array(headerLength + lengths.reduce((a, b) => a + b, 0));
  const dir = view(out);
  const power = 2 ** Math.floor(Math.log2(tables.length));
  out.set([0x74, 0x72, 0x75, 0x65], 0); // 'true'
  dir.setUint16(4, tables.length);
  dir.setUint16(6, power * 16);
  dir.setUint16(8, Math.log2(power));
  dir.setUint16(10, tables.length * 16 - power * 16);
  let offset = headerLength;
  tables.forEach(([tag, parts], i) => {
    const at = 12 + i * 16;
    for (let k = 0; k < 4; k++) out[at + k] = tag.charCodeAt(k);
    dir.setUint32(at + 8, offset);
    dir.setUint32(at + 12, lengths[i]!);
    for (const part of parts) {
      out.set(part, offset);
      offset += part.length;
    }
  });
  return out;
}
