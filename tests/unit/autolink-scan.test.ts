/**
 * The linear autolink scanner finds exactly what the one regular expression
 * it replaced found (that regex was quadratic in a long word, issue 14).
 */
import { autoLinks, candidates } from '../../src/compose/autolink.js';

const REFERENCE = /\b(?:https?:\/\/|www\.)[^\s<>"]+|[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;

/** The matches as the reference regex finds them, each as [start, end). */
function reference(text: string): [number, number][] {
  return [...text.matchAll(REFERENCE)].map((m) => [m.index, m.index + m[0].length]);
}

/** A tiny deterministic generator (xorshift), so a failure replays. */
function strings(seed: number, count: number): string[] {
  const alphabet = ['a', 'b', 'x', '9', '.', '-', '_', '@', ' ', '/', ':', 'h', 'ttp', 'https://', 'www.', 'co', '(', ')', '"', ','];
  let s = seed;
  const next = (): number => {
    s ^= s << 13; s ^= s >>> 17; s ^= s << 5;
    return (s >>> 0) % alphabet.length;
  };
  return Array.from({ length: count }, () => Array.from({ length: 1 + next() * 2 }, () => alphabet[next()]).join(''));
}

describe('autoLinks scanner', () => {
  it('finds the same matches as the reference regex on random text', () => {
    let matches = 0;
    for (const text of strings(12345, 4000)) {
      expect({ text, found: [...candidates(text)] }).toEqual({ text, found: reference(text) });
      expect(autoLinks(text).map((p) => p.text).join('')).toBe(text);
      matches += reference(text).length;
    }
    expect(matches).toBeGreaterThan(500); // the generator does make URLs and addresses
  });

  it('finds an address after a domain that stopped at a dot, as the regex did', () => {
    expect(autoLinks('a@b.cd.e@f.gh').filter((p) => p.href).map((p) => p.href)).toEqual(['mailto:a@b.cd', 'mailto:.e@f.gh']);
  });

  it('handles a 200,000-character word with no address in it', () => {
    const word = 'abcdefghij'.repeat(20000);
    expect(autoLinks(`Before ${word} after`)).toEqual([{ text: `Before ${word} after` }]);
  });
});
