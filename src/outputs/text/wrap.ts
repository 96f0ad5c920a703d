/**
 * Greedy line filling by display width (East Asian wide characters count 2).
 * Lines break at spaces and, in CJK text, between wide characters (UAX #14
 * opportunities), never after a hyphen (a form that re-wraps the text would
 * keep "Late- Breaking") and never inside a piece that must stay whole (a URL).
 */
import { createRequire } from 'node:module';
import stringWidth from 'string-width';

interface LineBreakerInstance {
  nextBreak(): { position: number; required: boolean } | null;
}
type LineBreakerClass = new (text: string) => LineBreakerInstance;
// `linebreak` ships no types; the typesetter loads it the same way.
const LineBreaker = createRequire(import.meta.url)('linebreak') as LineBreakerClass;

/** A stretch of a paragraph and where a line may break inside it. */
export interface Piece {
  text: string;
  breaks: 'any' | 'spaces' | 'none';
}

/** Printable ASCII only: one column per character, as string-width counts it too. */
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** Display width in terminal columns. string-width is slow (a segmenter per call), and most text is printable ASCII. */
export function displayWidth(text: string): number {
  return PRINTABLE_ASCII.test(text) ? text.length : stringWidth(text);
}

/** Where lines may start: UAX #14 opportunities after a space or at a wide character, that do not split a protected piece. */
function breakPositions(pieces: readonly Piece[], text: string): number[] {
  const rule: Piece['breaks'][] = [];
  const start: number[] = [];
  let at = 0;
  for (const p of pieces) {
    for (let i = 0; i < p.text.length; i++) {
      rule.push(p.breaks);
      start.push(at);
    }
    at += p.text.length;
  }
  const wide = (i: number) => displayWidth(String.fromCodePoint(text.codePointAt(i) ?? 32)) === 2;
  const allowed = (pos: number): boolean => {
    if (!/\s/.test(text[pos - 1] ?? '') && !wide(pos - 1) && !wide(pos)) return false;
    // Inside a piece (not at its first character): its own rule decides.
    if (start[pos] === start[pos - 1] && start[pos] !== undefined) {
      if (rule[pos] === 'none') return false;
      if (rule[pos] === 'spaces') return /\s/.test(text[pos - 1] ?? '');
    }
    return true;
  };
  const out: number[] = [];
  const breaker = new LineBreaker(text);
  for (let bk = breaker.nextBreak(); bk; bk = breaker.nextBreak()) {
    if (bk.position > 0 && bk.position < text.length && allowed(bk.position)) out.push(bk.position);
  }
  return out;
}

/**
 * Fills lines of at most `width` columns; a stretch that cannot break and is
 * wider than the line gets a line of its own rather than being cut.
 */
export function wrap(pieces: readonly Piece[], width: number): string[] {
  const text = pieces.map((p) => p.text).join('');
  if (text.trim() === '') return [];
  const cuts = [...breakPositions(pieces, text), text.length];
  const lines: string[] = [];
  let line = '';
  let from = 0;
  for (const cut of cuts) {
    const segment = text.slice(from, cut);
    from = cut;
    if (line !== '' && displayWidth((line + segment).trimEnd()) > width) {
      lines.push(line.trimEnd());
      line = segment.trimStart();
    } else line += segment;
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
  return lines;
}
