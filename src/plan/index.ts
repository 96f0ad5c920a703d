import type { Diagnostic, Problem } from '../diagnostics/types.js';
import type { Inputs } from '../read/index.js';
import type { Session } from '../session/index.js';
import { missingGlyphDiagnostics } from './missing-glyphs.js';
import { planVariant, type PlanFlags, type VariantPlan } from './plan-variant.js';

export { checkLayouts } from './check-layouts.js';
export { missingGlyphDiagnostics } from './missing-glyphs.js';
export { missingGlyphs, planVariant, type PlanFlags, type PlanResult, type VariantPlan } from './plan-variant.js';
export { outputName, pageSpec } from './variant-settings.js';

/** Every chosen variant planned, or what stops them. */
export interface BuildPlan {
  plans: VariantPlan[];
  /** Errors without a place (cannot fit, a bad selection). */
  problems: Problem[];
  diagnostics: Diagnostic[];
}

/**
 * The pure planning core of a build: every chosen layout planned from the
 * inputs the reading phase gathered. Characters no font has are reported
 * once, at their places in the CV's source.
 */
export function planBuild(inputs: Inputs, flags: PlanFlags, session: Session, input: string): BuildPlan {
  const problems: Problem[] = [];
  const diagnostics: Diagnostic[] = [];
  const plans: VariantPlan[] = [];
  const reported = new Set<string>();
  const empty: string[] = [];
  for (const variant of inputs.variants) {
    const result = planVariant(inputs.cv, variant, flags, session);
    if (result.kind === 'planned') plans.push(result.plan);
    else if (result.kind === 'problem') problems.push(result.problem);
    else if (result.kind === 'empty') empty.push(variant.layout.id);
    else {
      const fresh = result.missing.filter((m) => !reported.has(m.char));
      fresh.forEach((m) => reported.add(m.char));
      diagnostics.push(...missingGlyphDiagnostics(fresh, inputs.doc, variant.layout));
    }
  }
  if (empty.length > 0) {
    const message = `nothing of ${input} is left for layout${empty.length > 1 ? 's' : ''} ${empty.map((e) => `'${e}'`).join(', ')} after the selection; no PDF written`;
    // A variant left empty by the flags is a note when others were built, a usage error when none was.
    if (plans.length === 0 && problems.length === 0 && diagnostics.length === 0) problems.push({ code: 2, message });
    else diagnostics.push({ file: input, line: 0, col: 0, severity: 'warning', message });
  }
  return { plans, problems, diagnostics };
}
