/**
 * A giant paragraph (more than GIANT_ITEMS items) keeps one active node per
 * break and count of hyphens in a row, not one per fitness class too: words
 * cut every two characters put dozens of breaks in reach of each line, and
 * four classes made four times the nodes, each visited at every later break.
 */
import { GIANT_ITEMS, knuthPlass } from './knuth-plass.js';
import { FORCED } from './items.js';
import type { Item, ItemList } from './types.js';

/** `words` words of 20 two-unit pieces, each piece a possible (unflagged) break, a stretchable space between words. */
function cutWords(words: number): ItemList {
  const items: Item[] = [];
  let at = 0;
  for (let w = 0; w < words; w++) {
    if (w > 0) items.push({ type: 'glue', width: 3, stretch: 1.5, shrink: 1, pos: at++ });
    for (let p = 0; p < 20; p++) {
      if (p > 0) items.push({ type: 'penalty', width: 0, penalty: 50, flagged: false, hyphen: false, pattern: false, pos: at });
      items.push({ type: 'box', width: 2 + (((w * 7 + p) % 5) * 0.3), start: at, end: at + 2 });
      at += 2;
    }
  }
  items.push({ type: 'glue', width: 0, stretch: 1e6, shrink: 0, pos: at });
  items.push({ type: 'penalty', width: 0, penalty: FORCED, flagged: false, hyphen: false, pattern: false, pos: at });
  return { items, startCorrection: new Map() };
}

const breaksIn = (list: ItemList) => list.items.filter((it, i) => it.type === 'penalty' || (it.type === 'glue' && list.items[i - 1]?.type === 'box')).length;

describe('Knuth–Plass on a giant paragraph', () => {
  const options = { lineWidth: () => 100, tolerance: 10, minStretch: 1, patterns: true };

  test('makes at most one node per break and count of hyphens in a row', () => {
    const list = cutWords(Math.ceil(GIANT_ITEMS / 40) + 10);
    expect(list.items.length).toBeGreaterThan(GIANT_ITEMS);
    const stats = { nodes: 0 };
    const breaks = knuthPlass(list, { ...options, stats });
    expect(breaks).not.toBeNull();
    // Unflagged breaks only: one node each at most.
    expect(stats.nodes).toBeLessThanOrEqual(breaksIn(list));
  });

  test('a paragraph under the size keeps every fitness class, as TeX does', () => {
    const list = cutWords(200);
    const stats = { nodes: 0 };
    expect(knuthPlass(list, { ...options, stats })).not.toBeNull();
    expect(stats.nodes).toBeGreaterThan(breaksIn(list));
  });

  test('every line of the giant paragraph still fits its width, within the tolerance', () => {
    const list = cutWords(Math.ceil(GIANT_ITEMS / 40) + 10);
    const breaks = knuthPlass(list, options)!;
    let from = 0;
    breaks.forEach((b, line) => {
      while (list.items[from]?.type !== 'box') from++; // a line starts at its first box
      let natural = 0;
      let stretch = 0;
      let shrink = 0;
      for (let i = from; i < b; i++) {
        const it = list.items[i]!;
        if (it.type === 'penalty') continue;
        natural += it.width;
        if (it.type === 'glue') (stretch += it.stretch), (shrink += it.shrink);
      }
      expect(natural - shrink).toBeLessThanOrEqual(100 + 1e-9);
      if (line < breaks.length - 1) expect(natural + Math.max(stretch, 1) * 10).toBeGreaterThanOrEqual(100 - 1e-9);
      from = b + 1;
    });
  });
});
