import type { Line } from './paragraph/types.js';

/**
 * A runt: the last line of a ragged paragraph (a title, a venue line, an
 * author list) holding one word, or less than a sixth of the measure
 * ("Research", "Online, 2020"). It reads as a stray piece.
 */
function isRunt(line: Line, width: number): boolean {
  return oneWord(line) || line.width < width / 6;
}

function oneWord(line: Line): boolean {
  return !/\s/u.test(line.segments.map((s) => s.text).join('').trim());
}

/** Breaks the same paragraph again with other widths: (width, first line's width). */
type Rebreak = (width: number, firstLineWidth: number) => Line[];

/**
 * The same paragraph without a runt where a small re-break fixes it: the
 * lines before the last are narrowed just below their own width, so that a
 * word or two comes down to the last line. Kept only when the paragraph
 * keeps its number of lines and no line is left short in turn; otherwise the
 * lines are returned as they were.
 */
export function withoutRunt(lines: Line[], width: number, firstLineWidth: number, rebreak: Rebreak): Line[] {
  const n = lines.length;
  if (n < 2 || !isRunt(lines[n - 1]!, width)) return lines;
  const first = lines[0]!.width - 0.5;
  const middle = n > 2 ? Math.max(...lines.slice(1, -1).map((l) => l.width)) - 0.5 : width;
  const candidates: [number, number][] = n === 2 ? [[width, first]] : [[middle, firstLineWidth], [middle, first]];
  for (const [w, fw] of candidates) {
    const again = rebreak(w, fw);
    // Narrower lines may still come out fewer (a justified line shrinks, a long word is cut elsewhere).
    if (again.length !== n) continue;
    const short = again.slice(0, -1).some((l, i) => l.width < (i === 0 ? firstLineWidth : width) * 0.6);
    const last = again[n - 1]!;
    const better = !oneWord(last) && last.width > lines[n - 1]!.width;
    if (better && !short && !again.some((l) => l.overfull)) return again;
  }
  return lines;
}
