import { join } from 'node:path';
import type { Diagnostic } from '../diagnostics/types.js';
import type { Layout } from '../layout/types.js';
import type { Cv } from '../normalize/types.js';
import type { SourceDoc } from '../load/types.js';
import type { BuildProblem, BuildRequest, BuildResult, BuiltPdf, ExitCode, Manifest } from './types.js';
import { loadSource } from '../load/index.js';
import { validateCv } from '../validate/index.js';
import { normalizeCv } from '../normalize/index.js';
import { checkSelection, missingSections } from '../select/index.js';
import { loadLayouts } from './layouts.js';
import { buildDate } from './build-date.js';
import { outputName } from './variant.js';
import { loadHyphenator } from '../hyphenation/index.js';
import { createFontCache } from './font-cache.js';
import { makeVariant } from './make-variant.js';
import { missingGlyphDiagnostics } from './missing-glyphs.js';
import { writeOutputs } from './write-outputs.js';
import { withBibtexSources } from '../sources/bibtex/with-bibtex-sources.js';

function fail(code: Exclude<ExitCode, 0>, diagnostics: Diagnostic[], problems: BuildProblem[], sources: ReadonlyMap<string, string>): BuildResult {
  return { code, diagnostics, problems, sources };
}

/** Warnings and errors about the chosen layouts against this cv.yaml, before anything is typeset. */
function checkLayouts(cv: Cv, layouts: readonly Layout[], input: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  const byOutput = new Map<string, Layout>();
  for (const layout of layouts) {
    const missing = missingSections(cv, layout);
    if (missing.length > 0) {
      const list = missing.map((id) => `'${id}'`).join(', ');
      out.push({ file: layout.file, line: 0, col: 0, severity: 'warning', message: `${input} has no section ${list}; layout '${layout.id}' skips ${missing.length > 1 ? 'them' : 'it'}` });
    }
    if (layout.paragraph.hyphenate && !loadHyphenator(cv.lang)) {
      out.push({ file: layout.file, line: 0, col: 0, severity: 'warning', message: `no hyphenation patterns for language '${cv.lang}'; layout '${layout.id}' is set without hyphenation` });
    }
    const name = outputName(layout, cv);
    const other = byOutput.get(name);
    if (other) out.push({ file: layout.file, line: 0, col: 0, severity: 'error', message: `layout '${layout.id}' writes '${name}', as layout '${other.id}' does; give one of them another 'output'` });
    byOutput.set(name, layout);
  }
  return out;
}

/**
 * One `cv build`: read and check every input first, then make each variant in
 * memory, and only then write. Input errors stop everything before any file is
 * touched; a variant that cannot meet its page budget writes no PDF.
 */
export async function buildVariants(req: BuildRequest): Promise<BuildResult> {
  const loaded = loadSource(req.input);
  if (!loaded.ok) return fail(loaded.kind === 'io' ? 4 : 1, loaded.diagnostics, [], new Map([[req.input, loaded.text]]));
  const sources = new Map([[req.input, loaded.doc.text]]);
  const checked = await withBibtexSources(validateCv(loaded.doc), loaded.doc, sources);
  const diagnostics: Diagnostic[] = [...checked.diagnostics];
  const layoutsResult = loadLayouts(req.layoutsDir, req.fontsDir);
  for (const [k, v] of layoutsResult.sources) sources.set(k, v);
  if (!layoutsResult.ok) diagnostics.push(...layoutsResult.diagnostics);
  if (!checked.ok || !layoutsResult.ok) return fail(!layoutsResult.ok && layoutsResult.code === 4 ? 4 : 1, diagnostics, [], sources);

  const cv = normalizeCv(checked.cv);
  const all = layoutsResult.layouts;
  const unknown = req.layouts.filter((id) => !all.has(id));
  if (unknown.length > 0) {
    const message = `unknown layout ${unknown.map((u) => `'${u}'`).join(', ')}; valid layouts: ${[...all.keys()].join(', ')}`;
    return fail(2, diagnostics, [{ code: 2, message }], sources);
  }
  const selectionProblem = checkSelection(cv, req.selection);
  if (selectionProblem) return fail(2, diagnostics, [{ code: 2, message: selectionProblem }], sources);
  const chosen = req.layouts.length > 0 ? [...new Set(req.layouts)].map((id) => all.get(id) as Layout) : [...all.values()];
  diagnostics.push(...checkLayouts(cv, chosen, req.input));
  if (diagnostics.some((d) => d.severity === 'error')) return fail(1, diagnostics, [], sources);

  const made = await makeAll(cv, chosen, req, loaded.doc);
  diagnostics.push(...made.diagnostics);
  const { problems, pdfs } = made;
  if (diagnostics.some((d) => d.severity === 'error')) return fail(1, diagnostics, problems, sources);
  if (problems.some((p) => p.code === 2)) return fail(2, diagnostics, problems, sources);

  const manifest: Manifest = { date: made.date.toISOString().slice(0, 10), outputs: pdfs.map((m) => m.pdf) };
  try {
    if (pdfs.length > 0) {
      const files = pdfs.map(({ pdf, bytes }) => ({ path: join(req.outDir, pdf.file), bytes }));
      writeOutputs([...files, { path: join(req.outDir, 'manifest.json'), bytes: `${JSON.stringify(manifest, null, 2)}\n` }]);
    }
  } catch (e) {
    return fail(4, diagnostics, [...problems, { code: 4, message: `cannot write to '${req.outDir}': ${(e as Error).message}` }], sources);
  }
  return { code: problems.length > 0 ? 3 : 0, manifest, diagnostics, problems, sources };
}

/** Makes every chosen variant in memory; characters no font has are reported once, at their places in cv.yaml. */
async function makeAll(cv: Cv, layouts: readonly Layout[], req: BuildRequest, source: SourceDoc) {
  const date = buildDate(req.date, cv.updated);
  const fontsFor = createFontCache();
  const problems: BuildProblem[] = [];
  const diagnostics: Diagnostic[] = [];
  const pdfs: { pdf: BuiltPdf; bytes: Uint8Array }[] = [];
  const reported = new Set<string>();
  const empty: string[] = [];
  for (const layout of layouts) {
    const result = await makeVariant(cv, layout, req, date, fontsFor);
    if (result.kind === 'pdf') pdfs.push(result);
    else if (result.kind === 'problem') problems.push(result.problem);
    else if (result.kind === 'empty') empty.push(layout.id);
    else {
      const fresh = result.missing.filter((m) => !reported.has(m.char));
      fresh.forEach((m) => reported.add(m.char));
      diagnostics.push(...missingGlyphDiagnostics(fresh, source, layout));
    }
  }
  if (empty.length > 0) {
    const message = `nothing of ${req.input} is left for layout${empty.length > 1 ? 's' : ''} ${empty.map((e) => `'${e}'`).join(', ')} after the selection; no PDF written`;
    // A variant left empty by the flags is a note when others were built, a usage error when none was.
    if (pdfs.length === 0 && problems.length === 0 && diagnostics.length === 0) problems.push({ code: 2, message });
    else diagnostics.push({ file: req.input, line: 0, col: 0, severity: 'warning', message });
  }
  return { date, problems, diagnostics, pdfs };
}
