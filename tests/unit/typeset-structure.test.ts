import { fakeMeasurer } from '../helpers/fake-measurer.js';
import { doc, group, heading, item, lines, list, para, row, run, shape, TEST_PAGE, typeset } from '../helpers/typeset-docs.js';
import type { LinkItem, PageItem, TextItem } from '../../src/typeset/types.js';

const m = fakeMeasurer();
const isText = (i: PageItem): i is TextItem => i.kind === 'text';
const isLink = (i: PageItem): i is LinkItem => i.kind === 'link';

const entryDoc = doc([
  group([
    heading('Experience'),
    group([
      row([run('Engineer at '), run('Acme', { link: 'https://acme.example' })], '2020'),
      list([item('•', para([run('See '), run('docs', { link: 'https://docs.example' }), run(' now')]))]),
    ], { keepTogether: true }),
  ], { role: 'Sect', bookmark: { title: 'Experience', level: 1 } }),
]);

describe('typesetDocument: structure', () => {
  const tree = typeset(entryDoc, m, TEST_PAGE);

  test('the tree follows reading order with ids assigned in document order', () => {
    expect(shape(tree.structure)).toBe(
      'Document#0(Sect#1(H2#2,Div#3(Div#4(P#5(Link#6),P#7),L#8(LI#9(Lbl#10,LBody#11(P#12(Link#13)))))))',
    );
    const link = tree.structure.children[0]!.children[1]!.children[0]!.children[0]!.children[0]!;
    expect(link).toEqual({ id: 6, role: 'Link', href: 'https://acme.example', children: [] });
  });

  test('page items come in reading order and point at their innermost node', () => {
    const items = tree.pages[0]!.items.filter(isText).map((t) => [t.text.trim(), t.struct]);
    expect(items).toEqual([
      ['Experience', 2], ['Engineer at', 5], ['Acme', 6], ['2020', 7], ['•', 10], ['See', 12], ['docs', 13], ['now', 12],
    ]);
  });

  test('the page tree is plain JSON data and the same input gives the same tree', () => {
    expect(JSON.parse(JSON.stringify(tree))).toEqual(tree);
    expect(typeset(entryDoc, m, TEST_PAGE)).toEqual(tree);
  });
});

describe('typesetDocument: links', () => {
  test('a link rectangle covers exactly the text box of the linked text', () => {
    const tree = typeset(entryDoc, m, TEST_PAGE);
    const links = tree.pages[0]!.items.filter(isLink);
    // "Engineer at " is 12 chars (60 pt); the row baseline is the second line's: 41.
    expect(links[0]).toEqual({ kind: 'link', x: 80, y: 41 - 8, width: 20, height: 10, href: 'https://acme.example', struct: 6 });
    expect(links.map((l) => [l.href, l.struct])).toEqual([['https://acme.example', 6], ['https://docs.example', 13]]);
  });

  test('a link that wraps gets one rectangle per line and one Link node', () => {
    const tree = typeset(doc([para([run('aaaa bbbb cccc dddd eeee '), run('ffff gggg hhhh', { link: 'mailto:x@y.example' })])]), m, TEST_PAGE);
    const items = tree.pages[0]!.items;
    const links = items.filter(isLink);
    expect(links).toHaveLength(2);
    expect(shape(tree.structure)).toBe('Document#0(P#1(Link#2))');
    for (const l of links) {
      const linked = items.filter(isText).filter((t) => t.struct === 2 && t.y - 8 === l.y);
      const left = Math.min(...linked.map((t) => t.x));
      const right = Math.max(...linked.map((t) => t.x + t.width));
      expect(l).toEqual({ kind: 'link', x: left, y: linked[0]!.y - 8, width: right - left, height: 10, href: 'mailto:x@y.example', struct: 2 });
    }
    expect(links[1]!.x).toBe(20);
    expect(links[1]!.y - links[0]!.y).toBe(12);
  });
});

describe('typesetDocument: outline', () => {
  test('bookmarks nest by level and point at the page and y where their group starts', () => {
    const tree = typeset(doc([
      group([
        heading('Publications'),
        group([lines(6, 'j')], { bookmark: { title: 'Journal', level: 2 } }),
        group([lines(6, 'c')], { bookmark: { title: 'Conference', level: 2 } }),
      ], { role: 'Sect', bookmark: { title: 'Publications', level: 1 } }),
      group([heading('Talks', { spaceBefore: 10 }), lines(2, 't')], { role: 'Sect', bookmark: { title: 'Talks', level: 1 } }),
    ]), m, TEST_PAGE);
    expect(tree.outline).toEqual([
      { title: 'Publications', page: 1, y: 20, children: [
        { title: 'Journal', page: 1, y: 32, children: [] },
        { title: 'Conference', page: 1, y: 104, children: [] },
      ] },
      { title: 'Talks', page: 2, y: 20, children: [] },
    ]);
  });
});

describe('typesetDocument: missing glyphs', () => {
  test('characters no font has are reported once per character and font', () => {
    const withMacron = fakeMeasurer([0x101]);
    const tree = typeset(doc([
      para('Tā one'), para('Tā two'), para([run('Bā', { font: 'serif-bold' })]),
    ]), withMacron, TEST_PAGE);
    expect(tree.missingGlyphs).toEqual([
      { char: 'ā', codePoint: 0x101, font: 'serif' },
      { char: 'ā', codePoint: 0x101, font: 'serif-bold' },
    ]);
  });
});

