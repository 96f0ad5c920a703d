import type { Diagnostic, Problem } from '../diagnostics/types.js';
import type { BuildDependencies, BuildRequest, BuildResult, ExitCode, Manifest } from './types.js';
import { checkSelection } from '../select/index.js';
import { checkLayouts, createPlanner, type Planner } from '../plan/index.js';
import { loadPatterns } from '../hyphenation/index.js';
import { readInputs, type VariantInputs } from '../read/index.js';
import { createSession, type Session } from '../session/index.js';
import { renderOutputs, withPrevious, writeBuild, type RenderedBuild } from '../write/index.js';
import { buildDate } from './build-date.js';
import { nextTurn } from '../common/next-turn.js';

function failWith(code: Exclude<ExitCode, 0>, diagnostics: Diagnostic[], problems: Problem[], sources: ReadonlyMap<string, string>, dependencies: BuildDependencies): BuildResult {
  return { code, diagnostics, problems, sources, dependencies };
}

/**
 * Plans one variant and makes its outputs. A function of its own so that its
 * frame, and every reference to the plan and the PDF document in it, ends
 * when it returns (a suspended async frame keeps dead temporaries alive).
 */
async function planAndRender(planner: Planner, variant: VariantInputs, options: Parameters<typeof renderOutputs>[1]): Promise<RenderedBuild | undefined> {
  const plan = planner.plan(variant);
  return plan ? renderOutputs([plan], options) : undefined;
}

/**
 * One `cv build`, in three phases: read and check every input, plan each
 * variant purely, then make every output in memory and only then write.
 * Input errors stop everything before any file is touched; a variant that
 * cannot meet its page budget writes nothing. Pass a session to keep fonts
 * and line breaks between builds (`--watch`, tests), and the last manifest
 * when `req.layouts` rebuilds only some variants (`--watch`): the others stay
 * listed as they were.
 */
export async function buildVariants(req: BuildRequest, given?: Session, previous?: Manifest): Promise<BuildResult> {
  // A one-off build makes its own session for fonts and line breaks, but keeps no outputs: nothing could reuse them.
  const session = given ?? createSession();
  const read = await readInputs(req, session);
  if (!read.ok) return failWith(read.code, read.diagnostics, read.problems, read.sources, { files: read.files, layouts: new Map() });
  const { inputs, sources } = read;
  // Planning touches no disk: parse the faces and load the patterns here (cv validate needs neither, so reading leaves them lazy).
  for (const v of inputs.variants) {
    void v.fonts.measurer;
    if (v.hyphenator) loadPatterns(v.hyphenator);
  }
  const deps: BuildDependencies = { files: inputs.files, layouts: new Map(inputs.variants.map((v) => [v.layout.id, v.files])) };
  const fail = (code: Exclude<ExitCode, 0>, found: Diagnostic[], problems: Problem[]) => failWith(code, found, problems, sources, deps);
  const diagnostics = [...read.diagnostics];
  const selectionProblem = checkSelection(inputs.cv, req.selection);
  if (selectionProblem) return fail(2, diagnostics, [{ code: 2, message: selectionProblem }]);
  diagnostics.push(...checkLayouts(inputs.cv, inputs.variants.map((v) => v.layout), req.input));
  if (diagnostics.some((d) => d.severity === 'error')) return fail(1, diagnostics, []);

  // Each variant is rendered as soon as it is planned, so that only one plan
  // (its DocTree and PageTree) is alive at a time; nothing is written until all are.
  const planFlags = { selection: req.selection, ...(req.maxPages !== undefined ? { maxPages: req.maxPages } : {}) };
  const renderOptions = { date: buildDate(req.date, inputs.cv.updated), pdfa: req.pdfa, ...(req.formats ? { formats: req.formats } : {}), ...(given ? { session: given } : {}) };
  const made: RenderedBuild = { files: [], manifest: { date: renderOptions.date.toISOString().slice(0, 10), outputs: [] } };
  const planner = createPlanner(inputs, planFlags, session, req.input);
  for (const variant of inputs.variants) {
    // Ctrl-C and SIGTERM are handled between layouts (and between pages of a long PDF): a build stops before it writes.
    await nextTurn();
    const one = await planAndRender(planner, variant, renderOptions);
    if (!one) continue;
    made.files.push(...one.files);
    made.manifest.outputs.push(...one.manifest.outputs);
  }
  const notes = planner.finish();
  diagnostics.push(...notes.diagnostics);
  const { problems } = notes;
  if (diagnostics.some((d) => d.severity === 'error')) return fail(1, diagnostics, problems);
  if (problems.some((p) => p.code === 2)) return fail(2, diagnostics, problems);

  const rendered = previous ? withPrevious(made, previous) : made;
  await nextTurn();
  const written = await writeBuild(req.outDir, rendered);
  if (!written.ok) return fail(4, diagnostics, [...problems, { code: 4, message: written.message }]);
  return { code: problems.length > 0 ? 3 : 0, manifest: rendered.manifest, diagnostics, problems, sources, dependencies: deps, ...(written.removed ? { removed: written.removed } : {}) };
}
