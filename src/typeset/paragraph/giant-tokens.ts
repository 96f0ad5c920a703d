/**
 * Tokens many lines wide (a 100,000-character "word") cost Knuth–Plass a
 * node per character and fitness class within a line behind it: every
 * character break stays active until a line from it would overflow. Such a
 * token's inner lines are set full anyway (each break inside it costs the same
 * penalty, so the fewest lines win), so they are cut once, greedily, and only
 * the first and last lines of it keep every break, where it meets the text
 * around it.
 */
import { PENALTY, type Opportunities } from './opportunities.js';

/** Tokens wider than this many lines get their inner breaks cut greedily. */
export const GIANT_TOKEN_LINES = 6;
/** Lines at each end of a giant token that keep every break. */
export const FREE_END_LINES = 2;

/** The inside of a giant token: only `cuts` break there, strictly between `first` and `last`. */
export interface GiantMiddle {
  first: number;
  last: number;
  cuts: number[];
}

/**
 * Line-filling cuts through `starts` (grapheme starts, the token's start and
 * end included): each piece as wide as fits `width` (at least one grapheme),
 * measured whole by `measure`. Linear: graphemes are summed, then the sum is
 * checked with one measure of the piece, stepping back where kerning made it wider.
 */
export function greedyCuts(starts: number[], width: number, measure: (a: number, b: number) => number): number[] {
  const cuts: number[] = [];
  const end = starts.length - 1;
  let from = 0; // index into starts of the current piece's start
  while (from < end) {
    let sum = 0;
    let to = from;
    while (to < end) {
      const w = measure(starts[to]!, starts[to + 1]!);
      if (to > from && sum + w > width) break;
      sum += w;
      to++;
    }
    while (to > from + 1 && measure(starts[from]!, starts[to]!) > width) to--;
    if (to === end) break;
    cuts.push(starts[to]!);
    from = to;
  }
  return cuts;
}

/** The middle of a token with these greedy cuts, or undefined if it is not giant. */
export function giantMiddle(cuts: number[]): GiantMiddle | undefined {
  if (cuts.length < GIANT_TOKEN_LINES) return undefined;
  const first = cuts[FREE_END_LINES - 1]!;
  const last = cuts[cuts.length - FREE_END_LINES]!;
  return { first, last, cuts: cuts.filter((p) => p > first && p < last) };
}

export const insideMiddle = (g: GiantMiddle | undefined, p: number): boolean => g !== undefined && p > g.first && p < g.last;

/**
 * Leaves only the cuts as breaks inside each middle. Run again after adding
 * breaks (hyphenation patterns) that may fall there.
 */
export function keepOnlyCuts(ops: Opportunities, middles: GiantMiddle[]): void {
  for (const g of middles) {
    // Whichever is fewer: the breaks there are, or the positions in the middle.
    if (ops.size < g.last - g.first) {
      for (const p of ops.keys()) if (p > g.first && p < g.last) ops.delete(p);
    } else for (let p = g.first + 1; p < g.last; p++) ops.delete(p);
    // Set, not added: a cheaper hyphenation point at a cut would add a hyphen the line has no room for.
    // `last` too: the line that ends there starts at the cut before it and was filled without a hyphen.
    for (const p of [...g.cuts, g.last]) ops.set(p, { penalty: PENALTY.anywhere, flagged: false, hyphen: false });
  }
}
