import type { Run } from '../../compose/types.js';
import type { CachedMeasurer } from '../measure-cache.js';

/** A combining mark (Unicode category M): only text holding one can compose. */
const MARK = /\p{M}/u;

/**
 * Runs with a letter and its combining accents written as one precomposed
 * character (Unicode NFC) where the run's face has that character: "E" +
 * U+0301 becomes "É". A face positions an accent over a lowercase letter
 * but may not over a capital (EB Garamond sets a combining circumflex after
 * "A", at lowercase height), while its precomposed letters are drawn as
 * designed. A run whose composed form needs a character the face lacks is
 * left as it was, so composing never makes a glyph missing. NFC composes the
 * same way in every Unicode version (its stability policy).
 */
export function composeMarks(runs: Run[], m: CachedMeasurer): Run[] {
  let out: Run[] | undefined;
  runs.forEach((run, i) => {
    if (!MARK.test(run.text)) return;
    const composed = run.text.normalize('NFC');
    if (composed === run.text) return;
    const had = new Set(run.text);
    for (const ch of composed) if (!had.has(ch) && !m.hasGlyph(run.font, ch.codePointAt(0)!)) return;
    (out ??= [...runs])[i] = { ...run, text: composed };
  });
  return out ?? runs;
}
