import { planBuild } from '../plan/index.js';
import { readInputs } from '../read/index.js';
import { createSession } from '../session/index.js';
import { spaceRatios, type SpaceRatioReport } from '../typeset/space-ratio.js';
import type { InputPaths } from './types.js';

/** One layout's justified spacing as built, with its page count. */
export type LineQuality = SpaceRatioReport & { pages: number };

/**
 * The loosest and tightest justified line of every layout as `cv build` sets
 * it (after the fit step), read from the PageTree: for `npm run bench` and
 * the line-quality test. Not used by `cv build`.
 */
export async function lineQuality(paths: InputPaths): Promise<Map<string, LineQuality>> {
  const session = createSession();
  const read = await readInputs({ ...paths, layouts: [] }, session);
  if (!read.ok) throw new Error(`the inputs do not read: ${read.diagnostics.map((d) => d.message).join('; ')}`);
  const plan = planBuild(read.inputs, { selection: {} }, session, paths.input);
  if (plan.problems.length > 0) throw new Error(plan.problems.map((p) => p.message).join('; '));
  const out = new Map<string, LineQuality>();
  for (const p of plan.plans) out.set(p.inputs.layout.id, { ...spaceRatios(p.tree, p.inputs.fonts.measurer), pages: p.tree.pages.length });
  return out;
}
