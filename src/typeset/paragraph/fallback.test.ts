import { breakParagraph } from './index.js';
import { fakeMeasurer } from '../../../tests/helpers/paragraph-fake-measurer.js';
import { input, run, texts } from '../../../tests/helpers/paragraph-test-helpers.js';

const ALPHA = 0x3b1; // α
const SNOWMAN = 0x2603; // ☃

describe('font fallback', () => {
  // serif lacks α; sans lacks α too; symbols has it (and is 8pt per character).
  const m = () => fakeMeasurer({ lacks: { serif: [ALPHA, SNOWMAN], sans: [ALPHA, SNOWMAN], symbols: [SNOWMAN] }, advance: { symbols: 8 } });

  test('a character the face lacks takes the first fallback that has it', () => {
    const r = breakParagraph(input([run('x α y')], { fallbackFonts: ['sans', 'symbols'] }), m());
    expect(r.missingGlyphs).toEqual([]);
    expect(r.lines[0]!.segments.map((s) => [s.text, s.font, s.x, s.width, s.runIndex])).toEqual([
      ['x ', 'serif', 0, 7.5, 0],
      ['α', 'symbols', 7.5, 8, 0],
      [' y', 'serif', 15.5, 7.5, 0],
    ]);
  });

  test('fallback pieces inside a word are measured in their own face when breaking', () => {
    // 'ααααα' in symbols is 40pt; the line holds 'aaaaaaaaaa' (50) + ' ' + 40 = 92.5
    const r = breakParagraph(input([run('aaaaaaaaaa ααααα bbbbbbbbbbbbb')], { fallbackFonts: ['symbols'] }), m());
    expect(texts(r)).toEqual(['aaaaaaaaaa ααααα', 'bbbbbbbbbbbbb']);
    expect(r.lines[0]!.width).toBe(92.5);
  });

  test('a character no face has is kept in the run face and reported with run index and offset', () => {
    const r = breakParagraph(input([run('Hi '), run('a☃b ☃')], { fallbackFonts: ['sans', 'symbols'] }), m());
    expect(r.missingGlyphs).toEqual([
      { char: '☃', codePoint: SNOWMAN, font: 'serif', runIndex: 1, offset: 1 },
      { char: '☃', codePoint: SNOWMAN, font: 'serif', runIndex: 1, offset: 4 },
    ]);
    expect(texts(r)).toEqual(['Hi a☃b ☃']);
    expect(r.lines[0]!.segments.every((s) => s.font === 'serif')).toBe(true);
  });

  test('offsets count UTF-16 units, astral characters included', () => {
    const r = breakParagraph(input([run('𝒳 \u{1F600}')], { fallbackFonts: [] }), fakeMeasurer({ lacks: { serif: [0x1f600] } }));
    expect(r.missingGlyphs).toEqual([{ char: '\u{1F600}', codePoint: 0x1f600, font: 'serif', runIndex: 0, offset: 3 }]);
  });

  test('spaces stay in the run face; invisible format characters are not drawn or reported', () => {
    const lacksAll = { serif: [0x200b, 0x200d, 0x2060, 0xad, 0xfeff], symbols: [0x200b, 0x200d, 0x2060, 0xad, 0xfeff] };
    const r = breakParagraph(input([run('a\u200Bb c\u2060d e\u200Df \uFEFFg')], { fallbackFonts: ['symbols'] }), fakeMeasurer({ lacks: lacksAll }));
    expect(r.missingGlyphs).toEqual([]);
    expect(texts(r)).toEqual(['ab cd ef g']);
  });

  test('a zero-width space is a break opportunity', () => {
    const r = breakParagraph(input([run('aaaaaaaaaaaaaa\u200Bbbbbbbbbbb')]), fakeMeasurer());
    expect(texts(r)).toEqual(['aaaaaaaaaaaaaa', 'bbbbbbbbbb']);
    expect(r.lines[0]!.hyphenated).toBe(false);
  });
});
