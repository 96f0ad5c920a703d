/**
 * Grapheme cluster starts in time linear in the text. V8's Intl.Segmenter
 * slows down with the length of the string it iterates (a 40,000-character
 * word took most of a second), so the text is segmented in windows: every
 * boundary but the window's last is final, because whether a boundary falls
 * before a character depends only on what precedes it and that character.
 */

/** Code units per window; a cluster longer than this grows the window. */
const WINDOW = 256;

let segmenter: Intl.Segmenter | undefined;

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** Offsets (into `text`) where a grapheme cluster starts, 0 included, ascending. */
export function graphemeStarts(text: string): number[] {
  // Grapheme clusters do not depend on the locale, but name one so the host's default never matters.
  segmenter ??= new Intl.Segmenter('en', { granularity: 'grapheme' });
  const out: number[] = [];
  let pos = 0;
  let size = WINDOW;
  while (pos < text.length) {
    const end = Math.min(text.length, pos + size);
    const window = text.slice(pos, end);
    // Printable ASCII is one cluster per character: no need to ask the segmenter.
    if (PRINTABLE_ASCII.test(window) && end - pos >= 2) {
      // The last character may start a cluster going on past the window: it starts the next one.
      const stop = end === text.length ? end : end - 1;
      for (let i = pos; i < stop; i++) out.push(i);
      if (stop === end) break;
      pos = stop;
      size = WINDOW;
      continue;
    }
    const starts = [...segmenter.segment(window)].map((s) => pos + s.index);
    if (end === text.length) {
      out.push(...starts);
      break;
    }
    if (starts.length < 2) {
      size *= 2;
      continue;
    }
    // The last cluster may go on past the window: segment again from its start.
    out.push(...starts.slice(0, -1));
    pos = starts[starts.length - 1]!;
    size = WINDOW;
  }
  return out;
}
