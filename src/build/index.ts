import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { Diagnostic } from '../diagnostics/types.js';
import type { Layout } from '../layout/types.js';
import type { Cv } from '../normalize/types.js';
import type { SourceDoc } from '../load/types.js';
import type { BuildProblem, BuildRequest, BuildResult, BuiltPdf, ExitCode } from './types.js';
import { loadSource } from '../load/index.js';
import { validateCv } from '../validate/index.js';
import { normalizeCv } from '../normalize/index.js';
import { checkSelection, missingSections, selectContent } from '../select/index.js';
import { composeDocument, documentMeta } from '../compose/index.js';
import { typesetDocument } from '../typeset/index.js';
import { createMeasurer, loadFonts, type LoadedFonts } from '../fonts/index.js';
import type { FontFace } from '../emit/types.js';
import type { Measurer } from '../typeset/types.js';
import { emitPdf } from '../emit/index.js';
import { loadLayouts } from './layouts.js';
import { fitToBudget } from './fit.js';
import { buildDate } from './build-date.js';
import { fontFaces, outputName, pageSpec } from './variant.js';
import { missingGlyphDiagnostics } from './missing-glyphs.js';
import { writeAtomic } from './write-atomic.js';

function fail(code: Exclude<ExitCode, 0>, diagnostics: Diagnostic[], problems: BuildProblem[], sources: ReadonlyMap<string, string>): BuildResult {
  return { code, diagnostics, problems, sources };
}

/**
 * One `cv build`: read and check every input first, then make each variant in
 * memory, and only then write. Input errors stop everything before any file is
 * touched; a variant that cannot meet its page budget writes no PDF.
 */
export async function buildVariants(req: BuildRequest): Promise<BuildResult> {
  const sources = new Map<string, string>();
  const loaded = loadSource(req.input);
  if (!loaded.ok) return fail(loaded.kind === 'io' ? 4 : 1, loaded.diagnostics, [], new Map([[req.input, loaded.text]]));
  sources.set(req.input, loaded.doc.text);
  const checked = validateCv(loaded.doc);
  const diagnostics: Diagnostic[] = [...checked.diagnostics];
  const layoutsResult = loadLayouts(req.layoutsDir, req.fontsDir);
  for (const [k, v] of layoutsResult.sources) sources.set(k, v);
  if (!layoutsResult.ok) diagnostics.push(...layoutsResult.diagnostics);
  if (!checked.ok || !layoutsResult.ok) {
    const code = !layoutsResult.ok && layoutsResult.code === 4 ? 4 : 1;
    return fail(code, diagnostics, [], sources);
  }
  const cv = normalizeCv(checked.cv);
  const all = layoutsResult.layouts;
  const unknown = req.layouts.filter((id) => !all.has(id));
  if (unknown.length > 0) {
    const valid = [...all.keys()].join(', ');
    return fail(2, diagnostics, [{ code: 2, message: `unknown layout ${unknown.map((u) => `'${u}'`).join(', ')}; valid layouts: ${valid}` }], sources);
  }
  const selectionProblem = checkSelection(cv, req.selection);
  if (selectionProblem) return fail(2, diagnostics, [{ code: 2, message: selectionProblem }], sources);
  const chosen = req.layouts.length > 0 ? [...new Set(req.layouts)].map((id) => all.get(id) as Layout) : [...all.values()];
  for (const layout of chosen) {
    const missing = missingSections(cv, layout);
    if (missing.length > 0) {
      const list = missing.map((id) => `'${id}'`).join(', ');
      diagnostics.push({ file: layout.file, line: 0, col: 0, severity: 'warning', message: `${req.input} has no section ${list}; layout '${layout.id}' skips ${missing.length > 1 ? 'them' : 'it'}` });
    }
  }
  const date = buildDate(req.date, cv.updated);

  const problems: BuildProblem[] = [];
  const made: { pdf: BuiltPdf; bytes: Uint8Array }[] = [];
  for (const layout of chosen) {
    const result = await buildOne(cv, layout, req, date, loaded.doc);
    if ('problem' in result) problems.push(result.problem);
    else if ('diagnostics' in result) diagnostics.push(...result.diagnostics);
    else made.push(result);
  }
  // The same missing character is reported once, not once per layout.
  const seen = new Set<string>();
  const unique = diagnostics.filter((d) => {
    const key = `${d.file}:${d.line}:${d.col}:${d.message.replace(/ of layout '[^']*'.*$/, '')}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  diagnostics.splice(0, diagnostics.length, ...unique);
  const errors = diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0) return fail(1, diagnostics, problems, sources);
  if (problems.some((p) => p.code === 2)) return fail(2, diagnostics, problems, sources);

  try {
    for (const { pdf, bytes } of made) writeAtomic(join(req.outDir, pdf.file), bytes);
    const manifest = { date: date.toISOString().slice(0, 10), outputs: made.map((m) => m.pdf) };
    if (made.length > 0) writeAtomic(join(req.outDir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    const code: ExitCode = problems.length > 0 ? 3 : 0;
    return { code, manifest, diagnostics, problems, sources };
  } catch (e) {
    return fail(4, diagnostics, [...problems, { code: 4, message: `cannot write to '${req.outDir}': ${(e as Error).message}` }], sources);
  }
}

type OneResult = { pdf: BuiltPdf; bytes: Uint8Array } | { problem: BuildProblem } | { diagnostics: Diagnostic[] };

async function buildOne(cv: Cv, layout: Layout, req: BuildRequest, date: Date, source: SourceDoc): Promise<OneResult> {
  const selection = selectContent(cv, layout, req.selection);
  if (!selection.ok) return { problem: { code: 2, message: selection.message } };
  const faces = fontFaces(layout);
  const { loadedFonts, measurer } = fontsFor(faces);
  const page = pageSpec(layout, cv.lang);
  const budget = req.maxPages ?? layout.fit.maxPages;
  const fit = fitToBudget(selection.selected, layout, budget, (selected, params) =>
    typesetDocument(composeDocument(selected, layout, params), measurer, page),
  );
  if (!fit.ok) {
    const what = layout.fit.allowDrop ? 'even after tightening and leaving out what the layout allows' : 'and this layout never leaves content out';
    return {
      problem: {
        code: 3,
        message: `layout '${layout.id}' needs ${fit.pagesNeeded} pages but its budget is ${fit.budget} (${what}); no PDF written`,
      },
    };
  }
  if (fit.tree.missingGlyphs.length > 0) return { diagnostics: missingGlyphDiagnostics(fit.tree.missingGlyphs, source, layout) };
  const bytes = await emitPdf(fit.tree, faces, { ...documentMeta(fit.selected, layout), date, pdfa: req.pdfa }, { loadedFonts });
  const file = outputName(layout, cv);
  const pdf: BuiltPdf = {
    layout: layout.id,
    file,
    pages: fit.tree.pages.length,
    bytes: bytes.length,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    dropped: fit.dropped,
    fit: { scale: round(fit.params.scale), spacing: round(fit.params.spacing) },
  };
  return { pdf, bytes };
}

/**
 * Parsed fonts and their measurer, shared by every layout of one build that
 * uses the same files: parsing and warming up a face costs far more than
 * typesetting with it.
 */
const fontCache = new Map<string, { loadedFonts: LoadedFonts; measurer: Measurer }>();
function fontsFor(faces: FontFace[]): { loadedFonts: LoadedFonts; measurer: Measurer } {
  const key = JSON.stringify(faces);
  let hit = fontCache.get(key);
  if (!hit) {
    const loadedFonts = loadFonts(faces);
    hit = { loadedFonts, measurer: createMeasurer(loadedFonts) };
    fontCache.set(key, hit);
  }
  return hit;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
