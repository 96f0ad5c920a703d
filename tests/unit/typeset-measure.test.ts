import { fakeMeasurer } from '../helpers/fake-measurer.js';
import { doc, group, item, lines, list, para, row, rule, run, spacer, TEST_PAGE, texts, typeset } from '../helpers/typeset-docs.js';
import type { RuleItem, TextItem } from '../../src/typeset/types.js';

// Hand arithmetic: 10 pt text in a 12 pt slot has 1 pt half-leading above and
// below, so a baseline sits 1 + 8 = 9 pt below its slot top; the content area
// starts at y = 20, x = 20.
const m = fakeMeasurer();
const at = (t: TextItem) => [t.text, t.x, t.y];

describe('typesetDocument: paragraphs', () => {
  test('first baseline is slot top + half-leading + ascent; lines are `leading` apart', () => {
    const tree = typeset(doc([lines(2)]), m, TEST_PAGE);
    expect(texts(tree, 1).map((t) => t.y)).toEqual([29, 41]);
    expect(texts(tree, 1)[0]!.x).toBe(20);
  });

  test('spaceAfter and spaceBefore collapse to their maximum; spaceBefore is dropped at the page top', () => {
    const tree = typeset(doc([para('One', { spaceBefore: 30, spaceAfter: 6 }), para('Two', { spaceBefore: 4 })]), m, TEST_PAGE);
    expect(texts(tree, 1).map(at)).toEqual([['One', 20, 29], ['Two', 20, 29 + 12 + 6]]);
  });

  test('a group margin collapses with its first child; spacers add to the collapsed margin', () => {
    const tree = typeset(doc([
      para('One', { spaceAfter: 3 }),
      group([para('Two', { spaceBefore: 5 })], { spaceBefore: 4, spaceAfter: 2 }),
      spacer(10),
      para('Three', { spaceBefore: 1 }),
    ]), m, TEST_PAGE);
    expect(texts(tree, 1).map((t) => t.y)).toEqual([29, 29 + 12 + 5, 29 + 24 + 5 + 2 + 10]);
  });

  test('indent shifts every line, hangingIndent the lines after the first', () => {
    const tree = typeset(doc([lines(3, 'a', { indent: 4, hangingIndent: 6 })]), m, TEST_PAGE);
    // 28 - 4 = 150 pt = 30 chars on line 1: three 7-letter words per line now.
    const xs = texts(tree, 1).map((t) => t.x);
    expect(xs[0]).toBe(24);
    expect(new Set(xs.slice(1))).toEqual(new Set([30]));
  });

  test('a line with a larger face grows its slot instead of overlapping', () => {
    const tree = typeset(doc([para([run('Big', { size: 20 })]), para('small')]), m, TEST_PAGE);
    // 20 pt text: ascent 16 + descent 4 = 20 > leading 12, so the slot is 20 tall.
    expect(texts(tree, 1).map((t) => t.y)).toEqual([36, 20 + 20 + 9]);
  });
});

describe('typesetDocument: rows', () => {
  test('the right side sits flush right on the left side first baseline', () => {
    const tree = typeset(doc([row('Title', '2020')]), m, TEST_PAGE);
    expect(texts(tree, 1).map(at)).toEqual([['Title', 20, 29], ['2020', 160, 29]]);
  });

  test('the left side wraps in width - right - gap on its first line and the full width after', () => {
    // 26 characters fit beside "2020" + 10 pt gap: 130 / 5.
    const left = 'aaaaaaaaaa bbbbbbbbbb ccccc dddddddddd';
    const tree = typeset(doc([row(left, '2020')]), m, TEST_PAGE);
    const t = texts(tree, 1);
    expect(t.map((x) => x.text)).toEqual(['aaaaaaaaaa bbbbbbbbbb', 'ccccc dddddddddd', '2020']);
    expect(t.map((x) => x.y)).toEqual([29, 41, 29]);
  });
});

describe('typesetDocument: lists', () => {
  test('labels sit in the label column on the baseline of the body first line', () => {
    const first = para('aaaaaaaaaa bbbbbbbbbb cccccccccc'); // 31 chars: wraps in the 28-char body
    const tree = typeset(doc([list([item('•', first), item('•', para('Second'))], { itemGap: 3 })]), m, TEST_PAGE);
    expect(texts(tree, 1).map(at)).toEqual([
      ['•', 25, 29], ['aaaaaaaaaa bbbbbbbbbb', 40, 29], ['cccccccccc', 40, 41], ['•', 25, 29 + 24 + 3], ['Second', 40, 29 + 24 + 3],
    ]);
  });

  test('right-aligned labels end at the label column edge', () => {
    const tree = typeset(doc([list([item('1.', para('One')), item('9.', para('Nine'))], { labelAlign: 'right' })]), m, TEST_PAGE);
    const labels = texts(tree, 1).filter((x) => x.text.endsWith('.'));
    expect(labels.map((l) => l.x + l.width)).toEqual([40, 40]);
    // "10." fills the 15 pt column: the column (and the labels' edge) moves out by the quarter em it lacks.
    const wider = typeset(doc([list([item('1.', para('One')), item('10.', para('Ten'))], { labelAlign: 'right' })]), m, TEST_PAGE);
    expect(texts(wider, 1).filter((x) => x.text.endsWith('.')).map((l) => l.x + l.width)).toEqual([42.5, 42.5]);
  });

  test('a label wider than its column widens the column of the whole list, with a quarter em to spare', () => {
    // "[C100]" is 6 chars = 30 pt at 10 pt: the column becomes 30 + 2.5, for "[1]" too; no label touches its body.
    const tree = typeset(doc([list([item('[1]', para('One')), item('[C100]', para('Two'))])]), m, TEST_PAGE);
    const t = texts(tree, 1);
    expect(t.map((x) => [x.text, x.x])).toEqual([['[1]', 25], ['One', 57.5], ['[C100]', 25], ['Two', 57.5]]);
    const wide = t.find((x) => x.text === '[C100]')!;
    expect(wide.x + wide.width).toBeLessThan(57.5);
  });

  test('bodies are narrowed by indent + labelWidth', () => {
    // 160 - 20 = 140 pt = 28 chars: three 7-letter words per line.
    const tree = typeset(doc([list([item('•', lines(1))])]), m, TEST_PAGE);
    expect(texts(tree, 1).map((t) => t.text)).toEqual(['•', 'a000000 a000001 a000002', 'a000003']);
  });
});

describe('typesetDocument: rules', () => {
  test('a rule spans the column, centred in its own height between its margins', () => {
    const tree = typeset(doc([para('A', { spaceAfter: 2 }), rule({ thickness: 2, spaceBefore: 4, spaceAfter: 4 }), para('B')]), m, TEST_PAGE);
    const r = tree.pages[0]!.items.find((i): i is RuleItem => i.kind === 'rule')!;
    expect(r).toEqual({ kind: 'rule', x: 20, y: 20 + 12 + 4 + 1, width: 160, thickness: 2, color: '#888888' });
    expect(texts(tree, 1)[1]!.y).toBe(20 + 12 + 4 + 2 + 4 + 9);
  });
});
