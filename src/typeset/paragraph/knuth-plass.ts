/**
 * Knuth–Plass optimal line breaking (Breaking Paragraphs into Lines, 1981):
 * minimise total demerits over all feasible breaks. One pass at one tolerance;
 * the caller raises the tolerance and finally falls back to first-fit.
 */
import { FORCED } from './items.js';
import type { ItemList } from './types.js';
import { endsBeforeUrl, tooLooseForUrl } from './url-lines.js';

/** TeX defaults: \linepenalty, \doublehyphendemerits, \finalhyphendemerits, \adjdemerits. */
export const DEMERITS = { line: 10, doubleHyphen: 10000, finalHyphen: 5000, adjacentFitness: 10000 } as const;
/** Hard cap on hyphen-like line ends in a row. */
export const MAX_CONSECUTIVE_HYPHENS = 2;
/**
 * A paragraph of more items than this keeps one active node per break and
 * count of hyphens in a row, not one per fitness class as well: its
 * adjacent-fitness demerits are still counted, from the best node. Long
 * words cut every two characters put dozens of breaks in reach of each
 * line, times four classes: an independent fuzz CV with 28 paragraphs of
 * 46,000-118,000 items took 31 s for the full CV, 16 s this way. A CV's own
 * paragraphs are far shorter (the sample's longest has 134 items):
 * they are broken as TeX would.
 */
export const GIANT_ITEMS = 20_000;
/** Lines within this of the target count as exact (float noise). */
export const EPSILON = 1e-9;

/** One pass's settings; index.ts runs several with rising tolerance. */
export interface KnuthPlassOptions {
  /** Available width of line `index` (0-based). */
  lineWidth: (index: number) => number;
  /** Largest adjustment ratio accepted (Infinity: any underfull line). */
  tolerance: number;
  /**
   * undefined: justified, glue stretches and shrinks. A number: ragged, glue is
   * fixed and each line end may stretch by this much (TeX's \raggedright \rightskip).
   */
  raggedStretch?: number;
  /**
   * Justified lines with no glue (one word or URL piece) are rated as if they
   * could stretch this much, so that their badness grows with their slack
   * instead of being simply "infinitely bad".
   */
  minStretch: number;
  /** Whether pattern hyphenation points may be used (false: TeX's first pass). */
  patterns: boolean;
  /**
   * Line-end stretch of a justified line that holds part of a URL (or ends
   * just before one) and would be too loose justified: such a line is rated, and set, flush left (url-lines.ts).
   */
  urlLineStretch?: number;
  /** Counts the nodes the pass creates (tests). */
  stats?: { nodes: number };
}

interface Node {
  index: number;
  line: number;
  /** opts.lineWidth(line), asked once per node rather than once per node and break. */
  width: number;
  fitness: number;
  hyphens: number;
  flagged: boolean;
  demerits: number;
  prev: Node | undefined;
}

function fitnessClass(r: number): number {
  if (r < -0.5) return 0;
  if (r <= 0.5) return 1;
  if (r <= 1) return 2;
  return 3;
}

/** Index of the first box at or after `i` (where a line starting after a break at i-1 begins). */
function nextBoxes(list: ItemList): Int32Array {
  const { items } = list;
  const next = new Int32Array(items.length + 1).fill(items.length);
  for (let i = items.length - 1; i >= 0; i--) next[i] = items[i]!.type === 'box' ? i : next[i + 1]!;
  return next;
}

/**
 * Returns the indices of the items broken at (the last is the final forced
 * break), or null if no set of breaks keeps every line within tolerance.
 */
export function knuthPlass(list: ItemList, opts: KnuthPlassOptions): number[] | null {
  const { items, startCorrection } = list;
  const n = items.length;
  const sumW = new Float64Array(n + 1);
  const sumY = new Float64Array(n + 1);
  const sumZ = new Float64Array(n + 1);
  const sumUrl = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    const it = items[i]!;
    sumUrl[i + 1] = sumUrl[i]! + (it.type === 'box' && it.url ? 1 : 0);
    sumW[i + 1] = sumW[i]! + (it.type === 'penalty' ? 0 : it.width);
    sumY[i + 1] = sumY[i]! + (it.type === 'glue' ? it.stretch : 0);
    sumZ[i + 1] = sumZ[i]! + (it.type === 'glue' ? it.shrink : 0);
  }
  const next = nextBoxes(list);
  const corr = new Float64Array(n);
  for (const [i, c] of startCorrection) corr[i] = c;
  const ragged = opts.raggedStretch;
  const onePerBreak = n > GIANT_ITEMS;
  const classes = 4 * (MAX_CONSECUTIVE_HYPHENS + 1);
  const best: (Node | undefined)[] = new Array<Node | undefined>(classes);

  const active: Node[] = [{ index: -1, line: 0, width: opts.lineWidth(0), fitness: 1, hyphens: 0, flagged: false, demerits: 0, prev: undefined }];
  for (let b = 0; b < n; b++) {
    const it = items[b]!;
    let penalty = 0;
    let flagged = false;
    let extra = 0;
    if (it.type === 'glue') {
      if (b === 0 || items[b - 1]!.type !== 'box') continue;
    } else if (it.type === 'penalty') {
      if (it.penalty >= 10000 || (it.pattern && !opts.patterns)) continue;
      penalty = it.penalty;
      flagged = it.flagged;
      extra = it.width;
    } else continue;
    const forced = penalty === FORCED;
    best.fill(undefined);
    let found = false;
    let kept = 0; // active[0, kept) survive this break
    for (let ai = 0; ai < active.length; ai++) {
      const a = active[ai]!;
      const s = next[a.index + 1]!;
      if (s >= b) {
        active[kept++] = a; // empty line: not a break for this node
        continue;
      }
      const W = a.width;
      const L = sumW[b]! - sumW[s]! + extra + (a.index >= 0 ? corr[a.index]! : 0);
      let r: number;
      if (Math.abs(L - W) <= EPSILON) r = 0;
      else if (L < W) {
        if (forced) r = 0; // \parfillskip
        else if (ragged !== undefined) r = (W - L) / Math.max(ragged, opts.minStretch);
        else {
          const y = sumY[b]! - sumY[s]!;
          r = (W - L) / Math.max(y, opts.minStretch);
          const url = sumUrl[b + 1]! - sumUrl[s]! > 0 || endsBeforeUrl(list, b);
          if (opts.urlLineStretch !== undefined && tooLooseForUrl(W - L, y, opts.minStretch, url)) {
            r = (W - L) / Math.max(opts.urlLineStretch, opts.minStretch);
          }
        }
      } else {
        const z = ragged !== undefined ? 0 : sumZ[b]! - sumZ[s]!;
        r = z > 0 ? (W - L) / z : -Infinity;
        if (r < -1 && r > -1 - EPSILON) r = -1; // shrinking exactly all the way, up to float noise
      }
      if (r >= -1 && !forced) active[kept++] = a;
      if (r < -1 || r > opts.tolerance) continue;
      if (flagged && a.hyphens >= MAX_CONSECUTIVE_HYPHENS) continue;
      // Not capped at 10000 as in TeX: at the last tolerance step a capped
      // badness makes one dreadful line no worse than a poor one.
      const badness = 100 * Math.abs(r) ** 3;
      let d = (DEMERITS.line + badness) ** 2;
      if (penalty > 0) d += penalty * penalty;
      else if (penalty < 0 && !forced) d -= penalty * penalty;
      if (flagged && a.flagged) d += DEMERITS.doubleHyphen;
      if (forced && a.flagged) d += DEMERITS.finalHyphen;
      const fitness = fitnessClass(r);
      if (Math.abs(fitness - a.fitness) > 1) d += DEMERITS.adjacentFitness;
      const total = a.demerits + d;
      const hyphens = flagged ? a.hyphens + 1 : 0;
      const key = onePerBreak ? hyphens : fitness * (MAX_CONSECUTIVE_HYPHENS + 1) + hyphens;
      const old = best[key];
      if (!old || total < old.demerits) {
        if (!old && opts.stats) opts.stats.nodes += 1;
        best[key] = { index: b, line: a.line + 1, width: opts.lineWidth(a.line + 1), fitness, hyphens, flagged, demerits: total, prev: a };
        found = true;
      }
    }
    active.length = kept;
    if (found) for (const node of best) if (node) active.push(node);
    if (active.length === 0) return null;
    if (forced) {
      let win: Node | undefined;
      for (const node of best) if (node && (!win || node.demerits < win.demerits)) win = node;
      if (!win) return null;
      const breaks: number[] = [];
      for (let node: Node | undefined = win; node && node.index >= 0; node = node.prev) breaks.push(node.index);
      return breaks.reverse();
    }
  }
  return null;
}
