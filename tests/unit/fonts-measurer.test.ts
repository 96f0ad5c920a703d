import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import PDFDocument from 'pdfkit';
import { createMeasurer, loadFonts } from '../../src/fonts/index.js';
import type { FontFace } from '../../src/fonts/types.js';
import { create, type Font } from 'fontkit';
import { tableShaperFor, widthTableFor } from '../../src/fonts/width-table/cache.js';

const FONT_DIR = join(process.cwd(), 'fonts');
const faces: FontFace[] = ['Regular', 'Italic', 'Bold', 'BoldItalic', 'SemiBold'].map((style) => ({
  id: `garamond-${style.toLowerCase()}`,
  file: join(FONT_DIR, `EBGaramond-${style}.ttf`),
}));

const SAMPLES = [
  'ffi office', 'AVAWAY Typography', 'Waffle affluent fjord', 'To Yield, Tea, Vacuum',
  'Καλημέρα κόσμε', 'λόγος', 'Μηχανική Μάθηση', 'Съешь же ещё этих мягких французских булок',
  'Привет, мир', 'Łódź Dvořák Ærøskøbing Şişli Ğ İstanbul', 'Ångström naïve café façade', 'Œuvre œil ß ŋ ĳ',
  '0123456789', '2019–2024', 'pp. 123–145', '+1 (555) 010-9999', '10.1145/3313831.3376234',
  '“quoted” — ‘single’ … (a), [b]; c: d! e? & * # @ % / \\ | ~', 'https://example.com/path/to_resource?q=1&r=2',
  'jane.doe@example.org', 'two  spaces', ' leading space', 'trailing space ', '   ', ' ', '', 'tab\tseparated',
  'IEEE Transactions on Visualization and Computer Graphics', 'CHI ’24: Proceedings', 'Th fi fl ff ffl st ct',
  'Dr. h.c. José María García-Pérez', 'ACM SIGGRAPH Asia 2023 Technical Papers',
];

const WORDS = [
  'the', 'of', 'and', 'affinity', 'official', 'Workshop', 'Journal', 'Conference', 'learning', 'Avenue',
  'Typography', 'VAT', 'Yale', 'flow', 'fjord', 'Zürich', 'naïve', 'Kraków', 'Ελλάδα', 'Москва',
  'quick', 'brown', 'fox', 'jumps', 'over', 'lazy', 'dog', 'Efficient', 'Offline', 'Waffles',
  '(2021)', '[12]', 'vol.', '3,', 'e.g.', 'i.e.,', '—', '–', '…', '“Yes”',
];

/** A fixed pseudo-random sequence: the test is reproducible without Math.random. */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function strings(): string[] {
  const out = [...SAMPLES, ...WORDS];
  const rnd = lcg(42);
  while (out.length < 500) {
    const n = 1 + Math.floor(rnd() * 8);
    const words: string[] = [];
    for (let i = 0; i < n; i++) words.push(WORDS[Math.floor(rnd() * WORDS.length)]!);
    out.push(words.join(rnd() < 0.1 ? '  ' : ' '));
  }
  return out;
}

const SIZES = [6.5, 9, 10, 10.95, 12, 24];

describe('createMeasurer', () => {
  const fonts = loadFonts(faces);
  const measurer = createMeasurer(fonts);
  const doc = new PDFDocument({ autoFirstPage: false });
  for (const face of faces) doc.registerFont(face.id, face.file);
  const all = strings();

  it('has at least 500 test strings', () => {
    expect(all.length).toBeGreaterThanOrEqual(500);
  });

  it.each(faces.map((f) => [f.id]))('matches pdfkit widthOfString for %s', (id) => {
    let checked = 0;
    const failures: string[] = [];
    for (const size of SIZES) {
      doc.font(id).fontSize(size);
      for (const s of all) {
        const expected = doc.widthOfString(s);
        const actual = measurer.width(s, id, size);
        if (!(Math.abs(actual - expected) <= 1e-6)) failures.push(`${JSON.stringify(s)} @${size}: ${actual} vs ${expected}`);
        checked++;
      }
    }
    expect(failures).toEqual([]);
    expect(checked).toBe(all.length * SIZES.length);
  });

  it('measures nearly every sample from the width table, so the comparison above covers the table path', () => {
    for (const face of faces) {
      const shaper = tableShaperFor(widthTableFor(readFileSync(face.file)));
      const chunks = all.flatMap((s) => s.match(/[^ \t]*[ \t]?/g) ?? []).filter((c) => c !== '');
      const covered = chunks.filter((c) => shaper.shape(c) !== undefined).length;
      expect(covered / chunks.length).toBeGreaterThan(0.95);
    }
  });

  it('is bit-exact with pdfkit, not only close', () => {
    doc.font('garamond-regular').fontSize(10.95);
    for (const s of all) expect(measurer.width(s, 'garamond-regular', 10.95)).toBe(doc.widthOfString(s));
  });

  it('is bit-exact with pdfkit drawing with our faces (what outputs/pdf/ registers), not only with fontkit', () => {
    const ours = new PDFDocument({ autoFirstPage: false });
    for (const face of faces) ours.registerFont(face.id, fonts.get(face.id)!.font as never);
    for (const face of faces) {
      ours.font(face.id).fontSize(10.95);
      for (const s of all) expect(measurer.width(s, face.id, 10.95)).toBe(ours.widthOfString(s));
    }
  });

  it('applies kerning and ligatures (the measure is not a sum of glyph advances)', () => {
    const w = (s: string) => measurer.width(s, 'garamond-regular', 1000);
    const sum = (s: string) => [...s].reduce((acc, ch) => acc + w(ch), 0);
    expect(w('AV')).toBeLessThan(sum('AV'));
    expect(w('ffi')).not.toBe(sum('ffi'));
  });

  it('is additive over spaces, so a justified line is width + wordSpacing * spaces', () => {
    // pdfkit draws a justified line word by word; that equals the measure only if
    // no glyph kerns or ligates with the space. Check every glyph of every face.
    for (const face of faces) {
      const font = create(readFileSync(face.file)) as Font;
      const space = measurer.width(' ', face.id, 1000);
      const bad: string[] = [];
      for (const cp of font.characterSet) {
        const c = String.fromCodePoint(cp);
        if (c === ' ' || c === '\t') continue;
        const alone = measurer.width(c, face.id, 1000);
        if (measurer.width(`${c} `, face.id, 1000) !== alone + space) bad.push(c);
        if (measurer.width(` ${c}`, face.id, 1000) !== alone + space) bad.push(c);
      }
      expect(bad).toEqual([]);
    }
  });

  it('scales metrics with the size and reports glyph coverage', () => {
    const m10 = measurer.metrics('garamond-regular', 10);
    const m20 = measurer.metrics('garamond-regular', 20);
    expect(m10.ascent).toBeGreaterThan(0);
    expect(m10.descent).toBeGreaterThan(0);
    expect(m10.capHeight).toBeGreaterThan(m10.xHeight);
    expect(m20.ascent).toBeCloseTo(2 * m10.ascent, 10);
    expect(m20.descent).toBeCloseTo(2 * m10.descent, 10);
    expect(measurer.hasGlyph('garamond-regular', 'λ'.codePointAt(0)!)).toBe(true);
    expect(measurer.hasGlyph('garamond-regular', 'ж'.codePointAt(0)!)).toBe(true);
    expect(measurer.hasGlyph('garamond-regular', 0x4e2d)).toBe(false); // 中
  });

  it('rejects unknown font ids and duplicate faces', () => {
    expect(() => measurer.width('x', 'nope', 10)).toThrow(/unknown font id 'nope'/);
    expect(() => loadFonts([faces[0]!, faces[0]!])).toThrow(/registered twice/);
  });
});
