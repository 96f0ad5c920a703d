import { createHash } from 'node:crypto';
import type { Cv } from '../normalize/types.js';
import type { Layout } from '../layout/types.js';
import type { PageTree } from '../typeset/types.js';
import type { BuildProblem, BuildRequest, BuiltPdf } from './types.js';
import type { Fonts } from './font-cache.js';
import type { FontFace } from '../emit/types.js';
import { selectContent } from '../select/index.js';
import { composeDocument, documentMeta } from '../compose/index.js';
import { typesetDocument } from '../typeset/index.js';
import { emitPdf } from '../emit/index.js';
import { fitToBudget } from './fit.js';
import { uncoveredCharacters } from './glyph-coverage.js';
import { fontFaces, hyphenatorFor, outputName, pageSpec } from './variant.js';

/** What making one variant gave: a PDF in memory, or why not. */
export type VariantResult =
  | { kind: 'pdf'; pdf: BuiltPdf; bytes: Uint8Array }
  /** Nothing of cv.yaml is left for this layout after the selection. */
  | { kind: 'empty' }
  | { kind: 'problem'; problem: BuildProblem }
  /** Characters no font of the layout has: no PDF, the caller reports where they are. */
  | { kind: 'missing-glyphs'; missing: PageTree['missingGlyphs'] };

/** One layout, in memory: select, fit to the page budget (compose + typeset), emit. Writes nothing. */
export async function makeVariant(cv: Cv, layout: Layout, req: BuildRequest, date: Date, fontsFor: (faces: FontFace[]) => Fonts): Promise<VariantResult> {
  const selection = selectContent(cv, layout, req.selection);
  if (!selection.ok) return { kind: 'problem', problem: { code: 2, message: selection.message } };
  // Left empty by --sections/--tags: the flags' doing. Without flags, a CV with nothing for this layout still gets its header.
  if (selection.selected.sections.length === 0 && Object.keys(req.selection).length > 0) return { kind: 'empty' };
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
  const bytes = await emitPdf(fit.tree, faces, { ...documentMeta(fit.selected, layout), date, pdfa: req.pdfa }, { loadedFonts });
  const pdf: BuiltPdf = {
    layout: layout.id,
    file: outputName(layout, cv),
    pages: fit.tree.pages.length,
    bytes: bytes.length,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    dropped: fit.dropped,
    fit: { scale: round(fit.params.scale), spacing: round(fit.params.spacing) },
  };
  return { kind: 'pdf', pdf, bytes };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
