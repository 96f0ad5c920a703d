/** Test support shared by the paragraph tests (not used by the engine). */
import type { Run } from '../../src/compose/types.js';
import type { Line, ParagraphInput, ParagraphResult } from '../../src/typeset/paragraph/types.js';

/** A 10pt black serif run. */
export function run(text: string, extra: Partial<Run> = {}): Run {
  return { text, font: 'serif', size: 10, color: '#000000', ...extra };
}

/** A 100pt-wide ragged-left paragraph without hyphenation unless overridden. */
export function input(runs: Run[], extra: Partial<ParagraphInput> = {}): ParagraphInput {
  return { runs, width: 100, align: 'left', hyphenate: false, fallbackFonts: [], ...extra };
}

/** What a line draws. */
export function lineText(l: Line): string {
  return l.segments.map((s) => s.text).join('');
}

/** What each line draws. */
export function texts(r: ParagraphResult): string[] {
  return r.lines.map(lineText);
}

/** Right edge of a line's last segment. */
export function rightEdge(l: Line): number {
  const last = l.segments[l.segments.length - 1]!;
  return last.x + last.width;
}
