/**
 * Unicode line-break opportunities (UAX #14, via the `linebreak` package, the
 * same one pdfkit uses) that do not fall at a space: soft hyphens, zero-width
 * spaces and breaks between ideographs, but not inside hyphenated words.
 */
import { createRequire } from 'node:module';
import { CharKind, SOFT_HYPHEN } from './chars.js';
import { addOpportunity, PENALTY, type Opportunities } from './opportunities.js';
import type { Source } from './source.js';

interface LineBreakerInstance {
  nextBreak(): { position: number; required: boolean } | null;
}
type LineBreakerClass = new (text: string) => LineBreakerInstance;

// `linebreak` ships no types; load it through require and give it a minimal shape.
// Required on first use: its class table is inflated when the module loads, which cv validate never needs.
let lineBreaker: LineBreakerClass | undefined;
const LineBreakerOf = (): LineBreakerClass => (lineBreaker ??= createRequire(import.meta.url)('linebreak') as LineBreakerClass);

/** Hyphen, hyphen, en dash, em dash, slash: characters that join the parts of one word. */
const WORD_JOINERS = new Set([0x2d, 0x2010, 0x2013, 0x2014, 0x2f]);

/** Whether breaking between text[pos-1] and text[pos] would split a noHyphenate or URL run. */
export function insideProtectedRun(src: Source, pos: number): boolean {
  const a = src.runOf[pos - 1]!;
  if (a !== src.runOf[pos]) return false;
  const r = src.runs[a]!;
  return r.noHyphenate === true || r.url === true;
}

/** Adds UAX #14 opportunities; breaks at spaces are left to glue. */
export function addUax14Breaks(src: Source, ops: Opportunities): void {
  const { text, kind } = src;
  const n = text.length;
  const breaker = new (LineBreakerOf())(text);
  for (let bk = breaker.nextBreak(); bk; bk = breaker.nextBreak()) {
    const pos = bk.position;
    if (pos <= 0 || pos >= n) continue;
    let prev = pos - 1;
    while (prev >= 0 && kind[prev] === CharKind.Dropped && text.charCodeAt(prev) !== SOFT_HYPHEN && text.charCodeAt(prev) !== 0x200b) prev--;
    if (prev < 0 || kind[prev] === CharKind.Space || text.charCodeAt(prev) === 0x20) continue;
    if (insideProtectedRun(src, pos)) continue;
    const c = text.charCodeAt(prev);
    if (c === SOFT_HYPHEN) addOpportunity(ops, pos, { penalty: PENALTY.hyphen, flagged: true, hyphen: true });
    // Not after a hyphen, dash or slash inside a word: "state-of-\nthe-art" or
    // "Sequence/\nWord" reads back from the PDF as two words (text extraction,
    // applicant-tracking systems, search). Such a word breaks there only when it is
    // wider than the line (addEmergencyBreaks). Other opportunities (a ZWSP,
    // between CJK ideographs) stay.
    else if (!WORD_JOINERS.has(c)) addOpportunity(ops, pos, { penalty: 0, flagged: false, hyphen: false });
  }
}
