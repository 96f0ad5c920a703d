import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { create, type Font } from 'fontkit';
import { readSfnt } from '../../src/fonts/sfnt/read-sfnt.js';
import { TrueTypeSubset } from '../../src/fonts/sfnt/subset.js';
import { TableFace } from '../../src/fonts/table-face.js';
import { TableShaper } from '../../src/fonts/width-table/shape.js';
import { fontSha256, widthTableOf } from '../../src/fonts/width-table/cache.js';

const FONT_DIR = join(process.cwd(), 'fonts');
const BUNDLED = readdirSync(FONT_DIR).filter((f) => f.endsWith('.ttf')).sort().map((f) => join(FONT_DIR, f));
// Faces outside the bundle that the tests and users draw with (the fallback test's Liberation, the Korean test's Nanum).
const OTHERS = [
  join(process.cwd(), 'node_modules/pdfjs-dist/standard_fonts/LiberationSans-Regular.ttf'),
  '/usr/share/fonts/truetype/nanum/NanumGothic.ttf',
].filter((f) => existsSync(f));
const FILES = [...BUNDLED, ...OTHERS];

type FontkitTables = Font & {
  bbox: { minX: number; minY: number; maxX: number; maxY: number };
  italicAngle: number;
  'OS/2': { sFamilyClass: number };
  post: { isFixedPitch: number | boolean };
  head: { macStyle: { italic: boolean } };
  numGlyphs: number;
};
/** fontkit's decoded glyf header of a glyph (null for an empty glyph). */
const contours = (font: Font, glyph: number): number =>
  ((font.getGlyph(glyph) as unknown as { _decode(): { numberOfContours: number } | null })._decode()?.numberOfContours ?? 0);

/** A fixed pseudo-random sequence: reproducible without Math.random. */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

describe('readSfnt', () => {
  it.each(FILES)('reads what pdfkit reads from fontkit: %s', (file) => {
    const bytes = readFileSync(file);
    const font = create(bytes) as FontkitTables;
    const sfnt = readSfnt(bytes)!;
    expect(sfnt).toBeDefined();
    expect({
      postscriptName: sfnt.postscriptName,
      unitsPerEm: sfnt.unitsPerEm,
      ascent: sfnt.ascent,
      descent: sfnt.descent,
      lineGap: sfnt.lineGap,
      capHeight: sfnt.capHeight,
      xHeight: sfnt.xHeight,
      bbox: { ...sfnt.bbox },
      italicAngle: sfnt.italicAngle,
      familyClass: sfnt.familyClass,
      isFixedPitch: sfnt.isFixedPitch,
      italic: sfnt.italic,
      numGlyphs: sfnt.numGlyphs,
    }).toEqual({
      postscriptName: font.postscriptName,
      unitsPerEm: font.unitsPerEm,
      ascent: font.ascent,
      descent: font.descent,
      lineGap: font.lineGap,
      capHeight: font.capHeight,
      xHeight: font.xHeight,
      bbox: { minX: font.bbox.minX, minY: font.bbox.minY, maxX: font.bbox.maxX, maxY: font.bbox.maxY },
      italicAngle: font.italicAngle,
      familyClass: font['OS/2'].sFamilyClass,
      isFixedPitch: Boolean(font.post.isFixedPitch),
      italic: font.head.macStyle.italic,
      numGlyphs: font.numGlyphs,
    });
  });

  it('declines what it does not read as fontkit would: CFF outlines, collections, WOFF, junk', () => {
    const ttf = readFileSync(BUNDLED[0]!);
    const otto = Uint8Array.from(ttf);
    otto.set([0x4f, 0x54, 0x54, 0x4f], 0);
    expect(readSfnt(otto)).toBeUndefined();
    const ttc = Uint8Array.from(ttf);
    ttc.set([0x74, 0x74, 0x63, 0x66], 0);
    expect(readSfnt(ttc)).toBeUndefined();
    expect(readSfnt(new Uint8Array(8))).toBeUndefined();
    expect(readSfnt(ttf.subarray(0, 200))).toBeUndefined();
  });
});

describe('TrueTypeSubset', () => {
  it.each(FILES)('writes the bytes fontkit writes, composite glyphs included: %s', (file) => {
    const bytes = readFileSync(file);
    const font = create(bytes) as FontkitTables;
    const sfnt = readSfnt(bytes)!;
    const composites: number[] = [];
    for (let g = 0; g < font.numGlyphs && composites.length < 40; g++) if (contours(font, g) < 0) composites.push(g);
    const rnd = lcg(7);
    const sets = [
      [],
      [composites[0] ?? 1],
      composites,
      Array.from({ length: 300 }, () => Math.floor(rnd() * font.numGlyphs)),
      [...composites.slice(0, 5), ...Array.from({ length: 50 }, () => Math.floor(rnd() * font.numGlyphs)), ...composites.slice(5)],
    ];
    for (const glyphs of sets) {
      const theirs = font.createSubset();
      const ours = new TrueTypeSubset(sfnt);
      for (const g of glyphs) expect(ours.includeGlyph(g)).toBe(theirs.includeGlyph(g));
      const expected = theirs.encode();
      expect(Buffer.from(ours.encode()).equals(Buffer.from(expected))).toBe(true);
      expect(ours.glyphs).toEqual(theirs.glyphs);
    }
  });
});

describe('TableFace', () => {
  const STRINGS = [
    'office affluent', 'AVAWAY Typography', 'Καλημέρα κόσμε', 'Съешь же ещё', 'Œuvre œil ß', '2019–2024 ',
    'e\u0301te\u0301', '2^1', '½ 1⁄2', 'fi', 'ﬁ', 'Th', '1st', 'A ∩ B ≡ B', '박해규', 'x', ' ', '',
  ];

  it.each(FILES)('lays out as fontkit does (glyphs, code points, positions), table and fallback alike: %s', (file) => {
    const bytes = readFileSync(file);
    const reference = create(bytes) as Font;
    const table = widthTableOf(bytes);
    let parsed = 0;
    const face = new TableFace(readSfnt(bytes)!, new TableShaper(table), fontSha256(bytes), () => {
      parsed++;
      return create(bytes) as Font;
    });
    const view = (run: ReturnType<Font['layout']>) => ({
      glyphs: run.glyphs.map((g) => ({ id: g.id, codePoints: [...g.codePoints], advanceWidth: g.advanceWidth })),
      positions: run.positions.map((p) => ({ xAdvance: p.xAdvance, yAdvance: p.yAdvance, xOffset: p.xOffset, yOffset: p.yOffset })),
      advanceWidth: run.advanceWidth,
    });
    // Twice through, so glyphs first met on one path are met again on the other. Each run is
    // what a fontkit face that never shaped anything before gives for it: fontkit's glyph
    // cache makes code points (and, for some faces, mark positions) depend on what was shaped
    // earlier; ours does not ('ﬁ' and "fi" share a glyph, and each maps to its own text).
    for (const s of [...STRINGS, ...[...STRINGS].reverse()]) expect(view(face.layout(s))).toEqual(view((create(bytes) as Font).layout(s)));
    expect(face.getGlyph(0).advanceWidth).toBe(reference.getGlyph(0).advanceWidth);
    if (table.cmap.length > 0) expect(parsed).toBe(1);
  });

  it('gives a glyph shared by two texts the code points of each, whichever came first', () => {
    // In the bold italic the f-i ligature and U+FB01 are one glyph.
    const bytes = readFileSync(BUNDLED.find((f) => f.endsWith('EBGaramond-BoldItalic.ttf'))!);
    const face = new TableFace(readSfnt(bytes)!, new TableShaper(widthTableOf(bytes)), fontSha256(bytes), () => create(bytes) as Font);
    const ligated = face.layout('fi').glyphs[0]!;
    const precomposed = face.layout('\ufb01').glyphs[0]!;
    expect(precomposed.id).toBe(ligated.id);
    expect([ligated.codePoints, precomposed.codePoints]).toEqual([[0x66, 0x69], [0xfb01]]);
    expect(face.getGlyph(ligated.id, []).codePoints).toEqual([]);
    expect(face.layout('fi').glyphs[0]!.codePoints).toEqual([0x66, 0x69]);
  });

  it('never parses the face with fontkit for text the table covers', () => {
    const bytes = readFileSync(BUNDLED[0]!);
    const face = new TableFace(readSfnt(bytes)!, new TableShaper(widthTableOf(bytes)), fontSha256(bytes), () => {
      throw new Error('fontkit asked for');
    });
    expect(face.layout('Waffle affluent, Καλημέρα, Привет 2024–25').glyphs.length).toBeGreaterThan(20);
    expect(() => face.layout('e\u0301')).toThrow('fontkit asked for');
  });
});
