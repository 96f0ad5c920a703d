import { loadSource } from '../load/index.js';
import { validateCv } from '../validate/index.js';
import { normalizeCv } from '../normalize/index.js';
import { selectContent } from '../select/index.js';
import { composeDocument } from '../compose/index.js';
import { typesetDocument } from '../typeset/index.js';
import { spaceRatios, type SpaceRatioReport } from '../typeset/space-ratio.js';
import { loadLayouts } from './layouts.js';
import { fitToBudget } from './fit.js';
import { fontFaces, hyphenatorFor, pageSpec } from './variant.js';
import { createFontCache } from './font-cache.js';

/**
 * The worst justified line of every layout as `cv build` sets it (after the
 * fit step), for `npm run bench`. Not used by `cv build`.
 */
export function lineQuality(paths: { input: string; layoutsDir: string; fontsDir: string }): Map<string, SpaceRatioReport & { pages: number }> {
  const loaded = loadSource(paths.input);
  if (!loaded.ok) throw new Error('cv.yaml does not load');
  const checked = validateCv(loaded.doc);
  if (!checked.ok) throw new Error('cv.yaml is invalid');
  const layouts = loadLayouts(paths.layoutsDir, paths.fontsDir);
  if (!layouts.ok) throw new Error('layouts are invalid');
  const cv = normalizeCv(checked.cv);
  const fontsFor = createFontCache();
  const out = new Map<string, SpaceRatioReport & { pages: number }>();
  for (const layout of layouts.layouts.values()) {
    const { measurer } = fontsFor(fontFaces(layout));
    const selection = selectContent(cv, layout, {});
    if (!selection.ok) throw new Error(selection.message);
    const hyphenator = hyphenatorFor(layout, cv.lang);
    const fit = fitToBudget(selection.selected, layout, layout.fit.maxPages, (s, p) => typesetDocument(composeDocument(s, layout, p), measurer, pageSpec(layout, cv.lang), hyphenator));
    if (!fit.ok) throw new Error(`${layout.id} does not fit`);
    out.set(layout.id, { ...spaceRatios(fit.tree, measurer), pages: fit.tree.pages.length });
  }
  return out;
}
