/**
 * Finding bare URLs and addresses costs time linear in the length of the text
 * (issue 14): the address pattern used to retry its local part from every
 * character of a long word, so a 100,000-character word took minutes to
 * compose. These cases used to take minutes; they must
 * come back whole (the scanner's equivalence with the old regex is in
 * autolink-scan.test.ts; timings stay in the bench, not in tests).
 */
import { autoLinks } from '../../src/compose/autolink.js';

const TEXTS: Record<string, (n: number) => string> = {
  'a long word': (n) => `Before ${'abcdefghij'.repeat(n / 10)} after`,
  'a URL ending in dots': (n) => `See https://example.org/${'.'.repeat(n)}x and ${'.'.repeat(n)}`,
  'a URL ending in brackets': (n) => `See https://example.org/${')'.repeat(n)}`,
  'an address with a long domain': (n) => `ada@${'b.'.repeat(n / 2)}`,
};

describe.each(Object.entries(TEXTS))('%s', (_, make) => {
  test('an 80,000-character case comes back whole, every character in one part', () => {
    const text = make(80000);
    expect(autoLinks(text).map((p) => p.text).join('')).toBe(text);
  });
});

test('trailing punctuation and unopened brackets still stay out of the link', () => {
  expect(autoLinks('(see https://example.org/a_(b)).')).toEqual([
    { text: '(see ' },
    { text: 'https://example.org/a_(b)', href: 'https://example.org/a_(b)' },
    { text: ').' },
  ]);
});
