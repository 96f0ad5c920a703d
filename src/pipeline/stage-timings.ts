import { performance } from 'node:perf_hooks';
import { loadSource } from '../load/index.js';
import { validateCv } from '../validate/index.js';
import { normalizeCv } from '../normalize/index.js';
import { selectContent } from '../select/index.js';
import { composeDocument, documentMeta } from '../compose/index.js';
import { fontFaces } from '../compose/faces.js';
import { fitToBudget } from '../typeset/fit.js';
import { emitPdf } from '../outputs/pdf/index.js';
import { loadLayouts } from '../read/index.js';
import { pageSpec } from '../plan/index.js';
import { createSession, type Session } from '../session/index.js';
import { buildDate } from './build-date.js';

/**
 * Times each stage of a build of every layout in one process, for
 * `npm run bench`. Not used by `cv build`; nothing here is asserted in tests.
 */
export async function stageTimings(
  paths: { input: string; layoutsDir: string; fontsDir: string },
  /** Fonts and line breaks kept between calls, as a watch session keeps them. */
  session: Session = createSession(),
): Promise<Record<string, number>> {
  const t: Record<string, number> = {};
  const time = <T>(name: string, f: () => T): T => {
    const t0 = performance.now();
    const r = f();
    t[name] = (t[name] ?? 0) + performance.now() - t0;
    return r;
  };
  const loaded = time('load', () => loadSource(paths.input));
  if (!loaded.ok) throw new Error('cv.yaml does not load');
  const checked = time('validate', () => validateCv(loaded.doc));
  if (!checked.ok) throw new Error('cv.yaml is invalid');
  const layouts = time('layouts (load + validate)', () => loadLayouts(paths.layoutsDir, paths.fontsDir));
  if (!layouts.ok) throw new Error('layouts are invalid');
  const cv = time('normalize', () => normalizeCv(checked.cv));
  for (const layout of layouts.layouts.values()) {
    const faces = fontFaces(layout);
    const { loadedFonts, measurer } = time('fonts', () => {
      const fonts = session.fonts(faces);
      return { loadedFonts: fonts.loadedFonts, measurer: fonts.measurer }; // parsed on first use: parse here
    });
    const selection = time('select', () => selectContent(cv, layout, {}));
    if (!selection.ok) throw new Error(selection.message);
    const doc = time('compose', () => composeDocument(selection.selected, layout));
    const hyphenator = layout.paragraph.hyphenate ? session.hyphenator(cv.lang) : undefined;
    const typeset = session.typesetter(measurer, hyphenator);
    const page = pageSpec(layout, cv.lang);
    time('typeset (one pass)', () => typeset(doc, page));
    const fit = time('fit (all passes)', () => fitToBudget(selection.selected, layout, layout.fit.maxPages, (s, p) => typeset(composeDocument(s, layout, p), page)));
    if (!fit.ok) throw new Error('does not fit');
    const t0 = performance.now();
    await emitPdf(fit.tree, faces, { ...documentMeta(fit.selected, layout), date: buildDate(undefined, cv.updated) }, { loadedFonts });
    t['emit (pdfkit)'] = (t['emit (pdfkit)'] ?? 0) + performance.now() - t0;
  }
  return t;
}
