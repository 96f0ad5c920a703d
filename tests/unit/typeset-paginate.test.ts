import { ASCENT, DESCENT, fakeMeasurer } from '../helpers/fake-measurer.js';
import { doc, group, heading, lines, list, item, pageOf, para, row, run, spacer, structIds, TEST_PAGE, texts, typeset } from '../helpers/typeset-docs.js';
import type { Block } from '../../src/compose/types.js';
import type { PageTree, TextItem } from '../../src/typeset/types.js';

// TEST_PAGE holds 13 lines of 12 pt (156 of 160 pt).
const m = fakeMeasurer();
const lineCounts = (tree: PageTree) => tree.pages.map((p) => texts(tree, p.number).length);

describe('typesetDocument: pagination', () => {
  test('a keep-together group that does not fit the rest of the page moves to the next one', () => {
    const tree = typeset(doc([lines(8, 'a'), group([lines(3, 'b'), lines(3, 'c')], { keepTogether: true })]), m, TEST_PAGE);
    expect(lineCounts(tree)).toEqual([8, 6]);
    expect(texts(tree, 2)[0]!.y).toBe(29);
  });

  test('a list item (a publication) that does not fit the rest of the page moves whole to the next one', () => {
    const tree = typeset(doc([lines(8, 'a'), list([item('[2]', lines(1, 'x')), item('[1]', lines(4, 'b'))])]), m, TEST_PAGE);
    // Item [1] would fit only in part under [2]; it moves whole, with its label.
    expect(pageOf(tree, '[2]')).toBe(1);
    expect(pageOf(tree, '[1]')).toBe(2);
    expect(texts(tree, 1).some((t) => t.text.startsWith('b'))).toBe(false);
    const without = typeset(doc([lines(8, 'a'), lines(1, 'x'), lines(4, 'b')]), m, TEST_PAGE);
    expect(pageOf(without, 'b000000')).toBe(1); // plain paragraphs would have split
  });

  test('without keepTogether the same content fills the page', () => {
    const tree = typeset(doc([lines(8, 'a'), group([lines(3, 'b'), lines(3, 'c')])]), m, TEST_PAGE);
    expect(lineCounts(tree)).toEqual([11, 3]);
  });

  test('a keep-together group taller than a page splits cleanly between blocks', () => {
    const tree = typeset(doc([group([lines(6, 'a'), lines(6, 'b'), lines(6, 'c')], { keepTogether: true })]), m, TEST_PAGE);
    // Line 13 would be the first line of "c" alone: an orphan, so the break comes before "c".
    expect(lineCounts(tree)).toEqual([12, 6]);
    expect(pageOf(tree, 'c000000')).toBe(2);
  });

  test('a heading is never the last line of a page: it moves with the first lines that follow', () => {
    const tree = typeset(doc([lines(12, 'a'), heading('Heading'), lines(4, 'b')]), m, TEST_PAGE);
    expect(pageOf(tree, 'Heading')).toBe(2);
    expect(texts(tree, 2).map((t) => t.text.slice(0, 7))).toEqual(['Heading', 'b000000', 'b000004', 'b000008', 'b000012']);
  });

  test('a heading followed by a keep-together entry moves with the entry', () => {
    const entry = group([row('Entry', '2020'), lines(3, 'b')], { keepTogether: true });
    const tree = typeset(doc([lines(9, 'a'), heading('Heading'), entry]), m, TEST_PAGE);
    expect(pageOf(tree, 'Heading')).toBe(2);
    expect(lineCounts(tree)).toEqual([9, 6]);
  });

  test('a heading followed by a long paragraph keeps at least its first two lines', () => {
    const tree = typeset(doc([lines(10, 'a'), heading('Heading'), lines(6, 'b')]), m, TEST_PAGE);
    // Heading + 2 lines fit on page 1 (13 lines).
    expect(pageOf(tree, 'Heading')).toBe(1);
    expect(lineCounts(tree)).toEqual([13, 4]);
  });

  test('no orphan: a paragraph that could leave only its first line starts on the next page', () => {
    const tree = typeset(doc([lines(12, 'a'), lines(10, 'b')]), m, TEST_PAGE);
    expect(lineCounts(tree)).toEqual([12, 10]);
  });

  test('no widow: the break moves up so that two lines go over', () => {
    const tree = typeset(doc([lines(7, 'a'), lines(7, 'b')]), m, TEST_PAGE);
    expect(lineCounts(tree)).toEqual([12, 2]);
  });

  test('a paragraph of fewer than 4 lines is never split', () => {
    const tree = typeset(doc([lines(11, 'a'), lines(3, 'b')]), m, TEST_PAGE);
    expect(lineCounts(tree)).toEqual([11, 3]);
  });

  test('a row first line stays with its right side', () => {
    const left = Array.from({ length: 8 }, () => 'aaaaaaaaa').join(' ');
    const tree = typeset(doc([lines(12, 'z'), row(left, '2020')]), m, TEST_PAGE);
    expect(pageOf(tree, '2020')).toBe(2);
    const p2 = texts(tree, 2);
    expect(p2.find((t) => t.text === '2020')!.y).toBe(p2[0]!.y);
  });

  test('a spacer at the top of a page is dropped', () => {
    const tree = typeset(doc([lines(13, 'a'), spacer(30), para('Next', { spaceBefore: 8 })]), m, TEST_PAGE);
    expect(texts(tree, 2).map((t) => [t.text, t.y])).toEqual([['Next', 29]]);
  });
});

/** A deterministic mix of blocks; `k` varies sizes and kinds without any randomness. */
function generated(k: number): Block[] {
  const body: Block[] = [];
  for (let s = 0; s < 3 + (k % 3); s++) {
    const entries: Block[] = [];
    for (let e = 0; e < 2 + ((k + s) % 4); e++) {
      const n = 1 + ((k * 7 + s * 3 + e * 5) % 9);
      entries.push(group([
        row(`Entry ${s}.${e} with a title long enough to wrap`, '2019 – 2021'),
        lines(n, String.fromCharCode(97 + ((s + e) % 26)), { spaceBefore: (e % 3) * 2 }),
        ...(e % 2 === 0 ? [list([item('•', para('One bullet point that wraps onto a second line')), item('•', lines(2, 'q'))], { itemGap: 2 })] : []),
      ], { keepTogether: true, spaceBefore: 6 }));
    }
    body.push(group([heading(`Section ${s}`, { spaceBefore: 10, spaceAfter: 4 }), ...entries], { role: 'Sect', bookmark: { title: `S${s}`, level: 1 } }));
    if (k % 2 === 1) body.push(spacer(7));
  }
  return body;
}

describe('typesetDocument: page fill, cues and runts', () => {
  const FILL = { ...TEST_PAGE, fill: { maxShortfall: 36, gapStretch: 0 } }; // three 12 pt lines, gaps as they are
  // Lines per page: a bullet and its label share one.
  const rows = (tree: PageTree) => tree.pages.map((p) => new Set(texts(tree, p.number).map((t) => t.y)).size);
  // An entry: a title line, then a list of one-line bullets.
  const entry = (title: string, bullets: number, continued = true): Block =>
    group([para(title), list(Array.from({ length: bullets }, (_, i) => item('*', para(`bullet ${i}`))))], {
      keepTogether: true,
      ...(continued ? { continued: { cue: [run(`${title} (continued)`)], from: 1 } } : {}),
    });

  test('an entry that would leave more than three lines empty splits between bullets, the new page opening with its cue', () => {
    const tree = typeset(doc([lines(5, 'a'), entry('Engine', 10)]), m, FILL);
    expect(rows(tree)).toEqual([13, 3]);
    const cue = tree.pages[1]!.items.find((i): i is TextItem => i.kind === 'text' && i.text === 'Engine (continued)');
    expect(cue?.struct).toBe('artifact');
    expect(cue!.y).toBeLessThan(texts(tree, 2)[0]!.y);
    // Without the cue and the split point, the same entry moves whole.
    expect(rows(typeset(doc([lines(5, 'a'), entry('Engine', 10, false)]), m, FILL))).toEqual([5, 11]);
  });

  test('an entry whose move leaves at most three lines empty moves whole', () => {
    expect(rows(typeset(doc([lines(11, 'a'), entry('Engine', 3)]), m, FILL))).toEqual([11, 4]);
  });

  test('a legend kept with the block before it does not open a page alone', () => {
    const legend = para('* Equal contribution.', { keepWithPrevious: true });
    const tree = typeset(doc([lines(13, 'a'), legend]), m, TEST_PAGE);
    expect(pageOf(tree, '* Equal')).toBe(2);
    expect(lineCounts(tree)).toEqual([11, 3]);
  });

  test('a ragged title does not end in one word when a re-break moves one more down', () => {
    const title = para('a000000 a000001 a000002 a000003 zz');
    const tree = typeset(doc([title]), m, TEST_PAGE);
    expect(texts(tree, 1).map((t) => t.text.trim())).toEqual(['a000000 a000001 a000002', 'a000003 zz']);
    // Justified prose is left to Knuth-Plass.
    const prose = typeset(doc([para('a000000 a000001 a000002 a000003 zz', { align: 'justify' })]), m, TEST_PAGE);
    expect(texts(prose, 1).at(-1)!.text.trim()).toBe('zz');
  });
});

describe('typesetDocument: invariants over generated documents', () => {
  const bottom = TEST_PAGE.height - TEST_PAGE.margins.bottom;
  for (let k = 0; k < 12; k++) {
    test(`document ${k}: nothing leaves the content area, every line is kept once, headings are not last, ids are dense`, () => {
      const tree = typeset(doc(generated(k)), m, TEST_PAGE);
      const all: TextItem[] = tree.pages.flatMap((p) => texts(tree, p.number));
      for (const t of all) {
        expect(t.y + DESCENT * t.size).toBeLessThanOrEqual(bottom + 1e-9);
        expect(t.y - ASCENT * t.size).toBeGreaterThanOrEqual(TEST_PAGE.margins.top - 1e-9);
        expect(t.x + t.width).toBeLessThanOrEqual(TEST_PAGE.width - TEST_PAGE.margins.right + 1e-9);
      }
      // Nothing lost or duplicated: the same typesetting on one endless page has the same text.
      const tall = typeset(doc(generated(k)), m, { ...TEST_PAGE, height: 100000 });
      expect(all.map((t) => t.text)).toEqual(texts(tall, 1).map((t) => t.text));
      const ids = structIds(tree.structure);
      expect(ids).toEqual(ids.map((_, i) => i));
      expect(all.every((t) => typeof t.struct === 'number' && t.struct < ids.length)).toBe(true);
      for (const p of tree.pages.slice(0, -1)) {
        const last = texts(tree, p.number).at(-1)!;
        expect(last.text.startsWith('Section')).toBe(false);
      }
    });
  }
});
