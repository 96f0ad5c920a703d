import type { Diagnostic, Problem } from '../diagnostics/types.js';
import type { BuildRequest, BuildResult, ExitCode } from './types.js';
import { checkSelection } from '../select/index.js';
import { checkLayouts, planBuild } from '../plan/index.js';
import { readInputs } from '../read/index.js';
import { createSession, type Session } from '../session/index.js';
import { renderOutputs, writeBuild } from '../write/index.js';
import { buildDate } from './build-date.js';

function fail(code: Exclude<ExitCode, 0>, diagnostics: Diagnostic[], problems: Problem[], sources: ReadonlyMap<string, string>): BuildResult {
  return { code, diagnostics, problems, sources };
}

/**
 * One `cv build`, in three phases: read and check every input, plan each
 * variant purely, then make every output in memory and only then write.
 * Input errors stop everything before any file is touched; a variant that
 * cannot meet its page budget writes nothing. Pass a session to keep fonts
 * and line breaks between builds (`--watch`, tests).
 */
export async function buildVariants(req: BuildRequest, session: Session = createSession()): Promise<BuildResult> {
  const read = await readInputs(req, session);
  if (!read.ok) return fail(read.code, read.diagnostics, read.problems, read.sources);
  const { inputs, sources } = read;
  const diagnostics = [...read.diagnostics];
  const selectionProblem = checkSelection(inputs.cv, req.selection);
  if (selectionProblem) return fail(2, diagnostics, [{ code: 2, message: selectionProblem }], sources);
  diagnostics.push(...checkLayouts(inputs.cv, inputs.variants.map((v) => v.layout), req.input));
  if (diagnostics.some((d) => d.severity === 'error')) return fail(1, diagnostics, [], sources);

  const plan = planBuild(inputs, { selection: req.selection, ...(req.maxPages !== undefined ? { maxPages: req.maxPages } : {}) }, session, req.input);
  diagnostics.push(...plan.diagnostics);
  const { problems } = plan;
  if (diagnostics.some((d) => d.severity === 'error')) return fail(1, diagnostics, problems, sources);
  if (problems.some((p) => p.code === 2)) return fail(2, diagnostics, problems, sources);

  const rendered = await renderOutputs(plan.plans, { date: buildDate(req.date, inputs.cv.updated), pdfa: req.pdfa, ...(req.formats ? { formats: req.formats } : {}) });
  const written = await writeBuild(req.outDir, rendered);
  if (!written.ok) return fail(4, diagnostics, [...problems, { code: 4, message: written.message }], sources);
  return { code: problems.length > 0 ? 3 : 0, manifest: rendered.manifest, diagnostics, problems, sources };
}
