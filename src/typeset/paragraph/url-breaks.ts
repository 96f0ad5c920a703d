/**
 * Breaks for URLs and for tokens wider than any line: after / . - _ ? & = and,
 * failing that, between any two characters (grapheme clusters). No hyphen is
 * added at these breaks: a hyphen inside a URL would change it.
 */
import { CharKind } from './chars.js';
import { addOpportunity, PENALTY, type Opportunities } from './opportunities.js';
import type { Source } from './source.js';
import { graphemeStarts } from './grapheme-starts.js';

const SEPARATORS = new Set(['/', '.', '-', '_', '?', '&', '=']);

/** The positions inside [start, end) after a separator (the last of a row, so "//" stays whole). */
export function separatorBreaks(src: Source, start: number, end: number): number[] {
  const out: number[] = [];
  for (let i = start; i < end - 1; i++) {
    if (src.kind[i] !== CharKind.Visible || !SEPARATORS.has(src.text[i]!)) continue;
    let j = i + 1;
    while (j < end && src.kind[j] === CharKind.Dropped) j++;
    if (j < end && src.kind[j] === CharKind.Visible && !SEPARATORS.has(src.text[j]!)) out.push(i + 1);
  }
  return out;
}

/** Adds separator breaks inside every URL run. */
export function addUrlBreaks(src: Source, ops: Opportunities): void {
  let start = 0;
  src.runs.forEach((r) => {
    const end = start + r.text.length;
    if (r.url) for (const p of separatorBreaks(src, start, end)) addOpportunity(ops, p, { penalty: PENALTY.urlSeparator, flagged: false, hyphen: false });
    start = end;
  });
}

/** Positions strictly inside [start, end) between grapheme clusters of visible text. */
export function graphemeBreaks(src: Source, start: number, end: number): number[] {
  const out: number[] = [];
  for (const index of graphemeStarts(src.text.slice(start, end))) {
    const p = start + index;
    if (p > start && src.kind[p] === CharKind.Visible) out.push(p);
  }
  return out;
}
