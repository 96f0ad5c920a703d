import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RawCv } from '../../src/validate/raw-cv.js';
import { normalizeCv } from '../../src/normalize/index.js';
import { selectContent } from '../../src/select/index.js';
import { composeDocument, documentMeta } from '../../src/compose/index.js';
import { typesetDocument } from '../../src/typeset/index.js';
import { createMeasurer, loadFonts } from '../../src/fonts/index.js';
import { emitPdf } from '../../src/outputs/pdf/index.js';
import { fontFaces } from '../../src/compose/faces.js';
import { pageSpec } from '../../src/plan/index.js';
import { missingGlyphDiagnostics } from '../../src/plan/index.js';
import { parseSource } from '../../src/load/index.js';
import { pdfPages } from '../helpers/pdf-read.js';
import { tinyLayout } from '../helpers/tiny-cv.js';

// A font outside the bundle that has box-drawing and set symbols EB Garamond lacks
// (it ships with pdf-parse's pdfjs, a devDependency).
const LIBERATION = fileURLToPath(new URL('../../node_modules/pdfjs-dist/standard_fonts/LiberationSans-Regular.ttf', import.meta.url));

const raw: RawCv = {
  name: 'Ada Lovelace',
  sections: [{ id: 'notes', title: 'Notes', kind: 'text', entries: ['Sets: A ∩ B ≡ B ∩ A, in Greek αβγ and Cyrillic Жизнь.', 'Name: 박해규'] }],
};

async function build(fallbacks: string[]) {
  const layout = tinyLayout({ fonts: { regular: 'EBGaramond-Regular.ttf', italic: 'EBGaramond-Italic.ttf', bold: 'EBGaramond-Bold.ttf', boldItalic: 'EBGaramond-BoldItalic.ttf', fallbacks } });
  const r = selectContent(normalizeCv(raw), layout, {});
  if (!r.ok) throw new Error(r.message);
  const faces = fontFaces(layout);
  const fonts = loadFonts(faces);
  const tree = typesetDocument(composeDocument(r.selected, layout), createMeasurer(fonts), pageSpec(layout, 'en-US'));
  const bytes = await emitPdf(tree, faces, { ...documentMeta(r.selected, layout), date: new Date(0) }, { loadedFonts: fonts });
  return { layout, tree, bytes };
}

describe('glyph coverage', () => {
  it('draws characters the main font lacks with the first fallback that has them', async () => {
    const { tree, bytes } = await build([LIBERATION]);
    // Hangul is in neither font: still reported, never a blank box.
    expect(tree.missingGlyphs.map((m) => m.char).sort()).toEqual(['규', '박', '해']);
    const fallbackItems = tree.pages.flatMap((p) => p.items).filter((i) => i.kind === 'text' && i.font === 'fallback-1');
    expect(fallbackItems.map((i) => (i.kind === 'text' ? i.text : '')).join('')).toBe('∩≡∩');
    const dir = mkdtempSync(join(tmpdir(), 'cv-fallback-'));
    const file = join(dir, 'fallback.pdf');
    writeFileSync(file, bytes);
    const text = (await pdfPages(file)).join('\n');
    expect(text).toContain('A ∩ B ≡ B ∩ A');
    expect(text).toContain('αβγ');
    expect(text).toContain('Жизнь');
    const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' });
    expect(fonts).toMatch(/LiberationSans\s.*yes\s+yes/);
  });

  it('without a fallback, every character no font has is an error at its line and column, never in a comment', async () => {
    const { tree, layout } = await build([]);
    const source = ['name: Ada Lovelace # not 박', 'sections:', '  - id: notes', '    entries:', "      - 'Sets: A ∩ B ≡ B ∩ A'", '      - "Name: 박해규" # 규', ''].join('\n');
    const loaded = parseSource('cv.yaml', new TextEncoder().encode(source));
    if (!loaded.ok) throw new Error('fixture does not parse');
    const lines = missingGlyphDiagnostics(tree.missingGlyphs, loaded.doc, layout).map((d) => `${d.file}:${d.line}:${d.col}: ${d.message.slice(0, 40)}`);
    expect(lines).toEqual([
      "cv.yaml:5:18: character '∩' (U+2229) is in none of the",
      "cv.yaml:5:22: character '≡' (U+2261) is in none of the",
      "cv.yaml:6:16: character '박' (U+BC15) is in none of the",
      "cv.yaml:6:17: character '해' (U+D574) is in none of the",
      "cv.yaml:6:18: character '규' (U+ADDC) is in none of the",
    ]);
  });
});
