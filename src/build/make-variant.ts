import { createHash } from 'node:crypto';
import type { Cv } from '../normalize/types.js';
import type { Layout } from '../layout/types.js';
import type { PageTree } from '../typeset/types.js';
import type { BuildProblem, BuildRequest, BuiltOutput } from './types.js';
import type { Fonts } from './font-cache.js';
import type { FontFace } from '../emit/types.js';
import { selectContent } from '../select/index.js';
import { composeDocument, documentMeta } from '../compose/index.js';
import { typesetDocument } from '../typeset/index.js';
import { emitPdf } from '../emit/index.js';
import { fitToBudget } from './fit.js';
import { uncoveredCharacters } from './glyph-coverage.js';
import { fontFaces, hyphenatorFor, outputName, pageSpec } from './variant.js';
import { DERIVED_FORMATS, fileForFormat } from '../outputs/index.js';

/** One file of a variant, in memory, with its manifest entry. */
export interface MadeFile {
  entry: BuiltOutput;
  bytes: Uint8Array;
}

/** What making one variant gave: its files in memory (one per format), or why not. */
export type VariantResult =
  | { kind: 'made'; files: MadeFile[] }
  /** Nothing of cv.yaml is left for this layout after the selection. */
  | { kind: 'empty' }
  | { kind: 'problem'; problem: BuildProblem }
  /** Characters no font of the layout has: no PDF, the caller reports where they are. */
  | { kind: 'missing-glyphs'; missing: PageTree['missingGlyphs'] };

/** One layout, in memory: select, fit to the page budget (compose + typeset), emit every format. Writes nothing. */
export async function makeVariant(cv: Cv, layout: Layout, req: BuildRequest, date: Date, fontsFor: (faces: FontFace[]) => Fonts): Promise<VariantResult> {
  const selection = selectContent(cv, layout, req.selection);
  if (!selection.ok) return { kind: 'problem', problem: { code: 2, message: selection.message } };
  if (selection.selected.sections.length === 0) return { kind: 'empty' };
  const faces = fontFaces(layout);
  const { loadedFonts, measurer } = fontsFor(faces);
  const page = pageSpec(layout, cv.lang);
  const missing = uncoveredCharacters(composeDocument(selection.selected, layout), measurer, page.fallbackFonts);
  if (missing.length > 0) return { kind: 'missing-glyphs', missing };
  const hyphenator = hyphenatorFor(layout, cv.lang);
  const budget = req.maxPages ?? layout.fit.maxPages;
  const fit = fitToBudget(selection.selected, layout, budget, (selected, params) =>
    typesetDocument(composeDocument(selected, layout, params), measurer, page, hyphenator),
  );
  if (!fit.ok) {
    const what = layout.fit.allowDrop ? 'even after tightening and leaving out what the layout allows' : 'and this layout never leaves content out';
    const message = `layout '${layout.id}' needs ${fit.pagesNeeded} pages but its budget is ${fit.budget} (${what}); no PDF written`;
    return { kind: 'problem', problem: { code: 3, message } };
  }
  if (fit.tree.missingGlyphs.length > 0) return { kind: 'missing-glyphs', missing: fit.tree.missingGlyphs };
  const formats = req.formats ?? layout.formats;
  const file = outputName(layout, cv);
  const content = { dropped: fit.dropped, fit: { scale: round(fit.params.scale), spacing: round(fit.params.spacing) } };
  const files: MadeFile[] = [];
  if (formats.includes('pdf')) {
    const bytes = await emitPdf(fit.tree, faces, { ...documentMeta(fit.selected, layout), date, pdfa: req.pdfa }, { loadedFonts });
    files.push({ entry: { layout: layout.id, format: 'pdf', file, pages: fit.tree.pages.length, bytes: bytes.length, sha256: sha256(bytes), ...content }, bytes });
  }
  // The other formats read the document the fit step settled on: the same content as the PDF.
  const input = { doc: composeDocument(fit.selected, layout, fit.params), tree: fit.tree, faces, page };
  for (const format of formats) {
    if (format === 'pdf') continue;
    const bytes = await DERIVED_FORMATS[format].emit(input);
    const same = formats.includes('pdf') ? { sameContentAs: file } : {};
    files.push({ entry: { layout: layout.id, format, file: fileForFormat(file, format), bytes: bytes.length, sha256: sha256(bytes), ...same, ...content }, bytes });
  }
  return { kind: 'made', files };
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
