import type { DocTree } from '../compose/types.js';
import type { Problem } from '../diagnostics/types.js';
import type { Cv } from '../normalize/types.js';
import type { VariantInputs } from '../read/index.js';
import type { Dropped, Omitted, Selected, SelectionFlags } from '../select/types.js';
import type { Session } from '../session/index.js';
import type { PageTree } from '../typeset/types.js';
import { AS_DESIGNED, composableCharacters, composeDocument, paramsKey, type ComposeParams } from '../compose/index.js';
import { selectContent } from '../select/index.js';
import { fitToBudget } from '../typeset/fit.js';
import { allDrawable, uncoveredCharacters } from './glyph-coverage.js';
import { pageSpec } from './variant-settings.js';

/** One variant as every output format will show it: the content the fit step settled on, composed and typeset. */
export interface VariantPlan {
  inputs: VariantInputs;
  selected: Selected;
  /** The composed document the pages were typeset from (text formats read this). */
  doc: DocTree;
  tree: PageTree;
  dropped: Dropped[];
  /** Sections of cv.yaml the layout and the selection leave out before fitting, with why. */
  omitted: Omitted[];
  params: ComposeParams;
}

/** What planning one variant gave: a plan, or why not. */
export type PlanResult =
  | { kind: 'planned'; plan: VariantPlan }
  /** Nothing of the CV is left for this layout after the selection. */
  | { kind: 'empty' }
  | { kind: 'problem'; problem: Problem }
  /** Characters no font of the layout has: nothing is typeset, the caller reports where they are. */
  | { kind: 'missing-glyphs'; missing: PageTree['missingGlyphs'] };

/** The request's part that planning reads. */
export interface PlanFlags {
  selection: SelectionFlags;
  /** Overrides every layout's page budget. */
  maxPages?: number;
}

/**
 * The glyph check of one variant: the characters of its composed content that
 * no face of the layout can draw. Params only change sizes, so the document
 * as designed holds every character any fitted version holds. When every
 * character the CV and layout could compose to is drawable, nothing is missing
 * and nothing need be composed (the usual case, and most of cv validate's check).
 */
export function missingGlyphs(cv: Cv, inputs: VariantInputs, selection: SelectionFlags): PageTree['missingGlyphs'] {
  if (canSkipGlyphCheck(cv, inputs)) return [];
  const fallbacks = pageSpec(inputs.layout, cv.lang).fallbackFonts;
  const selected = selectContent(cv, inputs.layout, selection);
  if (!selected.ok) return [];
  const doc = composeDocument(selected.selected, inputs.layout);
  return uncoveredCharacters(doc, inputs.fonts.coverage, fallbacks);
}

/** Whether every character the CV and layout could compose to is drawable, so that no composed document can miss a glyph. */
function canSkipGlyphCheck(cv: Cv, inputs: VariantInputs): boolean {
  const fallbacks = pageSpec(inputs.layout, cv.lang).fallbackFonts;
  const faces = inputs.faces.map((f) => f.id).filter((id) => !fallbacks.includes(id));
  return allDrawable(composableCharacters(cv, inputs.layout), faces, inputs.fonts.coverage, fallbacks);
}

/**
 * Plans one layout, purely: select, check every character has a glyph, then
 * fit to the page budget (each step composes and typesets again with other
 * parameters). Each composed document is made once and reused by the glyph
 * check, the fit step and the text outputs.
 */
export function planVariant(cv: Cv, inputs: VariantInputs, flags: PlanFlags, session: Session): PlanResult {
  const { layout, fonts } = inputs;
  const selection = selectContent(cv, layout, flags.selection);
  if (!selection.ok) return { kind: 'problem', problem: { code: 2, message: selection.message } };
  // Left empty by --sections/--tags: the flags' doing. Without flags, a CV with nothing for this layout still gets its header.
  if (selection.selected.sections.length === 0 && Object.keys(flags.selection).length > 0) return { kind: 'empty' };
  const page = pageSpec(layout, cv.lang);
  // Only the last document composed is kept: the glyph check's (as designed)
  // is the fit's first pass, and the fit's last pass is the one it settles on
  // unless a later pass did not fit. Keeping the designed one beside it held a
  // second whole document through every pass of a resume that did not fit.
  let last: { selected: Selected; key: string; doc: DocTree } | undefined;
  const compose = (selected: Selected, params: ComposeParams): DocTree => {
    const key = paramsKey(params);
    if (last && last.selected === selected && last.key === key) return last.doc;
    last = undefined; // let go of the old one before the new one is made
    const doc = composeDocument(selected, layout, params);
    last = { selected, key, doc };
    return doc;
  };
  const missing = canSkipGlyphCheck(cv, inputs) ? [] : uncoveredCharacters(compose(selection.selected, AS_DESIGNED), fonts.coverage, page.fallbackFonts);
  if (missing.length > 0) return { kind: 'missing-glyphs', missing };
  const typeset = session.typesetter(fonts.measurer, inputs.hyphenator);
  const budget = flags.maxPages ?? layout.fit.maxPages;
  const fit = fitToBudget(selection.selected, layout, budget, (selected, params, maxPages) => typeset(compose(selected, params), page, maxPages));
  if (!fit.ok) {
    const what = layout.fit.allowDrop ? 'even after tightening and leaving out what the layout allows' : 'and this layout never leaves content out';
    return { kind: 'problem', problem: { code: 3, message: `layout '${layout.id}' needs ${fit.pagesNeeded} pages but its budget is ${fit.budget} (${what}); no PDF written` } };
  }
  const plan: VariantPlan = { inputs, selected: fit.selected, doc: compose(fit.selected, fit.params), tree: fit.tree, dropped: fit.dropped, omitted: selection.omitted, params: fit.params };
  return { kind: 'planned', plan };
}
