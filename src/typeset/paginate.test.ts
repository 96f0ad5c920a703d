import { BreakCost, type KeepRange } from './measured.js';
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
    expect(paginate([], [], 100)).toEqual({ placements: [], pageCount: 1, continues: [-1] });
  });

  describe('an entry that may split (page fill)', () => {
    // A page of 100: a short item, then an entry of a 10 high head and eight 10 high bullets.
    const entry = (): PaginateItem[] => [box(40), box(10), box(10), ...Array.from({ length: 8 }, () => box(10))];
    const keeps: KeepRange[] = []; // the split range keeps the entry together
    const split = { first: 1, last: 10, from: 3, cueHeight: 12 };

    test('moved whole when the page would end no more than maxShortfall early', () => {
      const r = paginate(entry(), keeps, 100, { splits: [split], maxShortfall: 60 });
      expect(r.placements.map((p) => p.page)).toEqual([0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]);
      expect(r.continues).toEqual([-1, -1]);
    });

    test('split at its last bullet that fits when moving it whole would leave more room than that', () => {
      const r = paginate(entry(), keeps, 100, { splits: [split], maxShortfall: 30 });
      // 40 + head 20 + four bullets fill the page; the next page opens with the 12 high cue.
      expect(r.placements.map((p) => p.page)).toEqual([0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1]);
      expect(r.continues).toEqual([-1, 0]);
      expect(r.placements[7]).toEqual({ page: 1, y: 12 });
    });

    test('never inside its head or right after it, and never with fewer than two items on either side', () => {
      // Only the head fits: it never ends a page without a first bullet, so the entry moves whole.
      const tall = [box(75), box(10), box(10), ...Array.from({ length: 8 }, () => box(10))];
      expect(paginate(tall, keeps, 100, { splits: [split], maxShortfall: 10 }).placements[1]!.page).toBe(1);
      // Seven of eight bullets would fit: it breaks before the last two, not the last one.
      const short = [box(10), box(10), box(10), ...Array.from({ length: 8 }, () => box(10))];
      const r = paginate([...short, box(200)], [], 100, { splits: [split], maxShortfall: 0 });
      expect(r.placements.slice(9, 11).map((p) => p.page)).toEqual([1, 1]);
    });

    test('an entry taller than a page splits where free and each page it continues on opens with its cue', () => {
      const long = [box(10), ...Array.from({ length: 30 }, () => box(10))];
      const r = paginate(long, [], 100, { splits: [{ first: 0, last: 30, from: 1, cueHeight: 10 }], maxShortfall: 0 });
      expect(r.pageCount).toBe(4);
      expect(r.continues).toEqual([-1, 0, 0, 0]);
      expect(r.placements.filter((p) => p.page === 1).map((p) => p.y)[0]).toBe(10);
    });
  });
});
