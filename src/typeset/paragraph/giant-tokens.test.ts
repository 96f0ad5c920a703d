/**
 * A token many lines wide (issue 14: a 100,000-character word) is cut once
 * into line-filling pieces: Knuth–Plass then sees a break per line inside it,
 * not one per character, and the lines come out as full as before.
 */
import { breakParagraph } from './index.js';
import { addEmergencyBreaks, buildItems } from './items.js';
import { FREE_END_LINES, GIANT_TOKEN_LINES, greedyCuts, keepOnlyCuts } from './giant-tokens.js';
import { PENALTY } from './opportunities.js';
import { buildSource } from './source.js';
import { cacheMeasurer } from '../measure-cache.js';
import { loadHyphenator } from '../../hyphenation/index.js';
import { fakeMeasurer } from '../../../tests/helpers/paragraph-fake-measurer.js';
import { input, lineText, run } from '../../../tests/helpers/paragraph-test-helpers.js';

// 5pt per character at size 10: a 100pt line holds 20 characters.
const PER_LINE = 20;
const withPatterns = { hyphenator: loadHyphenator('en-us')! };

/** A word of `n` letters that patterns could hyphenate if it were short. */
const word = (n: number): string => 'abcdefghij'.repeat(Math.ceil(n / 10)).slice(0, n);

function breaksInside(n: number): { ops: number; items: number } {
  const m = cacheMeasurer(fakeMeasurer());
  const src = buildSource([run(`Before ${word(n)} after`)], [], m);
  const ops = new Map();
  addEmergencyBreaks(src, ops, 100, 100, m);
  return { ops: ops.size, items: buildItems(src, ops, m).items.length };
}

describe('giant tokens', () => {
  test('greedy cuts fill each line and never pass its width', () => {
    const starts = Array.from({ length: 101 }, (_, i) => i);
    const width = (a: number, b: number) => (b - a) * 5;
    expect(greedyCuts(starts, 100, width)).toEqual([20, 40, 60, 80]);
    // A grapheme wider than the line is a piece of its own.
    expect(greedyCuts([0, 1, 2, 3], 3, width)).toEqual([1, 2]);
  });

  test('the breaks inside a token grow with its lines, not its characters', () => {
    // Every character break kept (the old way) would be 100,000 breaks and 200,000 items.
    const big = breaksInside(100_000);
    const lines = 100_000 / PER_LINE;
    const freeEnds = 2 * (FREE_END_LINES + 1) * PER_LINE;
    expect(big.ops).toBeLessThanOrEqual(lines + freeEnds);
    expect(big.items).toBeLessThanOrEqual(2 * (lines + freeEnds) + 10);
    // A token just below the giant size keeps all its character breaks.
    const small = breaksInside((GIANT_TOKEN_LINES - 1) * PER_LINE);
    expect(small.ops).toBeGreaterThanOrEqual((GIANT_TOKEN_LINES - 1) * PER_LINE - 1);
  });

  test('no hyphen at the last cut: the line ending there was filled without room for one', () => {
    // A hyphenation point at a middle's last cut, as patterns add it: a hyphen there ran a line 0.7 pt past the margin.
    const hyphenated = { penalty: PENALTY.anywhere - 1, flagged: true, hyphen: true };
    const ops = new Map([[20, hyphenated], [50, hyphenated], [80, hyphenated], [95, hyphenated]]);
    keepOnlyCuts(ops, [{ first: 20, last: 80, cuts: [40, 60] }]);
    expect([...ops.keys()].sort((a, b) => a - b)).toEqual([20, 40, 60, 80, 95]);
    expect(ops.get(80)).toEqual({ penalty: PENALTY.anywhere, flagged: false, hyphen: false });
    // Where the token meets the text around it, every break stays as it was.
    expect(ops.get(20)).toBe(hyphenated);
    expect(ops.get(95)).toBe(hyphenated);
  });

  for (const align of ['left', 'justify'] as const) {
    test(`a 100,000-character word (${align}) is set whole, in full lines, within the margin`, () => {
      const w = word(100_000);
      const r = breakParagraph(input([run(`Before ${w} after`)], { align, hyphenate: true, language: 'en-us' }), fakeMeasurer(), withPatterns);
      const texts = r.lines.map(lineText);
      expect(texts.join('').replace(/ /g, '')).toBe(`Before${w}after`);
      for (const l of r.lines) {
        expect(l.overfull).toBe(false);
        expect(l.hyphenated).toBe(false);
        for (const s of l.segments) expect(s.x + s.width).toBeLessThanOrEqual(100 + 1e-9);
      }
      // All but the lines where the word meets the text around it are full.
      const inner = texts.slice(FREE_END_LINES + 1, -(FREE_END_LINES + 1));
      expect(inner.every((t) => t.length === PER_LINE)).toBe(true);
      // No more lines than the text needs (7 + 100,000 + 6 characters), plus one where the word begins.
      expect(r.lines.length).toBeLessThanOrEqual(Math.ceil(100_013 / PER_LINE) + 1);
    });
  }
});
