import type { Run } from '../compose/types.js';
import type { LineBreaker } from './measure-blocks.js';
import type { ParagraphInput, ParagraphResult } from './paragraph/types.js';
import type { Measurer } from './types.js';

const ELLIPSIS = '\u2026';

/**
 * Breaks `input` into exactly one line: when the runs do not fit, they are cut
 * at the last word that fits and end in "…". For furniture such as the
 * running header, whose margin has room for one line only: a long name must
 * not grow the header upwards into the page edge or down into the body.
 * The cut is found by binary search over word ends (character ends when even
 * the first word is too wide), so a very long name costs O(log n) breaks.
 */
export function breakOneLine(input: ParagraphInput, measurer: Measurer, breakLines: LineBreaker): ParagraphResult {
  const whole = breakLines(input, measurer);
  if (whole.lines.length <= 1) return whole;
  const text = input.runs.map((r) => r.text).join('');
  const fits = (cut: number): ParagraphResult | undefined => {
    const result = breakLines({ ...input, runs: truncateRuns(input.runs, cut) }, measurer);
    return result.lines.length <= 1 ? result : undefined;
  };
  const wordEnds = [...text.matchAll(/\S(?=\s|$)/gu)].map((m) => m.index + m[0].length);
  const charEnds: number[] = [];
  let end = 0;
  for (const ch of text.slice(0, wordEnds[0] ?? text.length)) charEnds.push((end += ch.length)); // code point ends, in UTF-16 units
  const best = lastFitting(wordEnds, fits) ?? lastFitting(charEnds, fits);
  return best ?? fits(0) ?? whole;
}

/** The result for the largest cut in ascending `cuts` that fits, assuming fitting is monotone. */
function lastFitting(cuts: readonly number[], fits: (cut: number) => ParagraphResult | undefined): ParagraphResult | undefined {
  let lo = 0;
  let hi = cuts.length - 1;
  let found: ParagraphResult | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const result = fits(cuts[mid]!);
    if (result) {
      found = result;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}

/** The runs' first `cut` UTF-16 units, followed by an ellipsis in the style of the last run kept. */
function truncateRuns(runs: readonly Run[], cut: number): Run[] {
  const out: Run[] = [];
  let left = cut;
  for (const run of runs) {
    if (left <= 0) break;
    const text = run.text.slice(0, left);
    left -= run.text.length;
    out.push({ ...run, text });
  }
  const last = out[out.length - 1];
  if (last) last.text += ELLIPSIS;
  else if (runs[0]) out.push({ ...runs[0], text: ELLIPSIS });
  return out;
}
