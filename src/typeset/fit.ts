import type { Layout } from '../layout/types.js';
import type { Dropped, Selected } from '../select/types.js';
import { isPagesAtLeast, type PagesAtLeast, type PageTree } from './types.js';
import { AS_DESIGNED, paramsKey, type ComposeParams } from '../compose/theme.js';
import { applyDrops, dropCandidates } from '../select/drop.js';

/**
 * Typesets one variant with given content and parameters: compose then
 * typeset. Given `maxPages`, it may stop early and say only how many pages
 * the content needs at the least, once that is more (typeset/'s PagesAtLeast).
 */
export type Render = (selected: Selected, params: ComposeParams, maxPages?: number) => PageTree | PagesAtLeast;

/** The fitted PageTree with what it took, or how many pages the content needs at the least. */
export type FitResult =
  | { ok: true; tree: PageTree; selected: Selected; dropped: Dropped[]; params: ComposeParams }
  | { ok: false; pagesNeeded: number; budget: number };

/** Values from `from` down to `to` in `steps` equal steps, `from` excluded. */
function descending(from: number, to: number, steps: number): number[] {
  if (to >= from) return [];
  return Array.from({ length: steps }, (_, i) => from - ((from - to) * (i + 1)) / steps);
}

/**
 * The least i in lo..hi with ok(i), given ok(hi) and that ok, once true,
 * stays true up to hi. Probes from the end the answer is expected near, in
 * doubling steps, then bisects the last gap: a few passes when the answer is
 * close, about twice a bisection's at worst.
 */
function leastTrue(lo: number, hi: number, ok: (i: number) => boolean, near: 'lo' | 'hi'): number {
  let step = 1;
  if (near === 'hi') {
    while (hi > lo) {
      const probe = Math.max(lo, hi - step);
      if (!ok(probe)) {
        lo = probe + 1;
        break;
      }
      hi = probe;
      step *= 2;
    }
  } else {
    for (let probe = lo; probe < hi; probe = lo + step - 1, step *= 2) {
      if (ok(probe)) {
        hi = probe;
        break;
      }
      lo = probe + 1;
    }
  }
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (ok(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * The first of `values` (loosest first) that fits: a tighter value never
 * makes the document longer, so what fits is a tail of the list. The
 * tightest is tried first, because when even it does not fit (the usual case
 * on the way down) that one pass settles the step; then the search starts
 * from the end the answer is expected near.
 */
function firstFitting<T>(values: readonly T[], fits: (v: T) => PageTree | undefined, near: 'lo' | 'hi'): { value: T; tree: PageTree } | undefined {
  if (values.length === 0) return undefined;
  const last = values.length - 1;
  if (!fits(values[last]!)) return undefined;
  const i = leastTrue(0, last, (k) => fits(values[k]!) !== undefined, near);
  // Every pass that fits is kept by the caller's memo, so asking again costs nothing.
  return { value: values[i]!, tree: fits(values[i]!)! };
}

/**
 * Meets a page budget in the order DESIGN.md gives: tighter spacing (down to
 * the layout's floor), then a smaller type size (down to its floor), then
 * leaving out what ranks lowest. Once content had to go, it gives back as
 * much size and spacing as the page still allows. Every step is a pure
 * re-typeset, so the result is deterministic; each step's value is found by
 * a doubling search and bisection (29 passes became 8 for the sample
 * resume). The steps and floors are the layout's fit policy (data), not
 * constants here.
 */
export function fitToBudget(selected: Selected, layout: Layout, budget: number | undefined, typeset: Render): FitResult {
  const designed: ComposeParams = { ...AS_DESIGNED };
  if (budget === undefined) {
    const tree = typeset(selected, designed);
    if (isPagesAtLeast(tree)) throw new Error('fit: a pass without a page budget stopped early');
    return { ok: true, tree, selected, dropped: [], params: designed };
  }
  // A pass is a pure function of its content and parameters: never typeset the
  // same pair twice. Only a tree that fits is ever returned, so of the others
  // only how many pages they need at the least is kept (keeping them all held
  // a 771-page CV twenty times); a pass stops measuring once its content is
  // taller than the budget (4 MB of resume bullets: 45 s became a few).
  const done = new Map<Selected, Map<string, PageTree | PagesAtLeast>>();
  const render = (s: Selected, p: ComposeParams): PageTree | PagesAtLeast => {
    let byParams = done.get(s);
    if (!byParams) done.set(s, (byParams = new Map()));
    const key = paramsKey(p);
    let kept = byParams.get(key);
    if (kept === undefined) {
      const tree = typeset(s, p, budget);
      kept = isPagesAtLeast(tree) || tree.pages.length <= budget ? tree : { pagesAtLeast: tree.pages.length };
      byParams.set(key, kept);
    }
    return kept;
  };
  const fits = (s: Selected, p: ComposeParams): PageTree | undefined => {
    const kept = render(s, p);
    return isPagesAtLeast(kept) ? undefined : kept;
  };
  const first = fits(selected, designed);
  if (first) return { ok: true, tree: first, selected, dropped: [], params: designed };
  const minScale = Math.min(1, layout.fit.minFontSize / layout.type.size);
  const minSpacing = layout.fit.minSpacing;

  const bySpacing = firstFitting(descending(1, minSpacing, layout.fit.spacingSteps), (spacing) => fits(selected, { scale: 1, spacing }), 'lo');
  if (bySpacing) return { ok: true, tree: bySpacing.tree, selected, dropped: [], params: { scale: 1, spacing: bySpacing.value } };
  const byScale = firstFitting(descending(1, minScale, layout.fit.scaleSteps), (scale) => fits(selected, { scale, spacing: minSpacing }), 'lo');
  if (byScale) return { ok: true, tree: byScale.tree, selected, dropped: [], params: { scale: byScale.value, spacing: minSpacing } };

  const tightest: ComposeParams = { scale: minScale, spacing: minSpacing };
  const candidates = dropCandidates(selected, layout);
  const dropped = new Map<number, ReturnType<typeof applyDrops>>();
  const withDrops = (k: number) => {
    let d = dropped.get(k);
    if (!d) dropped.set(k, (d = applyDrops(selected, candidates.slice(0, k))));
    return d;
  };
  const all = withDrops(candidates.length);
  if (candidates.length === 0 || !fits(all.selected, tightest)) {
    // The message names the exact count: the one pass that measures everything.
    const least = typeset(all.selected, tightest);
    return { ok: false, pagesNeeded: isPagesAtLeast(least) ? least.pagesAtLeast : least.pages.length, budget };
  }
  // The fewest drops that fit (more drops never make the document longer); usually few go.
  const chosen = withDrops(leastTrue(1, candidates.length, (k) => fits(withDrops(k).selected, tightest) !== undefined, 'lo'));
  // Give back size first, then spacing, as far as the page allows.
  let params = tightest;
  const scaleBack = firstFitting([1, ...descending(1, minScale, layout.fit.scaleSteps)].filter((scale) => scale > params.scale), (scale) => fits(chosen.selected, { scale, spacing: minSpacing }), 'hi');
  if (scaleBack) params = { scale: scaleBack.value, spacing: minSpacing };
  const { scale } = params;
  const spacingBack = firstFitting([1, ...descending(1, minSpacing, layout.fit.spacingSteps)].filter((spacing) => spacing > params.spacing), (spacing) => fits(chosen.selected, { scale, spacing }), 'hi');
  if (spacingBack) params = { scale, spacing: spacingBack.value };
  // `params` fit with these drops (that is how they were chosen), so its tree was kept.
  const tree = fits(chosen.selected, params);
  if (!tree) throw new Error('fit: the chosen parameters no longer fit');
  return { ok: true, tree, selected: chosen.selected, dropped: chosen.dropped, params };
}
