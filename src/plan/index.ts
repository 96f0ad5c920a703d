import type { Diagnostic, Problem } from '../diagnostics/types.js';
import type { Inputs, VariantInputs } from '../read/index.js';
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

/** What planning found besides the plans: errors without a place, and diagnostics. */
export type PlanNotes = Omit<BuildPlan, 'plans'>;

/** Plans the variants one by one (`plan`), then says what it found (`finish`). */
export interface Planner {
  plan(variant: VariantInputs): VariantPlan | undefined;
  finish(): PlanNotes;
}

/**
 * The pure planning core of a build: every chosen layout planned from the
 * inputs the reading phase gathered, one at a time, so that a caller can
 * render each and let it go before the next is planned (a 5,000-publication
 * CV's plan is tens of MB). Characters no font has are reported once, at
 * their places in the CV's source.
 */
export function createPlanner(inputs: Inputs, flags: PlanFlags, session: Session, input: string): Planner {
  const problems: Problem[] = [];
  const diagnostics: Diagnostic[] = [];
  let planned = 0;
  const reported = new Set<string>();
  const empty: string[] = [];
  return {
    plan(variant) {
      const result = planVariant(inputs.cv, variant, flags, session);
      if (result.kind === 'planned') {
        planned++;
        return result.plan;
      }
      if (result.kind === 'problem') problems.push(result.problem);
      else if (result.kind === 'empty') empty.push(variant.layout.id);
      else {
        const fresh = result.missing.filter((m) => !reported.has(m.char));
        fresh.forEach((m) => reported.add(m.char));
        diagnostics.push(...missingGlyphDiagnostics(fresh, inputs.doc, variant.layout));
      }
      return undefined;
    },
    finish() {
      if (empty.length > 0) {
        const message = `nothing of ${input} is left for layout${empty.length > 1 ? 's' : ''} ${empty.map((e) => `'${e}'`).join(', ')} after the selection; no PDF written`;
        // A variant left empty by the flags is a note when others were built, a usage error when none was.
        if (planned === 0 && problems.length === 0 && diagnostics.length === 0) problems.push({ code: 2, message });
        else diagnostics.push({ file: input, line: 0, col: 0, severity: 'warning', message });
      }
      return { problems, diagnostics };
    },
  };
}

/** Every chosen variant planned, all kept. */
export function planBuild(inputs: Inputs, flags: PlanFlags, session: Session, input: string): BuildPlan {
  const planner = createPlanner(inputs, flags, session, input);
  const plans: VariantPlan[] = [];
  for (const variant of inputs.variants) {
    const plan = planner.plan(variant);
    if (plan) plans.push(plan);
  }
  return { plans, ...planner.finish() };
}
