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
import { readInputs } from '../../src/read/index.js';
import { planVariant } from '../../src/plan/index.js';
import { createSession } from '../../src/session/index.js';
import type { PageTree } from '../../src/typeset/types.js';
import { expectGoldenSet } from '../helpers/golden.js';
import { REPO } from '../helpers/cli-run.js';

const FIXTURE = join(REPO, 'tests/fixtures/build/small-cv.yaml');

/** Every layout planned by the very code `cv build` runs (reading phase, then the pure planning core). */
async function pageTrees(): Promise<Record<string, PageTree>> {
  const session = createSession();
  const read = await readInputs({ input: FIXTURE, layoutsDir: join(REPO, 'layouts'), fontsDir: join(REPO, 'fonts'), layouts: [] }, session);
  if (!read.ok) throw new Error(`cannot read the fixture or layouts: ${JSON.stringify(read.diagnostics)}`);
  const trees: Record<string, PageTree> = {};
  for (const variant of read.inputs.variants) {
    const result = planVariant(read.inputs.cv, variant, { selection: {} }, session);
    if (result.kind !== 'planned') throw new Error(`layout '${variant.layout.id}': ${JSON.stringify(result)}`);
    trees[variant.layout.id] = result.plan.tree;
  }
  return trees;
}

describe('golden PageTrees of every layout for tests/fixtures/build/small-cv.yaml', () => {
  it('has one tree per layout file, each a plain-data page tree', async () => {
    const trees = await pageTrees();
    const files = readdirSync(join(REPO, 'layouts')).filter((f) => f.endsWith('.yaml')).map((f) => f.slice(0, -5)).sort();
    expect(Object.keys(trees).sort()).toEqual(files);
    for (const [id, tree] of Object.entries(trees)) {
      expect([id, tree.pages.length > 0]).toEqual([id, true]);
      // Plain data: survives a JSON round trip unchanged.
      expect(JSON.parse(JSON.stringify(tree))).toEqual(tree);
    }
  });

  it('matches tests/golden/layouts/<layout>.json for every layout (UPDATE_GOLDEN=1 rewrites them)', async () => {
    expectGoldenSet('layouts', await pageTrees());
  });
});
