import { fakeMeasurer } from '../helpers/fake-measurer.js';
import { doc, group, lines, list, item, spacer, TEST_PAGE } from '../helpers/typeset-docs.js';
import { createTypesetter } from '../../src/typeset/index.js';
import { breakParagraph } from '../../src/typeset/paragraph/index.js';
import { isPagesAtLeast, type PageTree } from '../../src/typeset/types.js';
import type { Block } from '../../src/compose/types.js';
import { prng } from '../helpers/rng.js';

// TEST_PAGE holds 13 lines of 12 pt (156 of 160 pt).
const m = fakeMeasurer();

/** The real typesetter, counting the paragraphs it breaks. */
function countingTypesetter() {
  const counter = { paragraphs: 0 };
  const typeset = createTypesetter((input, measurer) => {
    counter.paragraphs++;
    return breakParagraph(input, measurer);
  });
  return { typeset, counter };
}

describe('typeset with a page budget', () => {
  test('a document far over the budget stops being measured once that is certain', () => {
    const { typeset, counter } = countingTypesetter();
    const body = Array.from({ length: 200 }, (_, i) => lines(3, `p${i}`));
    const r = typeset(doc(body), m, TEST_PAGE, 2);
    if (!isPagesAtLeast(r)) throw new Error('200 paragraphs of 3 lines fit 2 pages?');
    expect(r.pagesAtLeast).toBeGreaterThan(2);
    // Two pages hold 26 lines: about nine paragraphs, not all 200.
    expect(counter.paragraphs).toBeLessThan(15);
    const whole = typeset(doc(body), m, TEST_PAGE);
    expect(whole.pages.length).toBeGreaterThanOrEqual(r.pagesAtLeast);
  });

  test('a long paragraph that cannot fit what is left of the budget is not broken at all', () => {
    const { typeset, counter } = countingTypesetter();
    // 400 lines of 32 characters (12,800): the half-width bound alone is 200 lines, far over 2 pages of 13.
    const body = [lines(2, 'a'), lines(400, 'b')];
    const r = typeset(doc(body), m, TEST_PAGE, 2);
    if (!isPagesAtLeast(r)) throw new Error('400 lines fit 2 pages?');
    expect(counter.paragraphs).toBe(1);
    const whole = typeset(doc(body), m, TEST_PAGE);
    expect(whole.pages.length).toBeGreaterThanOrEqual(r.pagesAtLeast);
    // Within a budget it fits, the same paragraph is broken and set as without one.
    const { typeset: roomy, counter: roomyCounter } = countingTypesetter();
    const fits = roomy(doc(body), m, TEST_PAGE, 40);
    expect(roomyCounter.paragraphs).toBe(2);
    expect(fits).toEqual(typeset(doc(body), m, TEST_PAGE));
  });

  test('the budget never changes a document that fits, and its bound is never more than the pages it needs', () => {
    const random = prng(20261203);
    const blocks = (depth: number): Block[] => Array.from({ length: 1 + Math.floor(random() * 6) }, (_, i): Block => {
      const pick = random();
      if (depth < 2 && pick < 0.2) return group(blocks(depth + 1), { keepTogether: random() < 0.5, spaceBefore: random() * 10 });
      if (depth < 2 && pick < 0.35) return list([item('-', ...blocks(depth + 1)), item('-', lines(1 + Math.floor(random() * 3), `l${i}`))]);
      if (pick < 0.45) return spacer(random() * 30);
      return lines(1 + Math.floor(random() * 20), `t${i}`, { spaceBefore: random() * 8 });
    });
    for (let n = 0; n < 60; n++) {
      const d = doc(blocks(0));
      const { typeset } = countingTypesetter();
      const whole = typeset(d, m, TEST_PAGE);
      for (const budget of [1, 2, 3, 5]) {
        const limited = typeset(d, m, TEST_PAGE, budget);
        if (isPagesAtLeast(limited)) {
          expect(limited.pagesAtLeast).toBeGreaterThan(budget);
          expect(whole.pages.length).toBeGreaterThanOrEqual(limited.pagesAtLeast);
        } else {
          expect(limited).toEqual(whole);
        }
        // A document that fits its budget is always set in full.
        if (whole.pages.length <= budget) expect(isPagesAtLeast(limited)).toBe(false);
      }
    }
  });
});

describe('a page does not end on a hyphenated line', () => {
  /** The real typesetter, with the given lines (0-based) of every paragraph marked as ending in a hyphen. */
  const hyphenatedAt = (marked: readonly number[]) =>
    createTypesetter((input, measurer) => {
      const r = breakParagraph(input, measurer);
      return { ...r, lines: r.lines.map((line, i) => (marked.includes(i) ? { ...line, hyphenated: true } : line)) };
    });
  const bodyLines = (tree: PageTree) =>
    tree.pages.map((p) => p.items.filter((i) => i.kind === 'text' && i.struct !== 'artifact').length);

  test('the break moves up a line when the last line of the page ends in a hyphen (TeX\'s \\brokenpenalty)', () => {
    const d = doc([lines(20, 'h')]);
    expect(bodyLines(hyphenatedAt([])(d, m, TEST_PAGE))).toEqual([13, 7]);
    // Line 13 (index 12), the page's last, ends in a hyphen: the page ends after line 12.
    expect(bodyLines(hyphenatedAt([12])(d, m, TEST_PAGE))).toEqual([12, 8]);
  });

  test('when every break on the page follows a hyphen, the page still fills', () => {
    const d = doc([lines(20, 'h')]);
    expect(bodyLines(hyphenatedAt(Array.from({ length: 20 }, (_, i) => i))(d, m, TEST_PAGE))).toEqual([13, 7]);
  });
});
