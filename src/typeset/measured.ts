/**
 * The measured vertical list: what measure-blocks produces and paginate and
 * the page assembly consume. Internal to typeset/; never leaves the stage.
 */
import type { PageItem } from './types.js';

/** A page item with its place in reading order; `y` is relative to the box top. */
export interface BoxContent {
  seq: number;
  item: PageItem;
}

/** A bookmark that starts at the box carrying it. */
export interface OutlineMark {
  title: string;
  level: number;
}

/**
 * One unbreakable slice of the page: a line (with everything set on its
 * baseline, such as a row's dates or a list label) or a rule.
 */
export interface MeasuredBox {
  height: number;
  /** Distance from the box top to its baseline, where a list label joins the line. */
  baseline: number;
  /** Collapsed space above the box; dropped when the box starts a page. */
  gapBefore: number;
  /** Cost of a page break just above this box: 0 free, higher is worse (see BreakCost). */
  breakBefore: number;
  content: BoxContent[];
  marks: OutlineMark[];
}

/**
 * How bad a page break is. When no free break exists on a page, the cheapest
 * one is taken: a keep-together entry is split before a paragraph gets a
 * widow, and both before a heading is left alone at the bottom.
 */
export const BreakCost = {
  free: 0,
  /** Between the bullets of an entry that may split (see SplitRange): taken only to keep a page from ending early. */
  split: 0.5,
  keepTogether: 1,
  widow: 2,
  keepWithNext: 3,
} as const;

/** Boxes first..last (inclusive) stay on one page when they fit on one. */
export interface KeepRange {
  first: number;
  last: number;
}

/**
 * A kept-together range (an entry; not also a KeepRange) that may split between its bullets (box
 * `from` starts them) when keeping it whole would end a page early; a page
 * that starts inside it opens with the `cue` boxes (its title "(continued)").
 */
export interface SplitRange {
  first: number;
  last: number;
  from: number;
  cue: MeasuredBox[];
}

export interface MeasuredDocument {
  boxes: MeasuredBox[];
  keeps: KeepRange[];
  splits: SplitRange[];
}
