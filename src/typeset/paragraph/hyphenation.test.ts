import { breakParagraph } from './index.js';
import { fakeMeasurer } from '../../../tests/helpers/paragraph-fake-measurer.js';
import { hyphenationPoints } from './hyphenate.js';
import { loadHyphenator } from '../../hyphenation/index.js';

const EN = loadHyphenator('en-us')!;
/** The patterns go in as the typesetter gets them in a build. */
const withPatterns = { hyphenator: EN };
import { firstFit } from './greedy.js';
import { knuthPlass } from './knuth-plass.js';
import { input, run, texts } from '../../../tests/helpers/paragraph-test-helpers.js';
import type { Item, ItemList } from './types.js';

describe('hyphenationPoints (house rules over TeX patterns)', () => {
  test('ordinary words', () => {
    expect(hyphenationPoints('hyphenation', EN)).toEqual([2, 6]); // hy-phen-ation
    expect(hyphenationPoints('beautiful', EN)).toEqual([4, 6]); // beau-ti-ful
    expect(hyphenationPoints('typesetting', EN)).toEqual([4, 7]); // type-set-ting
  });
  test('never in a capitalised word (a name, a title word, an acronym) unless it is longer than any line', () => {
    expect(hyphenationPoints('Typesetting', EN)).toEqual([]);
    expect(hyphenationPoints('Heterogeneous', EN)).toEqual([]);
    expect(hyphenationPoints('heterogeneous', EN).length).toBeGreaterThan(0);
    expect(hyphenationPoints('Pneumonoultramicroscopicsilicovolcanoconiosis', EN).length).toBeGreaterThan(0);
  });
  test('never fewer than 2 letters before or 3 after', () => {
    // patterns give gar-den; "den" is 3 letters, allowed; "ap-ples" keeps 2 before
    expect(hyphenationPoints('garden', EN)).toEqual([3]);
    expect(hyphenationPoints('apples', EN)).toEqual([2]);
    // pat-terns would allow "...i-co" style breaks; none leaves 1 or 2 letters after
    for (const w of ['silicovolcanoconiosis', 'international', 'hyphenation', 'beautiful']) {
      for (const p of hyphenationPoints(w, EN)) {
        expect(p).toBeGreaterThanOrEqual(2);
        expect(w.length - p).toBeGreaterThanOrEqual(3);
      }
    }
  });
  test('never in words under 5 letters, acronyms, or words with digits', () => {
    expect(hyphenationPoints('king', EN)).toEqual([]);
    expect(hyphenationPoints('NASA', EN)).toEqual([]);
    expect(hyphenationPoints('UNESCO', EN)).toEqual([]);
    expect(hyphenationPoints('FPGAs', EN)).toEqual([]);
    expect(hyphenationPoints('covid19cases', EN)).toEqual([]);
  });
  test('unknown or malformed languages have no patterns', () => {
    expect(loadHyphenator('en-US')).toBeDefined();
    expect(loadHyphenator('xx-yy')).toBeUndefined();
    expect(loadHyphenator('../../etc')).toBeUndefined();
  });
});

describe('hyphenation in paragraphs', () => {
  // 'a tree which bore golden apples' needs 'ap-' to fill a 150pt line well.
  const text = 'A certain king had a beautiful garden, and in the garden stood a tree which bore golden apples. These apples were always counted.';
  const on = { width: 150, align: 'justify' as const, hyphenate: true, language: 'en-us' };

  test('hyphenates where it helps: the hyphen is appended and measured', () => {
    const r = breakParagraph(input([run(text)], on), fakeMeasurer(), withPatterns);
    const i = r.lines.findIndex((l) => l.hyphenated);
    expect(i).toBeGreaterThanOrEqual(0);
    expect(texts(r)[i]).toMatch(/ap-$/);
    expect(texts(r)[i + 1]).toMatch(/^ples\./);
    const last = r.lines[i]!.segments.at(-1)!;
    expect(Math.abs(last.x + last.width - 150)).toBeLessThan(0.01);
  });

  test('not when the paragraph says no, or without a language', () => {
    for (const extra of [{ hyphenate: false }, { language: undefined }]) {
      const r = breakParagraph(input([run(text)], { ...on, ...extra }), fakeMeasurer(), withPatterns);
      expect(r.lines.some((l) => l.hyphenated)).toBe(false);
    }
  });

  test('never inside noHyphenate runs (names) or URL runs', () => {
    const m = fakeMeasurer();
    const base = breakParagraph(input([run('a tree which bore golden '), run('apples'), run(' ok')], { ...on, width: 135 }), m, withPatterns);
    expect(base.lines.some((l) => l.hyphenated)).toBe(true); // the control: 'ap-' is taken
    for (const flag of [{ noHyphenate: true }, { url: true }]) {
      const r = breakParagraph(input([run('a tree which bore golden '), run('apples', flag), run(' ok')], { ...on, width: 135 }), m, withPatterns);
      expect(r.lines.some((l) => l.hyphenated)).toBe(false);
      expect(texts(r).join(' ')).toContain('apples');
    }
  });

  test('never in short words or acronyms, even when a line is loose', () => {
    const r = breakParagraph(input([run('xxxxxxxxxxxxxxxx NASA king UNESCO')], { ...on, width: 100 }), fakeMeasurer(), withPatterns);
    expect(r.lines.some((l) => l.hyphenated)).toBe(false);
  });

  test('a soft hyphen is a break with a hyphen, and is never drawn', () => {
    const r = breakParagraph(input([run('xxxxxxxxxxxxx co\u00ADoperate')]), fakeMeasurer(), withPatterns);
    expect(texts(r)).toEqual(['xxxxxxxxxxxxx co-', 'operate']);
    const one = breakParagraph(input([run('co\u00ADoperate')]), fakeMeasurer(), withPatterns);
    expect(texts(one)).toEqual(['cooperate']);
  });

  test('a hyphenated compound moves whole rather than break at its hyphen (it must read back as one word)', () => {
    const r = breakParagraph(input([run('xxxxxxxxxxxx state-of-the-art')]), fakeMeasurer(), withPatterns);
    expect(texts(r)).toEqual(['xxxxxxxxxxxx', 'state-of-the-art']);
    const slash = breakParagraph(input([run('xxxxxxxxxxxx Sequence/Word')]), fakeMeasurer(), withPatterns);
    expect(texts(slash)).toEqual(['xxxxxxxxxxxx', 'Sequence/Word']);
  });

  test('a compound wider than the line still breaks after a hyphen before anywhere else', () => {
    const r = breakParagraph(input([run('state-of-the-art-compound-words')], { width: 80 }), fakeMeasurer(), withPatterns);
    expect(texts(r)[0]).toMatch(/-$/);
    expect(texts(r).join('')).toBe('state-of-the-art-compound-words');
  });

  test('no more than two hyphenated lines in a row', () => {
    // Narrow justified lines of long words: hyphenating every line would be tempting.
    const words = 'hyphenation international typesetting beautiful paragraphs hyphenation international typesetting beautiful paragraphs';
    for (const width of [60, 70, 80, 90, 100, 110, 120]) {
      for (const align of ['justify', 'left'] as const) {
        const r = breakParagraph(input([run(words)], { ...on, width, align }), fakeMeasurer(), withPatterns);
        let row = 0;
        for (const l of r.lines) {
          row = l.hyphenated ? row + 1 : 0;
          expect(row).toBeLessThanOrEqual(2);
        }
      }
    }
  });
});

describe('the consecutive-hyphen cap in both breakers', () => {
  // Twelve boxes of 10 on 20pt lines, a flagged (hyphen) break between every two, except
  // unflagged breaks before boxes 5 and 11. Full lines would end in five hyphens in a row;
  // with the cap, lines of one box before 5 and 11 break the rows.
  function items(): ItemList {
    const list: Item[] = [];
    for (let i = 0; i < 12; i++) {
      if (i > 0) list.push({ type: 'penalty', width: 0, penalty: 0, flagged: i !== 5 && i !== 11, hyphen: i !== 5 && i !== 11, pattern: false, pos: i });
      list.push({ type: 'box', width: 10, start: i, end: i + 1 });
    }
    list.push({ type: 'penalty', width: 0, penalty: -Infinity, flagged: false, hyphen: false, pattern: false, pos: 12 });
    return { items: list, startCorrection: new Map() };
  }
  const flaggedRows = (list: ItemList, breaks: number[]): number => {
    let row = 0;
    let max = 0;
    for (const b of breaks) {
      const it = list.items[b]!;
      row = it.type === 'penalty' && it.flagged ? row + 1 : 0;
      max = Math.max(max, row);
    }
    return max;
  };

  test('Knuth–Plass', () => {
    const list = items();
    const breaks = knuthPlass(list, { lineWidth: () => 20, tolerance: Infinity, minStretch: 1, patterns: true })!;
    expect(breaks).not.toBeNull();
    expect(flaggedRows(list, breaks)).toBeLessThanOrEqual(2);
  });

  test('first-fit', () => {
    const list = items();
    const sum = (a: number, b: number) => list.items.slice(a + 1, b).reduce((s, it) => s + (it.type === 'box' ? it.width : 0), 0);
    const breaks = firstFit(list.items, { lineWidth: () => 20, natural: sum });
    expect(flaggedRows(list, breaks)).toBeLessThanOrEqual(2);
  });
});
