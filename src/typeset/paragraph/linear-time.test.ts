/**
 * Long unbreakable words cost work linear in their length (issue 14): a
 * 100,000-character word used to take 34 s, because the line breaker measured
 * and hyphenated ever longer pieces of it. The work is counted, not timed: the
 * characters given to the Measurer and to the hyphenator for a word ten times
 * longer are at most about ten times as many (quadratic work would be a
 * hundred). giant-tokens.test.ts counts the line breaker's break points.
 */
import { breakParagraph } from './index.js';
import { graphemeStarts } from './grapheme-starts.js';
import { loadHyphenator } from '../../hyphenation/index.js';
import { fakeMeasurer } from '../../../tests/helpers/paragraph-fake-measurer.js';
import { input, run, texts } from '../../../tests/helpers/paragraph-test-helpers.js';

const patterns = loadHyphenator('en-us')!;

/** Characters measured and hyphenated to break a paragraph holding one word of `length` letters. */
function workToBreak(length: number): number {
  const word = 'abcdefghij'.repeat(length / 10);
  const para = input([run(`Before ${word} after`)], { hyphenate: true, language: 'en-us', align: 'justify' });
  let work = 0;
  const fake = fakeMeasurer();
  const measurer = { ...fake, width: (text: string, font: string, size: number) => ((work += text.length), fake.width(text, font, size)) };
  const hyphenator = (w: string) => ((work += w.length), patterns(w));
  const r = breakParagraph(para, measurer, { hyphenator });
  expect(texts(r).join('').replace(/ /g, '')).toBe(`Before${word}after`);
  return work;
}

describe('work linear in the length of a word', () => {
  test('a word 10x longer costs at most about 10x the measuring and hyphenating', () => {
    const short = workToBreak(8000);
    const long = workToBreak(80000);
    // Today the two are equal (a giant token is cut from per-character widths and not hyphenated);
    // measuring or hyphenating every prefix of the word, the old bug, would make it a hundredfold.
    expect(long / short).toBeLessThan(13);
  });

  test('grapheme clusters found in windows are those of the whole text', () => {
    const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });
    // Combining marks, an emoji ZWJ sequence, flags and a cluster longer than a window.
    const text = `${'e\u0301'.repeat(200)}👩‍👩‍👧${'🇫🇷'.repeat(150)}a${'\u0301'.repeat(600)}b${'Ж'.repeat(300)}`;
    expect(graphemeStarts(text)).toEqual([...segmenter.segment(text)].map((s) => s.index));
  });
});
