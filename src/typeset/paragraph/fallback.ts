/**
 * Font fallback: a character the run's face lacks is drawn in the first
 * fallback face that has it. A character no face has keeps the run's face and
 * is reported (never dropped, never a silent blank box).
 */
import type { Run } from '../../compose/types.js';
import type { FontId } from '../../fonts/types.js';
import type { CachedMeasurer } from '../measure-cache.js';
import { CharKind, isJoinerOrSelector } from './chars.js';
import type { MissingGlyph } from './types.js';

const COMBINING = /^\p{M}$/u;

/**
 * Chooses a face per UTF-16 unit (both halves of a surrogate pair get the same
 * one). Spaces use the run's face, since glue is measured in it. Joiners and
 * variation selectors follow the previous character and are dropped (set to
 * Dropped in `kind`) where that face lacks them.
 */
export function assignFaces(
  text: string,
  runs: Run[],
  runOf: Int32Array,
  offsetOf: Int32Array,
  kind: Uint8Array,
  fallbackFonts: FontId[],
  m: CachedMeasurer,
): { font: FontId[]; missingGlyphs: MissingGlyph[] } {
  const n = text.length;
  const font: FontId[] = new Array<FontId>(n);
  const missingGlyphs: MissingGlyph[] = [];
  let prevFont: FontId | undefined;
  let prevRun = -1;
  for (let i = 0; i < n; ) {
    const cp = text.codePointAt(i)!;
    const len = cp > 0xffff ? 2 : 1;
    const ri = runOf[i]!;
    const primary = runs[ri]!.font;
    if (ri !== prevRun) prevFont = undefined;
    let f: FontId = primary;
    if (kind[i] === CharKind.Visible) {
      if (isJoinerOrSelector(cp)) {
        f = prevFont ?? primary;
        if (!m.hasGlyph(f, cp)) kind.fill(CharKind.Dropped, i, i + len);
      } else if (m.hasGlyph(primary, cp)) {
        f = primary;
      } else {
        const ch = String.fromCodePoint(cp);
        if (prevFont !== undefined && prevFont !== primary && COMBINING.test(ch) && m.hasGlyph(prevFont, cp)) {
          f = prevFont; // keep a mark with its base
        } else {
          const fb = fallbackFonts.find((ff) => m.hasGlyph(ff, cp));
          if (fb !== undefined) f = fb;
          else missingGlyphs.push({ char: ch, codePoint: cp, font: primary, runIndex: ri, offset: offsetOf[i]! });
        }
      }
      if (kind[i] === CharKind.Visible) prevFont = f;
    }
    font[i] = f;
    if (len === 2) font[i + 1] = f;
    prevRun = ri;
    i += len;
  }
  return { font, missingGlyphs };
}
