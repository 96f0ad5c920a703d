import { BreakCost } from './measured.js';
import { paginate, type PaginateItem } from './paginate.js';

const box = (height: number, gapBefore = 0, breakBefore: number = BreakCost.free): PaginateItem => ({ height, gapBefore, breakBefore });

describe('paginate', () => {
  test('fills a page until the next item would cross its bottom', () => {
    const r = paginate([box(40), box(40, 10), box(40, 10), box(40, 10)], [], 150);
    expect(r.pageCount).toBe(2);
    expect(r.placements).toEqual([{ page: 0, y: 0 }, { page: 0, y: 50 }, { page: 0, y: 100 }, { page: 1, y: 0 }]);
  });

  test('drops the gap above the first item of a page', () => {
    const r = paginate([box(100), box(40, 30)], [], 150);
    expect(r.placements[1]).toEqual({ page: 1, y: 0 });
  });

  test('takes the cheapest break on the page, the latest among equals', () => {
    const costly = [box(30), box(30), box(30, 0, BreakCost.widow), box(30, 0, BreakCost.widow)];
    expect(paginate(costly, [], 100).placements.map((p) => p.page)).toEqual([0, 1, 1, 1]);
    const free = [box(30), box(30), box(30), box(30)];
    expect(paginate(free, [], 100).placements.map((p) => p.page)).toEqual([0, 0, 0, 1]);
  });

  test('a keep range that fits a page moves whole; one that does not splits where free', () => {
    const items = [box(50), box(50), box(50), box(50)];
    expect(paginate(items, [{ first: 1, last: 2 }], 120).placements.map((p) => p.page)).toEqual([0, 1, 1, 2]);
    expect(paginate(items, [{ first: 1, last: 3 }], 120).placements.map((p) => p.page)).toEqual([0, 0, 1, 1]);
  });

  test('an item taller than a page gets a page of its own', () => {
    expect(paginate([box(10), box(500), box(10)], [], 100).placements.map((p) => p.page)).toEqual([0, 1, 2]);
  });

  test('no items still make one page', () => {
    expect(paginate([], [], 100)).toEqual({ placements: [], pageCount: 1 });
  });
});
