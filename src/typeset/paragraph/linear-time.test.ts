/**
 * Long unbreakable words cost time linear in their length (issue 14): a
 * 100,000-character word used to take 34 s, because the pattern hyphenator
 * and Intl.Segmenter both slow down with the length of the word. The test
 * compares a word ten times longer with a short one, so that it holds on a
 * busy machine: linear work is about 10x, the old code was 60x and more.
 */
import { breakParagraph } from './index.js';
import { graphemeStarts } from './grapheme-starts.js';
import { loadHyphenator } from '../../hyphenation/index.js';
import { fakeMeasurer } from '../../../tests/helpers/paragraph-fake-measurer.js';
import { input, run, texts } from '../../../tests/helpers/paragraph-test-helpers.js';

const withPatterns = { hyphenator: loadHyphenator('en-us')! };

function msToBreak(length: number): number {
  const word = 'abcdefghij'.repeat(length / 10);
  const para = input([run(`Before ${word} after`)], { hyphenate: true, language: 'en-us', align: 'justify' });
  const t0 = performance.now();
  const r = breakParagraph(para, fakeMeasurer(), withPatterns);
  const ms = performance.now() - t0;
  expect(texts(r).join('').replace(/ /g, '')).toBe(`Before${word}after`);
  return ms;
}

describe('time linear in the length of a word', () => {
  test('a word 10x longer takes well under 30x as long to break', () => {
    msToBreak(4000); // warm up the JIT and the patterns
    const short = Math.max(msToBreak(8000), 1);
    const long = msToBreak(80000);
    expect(long / short).toBeLessThan(30);
  });

  test('grapheme clusters found in windows are those of the whole text', () => {
    const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });
    // Combining marks, an emoji ZWJ sequence, flags and a cluster longer than a window.
    const text = `${'e\u0301'.repeat(200)}👩‍👩‍👧${'🇫🇷'.repeat(150)}a${'\u0301'.repeat(600)}b${'Ж'.repeat(300)}`;
    expect(graphemeStarts(text)).toEqual([...segmenter.segment(text)].map((s) => s.index));
  });
});
