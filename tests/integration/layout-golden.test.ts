/**
 * Golden PageTrees, one per layout in layouts/: the small fixture CV runs
 * through the real pipeline in-process (load, validate, normalize, select,
 * compose, typeset with the bundled fonts, fit), so that a change to a layout
 * file or to any stage shows up as a readable JSON diff. UPDATE_GOLDEN=1
 * rewrites tests/golden/layouts/; the check passes only when every file matches
 * and no stale one is left.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadSource } from '../../src/load/index.js';
import { validateCv } from '../../src/validate/index.js';
import { normalizeCv } from '../../src/normalize/index.js';
import { selectContent } from '../../src/select/index.js';
import { composeDocument } from '../../src/compose/index.js';
import { typesetDocument } from '../../src/typeset/index.js';
import { createMeasurer, loadFonts } from '../../src/fonts/index.js';
import { loadLayouts } from '../../src/build/layouts.js';
import { fitToBudget } from '../../src/build/fit.js';
import { fontFaces, hyphenatorFor, pageSpec } from '../../src/build/variant.js';
import type { PageTree } from '../../src/typeset/types.js';
import { expectGoldenSet } from '../helpers/golden.js';
import { REPO } from '../helpers/cli-run.js';

const FIXTURE = join(REPO, 'tests/fixtures/build/small-cv.yaml');

function pageTrees(): Record<string, PageTree> {
  const loaded = loadSource(FIXTURE);
  if (!loaded.ok) throw new Error(`cannot load the fixture: ${JSON.stringify(loaded.diagnostics)}`);
  const checked = validateCv(loaded.doc);
  if (!checked.ok) throw new Error(`the fixture is invalid: ${JSON.stringify(checked.diagnostics)}`);
  const cv = normalizeCv(checked.cv);
  const layouts = loadLayouts(join(REPO, 'layouts'), join(REPO, 'fonts'));
  if (!layouts.ok) throw new Error(`layouts/ is invalid: ${JSON.stringify(layouts.diagnostics)}`);
  const trees: Record<string, PageTree> = {};
  for (const [id, layout] of layouts.layouts) {
    const selection = selectContent(cv, layout, {});
    if (!selection.ok) throw new Error(`layout '${id}': ${selection.message}`);
    const measurer = createMeasurer(loadFonts(fontFaces(layout)));
    const page = pageSpec(layout, cv.lang);
    const fit = fitToBudget(selection.selected, layout, layout.fit.maxPages, (selected, params) =>
      typesetDocument(composeDocument(selected, layout, params), measurer, page, hyphenatorFor(layout, cv.lang)),
    );
    if (!fit.ok) throw new Error(`layout '${id}' does not fit: needs ${fit.pagesNeeded} pages, budget ${fit.budget}`);
    trees[id] = fit.tree;
  }
  return trees;
}

describe('golden PageTrees of every layout for tests/fixtures/build/small-cv.yaml', () => {
  it('has one tree per layout file, each a plain-data page tree', () => {
    const trees = pageTrees();
    const files = readdirSync(join(REPO, 'layouts')).filter((f) => f.endsWith('.yaml')).map((f) => f.slice(0, -5)).sort();
    expect(Object.keys(trees).sort()).toEqual(files);
    for (const [id, tree] of Object.entries(trees)) {
      expect([id, tree.pages.length > 0]).toEqual([id, true]);
      // Plain data: survives a JSON round trip unchanged.
      expect(JSON.parse(JSON.stringify(tree))).toEqual(tree);
    }
  });

  it('matches tests/golden/layouts/<layout>.json for every layout (UPDATE_GOLDEN=1 rewrites them)', () => {
    expectGoldenSet('layouts', pageTrees());
  });
});
