import { fakeMeasurer } from '../helpers/fake-measurer.js';
import { doc, lines, run, TEST_PAGE, texts, typeset } from '../helpers/typeset-docs.js';
import type { PageItem, TextItem } from '../../src/typeset/types.js';

const m = fakeMeasurer();
const artifacts = (items: PageItem[]) => items.filter((i) => i.kind === 'rule' || (i.kind === 'text' && i.struct === 'artifact'));

describe('typesetDocument: page furniture', () => {
  // 13 + 13 + 4 lines: three pages.
  const body = [lines(13, 'a'), lines(13, 'b'), lines(4, 'c')];
  const furniture = {
    header: { runs: [run('Jane Doe', { size: 8 })], fromPage: 2, rule: { thickness: 0.5, color: '#999999' } },
    pageNumbers: { font: 'serif', size: 8, color: '#555555' },
  };
  const tree = typeset(doc(body, furniture), m, TEST_PAGE);

  test('the running header starts on page `fromPage` and sits in the top margin with its rule', () => {
    expect(tree.pages).toHaveLength(3);
    expect(artifacts(tree.pages[0]!.items).map((i) => (i.kind === 'text' ? i.text : i.kind))).toEqual(['1 / 3']);
    const [name, line] = artifacts(tree.pages[1]!.items);
    // Header block: an 8 pt line in a 9.6 pt slot, then 3 pt gap and 0.5 pt rule, centred in the 20 pt margin.
    expect(name).toMatchObject({ kind: 'text', text: 'Jane Doe', x: 20, struct: 'artifact' });
    expect((name as TextItem).y).toBeCloseTo(3.45 + 0.8 + 6.4);
    expect(line).toMatchObject({ kind: 'rule', x: 20, width: 160, thickness: 0.5, color: '#999999' });
    expect(line!.y).toBeCloseTo(12.25 + 3 + 0.25);
    expect(line!.y + 0.25).toBeLessThan(TEST_PAGE.margins.top);
  });

  test('page numbers "n / N" are centred in the bottom margin on every page', () => {
    const numbers = tree.pages.map((p) => p.items.at(-1) as TextItem);
    expect(numbers.map((n) => n.text)).toEqual(['1 / 3', '2 / 3', '3 / 3']);
    // "2 / 3" is 5 chars × 4 pt = 20 pt wide, centred on the 160 pt column; its 8 pt box centred in the 20 pt margin.
    expect(numbers[1]).toMatchObject({ x: 90, width: 20, struct: 'artifact', font: 'serif', size: 8, color: '#555555' });
    expect(numbers[1]!.y).toBeCloseTo(180 + 6 + 6.4);
  });

  test('furniture does not move content', () => {
    const bare = typeset(doc(body), m, TEST_PAGE);
    expect(texts(tree, 2)).toEqual(texts(bare, 2));
    expect(bare.pages.every((p) => artifacts(p.items).length === 0)).toBe(true);
  });

  test('a running header too long for one line is cut to one line ending in "…" and stays inside the top margin', () => {
    const name = Array.from({ length: 90 }, (_, i) => `Name${i}`).join(' ');
    const long = typeset(doc(body, { ...furniture, header: { ...furniture.header, runs: [run(name, { size: 8 })] } }), m, TEST_PAGE);
    const header = artifacts(long.pages[1]!.items).filter((i) => i.y < TEST_PAGE.margins.top);
    const textItems = header.filter((i): i is TextItem => i.kind === 'text');
    expect(new Set(textItems.map((t) => t.y)).size).toBe(1);
    const shown = textItems.map((t) => t.text).join('');
    expect(shown.endsWith('\u2026')).toBe(true);
    expect(name.startsWith(shown.slice(0, -1).trimEnd())).toBe(true);
    for (const t of textItems) {
      expect(t.y - 8).toBeGreaterThanOrEqual(0);
      expect(t.x + t.width).toBeLessThanOrEqual(TEST_PAGE.width - TEST_PAGE.margins.right + 1e-6);
    }
    const rule = header.find((i) => i.kind === 'rule')!;
    expect(rule.y).toBeLessThan(TEST_PAGE.margins.top);
  });

  test('one huge word in the running header is cut at a character, not left overfull', () => {
    const long = typeset(doc(body, { ...furniture, header: { ...furniture.header, runs: [run('x'.repeat(500), { size: 8 })] } }), m, TEST_PAGE);
    const textItems = artifacts(long.pages[1]!.items).filter((i): i is TextItem => i.kind === 'text' && i.y < TEST_PAGE.margins.top);
    expect(textItems).toHaveLength(1);
    expect(textItems[0]!.text).toMatch(/^x+\u2026$/);
    expect(textItems[0]!.x + textItems[0]!.width).toBeLessThanOrEqual(TEST_PAGE.width - TEST_PAGE.margins.right + 1e-6);
  });
});
