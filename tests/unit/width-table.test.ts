import { readFontTable } from '../../src/fonts/sfnt/read-table.js';
import { MAX_FONT_BYTES } from '../../src/fonts/types.js';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { create, type Font } from 'fontkit';
import { load } from 'js-yaml';
import { TableShaper } from '../../src/fonts/width-table/shape.js';
import { widthTableOf } from '../../src/fonts/width-table/cache.js';
import { layoutFromTable } from '../../src/fonts/width-table/layout-from-table.js';
import { glyphCoverage } from '../../src/fonts/coverage.js';

const FONT_DIR = join(process.cwd(), 'fonts');
const FACES = readdirSync(FONT_DIR).filter((f) => f.endsWith('.ttf')).sort();

/** Every string scalar of cv.yaml and the fixtures, each also cut the way pdfkit cuts it (word + following space). */
function sampleStrings(): string[] {
  const files = ['cv.yaml'];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.ya?ml$/.test(name) && name !== 'alias-bomb.yaml') files.push(path); // the bomb expands to millions of strings
    }
  };
  walk(join(process.cwd(), 'tests/fixtures'));
  const out = new Set<string>();
  const visit = (v: unknown): void => {
    if (typeof v === 'string') {
      out.add(v);
      for (const chunk of v.match(/[^ \t]*[ \t]?/g) ?? []) if (chunk !== '') out.add(chunk);
    } else if (Array.isArray(v)) v.forEach(visit);
    else if (v !== null && typeof v === 'object') Object.entries(v).forEach(([k, x]) => (visit(k), visit(x)));
  };
  for (const file of files) {
    try {
      visit(load(readFileSync(file, 'utf8')));
    } catch {
      // fixtures of broken YAML have no strings to offer
    }
  }
  for (const s of ['ffi office', 'AVAWAY', 'Waffle affluent', 'Καλημέρα κόσμε', 'Съешь же ещё', '*coauthored', '2^1', '½ 1⁄2']) out.add(s);
  return [...out].sort();
}

const strings = sampleStrings();
const fresh = (file: string) => create(readFileSync(join(FONT_DIR, file))) as Font;
const view = (run: ReturnType<Font['layout']>) =>
  run.glyphs.map((g, i) => {
    const p = run.positions[i]!;
    return [g.id, g.codePoints.join('+'), p.xAdvance, p.yAdvance, p.xOffset, p.yOffset].join(' ');
  });

describe('width tables', () => {
  it('samples at least a thousand strings', () => {
    expect(strings.length).toBeGreaterThan(1000);
  });

  it.each(FACES.map((f) => [f]))('%s: covered text shapes exactly as fontkit layout()', (file) => {
    const bytes = readFileSync(join(FONT_DIR, file));
    const shaper = new TableShaper(widthTableOf(bytes));
    const reference = fresh(file);
    let covered = 0;
    const failures: string[] = [];
    for (const s of strings) {
      const shaped = shaper.shape(s);
      if (!shaped) continue;
      covered++;
      const expected = view(reference.layout(s));
      const actual = shaped.map((g) => [g.id, g.codePoints.join('+'), g.xAdvance, 0, 0, 0].join(' '));
      if (JSON.stringify(actual) !== JSON.stringify(expected)) failures.push(JSON.stringify(s));
    }
    expect(failures).toEqual([]);
    // The table must carry nearly all of a CV's text, or it would not be the fast path.
    expect(covered / strings.length).toBeGreaterThan(0.95);
  });

  it('hands text to fontkit when a lookup the table does not model could act on it', () => {
    const shaper = new TableShaper(widthTableOf(readFileSync(join(FONT_DIR, 'EBGaramond-Regular.ttf'))));
    expect(shaper.shape('2^1')).toBeUndefined(); // rlig: ^ + digit makes a superscript, then context
    expect(shaper.shape('1⁄2')).toBeUndefined(); // fraction slash turns on frac/numr/dnom
    expect(shaper.shape('e\u0301')).toBeUndefined(); // combining mark: mark positioning
    expect(shaper.shape('中文')).toBeUndefined();
    expect(shaper.shape('office')!.length).toBe(4); // o, the ffi ligature, c, e
  });

  it('draws from the table with the glyph objects and runs fontkit layout() gives', () => {
    for (const file of FACES) {
      const font = fresh(file);
      const reference = fresh(file);
      const original = font.layout.bind(font);
      font.layout = layoutFromTable(font.getGlyph.bind(font), new TableShaper(widthTableOf(readFileSync(join(FONT_DIR, file)))), original);
      for (const s of strings.slice(0, 400)) {
        const ours = font.layout(s);
        const theirs = reference.layout(s);
        expect(view(ours)).toEqual(view(theirs));
        expect(ours.advanceWidth).toBe(theirs.advanceWidth);
      }
    }
  });

  it('remembers runs with one glyph object per glyph and code points, shared between texts', () => {
    const file = FACES[0]!;
    const reference = fresh(file);
    // A fresh object per request, as TableFace.getGlyph makes them.
    const getGlyph = (id: number, codePoints: number[] = []) => ({ id, codePoints, advanceWidth: reference.getGlyph(id).advanceWidth }) as ReturnType<Font['getGlyph']>;
    const layout = layoutFromTable(getGlyph, new TableShaper(widthTableOf(readFileSync(join(FONT_DIR, file)))), reference.layout.bind(reference));
    const data = layout('data');
    const date = layout('date');
    expect(view(date)).toEqual(view(fresh(file).layout('date')));
    expect(date.glyphs[0]).toBe(data.glyphs[0]); // d
    expect(date.glyphs[1]).toBe(data.glyphs[1]); // a
    expect(date.glyphs[3]).not.toBe(data.glyphs[3]); // e, a
    expect(date.glyphs[3]!.codePoints).toEqual([0x65]);
  });

  it('knows every glyph of the cmap, so cv validate checks coverage without fontkit', () => {
    for (const file of FACES) {
      const path = join(FONT_DIR, file);
      // As cv validate reads it: the cmap table alone, from the file.
      const coverage = glyphCoverage([{ id: 'f', file: path }], { table: (f, tag) => readFontTable(f, tag, MAX_FONT_BYTES), whole: () => readFileSync(path) });
      const font = fresh(file);
      const wrong: number[] = [];
      for (let cp = 0; cp < 0x30000; cp++) if (coverage.hasGlyph('f', cp) !== font.hasGlyphForCodePoint(cp)) wrong.push(cp);
      expect(wrong).toEqual([]);
    }
  });

  it('depends on nothing but the font bytes', () => {
    const bytes = readFileSync(join(FONT_DIR, 'EBGaramond-Italic.ttf'));
    expect(JSON.stringify(widthTableOf(bytes))).toBe(JSON.stringify(widthTableOf(Buffer.from(bytes))));
  });
});
