import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import PDFDocument from 'pdfkit';
import { createMeasurer, loadFonts } from '../../src/fonts/index.js';
import type { FontFace } from '../../src/fonts/types.js';
import { drawTextItem } from '../../src/outputs/pdf/draw-text.js';
import type { PdfDocument } from '../../src/outputs/pdf/pdfkit-api.js';
import type { TextItem } from '../../src/typeset/types.js';
import { wordBoxes } from '../helpers/pdf-read.js';

const ROOT = process.cwd();
const NANUM = '/usr/share/fonts/truetype/nanum/NanumGothic.ttf';
const FACES: FontFace[] = [
  { id: 'serif', file: join(ROOT, 'fonts/EBGaramond-Regular.ttf') },
  { id: 'italic', file: join(ROOT, 'fonts/EBGaramond-Italic.ttf') },
  { id: 'sans', file: join(ROOT, 'node_modules/pdfjs-dist/standard_fonts/LiberationSans-Regular.ttf') },
  ...(existsSync(NANUM) ? [{ id: 'hangul', file: NANUM }] : []),
];
const fonts = loadFonts(FACES);
const measurer = createMeasurer(fonts);

const TEXTS = [
  'I design and develop interactive tools', 'AVAWAY Typography, office affluent', 'Καλημέρα κόσμε', 'Съешь же ещё этих',
  '2019–2024 “quoted” … (a)', 'two  spaces', ' leading', 'trailing ', 'tab\tseparated', 'e\u0301te\u0301 café',
  '2^1 ½ 1⁄2', 'Waffle', 'x', ' ', '박해규 Park', 'https://example.com/a_b?q=1',
];

/** The items: each text ragged, justified, with a line-end space, and hyphenated. */
function items(font: string, texts: readonly string[] = TEXTS): TextItem[] {
  const out: TextItem[] = [];
  texts.forEach((text, i) => {
    const base = { kind: 'text' as const, x: 36.5 + i, y: 700 - i * 13.3, font, size: 10.95, color: '#000000', struct: 0 };
    const width = (t: string, ws: number) => measurer.width(t, font, 10.95) + ws * (t.match(/ /g) ?? []).length;
    out.push({ ...base, text, width: width(text, 0), wordSpacing: 0 });
    out.push({ ...base, y: base.y - 3, text, width: width(text, 0.8137), wordSpacing: 0.8137, spaceAfter: true });
    out.push({ ...base, y: base.y - 6, text: `${text}-`, width: width(`${text}-`, 1.25), wordSpacing: 1.25, hyphenInserted: true });
  });
  return out;
}

/** The drawing outputs/pdf/ did with pdfkit's own text machinery: _fragment, word spacing by patching encode. */
function referenceDraw(doc: PdfDocument, item: TextItem, open: () => void): void {
  type Encode = (text: string) => [string[], { xAdvance: number }[]];
  const internals = doc as unknown as { _font: { encode: Encode }; _fragment(t: string, x: number, y: number, o: object): void };
  const fragment = (t: string, x: number) => internals._fragment(t, x, item.y, { baseline: 'alphabetic', textWidth: 0, wordCount: 0 });
  const hyphen = item.hyphenInserted === true && item.text.endsWith('-');
  const body = hyphen ? item.text.slice(0, -1) : item.text;
  const text = item.spaceAfter ? `${body} ` : body;
  if (text !== '') {
    open();
    const font = internals._font;
    const encode = font.encode;
    if (item.wordSpacing !== 0) {
      const space = encode.call(font, ' ')[0][0];
      const extra = (item.wordSpacing * 1000) / item.size;
      font.encode = (t) => {
        const [codes, positions] = encode.call(font, t);
        return [codes, positions.map((p, i) => (codes[i] === space ? { ...p, xAdvance: p.xAdvance + extra } : p))];
      };
    }
    fragment(text, item.x);
    font.encode = encode;
    doc.endMarkedContent();
  }
  if (hyphen) {
    doc.markContent('Artifact', { type: 'Layout' });
    fragment('-', item.x + item.width - doc.widthOfString('-'));
    doc.endMarkedContent();
  }
}

async function pdf(draw: typeof drawTextItem, compress = true, texts: readonly string[] = TEXTS): Promise<Buffer> {
  const doc = new PDFDocument({ autoFirstPage: false, font: null, compress, info: { CreationDate: new Date(0) } } as unknown as PDFKit.PDFDocumentOptions);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  for (const f of FACES) doc.registerFont(f.id, fonts.get(f.id)!.font as never);
  for (const f of FACES) {
    doc.addPage({ size: [612, 792], margin: 0 });
    doc.font(f.id).fontSize(10.95);
    for (const item of items(f.id, texts)) draw(doc as unknown as PdfDocument, item, () => doc.markContent('Span'));
  }
  doc.end();
  return done;
}

describe('drawTextItem', () => {
  it('writes the PDF pdfkit writes with its own text drawing: operators, subsets, widths, ToUnicode', async () => {
    const [ours, theirs] = [await pdf(drawTextItem), await pdf(referenceDraw)];
    expect(ours.length).toBeGreaterThan(10_000);
    expect(ours.equals(theirs)).toBe(true);
  });

  it('advances each line by what the Measurer measured, to within rounding of the TJ numbers', async () => {
    expect(await expectMeasuredAdvances(TEXTS, 0.5)).toBeGreaterThan(100);
  });

  it('draws no joiner as a space: a justified line with U+200D or U+200C ends where it was measured to', async () => {
    // fontkit lays a joiner out as the space glyph with no advance; widened as a space, it pushed the line 1 pt past the margin.
    // Faces without the joiners (the typesetter leaves them out there) are not summed; EB Garamond has both.
    expect(await expectMeasuredAdvances(['x\u200dy and more', 'a\u200cb c', 'one\u200d two'], 0)).toBeGreaterThanOrEqual(18);
    // And extraction reads the joined word whole, not as two words around a space.
    const path = join(mkdtempSync(join(tmpdir(), 'cv-draw-')), 'joiner.pdf');
    writeFileSync(path, await pdf(drawTextItem, true, ['x\u200dy']));
    const firstPage = wordBoxes(path)[0]!.lines.flatMap((l) => l.words.map((w) => w.text));
    expect(firstPage).toContain('xy');
    expect(firstPage).not.toContain('x');
  });
});

/** Checks each drawn string's advance against the Measurer on every face; how many were summed (at least `minShare` of each face's). */
async function expectMeasuredAdvances(texts: readonly string[], minShare: number): Promise<number> {
  let summed = 0;
  {
    // Uncompressed, read back: the glyph widths of each font's W array, then each TJ's sum.
    const file = (await pdf(drawTextItem, false, texts)).toString('latin1');
    expect(file).toContain('TJ');
    const streams = [...file.matchAll(/stream\n([\s\S]*?)\nendstream/g)].map((m) => m[1]!);
    const contents = streams.filter((s) => s.includes(' TJ'));
    expect(contents).toHaveLength(FACES.length);
    const widthArrays = [...file.matchAll(/\/W \[0 \[([^\]]*)\]\]/g)].map((m) => m[1]!.trim().split(/\s+/).map(Number));
    contents.forEach((content, page) => {
      const face = FACES[page]!;
      const fontRes = /\/(F\d+) 10\.95 Tf/.exec(content)![1]!;
      const index = Number(fontRes.slice(1)) - 1;
      const widths = widthArrays[index]!;
      // One BT ... ET block per drawn string; a mark placed by its own Tm splits its TJ, the block's sum is the advance.
      const blocks = content.split('BT\n').slice(1).map((b) => b.slice(0, b.indexOf('ET\n')));
      const drawn = items(face.id, texts).flatMap((item): (number | undefined)[] => {
        const hyphen = item.hyphenInserted === true;
        const text = (hyphen ? item.text.slice(0, -1) : item.text) + (item.spaceAfter ? ' ' : '');
        const spaces = (text.match(/ /g) ?? []).length;
        // pdfkit writes the .notdef width in font units, not 1/1000 em: text with a missing glyph is not summed;
        // nor a tab, which some faces draw with the space glyph (so widened like a space; typeset text has none).
        const complete = !text.includes('\t') && [...text].every((c) => measurer.hasGlyph(face.id, c.codePointAt(0)!));
        const expected = complete ? measurer.width(text, face.id, item.size) + item.wordSpacing * spaces : undefined;
        return hyphen ? [expected, measurer.width('-', face.id, item.size)] : [expected];
      });
      expect(blocks).toHaveLength(drawn.length);
      expect(drawn.filter((d) => d !== undefined).length).toBeGreaterThan(drawn.length * minShare);
      blocks.forEach((block, i) => {
        if (drawn[i] === undefined) return;
        let advance = 0;
        for (const [, hex, adjust] of block.matchAll(/<([0-9a-f]*)> (-?[\d.]+)/g)) {
          for (let k = 0; k < hex!.length; k += 4) advance += widths[parseInt(hex!.slice(k, k + 4), 16)]!;
          advance -= Number(adjust);
        }
        expect(Math.abs((advance * 10.95) / 1000 - drawn[i]!)).toBeLessThan(1e-4);
        summed++;
      });
    });
  }
  return summed;
}
