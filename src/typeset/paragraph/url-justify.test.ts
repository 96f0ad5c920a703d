import { breakParagraph } from './index.js';
import { loadHyphenator } from '../../hyphenation/index.js';
import { fakeMeasurer } from '../../../tests/helpers/paragraph-fake-measurer.js';
import { input, rightEdge, run, texts } from '../../../tests/helpers/paragraph-test-helpers.js';
import { autoLinks } from '../../compose/autolink.js';
import type { Run } from '../../compose/types.js';
import type { ParagraphResult } from './types.js';

// 5pt per character and 2.5pt per space at size 10. An interword space may
// stretch by half its width (1.25pt) at adjustment ratio 1, TeX's normal looseness.
const STRETCH_AT_RATIO_1 = 1.25;
const withPatterns = { hyphenator: loadHyphenator('en-us')! };

/** Running text as compose/ hands it over: bare URLs become `url` link runs. */
function runsOf(text: string): Run[] {
  return autoLinks(text).map((p) => (p.href ? run(p.text, { link: p.href, url: true }) : run(p.text)));
}

/** The largest extra space per interword space on any justified line (the last line is set ragged). */
function loosest(r: ParagraphResult): number {
  return Math.max(0, ...r.lines.slice(0, -1).flatMap((l) => l.segments.map((s) => s.wordSpacing)));
}

const LEAD = 'Built a visual tool that explains how the engine computes the numbers of Bernoulli, used by thousands of students.';
const SENTENCES = [
  `${LEAD} The code and the data are at https://github.com/example-org/analytical-engine-notes/tree/main/note_g for anyone who wants to run the programs again.`,
  `${LEAD} Write to ada.lovelace@example-university.org or see www.example.org/very/long/path/to-the-archive_of-letters.html before the end of the term.`,
  `${LEAD} Slides: https://example.org/talks/2019/bernoulli-numbers-on-the-engine.pdf, with a recording at https://example.org/v/123456789 and notes.`,
];
/** Line widths of a CV's running text: 60 to 100 characters of the fake face. */
const WIDTHS = [300, 340, 380, 420, 470, 500];

describe('a bare URL in justified running text', () => {
  test.each(SENTENCES)('never makes a line looser than the normal looseness: %s', (sentence) => {
    for (const width of WIDTHS) {
      const r = breakParagraph(input(runsOf(sentence), { width, align: 'justify', hyphenate: true, language: 'en-us' }), fakeMeasurer(), withPatterns);
      expect(texts(r).join('').replace(/-$/gm, '')).toContain('example');
      expect(loosest(r)).toBeLessThanOrEqual(STRETCH_AT_RATIO_1 + 1e-9);
      expect(r.lines.every((l) => !l.overfull)).toBe(true);
    }
  });

  test('a line holding part of a URL that would be too loose is set flush left instead, its spaces natural', () => {
    const r = breakParagraph(input(runsOf(SENTENCES[1]!), { width: 380, align: 'justify', hyphenate: true, language: 'en-us' }), fakeMeasurer(), withPatterns);
    const ragged = r.lines.slice(0, -1).filter((l) => rightEdge(l) < 380 - 1e-6);
    expect(ragged.length).toBeGreaterThan(0);
    for (const l of ragged) {
      expect(l.segments.some((s) => s.link !== undefined)).toBe(true);
      expect(l.segments.every((s) => s.wordSpacing === 0)).toBe(true);
    }
  });
});
