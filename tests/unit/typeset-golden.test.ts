import { expectGoldenSet } from '../helpers/golden.js';
import { fakeMeasurer } from '../helpers/fake-measurer.js';
import { doc, group, heading, item, lines, list, para, row, rule, run, spacer, TEST_PAGE, typeset } from '../helpers/typeset-docs.js';

const m = fakeMeasurer();

/** One entry on one page: heading, rule, a row with a link and a right-hand date, bullets. */
const entry = doc([
  group([
    heading('Experience', { role: 'H2', spaceAfter: 2 }),
    rule({ thickness: 0.5, spaceAfter: 4 }),
    group([
      row([run('Research Engineer, '), run('Acme Labs', { link: 'https://acme.example', font: 'serif-italic' })], '2019 – now'),
      list([
        item('•', para('Built the typesetter that lays out this very page.')),
        item('•', para([run('Wrote '), run('docs', { link: 'https://docs.example' }), run('.')])),
      ], { itemGap: 2, spaceBefore: 2 }),
    ], { keepTogether: true, spaceBefore: 4 }),
  ], { role: 'Sect', bookmark: { title: 'Experience', level: 1 } }),
]);

/** Two sections over two pages with header, page numbers, numbered list and nested bookmarks. */
const multipage = doc([
  para([run('Jane Doe', { size: 16 })], { role: 'H1', leading: 20, align: 'center', spaceAfter: 6 }),
  para([run('jane@example.org', { link: 'mailto:jane@example.org', noHyphenate: true })], { align: 'center' }),
  group([
    heading('Publications', { spaceBefore: 10, spaceAfter: 4 }),
    group([
      list([
        item('[1]', lines(3, 'p')),
        item('[2]', lines(4, 'q')),
        item('[10]', lines(2, 'r')),
      ], { labelAlign: 'right', labelWidth: 25, indent: 0, itemGap: 3 }),
    ], { bookmark: { title: 'Journal', level: 2 } }),
  ], { role: 'Sect', bookmark: { title: 'Publications', level: 1 } }),
  spacer(8),
  group([
    heading('Talks', { spaceAfter: 4 }),
    group([row('A talk with a long title that wraps over two lines', 'Mar 2021'), lines(2, 't')], { keepTogether: true }),
  ], { role: 'Sect', bookmark: { title: 'Talks', level: 1 } }),
], {
  header: { runs: [run('Jane Doe — CV', { size: 8 })], fromPage: 2, rule: { thickness: 0.5, color: '#999999' } },
  pageNumbers: { font: 'serif', size: 8, color: '#555555' },
});

describe('typesetDocument golden page trees', () => {
  test('every golden file under tests/golden/typeset matches (UPDATE_GOLDEN=1 rewrites them)', () => {
    const trees = { entry: typeset(entry, m, TEST_PAGE), multipage: typeset(multipage, m, TEST_PAGE) };
    // Publication [2] does not fit under [1] and moves whole to page 2 (list items keep together).
    expect(trees.multipage.pages).toHaveLength(3);
    expectGoldenSet('typeset', trees);
  });
});
