import type { PageTree } from '../../src/typeset/types.js';
import type { Selected } from '../../src/select/types.js';
import type { ComposeParams } from '../../src/compose/theme.js';
import { fitToBudget } from '../../src/typeset/fit.js';
import { applyDrops, dropCandidates } from '../../src/select/drop.js';
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

  it('finds what a step-by-step search finds, in fewer passes', () => {
    // The policy tried one value after another, loosest first; the search must land on the same
    // parameters and drops wherever the page count falls monotonically with size and spacing.
    let searched = 0;
    let scanned = 0;
    for (let capacity = 2; capacity <= 10.5; capacity += 0.125) {
      const { render, calls } = fakeRender(capacity);
      const r = fitToBudget(selected, layout, 1, render);
      const { passes, ...expected } = stepByStep(capacity);
      expect({ capacity, params: r.ok ? r.params : undefined, dropped: r.ok ? r.dropped : undefined }).toEqual({ capacity, ...expected });
      searched += calls.length;
      scanned += passes;
      // Where content must go, the scan tried every size and spacing on the way down and up.
      if (r.ok && r.dropped.length > 0) expect(calls.length).toBeLessThan(passes);
    }
    expect(searched).toBeLessThan(scanned * 0.6); // 500 against 992 when written
  });
});

/** The fit policy as a plain scan over the fake document, with fakeRender's page count. */
function stepByStep(capacity: number): { params?: ComposeParams; dropped?: unknown[]; passes: number } {
  let passes = 0;
  const candidates = dropCandidates(selected, layout);
  const unitsAfter = (drops: number) => {
    const s = applyDrops(selected, candidates.slice(0, drops)).selected;
    return s.sections.reduce((n, x) => n + x.entries.reduce((m, e) => m + 1 + e.highlights.length, 0), 0);
  };
  const fits = (units: number, p: ComposeParams) => {
    passes++;
    return Math.max(1, Math.ceil((units * p.scale * (0.5 + 0.5 * p.spacing)) / capacity - 1e-9)) <= 1;
  };
  const steps = (from: number, to: number, n: number) => Array.from({ length: n }, (_, i) => from - ((from - to) * (i + 1)) / n);
  const spacings = steps(1, 0.5, layout.fit.spacingSteps);
  const scales = steps(1, 0.8, layout.fit.scaleSteps);
  if (fits(10, { scale: 1, spacing: 1 })) return { params: { scale: 1, spacing: 1 }, dropped: [], passes };
  for (const spacing of spacings) if (fits(10, { scale: 1, spacing })) return { params: { scale: 1, spacing }, dropped: [], passes };
  for (const scale of scales) if (fits(10, { scale, spacing: 0.5 })) return { params: { scale, spacing: 0.5 }, dropped: [], passes };
  for (let drops = 1; drops <= candidates.length; drops++) {
    const units = unitsAfter(drops);
    if (!fits(units, { scale: 0.8, spacing: 0.5 })) continue;
    const scale = Math.max(0.8, [1, ...scales].find((s) => s <= 0.8 || fits(units, { scale: s, spacing: 0.5 }))!);
    const spacing = Math.max(0.5, [1, ...spacings].find((s) => s <= 0.5 || fits(units, { scale, spacing: s }))!);
    return { params: { scale, spacing }, dropped: applyDrops(selected, candidates.slice(0, drops)).dropped, passes };
  }
  return { passes };
}
