/**
 * Break opportunities inside the text (not at spaces: spaces become glue).
 * Each later source (UAX #14, patterns, URL rules, emergency) adds to one map
 * keyed by position; where two meet, the cheaper break wins.
 */

/** Costs on TeX's scale (10000 = never). */
export const PENALTY = {
  /** \hyphenpenalty: a pattern or soft-hyphen break. */
  hyphen: 50,
  /** After / . - _ ? & = in a URL, or in a token wider than the line. */
  urlSeparator: 700,
  /** Between any two characters of a token that fits no line otherwise. */
  anywhere: 5000,
} as const;

export interface Opportunity {
  penalty: number;
  /** Counts as a hyphenated line end for the consecutive-hyphen rules. */
  flagged: boolean;
  /** Breaking here appends "-". */
  hyphen: boolean;
  /** Found by hyphenation patterns: used only once a first pass without them fails. */
  pattern?: boolean;
}

export type Opportunities = Map<number, Opportunity>;

/** Records a break at `pos`, keeping whichever of old and new costs less. */
export function addOpportunity(ops: Opportunities, pos: number, op: Opportunity): void {
  const old = ops.get(pos);
  if (!old || op.penalty < old.penalty || (op.penalty === old.penalty && old.hyphen && !op.hyphen)) ops.set(pos, op);
}
