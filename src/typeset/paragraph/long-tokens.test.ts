import { breakParagraph } from './index.js';
import { loadHyphenator } from '../../hyphenation/index.js';

const withPatterns = { hyphenator: loadHyphenator('en-us')! };
import { fakeMeasurer } from '../../../tests/helpers/paragraph-fake-measurer.js';
import { input, run, texts } from '../../../tests/helpers/paragraph-test-helpers.js';
import type { ParagraphResult } from './types.js';

// 5pt per character at size 10: a 100pt line holds 20 characters.

function expectWithin(r: ParagraphResult, width: number): void {
  for (const l of r.lines) {
    expect(l.overfull).toBe(false);
    for (const s of l.segments) expect(s.x + s.width).toBeLessThanOrEqual(width + 1e-9);
  }
}

describe('words and URLs wider than the line', () => {
  test('a 70-letter word is cut into pieces that fit, no hyphen added', () => {
    const word = 'w'.repeat(70);
    for (const align of ['left', 'justify', 'center', 'right'] as const) {
      const r = breakParagraph(input([run(`Before ${word} after`)], { align }), fakeMeasurer(), withPatterns);
      expectWithin(r, 100);
      expect(texts(r).join('|').replace(/\|/g, '').replace(/ /g, '')).toBe(`Before${word}after`);
      expect(r.lines.some((l) => l.hyphenated)).toBe(false);
    }
  });

  test('with hyphenation on, a long word breaks at its hyphenation points first', () => {
    const r = breakParagraph(
      input([run('Pneumonoultramicroscopicsilicovolcanoconiosis is long')], { hyphenate: true, language: 'en-us' }),
      fakeMeasurer(),
      withPatterns,
    );
    expectWithin(r, 100);
    // Pneu-mo-noul-tra-mi-cro-scop-ic-sil-i-co-vol-canoco-nio-sis: ragged lines of at most 20 characters
    expect(texts(r)).toEqual(['Pneumonoultrami-', 'croscopicsilico-', 'volcanoconiosis is', 'long']);
    expect(r.lines.map((l) => l.hyphenated)).toEqual([true, true, false, false]);
  });

  test('a 300-character URL breaks after / . - _ ? & = and otherwise anywhere, never with a hyphen', () => {
    const url = `https://example.org/${'segment_'.repeat(10)}/${'q'.repeat(90)}?a=1&bb=2&${'x'.repeat(200)}`.slice(0, 300);
    expect(url).toHaveLength(300);
    const r = breakParagraph(
      input([run('Code: '), run(url, { url: true, link: url }), run(' (mirror).')], { hyphenate: true, language: 'en-us' }),
      fakeMeasurer(),
      withPatterns,
    );
    expectWithin(r, 100);
    expect(r.lines.some((l) => l.hyphenated)).toBe(false);
    const urlText = r.lines.flatMap((l) => l.segments.filter((s) => s.runIndex === 1).map((s) => s.text)).join('');
    expect(urlText).toBe(url);
    // every URL segment keeps its link
    expect(r.lines.flatMap((l) => l.segments).filter((s) => s.runIndex === 1).every((s) => s.link === url)).toBe(true);
    // the first URL piece ends after a separator: 'Code: https://' does not fill a line, 'example.' would not fit
    expect(texts(r)[0]).toMatch(/[/._?&=-]$/);
  });

  test('a URL that fits a line moves whole to the next line rather than break', () => {
    // 'The details are all on ab.' would fit 120pt, but a URL break costs more than 20pt of raggedness.
    const r = breakParagraph(input([run('The details are all on '), run('ab.cd/efghijklmnopq', { url: true })], { width: 120 }), fakeMeasurer(), withPatterns);
    expect(texts(r)).toEqual(['The details are all on', 'ab.cd/efghijklmnopq']);
  });

  test('a URL breaks after separators before it breaks between letters', () => {
    const r = breakParagraph(input([run('https://example.org/abcdefgh/ijklmnop', { url: true })]), fakeMeasurer(), withPatterns);
    expect(texts(r)).toEqual(['https://example.org/', 'abcdefgh/ijklmnop']);
  });

  test('a single space-separated 300-character token in running text', () => {
    let s = '';
    for (let i = 0; s.length < 300; i++) s += String.fromCharCode(97 + (i % 26));
    for (const hyphenate of [false, true]) {
      const r = breakParagraph(input([run(`Intro ${s} outro`)], { align: 'justify', hyphenate, language: 'en-us' }), fakeMeasurer(), withPatterns);
      expectWithin(r, 100);
      // inserted hyphens aside, every character is there, in order
      const joined = r.lines.map((l) => (l.hyphenated ? texts({ lines: [l], missingGlyphs: [] })[0]!.slice(0, -1) : texts({ lines: [l], missingGlyphs: [] })[0]!));
      expect(joined.join('').replace(/ /g, '')).toBe(`Intro${s}outro`);
      if (!hyphenate) expect(r.lines.some((l) => l.hyphenated)).toBe(false);
    }
  });

  test('an email in a noHyphenate run wider than the line still breaks (after . or @-free separators)', () => {
    const r = breakParagraph(input([run('jane.marie.doe-smith@university.example.edu', { noHyphenate: true })]), fakeMeasurer(), withPatterns);
    expectWithin(r, 100);
    expect(texts(r).join('')).toBe('jane.marie.doe-smith@university.example.edu');
  });

  test('a character wider than the line is the only overfull case, and is flagged', () => {
    const r = breakParagraph(input([run('ab cd')], { width: 3 }), fakeMeasurer(), withPatterns);
    expect(texts(r)).toEqual(['a', 'b', 'c', 'd']);
    expect(r.lines.every((l) => l.overfull)).toBe(true);
  });
});
