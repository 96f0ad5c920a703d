import type { PageTree } from '../../src/typeset/types.js';
import type { Selected } from '../../src/select/types.js';
import type { ComposeParams } from '../../src/compose/theme.js';
import { fitToBudget } from '../../src/typeset/fit.js';
import { selectContent } from '../../src/select/index.js';
import { tinyCv, tinyLayout } from '../helpers/tiny-cv.js';

/** A stand-in typesetter: every entry and highlight is one unit of height, scaled by size and spacing. */
function fakeRender(capacity: number) {
  const calls: ComposeParams[] = [];
  const render = (selected: Selected, params: ComposeParams): PageTree => {
    calls.push(params);
    const units = selected.sections.reduce((n, s) => n + s.entries.reduce((m, e) => m + 1 + e.highlights.length, 0), 0);
    const height = units * params.scale * (0.5 + 0.5 * params.spacing);
    const pages = Math.max(1, Math.ceil(height / capacity - 1e-9));
    return { width: 100, height: 100, pages: Array.from({ length: pages }, (_, i) => ({ number: i + 1, items: [] })), structure: { id: 0, role: 'Document', children: [] }, outline: [], missingGlyphs: [] };
  };
  return { render, calls };
}

const layout = tinyLayout({ type: { size: 10 }, fit: { maxPages: 1, minFontSize: 8, minSpacing: 0.5, allowDrop: true, drop: ['skills', 'experience'] } });
const selected = (() => {
  const r = selectContent(tinyCv, layout, {});
  if (!r.ok) throw new Error(r.message);
  return r.selected;
})();
// 3 experience entries + 2 highlights + 4 publications + 1 skills = 10 units.

describe('fitToBudget', () => {
  it('changes nothing when the content fits as designed', () => {
    const { render } = fakeRender(10);
    const r = fitToBudget(selected, layout, 1, render);
    expect(r.ok && r.params).toEqual({ scale: 1, spacing: 1 });
  });

  it('first tightens spacing', () => {
    const { render } = fakeRender(9);
    const r = fitToBudget(selected, layout, 1, render);
    if (!r.ok) throw new Error('should fit');
    expect(r.params.scale).toBe(1);
    expect(r.params.spacing).toBeLessThan(1);
    expect(r.dropped).toEqual([]);
  });

  it('then reduces the type size, never below the floor', () => {
    const { render, calls } = fakeRender(6.5);
    const r = fitToBudget(selected, layout, 1, render);
    if (!r.ok) throw new Error('should fit');
    expect(r.params.spacing).toBe(0.5);
    expect(r.params.scale).toBeLessThan(1);
    expect(r.params.scale).toBeGreaterThanOrEqual(0.8);
    expect(Math.min(...calls.map((c) => c.scale))).toBeGreaterThanOrEqual(0.8);
    expect(r.dropped).toEqual([]);
  });

  it('then drops the lowest ranked content, reports it, and gives size back where it can', () => {
    const { render } = fakeRender(5);
    const r = fitToBudget(selected, layout, 1, render);
    if (!r.ok) throw new Error('should fit');
    expect(r.dropped.length).toBeGreaterThan(0);
    // 10 units at the tightest (x0.6) need 6 > 5: two units must go. Skills ranks lowest and goes
    // first, then experience, whose highlights go before its entries.
    expect(r.dropped).toEqual([
      { what: 'highlight', section: 'experience', entry: 'Analyst, Engine Co', highlight: 'Taught courses' },
      { what: 'section', section: 'skills' },
    ]);
    // 8 units fit at a larger size than the floor: size is given back.
    expect(r.params.scale).toBeGreaterThan(0.8);
    expect(r.tree.pages.length).toBe(1);
  });

  it('fails with the pages it needs when even dropping everything allowed is not enough', () => {
    const { render } = fakeRender(1);
    const r = fitToBudget(selected, layout, 1, render);
    // Left: 4 publications at the smallest size and spacing: 4 * 0.8 * 0.75 = 2.4 units.
    expect(r).toEqual({ ok: false, pagesNeeded: 3, budget: 1 });
  });

  it('a layout that may not drop reports the pages it needs', () => {
    const strict = tinyLayout({ fit: { allowDrop: false } });
    const { render } = fakeRender(4);
    const r = fitToBudget(selected, strict, 1, render);
    expect(r).toEqual({ ok: false, pagesNeeded: 3, budget: 1 });
  });
});
