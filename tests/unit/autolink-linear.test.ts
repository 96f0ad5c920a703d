/**
 * Finding bare URLs and addresses costs time linear in the length of the text
 * (issue 14): the address pattern used to retry its local part from every
 * character of a long word, so a 100,000-character word took minutes to
 * compose. Like src/typeset/paragraph/linear-time.test.ts, this compares a text
 * ten times longer with a short one, so that it holds on a busy machine:
 * linear work is about 10x, the old code was 100x.
 */
import { autoLinks } from '../../src/compose/autolink.js';

const TEXTS: Record<string, (n: number) => string> = {
  'a long word': (n) => `Before ${'abcdefghij'.repeat(n / 10)} after`,
  'a URL ending in dots': (n) => `See https://example.org/${'.'.repeat(n)}x and ${'.'.repeat(n)}`,
  'a URL ending in brackets': (n) => `See https://example.org/${')'.repeat(n)}`,
  'an address with a long domain': (n) => `ada@${'b.'.repeat(n / 2)}`,
};

function msFor(text: string): number {
  const t0 = performance.now();
  const parts = autoLinks(text);
  const ms = performance.now() - t0;
  expect(parts.map((p) => p.text).join('')).toBe(text);
  return ms;
}

describe.each(Object.entries(TEXTS))('%s', (_, make) => {
  test('a text 10x longer takes well under 30x as long', () => {
    msFor(make(4000)); // warm up the JIT
    const short = Math.max(msFor(make(8000)), 1);
    const long = msFor(make(80000));
    expect(long / short).toBeLessThan(30);
  });
});

test('trailing punctuation and unopened brackets still stay out of the link', () => {
  expect(autoLinks('(see https://example.org/a_(b)).')).toEqual([
    { text: '(see ' },
    { text: 'https://example.org/a_(b)', href: 'https://example.org/a_(b)' },
    { text: ').' },
  ]);
});
