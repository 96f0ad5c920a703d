import { planBuild } from '../plan/index.js';
import { readInputs } from '../read/index.js';
import { createSession } from '../session/index.js';
import { pageEnds, type PageEnd } from '../typeset/page-fill.js';
import { spaceRatios, type SpaceRatioReport } from '../typeset/space-ratio.js';
import type { InputPaths } from './types.js';

/** One layout's type quality as built: justified spacing, page count, how each page ends. */
export type LineQuality = SpaceRatioReport & { pages: number; ends: PageEnd[] };

/**
 * The loosest and tightest justified line and how early each page ends, for
 * every layout as `cv build` sets it (after the fit step), read from the
 * PageTree: for `npm run bench` and the type-quality tests (`layouts`: the
 * ids to plan, every layout when empty). Not used by `cv build`.
 */
export async function lineQuality(paths: InputPaths, layouts: readonly string[] = []): Promise<Map<string, LineQuality>> {
  const session = createSession();
  const read = await readInputs({ ...paths, layouts }, session);
  if (!read.ok) throw new Error(`the inputs do not read: ${read.diagnostics.map((d) => d.message).join('; ')}`);
  const plan = planBuild(read.inputs, { selection: {} }, session, paths.input);
  if (plan.problems.length > 0) throw new Error(plan.problems.map((p) => p.message).join('; '));
  const out = new Map<string, LineQuality>();
  for (const p of plan.plans) {
    const { page, type } = p.inputs.layout;
    const frame = { top: page.margins.top, bottom: page.height - page.margins.bottom, lineHeight: type.size * p.params.scale * type.leading };
    out.set(p.inputs.layout.id, { ...spaceRatios(p.tree, p.inputs.fonts.measurer), pages: p.tree.pages.length, ends: pageEnds(p.tree, frame) });
  }
  return out;
}
